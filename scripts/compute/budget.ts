// Quality funds per goal: sector totals and shares, each institution's split over goals, spending so far
// (years up to and including the report year), the part of the funding period that spending covers, and the
// spending-share bands of seed 003 Tabel 2.1.
import { FUNDING_PERIOD } from '../snapshot/calendar.ts';
import type { Budget, Spending } from '../snapshot/types.ts';
import { byRank, compareNatural } from './order.ts';
import { sectorYear } from '../snapshot/coverage.ts';
import { percentage, summarize } from './stats.ts';
import type { BudgetResult, GoalBudget, InstitutionBudget, InstitutionGoalBudget, SpendingBand } from './types.ts';

const BANDS: readonly { band: SpendingBand['band']; label: string; below: number }[] = [
  { band: 'lt20', label: 'Minder dan 20%', below: 20 },
  { band: '20-25', label: '20% tot 25%', below: 25 },
  { band: '25-30', label: '25% tot 30%', below: 30 },
  { band: 'ge30', label: '30% of meer', below: Infinity },
];

export function spendingBand(spentShare: number): SpendingBand['band'] {
  return BANDS.find((b) => spentShare < b.below)!.band;
}

function bandCounts(shares: readonly number[]): SpendingBand[] {
  return BANDS.map(({ band, label }) => {
    const count = shares.filter((s) => spendingBand(s) === band).length;
    return { band, label, count, share: percentage(count, shares.length) };
  });
}

export interface BudgetInput {
  readonly budgets: readonly Budget[];
  readonly spending: readonly Spending[];
  readonly reportYear: number;
  /** The last year whose e-file was due at the peildatum (snapshot/calendar.ts): spending is expected up to it. */
  readonly closedYear: number;
  readonly goalOrder: readonly string[];
}

