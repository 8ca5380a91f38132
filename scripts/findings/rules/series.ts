// Rule "landelijke-reeks": describe a national series as a whole, not by its endpoints.
// - latest change: last point − the point before it, a rise, fall or "gelijk" by the tolerance of movement.ts;
// - turning point: how many steps just before the last one moved the other way ("na vier jaar daling weer een
//   stijging"); the last step must be a rise or fall beyond the tolerance, the steps before it count by their sign
//   (a small fall is still part of a fall); 0 when the last step continues the trend or is "gelijk";
// - goal path: with a national goal, the straight line from the series' first point to the goal in its year;
//   `ahead` = last − the path at the last period (sign-adjusted by the indicator's direction, ≥ 0 = on or ahead);
//   with a single point only the remaining distance to the goal;
// - goal reached: the last published value is at or beyond the goal in the series' direction;
// - faster needed: the pace per year still needed to reach the goal in its year (Results `goalPaces`) is faster,
//   in that direction, than the pace so far (first to last value); unknown with one value.
import type { Direction, Results, SeriesResult } from '../../compute/types.ts';
import { directionSign } from '../../compute/direction.ts';
import { movement } from '../movement.ts';
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
  const latestMovement = latestChange === null ? null : movement(latestChange, line.unit, prev!.value);
  let turnAfter = 0;
  if (latestMovement && latestMovement !== 'gelijk') {
    const other = latestMovement === 'stijging' ? -1 : 1;
    for (let i = n - 2; i >= 1; i--) {
      if (Math.sign(pts[i]!.value - pts[i - 1]!.value) !== other) break;
      turnAfter++;
    }
  }
  const goalIndex = line.nationalGoals.length - 1;
  const goal = line.nationalGoals[goalIndex];
  let goalPath: SeriesTrend['goalPath'] = null;
  if (goal && last) {
    const first = pts[0]!;
    const y0 = periodYear(first.period);
    const y1 = periodYear(last.period);
    const span = goal.year - y0;
    const pathValue = n >= 2 && span > 0 ? first.value + ((goal.value - first.value) * Math.min(1, (y1 - y0) / span)) : null;
    const sign = directionSign(seriesDirection(results, line)) || (goal.value >= first.value ? 1 : -1);
    const pace = line.goalPaces[goalIndex];
    const reached = sign * (last.value - goal.value) >= 0;
    goalPath = {
      goalIndex,
      pathValue,
      ahead: pathValue === null ? null : (last.value - pathValue) * sign,
      remaining: Math.abs(last.value - goal.value),
      reached,
      fasterNeeded:
        reached || !pace || pace.neededPerYear === null || pace.pastPerYear === null ? null : sign * pace.neededPerYear > sign * pace.pastPerYear,
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
    turnAfter,
    goalPath,
  };
}

/** Whether the periods of a series are consecutive years (then "vier jaar daling" may be said). */
export function yearly(line: SeriesResult): boolean {
  return line.points.every((p, i) => i === 0 || periodYear(p.period) - periodYear(line.points[i - 1]!.period) === 1);
}
