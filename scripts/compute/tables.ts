// The machine-readable result tables (/downloads/data/*.csv): plain views of Results, no new statistics.
// Numbers are written with `num` (values and shares: 2 decimals; r, p and scores: 4), so the text stays stable.
import { type Column, num, toCsv, yesNo } from './csv.ts';
import { reachedTarget } from './rows.ts';
import type {
  AmbitionBudgetCorrelation,
  BreakdownResult,
  EffortCorrelation,
  GoalBudget,
  InstitutionIndicatorRow,
  InstitutionType,
  MeasureResult,
  RealisedValue,
  Results,
  ValueChange,
} from './types.ts';

export interface ResultTable {
  readonly file: string;
  readonly csv: string;
}

const r4 = (v: number | null) => num(v, 4);

export function resultTables(results: Results): ResultTable[] {
  const breakdowns = results.indicatorOrder.flatMap((id) =>
    results.indicators[id]!.breakdowns.map((b) => results.sector[id]![b]!),
  );
  const rows = breakdowns.flatMap((b) => b.rows);
  return [
    { file: 'sector.csv', csv: toCsv(sectorColumns(results), breakdowns) },
    { file: 'streefwaarden.csv', csv: toCsv(targetColumns, rows) },
    { file: 'doelbereik.csv', csv: toCsv(reachedColumns(results), rows.flatMap((row) => row.realised.map((value) => ({ row, value })))) },
    { file: 'convergentie.csv', csv: toCsv(convergenceColumns, breakdowns) },
    {
      file: 'typologie.csv',
      csv: toCsv(typologyColumns, results.institutionOrder.map((id) => results.typology.institutions[id]!)),
    },
    { file: 'inzet-en-ontwikkeling.csv', csv: toCsv(effortColumns, results.effort) },
    { file: 'ambitie-en-begroting.csv', csv: toCsv(ambitionBudgetColumns, results.ambitionBudget) },
    {
      file: 'begroting-per-doelstelling.csv',
      csv: toCsv(budgetColumns, results.budget.goalOrder.map((id) => results.budget.goals[id]!)),
    },
    {
      file: 'maatregelen-uitvoering.csv',
      csv: toCsv(measureColumns(results.measures.year), results.measures.measureOrder.map((id) => results.measures.measures[id]!)),
    },
    ...(results.diff ? [{ file: 'wijzigingen.csv', csv: toCsv(valueChangeColumns, results.diff.valueChanges) }] : []),
  ];
}

function sectorColumns(results: Results): Column<BreakdownResult>[] {
  const latest = (b: BreakdownResult) => b.years.find((y) => y.year === b.latestYear)?.stats ?? null;
  return [
    { name: 'indicator', get: (b) => b.indicatorId },
    { name: 'uitsplitsing', get: (b) => b.breakdown },
    { name: 'n', get: (b) => b.improvement?.n ?? 0 },
    { name: 'gem_start', get: (b) => num(b.start?.mean) },
    { name: 'gem_streef', get: (b) => num(b.target?.mean) },
    { name: 'gem_verbeterambitie', get: (b) => num(b.improvement?.mean) },
    { name: 'q1_verbeterambitie', get: (b) => num(b.improvement?.q1) },
    { name: 'mediaan_verbeterambitie', get: (b) => num(b.improvement?.median) },
    { name: 'q3_verbeterambitie', get: (b) => num(b.improvement?.q3) },
    { name: 'indicator_naam', get: (b) => results.indicators[b.indicatorId]!.name },
    { name: 'eenheid', get: (b) => results.indicators[b.indicatorId]!.unit },
    { name: 'richting', get: (b) => results.indicators[b.indicatorId]!.direction },
    { name: 'n_start', get: (b) => b.start?.n ?? 0 },
    { name: 'n_streef', get: (b) => b.target?.n ?? 0 },
    { name: 'gem_streef_origineel', get: (b) => num(b.targetOriginal?.mean) },
    { name: 'aandeel_met_streef', get: (b) => num(b.withTarget.share) },
    { name: 'laatste_jaar', get: (b) => b.latestYear },
    { name: 'n_laatste_realisatie', get: (b) => latest(b)?.n ?? 0 },
    { name: 'gem_laatste_realisatie', get: (b) => num(latest(b)?.mean) },
    { name: 'n_streef_en_realisatie', get: (b) => b.reached?.denominator ?? null },
    { name: 'n_bereikt', get: (b) => b.reached?.count ?? null },
    { name: 'aandeel_bereikt', get: (b) => num(b.reached?.share) },
    { name: 'weggelaten_te_weinig_respondenten', get: (b) => b.suppressed },
  ];
}

