// Coverage of an edition: which years each file with a `jaar` holds against the year the monitoring calendar
// expects at the peildatum (the e-file files: the last year whose e-file was due; measurements: `rapportjaar`),
// whether that year is missing or covers only part of the institutions, and new institutions without any rows.
// An edition that passes the data contract can still be an incomplete refresh; the check and the build warn about
// it so the editor knows which year the report falls back to ("tot en met 2025").
import { formatDate, formatNumber, joinList, plural } from '../lib/nl.ts';
import { editionCalendar, efileDeadline, FUNDING_PERIOD } from './calendar.ts';
import type { Snapshot } from './types.ts';

/** Years and institutions of one file (or one indicator in waarden.csv). */
export interface FileCoverage {
  /** `bestedingen.csv`, or `waarden.csv` for an indicator's realised values. */
  readonly file: string;
  /** The indicator, for waarden.csv; null otherwise. */
  readonly indicatorId: string | null;
  /** Years present (ascending). */
  readonly years: readonly number[];
  /** Distinct institutions with a row, per year present. */
  readonly institutionsByYear: Readonly<Record<number, number>>;
  /** The year the calendar expects: the last closed year for the e-file files, the report year for measurements. */
  readonly expectedYear: number;
  /**
   * `volledig`: the expected year has as many institutions as the latest earlier year; `ontbreekt`: no row for
   * the expected year; `gedeeltelijk`: fewer institutions than the latest earlier year.
   */
  readonly status: 'volledig' | 'ontbreekt' | 'gedeeltelijk';
  /** Latest year ≤ the expected year with rows (the year "tot en met" in the report); null without any. */
  readonly latestYear: number | null;
}

export interface NewInstitutionGap {
  readonly institutionId: string;
  readonly name: string;
  /** Files without a single row for this institution, in contract order. */
  readonly files: readonly string[];
}

export interface Coverage {
  readonly reportYear: number;
  /** The last year whose e-file was due at the peildatum (spending, measures and judgements run up to it). */
  readonly closedYear: number;
  readonly files: readonly FileCoverage[];
  /** Latest period per national series (reeksen.csv), for information: national figures lag by design. */
  readonly series: readonly { readonly series: string; readonly latest: string }[];
  readonly newInstitutions: readonly NewInstitutionGap[];
}

/** A sector statement (shares, distributions, "in 2026 gaven … instellingen aan") needs at least this many institutions. */
export const MIN_SECTOR_INSTITUTIONS = 5;

/**
 * Pure: the year a per-institution file speaks for the sector: its latest year, unless that year is partial (fewer
 * institutions than the latest earlier year) and has fewer than MIN_SECTOR_INSTITUTIONS; then the latest year
 * before it that is not. One institution's early 2026 rows never become the sector's picture. Null without rows.
 */
export function sectorYear(rows: readonly { readonly institutionId: string; readonly year: number }[]): number | null {
  const byYear = new Map<number, Set<string>>();
  for (const r of rows) byYear.set(r.year, (byYear.get(r.year) ?? new Set()).add(r.institutionId));
  const years = [...byYear.keys()].sort((a, b) => b - a);
  for (let i = 0; i < years.length; i++) {
    const n = byYear.get(years[i]!)!.size;
    const before = years[i + 1] === undefined ? 0 : byYear.get(years[i + 1]!)!.size;
    if (n >= before || n >= MIN_SECTOR_INSTITUTIONS) return years[i]!;
  }
  return null;
}

/** What the report shows from a file when the report year is missing, per file. */
const SHOWN: Record<string, { what: string; upTo: (year: number) => string }> = {
  'bestedingen.csv': { what: 'besteding', upTo: (y) => `besteding tot en met ${y}` },
  'maatregel_inzet.csv': { what: 'uitgevoerde maatregelen', upTo: (y) => `de uitgevoerde maatregelen van ${y}` },
  'efile_oordelen.csv': { what: 'oordelen uit de e-file', upTo: (y) => `de oordelen uit de e-file van ${y}` },
  'waarden.csv': { what: 'gerealiseerde waarden', upTo: (y) => `gerealiseerde waarden tot en met ${y}` },
};

