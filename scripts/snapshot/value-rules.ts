// Rules on values that need a whole file or snapshot.json, not one cell:
// - two realised values for one institution, indicator, breakdown and year (whatever their herkomst): the report
//   can show only one, so the later line is refused and names the other;
// - a year in waarden.csv far outside the monitoring period, and a realised value (or a national figure) after the
//   peildatum: measurements cannot come from the future;
// - a breakdown spelled otherwise than the same breakdown elsewhere for the indicator, or than the standard
//   breakdowns (`Totaal` for `totaal`, `niveau2` for `niveau 2`): case and spaces count, so it would be another
//   breakdown.
import { msg } from './messages.ts';
import type { Issue, SnapshotMeta } from './types.ts';
import type { Row } from './validate.ts';
import { issueSink } from './validate.ts';

/** The Werkagenda and Stagepact run 2023–2027; institution data more than eight years away from it are a typo. */
export const MONITORING_PERIOD = { from: 2023, to: 2027 } as const;
const FAR = { from: MONITORING_PERIOD.from - 8, to: MONITORING_PERIOD.to + 8 } as const;

/** Breakdowns with one fixed spelling (the data contract's list). */
export const STANDARD_BREAKDOWNS = ['totaal', 'entree', 'niveau 1', 'niveau 2', 'niveau 3', 'niveau 4', 'bol', 'bbl'] as const;

/** `published`: an edition published before (loaded as the previous one): a year after its peildatum only warns. */
export function checkValueRules(tables: ReadonlyMap<string, readonly Row[]>, meta: SnapshotMeta | null, issues: Issue[], published = false): void {
  const valid = (file: string) => (tables.get(file) ?? []).filter((r) => r.valid);
  duplicateRealisations(valid('waarden.csv'), issues);
  if (meta) years(valid('waarden.csv'), valid('reeksen.csv'), meta, issues, published);
  breakdowns(tables, issues);
}

function duplicateRealisations(rows: readonly Row[], issues: Issue[]): void {
  const sink = issueSink('waarden.csv', issues);
  const seen = new Map<string, Row>();
  for (const row of rows) {
    if (row.cells.soort !== 'realisatie') continue;
    const key = ['instelling', 'indicator', 'uitsplitsing', 'jaar'].map((k) => String(row.cells[k])).join('\u0000');
    const first = seen.get(key);
    if (!first) {
      seen.set(key, row);
      continue;
    }
    const what = `${row.cells.instelling}, ${row.cells.indicator}, ${row.cells.uitsplitsing}, ${row.cells.jaar}`;
    sink.error(row.line, row.columnOf('waarde'), msg.duplicateRealised(what, row.raw('waarde'), row.raw('herkomst'), first.raw('waarde'), first.raw('herkomst'), first.line));
  }
}

function years(values: readonly Row[], series: readonly Row[], meta: SnapshotMeta, issues: Issue[], published: boolean): void {
  const last = Number(meta.referenceDate.slice(0, 4));
  const sink = issueSink('waarden.csv', issues);
  const future = published ? (line?: number, column?: number, message = '') => sink.warning(line, column, message, 'jaar na de peildatum') : sink.error;
  for (const row of values) {
    const year = row.cells.jaar as number;
    if (year < FAR.from || year > FAR.to) sink.error(row.line, row.columnOf('jaar'), msg.yearFarOutside(year, MONITORING_PERIOD, typoYear(year)));
    else if (row.cells.soort === 'realisatie' && year > last) future(row.line, row.columnOf('jaar'), msg.realisedAfterReference(year, meta.referenceDate));
  }
  const seriesSink = issueSink('reeksen.csv', issues);
  for (const row of series) {
    const period = row.cells.periode as string;
    if (Number(period.slice(0, 4)) > last) (published ? seriesSink.warning : seriesSink.error)(row.line, row.columnOf('periode'), msg.periodAfterReference(period, meta.referenceDate));
  }
}

/** `2062` → 2026: the last two digits swapped, when that lands in the monitoring period. */
function typoYear(year: number): number | null {
  const s = String(year);
  const swapped = Number(s.slice(0, 2) + s[3] + s[2]);
  return swapped >= MONITORING_PERIOD.from - 1 && swapped <= MONITORING_PERIOD.to ? swapped : null;
}

/** One breakdown, however it is capitalised or spaced. */
const normalise = (breakdown: string) => breakdown.toLowerCase().replace(/[\s_-]+/g, '');

function breakdowns(tables: ReadonlyMap<string, readonly Row[]>, issues: Issue[]): void {
  const files = ['waarden.csv', 'landelijke_doelen.csv', 'reeksen.csv'];
  // Spellings per indicator and normalised breakdown, with how often and where each occurs first.
  const spellings = new Map<string, Map<string, { count: number; line: number; file: string }>>();
  const rowsOf = (file: string) => (tables.get(file) ?? []).filter((r) => typeof r.cells.uitsplitsing === 'string' && typeof r.cells.indicator === 'string');
  for (const file of files) {
    for (const row of rowsOf(file)) {
      const spelling = row.cells.uitsplitsing as string;
      const key = `${row.cells.indicator}\u0000${normalise(spelling)}`;
      const found = spellings.get(key) ?? new Map();
      const entry = found.get(spelling) ?? { count: 0, line: row.line, file };
      found.set(spelling, { ...entry, count: entry.count + 1 });
      spellings.set(key, found);
    }
  }
  for (const file of files) {
    const sink = issueSink(file, issues);
    for (const row of rowsOf(file)) {
      const spelling = row.cells.uitsplitsing as string;
      const found = spellings.get(`${row.cells.indicator}\u0000${normalise(spelling)}`)!;
      const standard = STANDARD_BREAKDOWNS.find((b) => normalise(b) === normalise(spelling));
      // The standard spelling wins; otherwise the spelling used most (the first one on a tie).
      const canonical = standard ?? [...found].sort((a, b) => b[1].count - a[1].count || a[1].line - b[1].line)[0]![0];
      if (spelling === canonical) continue;
      const elsewhere = found.get(canonical);
      const where = elsewhere ? `${elsewhere.file === file ? 'regel' : `${elsewhere.file}:`}${elsewhere.file === file ? ' ' : ''}${elsewhere.line}` : null;
      sink.error(row.line, row.columnOf('uitsplitsing'), msg.breakdownSpelling(spelling, canonical, row.cells.indicator as string, where));
    }
  }
}