const ignoredText = (row: InstitutionIndicatorRow) =>
  row.ignored.map((i) => `${i.origin} ${num(i.value)}: ${i.reasonText}`).join('; ');

const targetColumns: Column<InstitutionIndicatorRow>[] = [
  { name: 'instelling', get: (r) => r.institutionId },
  { name: 'indicator', get: (r) => r.indicatorId },
  { name: 'uitsplitsing', get: (r) => r.breakdown },
  { name: 'start', get: (r) => num(r.start) },
  { name: 'streef_origineel', get: (r) => num(r.targetOriginal) },
  { name: 'streef', get: (r) => num(r.target) },
  { name: 'herkomst_streef', get: (r) => r.targetOrigin },
  { name: 'genegeerd', get: ignoredText },
  { name: 'status_streef', get: (r) => r.targetStatus },
  { name: 'ambitie', get: (r) => num(r.ambition) },
  { name: 'verbeterambitie', get: (r) => num(r.improvement) },
];

function reachedColumns(results: Results): Column<{ row: InstitutionIndicatorRow; value: RealisedValue }>[] {
  // Reached per year, judged against the target in force (same rule as the sector's reached share).
  const reached = (row: InstitutionIndicatorRow, value: number) => {
    if (row.target === null) return '';
    return yesNo(reachedTarget(results.indicators[row.indicatorId]!.direction, value, row.target));
  };
  return [
    { name: 'instelling', get: (x) => x.row.institutionId },
    { name: 'indicator', get: (x) => x.row.indicatorId },
    { name: 'uitsplitsing', get: (x) => x.row.breakdown },
    { name: 'jaar', get: (x) => x.value.year },
    { name: 'realisatie', get: (x) => num(x.value.value) },
    { name: 'streef', get: (x) => num(x.row.target) },
    { name: 'bereikt', get: (x) => reached(x.row, x.value.value) },
    { name: 'n', get: (x) => x.value.n },
    { name: 'herkomst', get: (x) => x.value.origin },
  ];
}

const convergenceColumns: Column<BreakdownResult>[] = [
  { name: 'indicator', get: (b) => b.indicatorId },
  { name: 'uitsplitsing', get: (b) => b.breakdown },
  { name: 'n', get: (b) => b.convergence.n },
  { name: 'r', get: (b) => r4(b.convergence.r) },
  { name: 'p', get: (b) => r4(b.convergence.p) },
  { name: 'oordeel', get: (b) => b.convergence.label },
  { name: 'helling', get: (b) => r4(b.convergence.slope) },
  { name: 'intercept', get: (b) => r4(b.convergence.intercept) },
];

const typologyColumns: Column<InstitutionType>[] = [
  { name: 'instelling', get: (t) => t.institutionId },
  { name: 'start_score', get: (t) => r4(t.startScore) },
  { name: 'ambitie_score', get: (t) => r4(t.ambitionScore) },
  { name: 'type', get: (t) => String(t.type) },
  { name: 'startniveau', get: (t) => t.startLevel },
  { name: 'reden_geen_type', get: (t) => t.reason },
  { name: 'indicatoren_met_start', get: (t) => t.start.indicators },
  { name: 'gunstig_start', get: (t) => t.start.favourable },
  { name: 'ongunstig_start', get: (t) => t.start.unfavourable },
  { name: 'gunstig_streef', get: (t) => t.target.favourable },
  { name: 'ongunstig_streef', get: (t) => t.target.unfavourable },
  { name: 'indicatoren_met_ambitie', get: (t) => t.ambition.indicators },
  { name: 'gunstig_ambitie', get: (t) => t.ambition.favourable },
  { name: 'ongunstig_ambitie', get: (t) => t.ambition.unfavourable },
];

