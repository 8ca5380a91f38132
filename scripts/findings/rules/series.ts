// Rule "landelijke-reeks": describe a national series as a whole, not by its endpoints.
// - latest change: last point − the point before it, a rise, fall or "gelijk" by the tolerance of movement.ts and
//   by the rounding of the published values (41% → 42% may be rounding alone: "vrijwel gelijk");
// - turning point ("einde aan de daling"): at least two steps before the new run went the other way (counted by
//   sign: a small fall is still part of a fall), and the new run lasts more than one step or its one step is larger
//   than the series' usual movement (the mean absolute change per year of the steps before it). A single rise of
//   1,1% after years of decline, smaller than the usual yearly change, is a latest change, not a turning point;
// - goal path: with a national goal, the straight line from the series' first point to the goal in its year;
//   `ahead` = last − the path at the last period (sign-adjusted by the indicator's direction, ≥ 0 = on or ahead);
//   with a single point only the remaining distance to the goal;
// - goal reached: the last published value is at or beyond the goal in the series' direction;
// - faster needed: the pace per year still needed to reach the goal in its year (Results `goalPaces`) is faster,
//   in that direction, than the pace so far (first to last value); unknown with one value.
import type { Direction, Results, SeriesResult } from '../../compute/types.ts';
import { directionSign } from '../../compute/direction.ts';
import { publishedMovement } from '../movement.ts';
import type { SeriesTrend } from '../types.ts';

/** The first year in a period label: `2024/25` → 2024, `2024` → 2024. */
export function periodYear(period: string): number {
  return Number(/^\d{4}/.exec(period)?.[0] ?? Number.NaN);
}

/** The main line of each series slug (`totaal`, else the first), keyed by slug. */
export function mainLines(results: Results): Map<string, { line: SeriesResult; index: number }> {
  const out = new Map<string, { line: SeriesResult; index: number }>();
  results.series.forEach((line, index) => {
    const seen = out.get(line.series);
    if (!seen || (seen.line.breakdown !== 'totaal' && line.breakdown === 'totaal')) out.set(line.series, { line, index });
  });
  return out;
}

export function seriesDirection(results: Results, line: SeriesResult): Direction {
  return line.indicatorId ? (results.indicators[line.indicatorId]?.direction ?? 'neutraal') : 'neutraal';
}

export function trendOf(results: Results, line: SeriesResult, index: number): SeriesTrend {
  const pts = line.points;
  const n = pts.length;
  const last = pts[n - 1];
  const prev = pts[n - 2];
  const latestChange = last && prev ? last.value - prev.value : null;
  const latestMovement = latestChange === null ? null : publishedMovement(prev!.value, last!.value, line.unit);
  const step = (i: number) => pts[i]!.value - pts[i - 1]!.value;
  const perYear = (i: number) => Math.abs(step(i)) / Math.max(1, periodYear(pts[i]!.period) - periodYear(pts[i - 1]!.period));
  const earlier = Array.from({ length: Math.max(0, n - 2) }, (_, k) => perYear(k + 1));
  const usualStep = earlier.length >= 2 ? earlier.reduce((a, v) => a + v, 0) / earlier.length : null;
  let turnRun = 0;
  let turnAfter = 0;
  if (latestMovement && latestMovement !== 'gelijk') {
    const way = latestMovement === 'stijging' ? 1 : -1;
    let i = n - 1;
    while (i >= 1 && Math.sign(step(i)) === way) {
      turnRun++;
      i--;
    }
    let before = 0;
    while (i >= 1 && Math.sign(step(i)) === -way) {
      before++;
      i--;
    }
    const clear = turnRun > 1 || (usualStep !== null && perYear(n - 1) > usualStep);
    turnAfter = before >= 2 && clear ? before : 0;
  }
  const sign = directionSign(seriesDirection(results, line));
  const latestWorse = sign !== 0 && latestChange !== null && latestMovement !== 'gelijk' && sign * latestChange < 0;
  const goalIndex = line.nationalGoals.length - 1;
  const goal = line.nationalGoals[goalIndex];
  let goalPath: SeriesTrend['goalPath'] = null;
  if (goal && last) {
    const first = pts[0]!;
    const y0 = periodYear(first.period);
    const y1 = periodYear(last.period);
    const span = goal.year - y0;
    const pathValue = n >= 2 && span > 0 ? first.value + ((goal.value - first.value) * Math.min(1, (y1 - y0) / span)) : null;
    // The direction of the indicator, or towards the goal for a series without one.
    const towards = sign || (goal.value >= first.value ? 1 : -1);
    const pace = line.goalPaces[goalIndex];
    const reached = towards * (last.value - goal.value) >= 0;
    goalPath = {
      goalIndex,
      pathValue,
      ahead: pathValue === null ? null : (last.value - pathValue) * towards,
      remaining: Math.abs(last.value - goal.value),
      reached,
      fasterNeeded:
        reached || !pace || pace.neededPerYear === null || pace.pastPerYear === null ? null : towards * pace.neededPerYear > towards * pace.pastPerYear,
    };
  }
  return {
    series: line.series,
    breakdown: line.breakdown,
    goalId: line.goalId,
    index,
    latestChange,
    latestPeriod: last?.period ?? null,
    previousPeriod: prev?.period ?? null,
    latestMovement,
    latestWorse,
    turnAfter,
    turnRun,
    usualStep,
    goalPath,
  };
}

/** Whether the periods of a series are consecutive years (then "vier jaar daling" may be said). */
export function yearly(line: SeriesResult): boolean {
  return line.points.every((p, i) => i === 0 || periodYear(p.period) - periodYear(line.points[i - 1]!.period) === 1);
}
