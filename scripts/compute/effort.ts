// Effort and development: does the change in an institution's realised value (latest − start, sign-adjusted)
// go together with what it put into the goal — the goal's share of its budget, the share of that budget spent
// so far, each measure carried out (0/1)? And "ambition and budget": improvement ambition against budget share.
// Each is a Pearson correlation per goal × indicator × breakdown over institutions that have both values.
// Each table is one family of tests: Benjamini–Hochberg q within the table, and the label is decided on q.
import { goalBudgetShare, goalSpentShare } from './budget.ts';
import { benjaminiHochberg } from './inference.ts';
import { measureFlag } from './measures.ts';
import { mean, pearsonPairs, SIGNIFICANT, significanceLabel } from './stats.ts';
import type {
  AmbitionBudgetCorrelation,
  BreakdownResult,
  BudgetResult,
  Correlation,
  EffortCorrelation,
  MeasuresResult,
  TestFamily,
} from './types.ts';

/** A measure comparison needs at least this many institutions that did and that did not carry it out. */
export const MIN_PER_GROUP = 5;

/**
 * Benjamini–Hochberg within one table: q for every correlation with a p that takes part, and the label decided on
 * q (same thresholds as p). Rows that do not take part (`inFamily` false) get q null and label `niet`.
 */
export function correctTable<T extends Correlation>(rows: readonly T[], inFamily: (row: T) => boolean = () => true): T[] {
  const q = benjaminiHochberg(rows.map((r) => (inFamily(r) ? r.p : null)));
  return rows.map((r, i) => ({ ...r, q: q[i]!, label: q[i] === null ? 'niet' : significanceLabel(q[i]!, r.n) }));
}

/** Counts for the method chapter: tests, expected by chance (tests × 0,05), p < 0,05 and q < 0,05. */
export function testFamily(rows: readonly Correlation[]): TestFamily {
  const tested = rows.filter((r) => r.q !== null);
  return {
    tests: tested.length,
    expectedByChance: tested.length * SIGNIFICANT,
    significantP: tested.filter((r) => r.p! < SIGNIFICANT).length,
    surviving: tested.filter((r) => r.q! < SIGNIFICANT).length,
  };
}

export interface EffortInput {
  /** Goal ids in reading order, each with its indicators' breakdown results in reading order. */
  readonly goals: readonly { readonly goalId: string; readonly measureIds: readonly string[]; readonly breakdowns: readonly BreakdownResult[] }[];
  readonly budget: BudgetResult;
  readonly measures: MeasuresResult;
}

/** Per goal, each institution's budget share and spent share (looked up once, used for every indicator). */
function sharesOf(input: EffortInput, goalId: string) {
  const budgetShare = new Map<string, number | null>();
  const spentShare = new Map<string, number | null>();
  for (const id of input.budget.institutionOrder) {
    budgetShare.set(id, goalBudgetShare(input.budget, id, goalId));
    spentShare.set(id, goalSpentShare(input.budget, id, goalId));
  }
  return { budget: (id: string) => budgetShare.get(id) ?? null, spent: (id: string) => spentShare.get(id) ?? null };
}

export function computeEffort(input: EffortInput): EffortCorrelation[] {
  const out: EffortCorrelation[] = [];
  for (const goal of input.goals) {
    if (goal.breakdowns.length === 0) continue;
    const shares = sharesOf(input, goal.goalId);
    for (const b of goal.breakdowns) {
      const rows = b.rows.filter((r) => r.improvementChange !== null);
      if (rows.length === 0) continue;
      const base = { goalId: goal.goalId, indicatorId: b.indicatorId, breakdown: b.breakdown };
      out.push({
        ...base,
        kind: 'begrotingsaandeel',
        measureId: null,
        effort: 'begrotingsaandeel',
        tooFewPerGroup: false,
        groups: null,
        ...pearsonPairs(rows.map((r) => [shares.budget(r.institutionId), r.improvementChange] as const)),
      });
      out.push({
        ...base,
        kind: 'bestedingsaandeel',
        measureId: null,
        effort: 'bestedingsaandeel',
        tooFewPerGroup: false,
        groups: null,
        ...pearsonPairs(rows.map((r) => [shares.spent(r.institutionId), r.improvementChange] as const)),
      });
      for (const measureId of goal.measureIds) {
        const pairs = rows.map((r) => [measureFlag(input.measures, r.institutionId, measureId), r.improvementChange!] as const);
        const withM = pairs.filter(([x]) => x === 1).map(([, y]) => y);
        const withoutM = pairs.filter(([x]) => x === 0).map(([, y]) => y);
        out.push({
          ...base,
          kind: 'maatregel',
          measureId,
          effort: `maatregel:${measureId}`,
          tooFewPerGroup: withM.length < MIN_PER_GROUP || withoutM.length < MIN_PER_GROUP,
          groups: { nWith: withM.length, meanWith: mean(withM), nWithout: withoutM.length, meanWithout: mean(withoutM) },
          ...pearsonPairs(pairs),
        });
      }
    }
  }
  return correctTable(out, (e) => !e.tooFewPerGroup);
}

export function computeAmbitionBudget(input: EffortInput): AmbitionBudgetCorrelation[] {
  const out: AmbitionBudgetCorrelation[] = [];
  for (const goal of input.goals) {
    if (goal.breakdowns.length === 0) continue;
    const shares = sharesOf(input, goal.goalId);
    for (const b of goal.breakdowns) {
      const rows = b.rows.filter((r) => r.improvement !== null);
      if (rows.length === 0) continue;
      out.push({
        goalId: goal.goalId,
        indicatorId: b.indicatorId,
        breakdown: b.breakdown,
        ...pearsonPairs(rows.map((r) => [shares.budget(r.institutionId), r.improvement] as const)),
      });
    }
  }
  return correctTable(out);
}
