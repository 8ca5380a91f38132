// The machine-readable result tables (/downloads/data/*.csv): plain views of Results, no new statistics.
// Numbers are written with `num` (values and shares: 2 decimals; r, p and scores: 4), so the text stays stable.
// Columns added for the statistics of issue 13 (intervals, q, ρ, weighted means, attainment) carry 4 decimals.
// Existing columns keep their place; new ones are appended.
import { type Cell, num, writeCsv, yesNo } from '../lib/csv.ts';
import { type ColumnDescription, describeColumns } from './columns.ts';
import { attainmentOf, reachedTarget, samplingMargin } from './rows.ts';
import type {
  AmbitionBudgetCorrelation,
  BreakdownResult,
  Correlation,
  EffortCorrelation,
  GoalBudget,
  InstitutionIndicatorRow,
  InstitutionType,
  MeasureResult,
  RealisedValue,
  Results,
  SectorRow,
  ValueChange,
} from './types.ts';

export interface ResultTable {
  readonly file: string;
  readonly csv: string;
  /** Every column with its Dutch description (scripts/compute/columns.ts), for the downloads page. */
  readonly columns: readonly ColumnDescription[];
}

/** A column: header name and how to get the cell from a row. */
export interface Column<T> {
  readonly name: string;
  readonly get: (row: T) => Cell;
}

function table<T>(file: string, columns: readonly Column<T>[], rows: readonly T[]): ResultTable {
  const header = columns.map((c) => c.name);
  return { file, csv: writeCsv(header, rows.map((row) => columns.map((c) => c.get(row)))), columns: describeColumns(file, header) };
}

const r4 = (v: number | null | undefined) => num(v, 4);

/** One result table from its rows and columns, with the column descriptions (also for koers.csv, findings/tables.ts). */
export function resultTable<T>(file: string, columns: readonly Column<T>[], rows: readonly T[]): ResultTable {
  return table(file, columns, rows);
}

export function resultTables(results: Results): ResultTable[] {
  const breakdowns = results.indicatorOrder.flatMap((id) =>
    results.indicators[id]!.breakdowns.map((b) => results.sector[id]![b]!),
  );
  const rows = breakdowns.flatMap((b) => b.rows);
  return [
    table('sector.csv', sectorColumns(results), breakdowns),
    table('streefwaarden.csv', targetColumns, rows),
    table('doelbereik.csv', reachedColumns(results), rows.flatMap((row) => row.realised.map((value) => ({ row, value })))),
    table('convergentie.csv', convergenceColumns, breakdowns),
    table('doelbereik-sector.csv', attainmentColumns, breakdowns.filter((b) => b.attainment !== null)),
    table('typologie.csv', typologyColumns, results.institutionOrder.map((id) => results.typology.institutions[id]!)),
    table('inzet-en-ontwikkeling.csv', effortColumns, results.effort),
    table('ambitie-en-begroting.csv', ambitionBudgetColumns, results.ambitionBudget),
    table('begroting-per-doelstelling.csv', budgetColumns, results.budget.goalOrder.map((id) => results.budget.goals[id]!)),
    table('maatregelen-uitvoering.csv', measureColumns(results.measures.year), results.measures.measureOrder.map((id) => results.measures.measures[id]!)),
    ...(results.diff ? [table('wijzigingen.csv', valueChangeColumns, results.diff.valueChanges)] : []),
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
    // At or beyond the target without the sampling margin: not "bereikt" (that is doelbereik-sector.csv), so its own name.
    { name: 'n_op_of_voorbij_streef', get: (b) => b.reached?.count ?? null },
    { name: 'aandeel_op_of_voorbij_streef', get: (b) => num(b.reached?.share) },
    { name: 'weggelaten_te_weinig_respondenten', get: (b) => b.suppressed },
    { name: 'ci95_laag', get: (b) => r4(b.improvement?.ci95?.low) },
    { name: 'ci95_hoog', get: (b) => r4(b.improvement?.ci95?.high) },
    { name: 'sd_verbeterambitie', get: (b) => r4(b.improvement?.sd) },
    { name: 'gem_start_gepaard', get: (b) => r4(b.paired?.startMean) },
    { name: 'gem_streef_gepaard', get: (b) => r4(b.paired?.targetMean) },
    { name: 'gem_ambitie', get: (b) => r4(b.ambition?.mean) },
    { name: 'n_gewogen', get: (b) => b.weighted?.n ?? 0 },
    { name: 'gew_gem_start', get: (b) => r4(b.weighted?.startMean) },
    { name: 'gew_gem_streef', get: (b) => r4(b.weighted?.targetMean) },
    { name: 'gew_gem_verbeterambitie', get: (b) => r4(b.weighted?.improvementMean) },
    { name: 'gewogen_wijkt_af', get: (b) => b.weighted?.differs ?? null },
    { name: 'n_ontwikkeling', get: (b) => b.improvementChange?.n ?? 0 },
    { name: 'gem_ontwikkeling', get: (b) => r4(b.improvementChange?.mean) },
    { name: 'ci95_ontwikkeling_laag', get: (b) => r4(b.improvementChange?.ci95?.low) },
    { name: 'ci95_ontwikkeling_hoog', get: (b) => r4(b.improvementChange?.ci95?.high) },
    { name: 'n_laatste', get: (b) => b.latestProvenance.n },
    { name: 'n_laatste_eerder_jaar', get: (b) => b.latestProvenance.earlierYear },
    { name: 'n_laatste_andere_bron', get: (b) => b.latestProvenance.otherSource },
  ];
}