/** Pure: the coverage of `current`; `previous` decides which institutions are new (all, without one). */
export function coverageOf(current: Snapshot, previous: Snapshot | null): Coverage {
  const reportYear = current.meta.reportYear;
  const closedYear = editionCalendar(current.meta.referenceDate).closedYear;
  const files: FileCoverage[] = [
    fileCoverage('bestedingen.csv', null, current.spending, closedYear),
    fileCoverage('maatregel_inzet.csv', null, current.measureUse, closedYear),
    fileCoverage('efile_oordelen.csv', null, current.judgements, closedYear),
    ...current.indicators.flatMap((ind) => {
      const rows = current.values.filter((v) => v.indicatorId === ind.id && v.kind === 'realisatie');
      return rows.length === 0 ? [] : [fileCoverage('waarden.csv', ind.id, rows, reportYear)];
    }),
  ];
  const latest = new Map<string, string>();
  for (const p of current.series) if ((latest.get(p.series) ?? '') < p.period) latest.set(p.series, p.period);
  const series = [...latest].sort((a, b) => a[0].localeCompare(b[0])).map(([s, period]) => ({ series: s, latest: period }));

  const known = previous ? new Set(previous.institutions.map((i) => i.id)) : null;
  const holders: [string, Set<string>][] = [
    ['begroting.csv', new Set(current.budgets.map((r) => r.institutionId))],
    ['bestedingen.csv', new Set(current.spending.map((r) => r.institutionId))],
    ['maatregel_inzet.csv', new Set(current.measureUse.map((r) => r.institutionId))],
    ['efile_oordelen.csv', new Set(current.judgements.map((r) => r.institutionId))],
  ];
  const newInstitutions = current.institutions
    .filter((i) => !known || !known.has(i.id))
    .map((i) => ({ institutionId: i.id, name: i.name, files: holders.filter(([, ids]) => !ids.has(i.id)).map(([f]) => f) }))
    // Without a previous edition every institution is "new": only one without any of these rows is worth a line.
    .filter((g) => (known ? g.files.length > 0 : g.files.length === holders.length));
  return { reportYear, closedYear, files, series, newInstitutions };
}

