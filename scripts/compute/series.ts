// National series (reeksen.csv) grouped per series and breakdown in period order, with the national goals
// (landelijke_doelen.csv) of the same indicator and breakdown attached.
import type { NationalGoal, SeriesPoint } from '../snapshot/types.ts';
import { byRank, compareBreakdown, compareNatural } from './order.ts';
import type { NationalGoalResult, SeriesResult } from './types.ts';

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
      nationalGoals: indicatorId === null ? [] : goals.filter((g) => g.indicatorId === indicatorId && g.breakdown === head.breakdown),
    });
  }
  return results.sort((a, b) => compareNatural(a.series, b.series) || compareBreakdown(a.breakdown, b.breakdown));
}