const ignoredText = (row: InstitutionIndicatorRow) =>
  row.ignored.map((i) => `${i.origin} ${num(i.value)}: ${i.reasonText}`).join('; ');

const targetColumns: Column<SectorRow>[] = [
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
  { name: 'laatste_jaar', get: (r) => r.latest?.year ?? null },
  { name: 'laatste_realisatie', get: (r) => num(r.latest?.value) },
  { name: 'herkomst_laatste', get: (r) => r.latest?.origin ?? null },
  { name: 'laatste_eerder_jaar', get: (r) => r.latestEarlierYear },
  { name: 'laatste_andere_bron', get: (r) => r.latestOtherSource },
  { name: 'marge', get: (r) => r4(r.margin) },
  { name: 'doelbereik', get: (r) => r.attainment },
];

function reachedColumns(results: Results): Column<{ row: InstitutionIndicatorRow; value: RealisedValue }>[] {
  // Reached per year, judged against the target in force (same rule as the sector's reached share).
  const reached = (row: InstitutionIndicatorRow, value: number) => {
    if (row.target === null) return '';
    return yesNo(reachedTarget(results.indicators[row.indicatorId]!.direction, value, row.target));
  };
  // The margin and attainment of each year's value, by the same rule as the row's latest value.
  const margin = (row: InstitutionIndicatorRow, value: RealisedValue) =>
    row.target === null ? null : samplingMargin(results.indicators[row.indicatorId]!.unit, value.n, row.target, value.sd);
  const attainment = (row: InstitutionIndicatorRow, value: RealisedValue) =>
    row.target === null
      ? null
      : attainmentOf(results.indicators[row.indicatorId]!.direction, value.value, row.target, margin(row, value), row.improvement);
  return [
    { name: 'instelling', get: (x) => x.row.institutionId },
    { name: 'indicator', get: (x) => x.row.indicatorId },
    { name: 'uitsplitsing', get: (x) => x.row.breakdown },
    { name: 'jaar', get: (x) => x.value.year },
    { name: 'realisatie', get: (x) => num(x.value.value) },
    { name: 'streef', get: (x) => num(x.row.target) },
    { name: 'op_of_voorbij_streef', get: (x) => reached(x.row, x.value.value) },
    { name: 'n', get: (x) => x.value.n },
    { name: 'herkomst', get: (x) => x.value.origin },
    { name: 'marge', get: (x) => r4(margin(x.row, x.value)) },
    { name: 'oordeel', get: (x) => attainment(x.row, x.value) },
    { name: 'laatste', get: (x) => x.row.latest?.year === x.value.year },
  ];
}

