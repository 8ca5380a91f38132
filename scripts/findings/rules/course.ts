// Rule "koers" (on course) and rule "ontwikkeling" (development) for one indicator × breakdown.
//
// On course: each institution with a start value, a target in force and a later measurement gets a straight path
// from its start year to its target year. planned = (latest year − start year) / (target year − start year),
// capped at 1, × its improvement ambition; actual = its improvement change (latest − start, positive = better).
// An institution is on course when actual ≥ planned, worse when actual is a fall beyond the tolerance of
// movement.ts, else behind. The sector, with the 95% t-interval [lo, hi] of the mean actual and the
// mean planned P:
//   hi < 0 → verslechterd; lo ≤ 0 ≤ hi and lo ≤ P ≤ hi → onzeker (the interval includes both);
//   hi < P → achter op schema; otherwise (lo > 0, hi ≥ P) → op koers; no institution → geen gegevens;
//   one institution → onzeker.
// Development: the 95% interval of the mean improvement change over every institution with start and latest value
// (Results `improvementChange.ci95`) above 0 → verbetering, below 0 → verslechtering, else geen verandering.
import { tInterval } from '../../compute/inference.ts';
import type { BreakdownResult, IndicatorResult, Results } from '../../compute/types.ts';
import { movement } from '../movement.ts';
import type { CourseResult, CourseStatus, Interval, OverviewRow } from '../types.ts';

export function courseOf(indicator: IndicatorResult, b: BreakdownResult): CourseResult {
  const base = { indicatorId: indicator.id, breakdown: b.breakdown };
  const none: CourseResult = { ...base, status: 'geen-gegevens', n: 0, meanActual: null, meanPlanned: null, ci95: null, onCourse: 0, behind: 0, worse: 0, onCourseShare: null };
  if (indicator.direction === 'neutraal') return none;
  const actual: number[] = [];
  const planned: number[] = [];
  let onCourse = 0;
  let behind = 0;
  let worse = 0;
  for (const r of b.rows) {
    if (r.improvement === null || r.improvementChange === null || r.latest === null) continue;
    if (r.startYear === null || r.targetYear === null || r.targetYear <= r.startYear || r.latest.year <= r.startYear) continue;
    const elapsed = Math.min(1, (r.latest.year - r.startYear) / (r.targetYear - r.startYear));
    const plan = elapsed * r.improvement;
    actual.push(r.improvementChange);
    planned.push(plan);
    if (r.improvementChange >= plan) onCourse++;
    else if (r.start !== null && movement(r.improvementChange, indicator.unit, r.start) === 'daling') worse++;
    else behind++;
  }
  const n = actual.length;
  if (n === 0) return none;
  const meanActual = mean(actual);
  const meanPlanned = mean(planned);
  const ci95 = n >= 2 ? interval(tInterval(actual)) : null;
  return { ...base, status: courseStatus(ci95, meanPlanned), n, meanActual, meanPlanned, ci95, onCourse, behind, worse, onCourseShare: (100 * onCourse) / n };
}

/** The sector's status from the interval of the mean actual progress and the mean planned progress. */
export function courseStatus(ci: Interval | null, planned: number): Exclude<CourseStatus, 'geen-gegevens'> {
  if (!ci) return 'onzeker';
  if (ci.high < 0) return 'verslechterd';
  if (ci.low <= 0 && ci.high >= 0 && ci.low <= planned && ci.high >= planned) return 'onzeker';
  if (ci.high < planned) return 'achter-op-schema';
  return 'op-koers';
}

export type Development = OverviewRow['development'];

/** Development of the sector from the interval of the mean improvement change (rule "ontwikkeling"). */
export function developmentOf(indicator: IndicatorResult, b: BreakdownResult | null): Development {
  const ci = b?.improvementChange ? ciOf(b.improvementChange) : null;
  if (!b?.improvementChange || indicator.direction === 'neutraal' || !ci) return 'geen-gegevens';
  if (ci.low > 0) return 'verbetering';
  if (ci.high < 0) return 'verslechtering';
  return 'geen-verandering';
}

/** The 95% interval a Summary carries (issue 13: `ci95`, null when n < 2). */
export function ciOf(summary: object | null): Interval | null {
  const ci = (summary as { ci95?: Interval | null } | null)?.ci95;
  return ci && Number.isFinite(ci.low) && Number.isFinite(ci.high) ? { low: ci.low, high: ci.high } : null;
}

export function allCourses(results: Results): Record<string, Record<string, CourseResult>> {
  const out: Record<string, Record<string, CourseResult>> = {};
  for (const id of results.indicatorOrder) {
    const indicator = results.indicators[id]!;
    const byBreakdown: Record<string, CourseResult> = {};
    for (const b of indicator.breakdowns) byBreakdown[b] = courseOf(indicator, results.sector[id]![b]!);
    out[id] = byBreakdown;
  }
  return out;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, v) => a + v, 0) / values.length;
}

function interval(i: { low: number; high: number } | null | undefined): Interval | null {
  return i && Number.isFinite(i.low) && Number.isFinite(i.high) ? { low: i.low, high: i.high } : null;
}