const effortColumns: Column<EffortCorrelation>[] = [
  { name: 'doelstelling', get: (e) => e.goalId },
  { name: 'indicator', get: (e) => e.indicatorId },
  { name: 'uitsplitsing', get: (e) => e.breakdown },
  { name: 'inzet', get: (e) => e.effort },
  { name: 'n', get: (e) => e.n },
  { name: 'r', get: (e) => r4(e.r) },
  { name: 'p', get: (e) => r4(e.p) },
  { name: 'oordeel', get: (e) => e.label },
  { name: 'n_met_maatregel', get: (e) => e.groups?.nWith ?? null },
  { name: 'gem_ontwikkeling_met', get: (e) => num(e.groups?.meanWith) },
  { name: 'n_zonder_maatregel', get: (e) => e.groups?.nWithout ?? null },
  { name: 'gem_ontwikkeling_zonder', get: (e) => num(e.groups?.meanWithout) },
];

const ambitionBudgetColumns: Column<AmbitionBudgetCorrelation>[] = [
  { name: 'doelstelling', get: (e) => e.goalId },
  { name: 'indicator', get: (e) => e.indicatorId },
  { name: 'uitsplitsing', get: (e) => e.breakdown },
  { name: 'n', get: (e) => e.n },
  { name: 'r', get: (e) => r4(e.r) },
  { name: 'p', get: (e) => r4(e.p) },
  { name: 'oordeel', get: (e) => e.label },
];

const budgetColumns: Column<GoalBudget>[] = [
  { name: 'doelstelling', get: (g) => g.goalId },
  { name: 'begroot', get: (g) => num(g.budget) },
  { name: 'aandeel_sectorbegroting', get: (g) => num(g.share) },
  { name: 'instellingen', get: (g) => g.institutions },
  { name: 'besteed', get: (g) => num(g.spent) },
  { name: 'aandeel_besteed', get: (g) => num(g.spentShare) },
  { name: 'besteed_rapportjaar', get: (g) => num(g.spentInYear) },
  { name: 'aandeel_besteed_rapportjaar', get: (g) => num(g.spentInYearShare) },
  ...(['lt20', '20-25', '25-30', 'ge30'] as const).map((band) => ({
    name: `instellingen_besteed_${band}`,
    get: (g: GoalBudget) => g.bands.find((b) => b.band === band)?.count ?? 0,
  })),
  ...(['lt20', '20-25', '25-30', 'ge30'] as const).map((band) => ({
    name: `instellingen_besteed_rapportjaar_${band}`,
    get: (g: GoalBudget) => g.yearBands.find((b) => b.band === band)?.count ?? 0,
  })),
];

function measureColumns(year: number | null): Column<MeasureResult>[] {
  return [
    { name: 'maatregel', get: (m) => m.id },
    { name: 'doelstelling', get: (m) => m.goalId },
    { name: 'naam', get: (m) => m.name },
    { name: 'verplicht', get: (m) => m.mandatory },
    { name: 'jaar', get: () => year },
    { name: 'uitgevoerd', get: (m) => m.carriedOut.count },
    { name: 'instellingen', get: (m) => m.carriedOut.denominator },
    { name: 'aandeel', get: (m) => num(m.carriedOut.share) },
  ];
}

/** Every changed value against the previous edition, with its line in the new edition's waarden.csv. */
const valueChangeColumns: Column<ValueChange>[] = [
  { name: 'instelling', get: (c) => c.institutionId },
  { name: 'indicator', get: (c) => c.indicatorId },
  { name: 'uitsplitsing', get: (c) => c.breakdown },
  { name: 'soort', get: (c) => c.kind },
  { name: 'jaar', get: (c) => c.year },
  { name: 'herkomst', get: (c) => c.origin },
  { name: 'wijziging', get: (c) => c.status },
  { name: 'nieuwe_instelling', get: (c) => yesNo(c.newInstitution) },
  { name: 'oud', get: (c) => (c.before === null ? '' : String(c.before)) },
  { name: 'nieuw', get: (c) => (c.after === null ? '' : String(c.after)) },
  { name: 'bestand', get: (c) => c.ref?.file ?? '' },
  { name: 'regel', get: (c) => c.ref?.line ?? '' },
];
