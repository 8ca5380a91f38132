// The snapshot as offered under /downloads/snapshot/: written from the validated Snapshot, never copied from the
// input files, so only what the check read is published: the contract's columns (a hidden column such as
// `contactpersoon` or `opmerking_intern`, which the check ignores, never reaches a download), snapshot.json's known
// fields, and values as read (noise rounded, `1,3` as the goal code 1.3). Realised values that the report
// suppresses (too few respondents) are left out of waarden.csv.
import { writeCsv, type Cell } from '../lib/csv.ts';
import { ReportError } from '../lib/errors.ts';
import { FILES, SNAPSHOT_JSON } from './schema.ts';
import type { Snapshot, SourceRef } from './types.ts';

export interface PublishedFile {
  readonly name: string;
  /** UTF-8 text; CSV files in their own dialect (comma or semicolon), one record per line. */
  readonly content: string;
}

export interface PublishedSnapshot {
  /** Contract order: snapshot.json, then the CSV files. */
  readonly files: readonly PublishedFile[];
  /** Records left out of waarden.csv under the disclosure rule. */
  readonly leftOut: number;
}

type Fields = Readonly<Record<string, Cell>>;

/** Each file's records by contract column name; publish.test.ts holds every key list to the contract's columns. */
export const RECORDS: Readonly<Record<string, (s: Snapshot) => readonly Fields[]>> = {
  'doelstellingen.csv': (s) => s.goals.map((g) => ({ doelstelling: g.id, prioriteit: String(g.priority), naam: g.name, korte_naam: g.shortName })),
  'indicatoren.csv': (s) =>
    s.indicators.map((i) => ({
      indicator: i.id,
      doelstelling: i.goalId,
      naam: i.name,
      eenheid: i.unit,
      richting: i.direction,
      bron: i.source,
      min_n: i.minN,
      korte_naam: i.shortName,
      definitie: i.definition || null,
    })),
  'instellingen.csv': (s) =>
    [...s.institutions.map((i) => ({ ...i, into: null })), ...s.mergers].map((i) => ({
      instelling: i.id,
      naam: i.name,
      soort: i.kind,
      regio: i.region,
      randstad: i.randstad,
      studenten: i.students,
      opgegaan_in: i.into,
    })),
  'waarden.csv': (s) =>
    s.values.map((v) => ({
      instelling: v.institutionId,
      indicator: v.indicatorId,
      uitsplitsing: v.breakdown,
      soort: v.kind,
      jaar: v.year,
      waarde: v.value,
      n: v.n,
      herkomst: v.origin,
      sd: v.sd ?? null,
    })),
  'reeksen.csv': (s) =>
    s.series.map((p) => ({
      reeks: p.series,
      indicator: p.indicatorId,
      uitsplitsing: p.breakdown,
      periode: p.period,
      waarde: p.value,
      eenheid: p.unit,
      bron: p.source,
      naam: p.name,
      doelstelling: p.goalId,
    })),
  'landelijke_doelen.csv': (s) => s.nationalGoals.map((g) => ({ indicator: g.indicatorId, uitsplitsing: g.breakdown, jaar: g.year, waarde: g.value, bron: g.source })),
  'begroting.csv': (s) => s.budgets.map((b) => ({ instelling: b.institutionId, doelstelling: b.goalId, begroot: b.amount })),
  'bestedingen.csv': (s) => s.spending.map((b) => ({ instelling: b.institutionId, doelstelling: b.goalId, jaar: b.year, besteed: b.amount })),
  'maatregelen.csv': (s) => s.measures.map((m) => ({ maatregel: m.id, doelstelling: m.goalId, naam: m.name, verplicht: m.mandatory })),
  'maatregel_inzet.csv': (s) => s.measureUse.map((u) => ({ instelling: u.institutionId, maatregel: u.measureId, jaar: u.year, uitgevoerd: u.carriedOut })),
  'efile_oordelen.csv': (s) =>
    s.judgements.map((j) => ({ instelling: j.institutionId, doelstelling: j.goalId, jaar: j.year, voortgang: j.progress, effectiviteit: j.effectiveness })),
};

/**
 * The published copy of `snapshot`. `suppressed` lists the records the disclosure rule keeps back: pass
 * compute's `Results.buildReport.suppressed` refs, so the downloads follow exactly the rule the report follows.
 * Throws a ReportError when a suppressed ref names no record of this snapshot.
 */
export function publishSnapshot(snapshot: Snapshot, suppressed: readonly SourceRef[]): PublishedSnapshot {
  const leaveOut = new Set(suppressed.map((r) => `${r.file}:${r.line}`));
  const values = snapshot.values.filter((v) => !leaveOut.has(`${v.ref.file}:${v.ref.line}`));
  const leftOut = snapshot.values.length - values.length;
  const visible: Snapshot = { ...snapshot, values };
  const dialects = new Map(snapshot.files.map((f) => [f.name, f.dialect]));
  const files: PublishedFile[] = [{ name: SNAPSHOT_JSON, content: metaJson(snapshot) }];
  for (const spec of FILES) {
    const records = RECORDS[spec.file]!(visible);
    // An optional column without any value (no `definitie`, no merger) is left out, as the input leaves it out.
    const header = spec.columns.filter((c) => c.required || records.some((r) => r[c.name] != null)).map((c) => c.name);
    const dialect = dialects.get(spec.file) === 'nl' ? 'nl' : 'en';
    files.push({ name: spec.file, content: writeCsv(header, records.map((r) => header.map((h) => r[h] ?? null)), { dialect }) });
  }
  if (leftOut !== suppressed.length) {
    // Every suppressed value has its own record; a mismatch means the refs do not belong to this snapshot.
    throw new ReportError(`de openbare kopie van de snapshot liet ${leftOut} van ${suppressed.length} afgeschermde waarden weg`, 'Meld dit aan het ontwikkelteam.');
  }
  return { files, leftOut };
}

/** snapshot.json with the known fields only, in the contract's order. */
function metaJson(snapshot: Snapshot): string {
  const m = snapshot.meta;
  const fields = { titel: m.title, peildatum: m.referenceDate, rapportjaar: m.reportYear, synthetisch: m.synthetic, toelichting: m.explanation, ...(m.previous ? { vorige: m.previous } : {}) };
  return `${JSON.stringify(fields, null, 2)}\n`;
}