const attainmentColumns: Column<BreakdownResult>[] = [
  { name: 'indicator', get: (b) => b.indicatorId },
  { name: 'uitsplitsing', get: (b) => b.breakdown },
  { name: 'n', get: (b) => b.attainment!.n },
  { name: 'bereikt', get: (b) => b.attainment!.reached },
  { name: 'niet_bereikt', get: (b) => b.attainment!.notReached },
  { name: 'binnen_marge', get: (b) => b.attainment!.withinMargin },
  { name: 'streef_zonder_verbetering', get: (b) => b.attainment!.targetWithoutImprovement },
  { name: 'aandeel_bereikt', get: (b) => r4(b.attainment!.shareReached.share) },
  { name: 'ci95_laag', get: (b) => r4(b.attainment!.shareReached.ci95?.low) },
  { name: 'ci95_hoog', get: (b) => r4(b.attainment!.shareReached.ci95?.high) },
];

/** q, the Fisher-z interval of r and Spearman ρ: appended to every correlation table. */
const inferenceColumns = <T extends Correlation>(): Column<T>[] => [
  { name: 'q', get: (c) => r4(c.q) },
  { name: 'ci95_laag', get: (c) => r4(c.ci95?.low) },
  { name: 'ci95_hoog', get: (c) => r4(c.ci95?.high) },
  { name: 'rho', get: (c) => r4(c.rho) },
];

const convergenceColumns: Column<BreakdownResult>[] = [
  { name: 'indicator', get: (b) => b.indicatorId },
  { name: 'uitsplitsing', get: (b) => b.breakdown },
  { name: 'n', get: (b) => b.convergence.n },
  { name: 'r', get: (b) => r4(b.convergence.r) },
  { name: 'p', get: (b) => r4(b.convergence.p) },
  { name: 'oordeel', get: (b) => b.convergence.label },
  { name: 'helling', get: (b) => r4(b.convergence.slope) },
  { name: 'intercept', get: (b) => r4(b.convergence.intercept) },
  { name: 'ci95_laag', get: (b) => r4(b.convergence.ci95?.low) },
  { name: 'ci95_hoog', get: (b) => r4(b.convergence.ci95?.high) },
  { name: 'rho', get: (b) => r4(b.convergence.rho) },
  { name: 'sd_start', get: (b) => r4(b.convergence.spread?.sdStart) },
  { name: 'sd_streef', get: (b) => r4(b.convergence.spread?.sdTarget) },
  { name: 'verhouding_spreiding', get: (b) => r4(b.convergence.spread?.ratio) },
  { name: 'p_spreiding', get: (b) => r4(b.convergence.spread?.p) },
  { name: 'q_spreiding', get: (b) => r4(b.convergence.spread?.q) },
  { name: 'conclusie', get: (b) => b.convergence.spread?.conclusion ?? null },
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
  ...inferenceColumns<EffortCorrelation>(),
  { name: 'te_weinig_per_groep', get: (e) => (e.kind === 'maatregel' ? e.tooFewPerGroup : null) },
];

const ambitionBudgetColumns: Column<AmbitionBudgetCorrelation>[] = [
  { name: 'doelstelling', get: (e) => e.goalId },
  { name: 'indicator', get: (e) => e.indicatorId },
  { name: 'uitsplitsing', get: (e) => e.breakdown },
  { name: 'n', get: (e) => e.n },
  { name: 'r', get: (e) => r4(e.r) },
  { name: 'p', get: (e) => r4(e.p) },
  { name: 'oordeel', get: (e) => e.label },
  ...inferenceColumns<AmbitionBudgetCorrelation>(),
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