export function computeBudget(input: BudgetInput): BudgetResult {
  const upToReport = input.spending.filter((s) => s.year <= input.reportYear);
  // Missing data is never zero: without spending rows for the report year, "tot en met" and "in het jaar" mean the
  // latest year that has them (and not a year only a few institutions reported yet, snapshot/coverage.ts `sectorYear`: sums "tot en met"
  // stop there for everyone); institutions without rows (in that year) are left out of shares and bands.
  const year = sectorYear(upToReport) ?? input.reportYear;
  const spending = upToReport.filter((s) => s.year <= year);
  const reporting = new Set(spending.map((s) => s.institutionId));
  const reportingInYear = new Set(spending.filter((s) => s.year === year).map((s) => s.institutionId));
  const goalCompare = byRank(input.goalOrder);
  const key = (institution: string, goal: string) => `${institution}\u0000${goal}`;

  const budgetOf = new Map<string, number>();
  for (const b of input.budgets) budgetOf.set(key(b.institutionId, b.goalId), b.amount);
  const spentOf = new Map<string, number>();
  const spentInYearOf = new Map<string, number>();
  for (const s of spending) {
    const k = key(s.institutionId, s.goalId);
    spentOf.set(k, (spentOf.get(k) ?? 0) + s.amount);
    if (s.year === year) spentInYearOf.set(k, (spentInYearOf.get(k) ?? 0) + s.amount);
  }

  const institutionIds = [...new Set([...input.budgets, ...spending].map((r) => r.institutionId))].sort(compareNatural);
  const goalIds = [...new Set([...input.budgets, ...spending].map((r) => r.goalId))].sort(goalCompare);

  const institutions: Record<string, InstitutionBudget> = {};
  for (const id of institutionIds) {
    const goals = goalIds.filter((g) => budgetOf.has(key(id, g)) || spentOf.has(key(id, g)));
    const total = goals.reduce((a, g) => a + (budgetOf.get(key(id, g)) ?? 0), 0);
    const perGoal: InstitutionGoalBudget[] = goals.map((goalId) => {
      const budget = budgetOf.get(key(id, goalId)) ?? 0;
      const spent = spentOf.get(key(id, goalId)) ?? 0;
      const spentInYear = spentInYearOf.get(key(id, goalId)) ?? 0;
      return {
        goalId,
        budget,
        share: percentage(budget, total),
        spent,
        spentShare: reporting.has(id) ? percentage(spent, budget) : null,
        spentInYear,
        spentInYearShare: reportingInYear.has(id) ? percentage(spentInYear, budget) : null,
      };
    });
    const spent = perGoal.reduce((a, g) => a + g.spent, 0);
    institutions[id] = { institutionId: id, total, spent, spentShare: reporting.has(id) ? percentage(spent, total) : null, goals: perGoal };
  }

  const total = input.budgets.reduce((a, b) => a + b.amount, 0);
  const goals: Record<string, GoalBudget> = {};
  for (const goalId of goalIds) {
    const entries = institutionIds.flatMap((id) => institutions[id]!.goals.filter((g) => g.goalId === goalId));
    const funded = entries.filter((g) => g.budget > 0);
    const budget = entries.reduce((a, g) => a + g.budget, 0);
    const spent = entries.reduce((a, g) => a + g.spent, 0);
    const spentInYear = entries.reduce((a, g) => a + g.spentInYear, 0);
    const years = new Map<number, number>();
    for (const s of spending) if (s.goalId === goalId) years.set(s.year, (years.get(s.year) ?? 0) + s.amount);
    const reportingHere = entries.some((g) => g.spentShare !== null);
    const reportingInYearHere = entries.some((g) => g.spentInYearShare !== null);
    goals[goalId] = {
      goalId,
      budget,
      share: percentage(budget, total),
      institutions: funded.length,
      spent,
      // Null, not 0%, when no institution with this goal has spending rows (in the year).
      spentShare: reportingHere ? percentage(spent, budget) : null,
      spentByYear: [...years].sort((a, b) => a[0] - b[0]).map(([year, amount]) => ({ year, amount })),
      spentInYear,
      spentInYearShare: reportingInYearHere ? percentage(spentInYear, budget) : null,
      institutionsReporting: funded.filter((g) => g.spentShare !== null).length,
      institutionsInYear: funded.filter((g) => g.spentInYearShare !== null).length,
      bands: bandCounts(funded.flatMap((g) => (g.spentShare === null ? [] : [g.spentShare]))),
      yearBands: bandCounts(funded.flatMap((g) => (g.spentInYearShare === null ? [] : [g.spentInYearShare]))),
      institutionSpentShare: summarize(funded.flatMap((g) => (g.spentShare === null ? [] : [g.spentShare]))),
      institutionBudgetShare: summarize(funded.flatMap((g) => (g.share === null ? [] : [g.share]))),
    };
  }

  const spent = spending.reduce((a, s) => a + s.amount, 0);
  const periodYears = FUNDING_PERIOD.last - FUNDING_PERIOD.first + 1;
  // The spending covers the funding years up to the last one with rows: spending over 2024 is one of four years.
  const coveredYears = spending.length === 0 ? 0 : Math.max(0, Math.min(periodYears, year - FUNDING_PERIOD.first + 1));
  return {
    reportYear: year,
    closedYear: input.closedYear,
    period: { first: FUNDING_PERIOD.first, last: FUNDING_PERIOD.last, years: periodYears },
    coveredYears,
    coveredShare: spending.length === 0 ? null : (100 * coveredYears) / periodYears,
    total,
    spent,
    // Null, not 0%, before the first spending rows (an edition before the first e-file).
    spentShare: spending.length === 0 ? null : percentage(spent, total),
    goals,
    goalOrder: goalIds,
    institutions,
    institutionOrder: institutionIds,
  };
}

/**
 * The goal's share of an institution's total budget, for correlations: 0 when the institution budgets other
 * goals but not this one (a real choice), null when it has no budget at all.
 */
export function goalBudgetShare(budget: BudgetResult, institutionId: string, goalId: string): number | null {
  const inst = budget.institutions[institutionId];
  if (!inst || inst.total <= 0) return null;
  return inst.goals.find((g) => g.goalId === goalId)?.share ?? 0;
}

/** Spent so far as share of the goal's budget; null without a budget for the goal. */
export function goalSpentShare(budget: BudgetResult, institutionId: string, goalId: string): number | null {
  return budget.institutions[institutionId]?.goals.find((g) => g.goalId === goalId)?.spentShare ?? null;
}
