// National series (reeksen.csv) grouped per series and breakdown in period order, with the national goals
// (landelijke_doelen.csv) of the same indicator and breakdown attached.
import type { NationalGoal, SeriesPoint } from '../snapshot/types.ts';
import { byRank, compareBreakdown, compareNatural } from './order.ts';
import type { GoalPace, NationalGoalResult, SeriesResult } from './types.ts';

/** `2024` and `2024/25` both start in 2024; the calendar year sorts before the school year. */
export function comparePeriod(a: string, b: string): number {
  const ya = Number.parseInt(a, 10);
  const yb = Number.parseInt(b, 10);
  if (ya !== yb) return ya - yb;
  return a.length - b.length || compareNatural(a, b);
}

export function sortNationalGoals(goals: readonly NationalGoal[], indicatorOrder: readonly string[]): NationalGoalResult[] {
  const byIndicator = byRank(indicatorOrder);
  return [...goals]
    .sort((a, b) => byIndicator(a.indicatorId, b.indicatorId) || compareBreakdown(a.breakdown, b.breakdown) || a.year - b.year)
    .map((g) => ({ indicatorId: g.indicatorId, breakdown: g.breakdown, year: g.year, value: g.value, source: g.source }));
}

/** The calendar year a period ends in: `2024` → 2024, studiejaar `2024/25` → 2025 (goals name such a year). */
export function periodEndYear(period: string): number {
  return Number.parseInt(period, 10) + (period.includes('/') ? 1 : 0);
}

/** Distance to a national goal and the pace per year still needed, beside the pace so far (see GoalPace). */
export function goalPace(points: readonly { readonly period: string; readonly value: number }[], goal: NationalGoalResult): GoalPace | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const yearsLeft = goal.year - periodEndYear(last.period);
  const yearsSoFar = periodEndYear(last.period) - periodEndYear(first.period);
  const distance = goal.value - last.value;
  return {
    fromYear: periodEndYear(last.period),
    yearsLeft,
    distance,
    neededPerYear: yearsLeft > 0 ? distance / yearsLeft : null,
    pastPerYear: points.length > 1 && yearsSoFar > 0 ? (last.value - first.value) / yearsSoFar : null,
    pastFromYear: points.length > 1 && yearsSoFar > 0 ? periodEndYear(first.period) : null,
  };
}

export function computeSeries(points: readonly SeriesPoint[], goals: readonly NationalGoalResult[]): SeriesResult[] {
  const groups = new Map<string, SeriesPoint[]>();
  for (const p of points) {
    const key = `${p.series}\u0000${p.breakdown}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const results: SeriesResult[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => comparePeriod(a.period, b.period));
    const head = sorted[0]!;
    const indicatorId = sorted.find((p) => p.indicatorId !== null)?.indicatorId ?? null;
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    const nationalGoals = indicatorId === null ? [] : goals.filter((g) => g.indicatorId === indicatorId && g.breakdown === head.breakdown);
    results.push({
      series: head.series,
      name: head.name,
      breakdown: head.breakdown,
      indicatorId,
      goalId: sorted.find((p) => p.goalId !== null)?.goalId ?? null,
      unit: head.unit,
      sources: [...new Set(sorted.map((p) => p.source))].sort(compareNatural),
      points: sorted.map((p) => ({ period: p.period, value: p.value, source: p.source })),
      first: { period: first.period, value: first.value },
      last: { period: last.period, value: last.value },
      change: last.value - first.value,
      nationalGoals,
      goalPaces: nationalGoals.map((g) => goalPace(sorted, g)!),
    });
  }
  return results.sort((a, b) => compareNatural(a.series, b.series) || compareBreakdown(a.breakdown, b.breakdown));
}