function fileCoverage(
  file: string,
  indicatorId: string | null,
  rows: readonly { readonly institutionId: string; readonly year: number }[],
  expectedYear: number,
): FileCoverage {
  const byYear = new Map<number, Set<string>>();
  for (const r of rows) {
    const set = byYear.get(r.year) ?? new Set<string>();
    set.add(r.institutionId);
    byYear.set(r.year, set);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const institutionsByYear = Object.fromEntries(years.map((y) => [y, byYear.get(y)!.size]));
  const upTo = years.filter((y) => y <= expectedYear);
  const latestYear = upTo.length === 0 ? null : upTo[upTo.length - 1]!;
  const earlier = upTo.filter((y) => y < expectedYear);
  const before = earlier.length === 0 ? 0 : byYear.get(earlier[earlier.length - 1]!)!.size;
  const status = !byYear.has(expectedYear) ? 'ontbreekt' : byYear.get(expectedYear)!.size < before ? 'gedeeltelijk' : 'volledig';
  return { file, indicatorId, years, institutionsByYear, expectedYear, status, latestYear };
}

/** The expected year with what it is: `2025 (rapportjaar)`, or `2024 (de e-file over 2024 is uiterlijk 1 juli 2025 ingeleverd)`. */
function yearLabel(f: FileCoverage, coverage: Coverage): string {
  return f.indicatorId !== null || f.expectedYear === coverage.reportYear
    ? `${f.expectedYear} (rapportjaar)`
    : `${f.expectedYear} (het laatste jaar waarvan de e-file op de peildatum binnen is, uiterlijk ${formatDate(efileDeadline(f.expectedYear))})`;
}

/** The last calendar year of a period: `2024` → 2024, studiejaar `2024/25` → 2025. */
const periodEnd = (period: string) => Number(period.slice(0, 4)) + (period.includes('/') ? 1 : 0);

/** `2024–2026`, or `2022, 2024` when a year is skipped. */
function yearRange(years: readonly number[]): string {
  const contiguous = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return years.length > 2 && contiguous ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}

/**
 * The warnings an editor must read (Dutch, one line each, no symbol): a missing or partial report year, a new
 * institution without rows. Empty for a complete edition.
 */
export function coverageWarnings(coverage: Coverage, indicatorName: (id: string) => string = (id) => id): string[] {
  const y = coverage.reportYear;
  const lines: string[] = [];
  // Many indicators without the report year (survey years, registers that lag): one warning, one line each under it.
  const missing = coverage.files.filter((f) => f.indicatorId !== null && f.status === 'ontbreekt' && f.latestYear !== null);
  const grouped = missing.length > 3;
  let group: string | null = null;
  if (grouped) {
    const withValues = coverage.files.filter((f) => f.indicatorId !== null).length;
    group = (
      [
        `waarden.csv: ${formatNumber(missing.length)} van de ${formatNumber(withValues)} indicatoren met gerealiseerde waarden hebben geen gegevens voor ${y} (rapportjaar); ` +
          'de pdf en site tonen daar de gerealiseerde waarden tot en met het laatste jaar met gegevens:',
        ...missing.map((f) => `    ${f.indicatorId} (${indicatorName(f.indicatorId!)}): tot en met ${f.latestYear}`),
      ].join('\n')
    );
  }
  for (const f of coverage.files) {
    if (grouped && missing.includes(f)) continue;
    // Before the first e-file (over the first year of the funding period) no spending or e-file rows are expected.
    if (f.indicatorId === null && f.expectedYear < FUNDING_PERIOD.first) continue;
    const what = f.indicatorId ? `${f.file} (indicator ${f.indicatorId}, ${indicatorName(f.indicatorId)})` : f.file;
    const shown = SHOWN[f.file]!;
    const e = f.expectedYear;
    if (f.status === 'ontbreekt') {
      lines.push(
        f.latestYear === null
          ? `${what}: geen gegevens voor ${yearLabel(f, coverage)} of eerder; de pdf en site tonen hier geen ${shown.what}`
          : `${what}: geen gegevens voor ${yearLabel(f, coverage)}; de pdf en site tonen ${shown.upTo(f.latestYear)}`,
      );
    } else if (f.status === 'gedeeltelijk') {
      const earlier = f.years.filter((x) => x < e);
      const prev = earlier[earlier.length - 1]!;
      const n = f.institutionsByYear[e]!;
      // A per-institution file whose report year is too small to speak for the sector (sectorYear): say what is shown.
      const fallback = f.indicatorId === null && n < MIN_SECTOR_INSTITUTIONS;
      lines.push(
        `${what}: ${yearLabel(f, coverage)} heeft gegevens van ${formatNumber(n)} van de ${plural(f.institutionsByYear[prev]!, 'instelling', 'instellingen')} van ${prev}; ` +
          (fallback
            ? `de pdf en site beschrijven de sector daarom met ${prev}, en elke instellingspagina toont het laatste jaar van die instelling`
            : `vergelijkingen met ${prev} gaan alleen over instellingen met beide jaren`),
      );
    }
  }
  if (group) lines.push(group);
  for (const g of coverage.newInstitutions) {
    lines.push(
      `instellingen.csv: nieuwe instelling ${g.institutionId} (${g.name}) heeft geen regels in ${joinList(g.files)}; ` +
        `haar pagina toont daar "geen gegevens"`,
    );
  }
  return lines;
}

/** The overview for the check and the build report: years per file against the report year, then the warnings. */
export function coverageLines(coverage: Coverage, indicatorName?: (id: string) => string): string[] {
  const y = coverage.reportYear;
  const plain = coverage.files.filter((f) => f.indicatorId === null);
  const perIndicator = coverage.files.filter((f) => f.indicatorId !== null);
  const complete = perIndicator.filter((f) => f.status === 'volledig').length;
  // National figures lag by design: listed for information, never a warning.
  const lagging = coverage.series.filter((s) => periodEnd(s.latest) < y);
  const lines = [
    `Jaren per bestand (rapportjaar ${y}; bestedingen en e-file tot en met ${coverage.closedYear}):`,
    ...plain.map((f) => `  ${f.file}: ${f.years.length === 0 ? 'geen jaren' : yearRange(f.years)}`),
    perIndicator.length === 0
      ? '  waarden.csv: geen gerealiseerde waarden'
      : `  waarden.csv: ${y} volledig bij ${formatNumber(complete)} van de ${plural(perIndicator.length, 'indicator', 'indicatoren')} met gerealiseerde waarden`,
    coverage.series.length === 0
      ? '  reeksen.csv: geen reeksen'
      : `  reeksen.csv: ${lagging.length === coverage.series.length ? 'geen' : formatNumber(coverage.series.length - lagging.length)} van de ${plural(coverage.series.length, 'landelijke reeks', 'landelijke reeksen')} ` +
        // "geen van de …" and "1 van de …" take the singular, "3 van de …" the plural.
        `${coverage.series.length - lagging.length > 1 ? 'hebben' : 'heeft'} cijfers over ${y}` +
        (lagging.length === 0
          ? ''
          : `; ${lagging.length === coverage.series.length ? 'ze lopen' : 'de andere lopen'} tot en met een eerder jaar (landelijke cijfers lopen achter` +
            (lagging.length <= 6 ? `: ${lagging.map((s) => `${s.series} ${s.latest}`).join(', ')})` : `; nieuwste periode ${lagging.map((s) => s.latest).sort().at(-1)})`)),
  ];
  const warnings = coverageWarnings(coverage, indicatorName);
  return [...lines, ...warnings.map((w) => `⚠ ${w}`)];
}

/** Coverage warnings of an edition, with indicator names beside their codes (the one-liner for check and build). */
export function editionCoverage(current: Snapshot, previous: Snapshot | null): { lines: string[]; warnings: string[] } {
  const names = new Map(current.indicators.map((i) => [i.id, i.shortName]));
  const name = (id: string) => names.get(id) ?? id;
  const coverage = coverageOf(current, previous);
  return { lines: coverageLines(coverage, name), warnings: coverageWarnings(coverage, name) };
}
