// Rule "koers" (course) and rule "ontwikkeling" (development), per indicator AND per breakdown (issue 23).
//
// Assessed: each institution with a start value, a target in force that plans an improvement (sign-adjusted
// target − start > 0) and a measurement after its start year. Its own path is a straight line from its start year
// to its target year; planned = elapsed share of that period at the year of its latest value (at most 1) ×
// improvement ambition; actual = latest − start (sign-adjusted, positive = better); gap = actual − planned.
// Whether an institution is on or above its path is decided in integers at the data's precision (the most decimals
// of any start, target or latest value of the breakdown), so a value exactly on the path is on the path.
// The sector, from the 95% t-intervals of the mean gap (paired: one gap per institution) and of the mean actual
// progress:
//   fewer than MIN_INSTITUTIONS assessed → te-weinig-instellingen (none at all → geen-gegevens);
//   actual interval below 0 → verslechterd;
//   gap interval above 0 → voor-op-schema; below 0 → achter-op-schema;
//   gap interval includes 0: op-schema when the actual interval lies above 0, else onzeker.
// Beside it: institutions on or above their own path (Wilson interval), targets that plan no improvement (never
// assessed, never "on course"), latest values from an earlier year or another source, and the same verdict with
// every path starting at the first funding year (the sensitivity line). `neutraal` indicators have no course.
// Development: the same actual-progress interval above 0 → verbeterd, below 0 → verslechterd, else
// geen-duidelijke-verandering (one rule for every place that says whether a breakdown improved).
import { directionSign } from '../../compute/direction.ts';
import { tInterval } from '../../compute/inference.ts';
import { share } from '../../compute/stats.ts';
import { decimalsOf } from '../../compute/typology.ts';
import type { BreakdownResult, IndicatorResult, Results, SectorRow } from '../../compute/types.ts';
import { COURSE_ORDER, type CourseStatus, type Development, type IndicatorStatus } from '../../lib/verdicts.ts';
import { MIN_INSTITUTIONS } from '../movement.ts';
import type { CourseResult, IndicatorCourse, Interval } from '../types.ts';
import { FUNDING_PERIOD } from '../../snapshot/calendar.ts';

/** The sensitivity path starts here (the first year of the quality funds) instead of at the start year. */
export const FIRST_FUNDING_YEAR = FUNDING_PERIOD.first;

interface Assessed {
  readonly actual: number;
  readonly planned: number;
  readonly gap: number;
  readonly gapFrom2024: number;
  readonly onPath: boolean;
  readonly row: SectorRow;
}

/** A row's values as integers at `scale` (10^decimals): exact comparisons, no floating-point ties. */
const scaled = (v: number, scale: number) => Math.round(v * scale);

/**
 * Planned progress and gap of one institution along a straight path from `from` to its target year, in integers:
 * gap × span × scale = sign·(L − S)·span − elapsed·sign·(T − S). `span` ≤ 0 (the target year is not after `from`)
 * means the whole ambition is due.
 */
function gapUnits(sign: number, S: number, T: number, L: number, from: number, targetYear: number, latestYear: number) {
  const span = targetYear - from;
  if (span <= 0) return { units: sign * (L - S) - sign * (T - S), divisor: 1, planned: sign * (T - S) };
  const elapsed = Math.min(span, Math.max(0, latestYear - from));
  return { units: sign * (L - S) * span - elapsed * sign * (T - S), divisor: span, planned: (elapsed * sign * (T - S)) / span };
}

export function courseOf(indicator: IndicatorResult, b: BreakdownResult): CourseResult {
  const sign = directionSign(indicator.direction);
  const candidates = b.rows.filter(
    (r) =>
      r.start !== null && r.target !== null && r.latest !== null && r.startYear !== null && r.targetYear !== null &&
      r.targetYear > r.startYear && r.latest.year > r.startYear,
  );
  let decimals = 0;
  for (const r of candidates) decimals = Math.max(decimals, decimalsOf(r.start!), decimalsOf(r.target!), decimalsOf(r.latest!.value));
  const scale = 10 ** decimals;

  const assessed: Assessed[] = [];
  let withoutImprovement = 0;
  for (const r of sign === 0 ? [] : candidates) {
    const S = scaled(r.start!, scale);
    const T = scaled(r.target!, scale);
    const L = scaled(r.latest!.value, scale);
    if (sign * (T - S) <= 0) {
      withoutImprovement++;
      continue;
    }
    const own = gapUnits(sign, S, T, L, r.startYear!, r.targetYear!, r.latest!.year);
    const funded = gapUnits(sign, S, T, L, Math.max(r.startYear!, FIRST_FUNDING_YEAR), r.targetYear!, r.latest!.year);
    assessed.push({
      actual: (sign * (L - S)) / scale,
      planned: own.planned / scale,
      gap: own.units / (own.divisor * scale),
      gapFrom2024: funded.units / (funded.divisor * scale),
      onPath: own.units >= 0,
      row: r,
    });
  }

  const n = assessed.length;
  const onCourse = assessed.filter((a) => a.onPath).length;
  const actualCi95 = interval(tInterval(assessed.map((a) => a.actual)));
  const gapCi95 = interval(tInterval(assessed.map((a) => a.gap)));
  const anyData = n + withoutImprovement > 0;
  return {
    indicatorId: indicator.id,
    breakdown: b.breakdown,
    status: courseStatus(n, anyData, gapCi95, actualCi95),
    n,
    meanPlanned: mean(assessed.map((a) => a.planned)),
    meanActual: mean(assessed.map((a) => a.actual)),
    meanGap: mean(assessed.map((a) => a.gap)),
    gapCi95,
    actualCi95,
    onCourse,
    onPath: n === 0 ? null : share(onCourse, n),
    withoutImprovement,
    earlierYear: assessed.filter((a) => a.row.latestEarlierYear).length,
    otherSource: assessed.filter((a) => a.row.latestOtherSource).length,
    statusFrom2024: courseStatus(n, anyData, interval(tInterval(assessed.map((a) => a.gapFrom2024))), actualCi95),
    development: developmentOf(n, anyData, actualCi95),
  };
}

/** The sector verdict from the number assessed and the two intervals (the rule in the header of this file). */
export function courseStatus(n: number, anyData: boolean, gap: Interval | null, actual: Interval | null): CourseStatus {
  if (n === 0 && !anyData) return 'geen-gegevens';
  if (n < MIN_INSTITUTIONS || !gap || !actual) return 'te-weinig-instellingen';
  if (actual.high < 0) return 'verslechterd';
  if (gap.low > 0) return 'voor-op-schema';
  if (gap.high < 0) return 'achter-op-schema';
  return actual.low > 0 ? 'op-schema' : 'onzeker';
}

/** Rule "ontwikkeling" on the institutions the course assesses. */
export function developmentOf(n: number, anyData: boolean, actual: Interval | null): Development {
  if (n === 0 && !anyData) return 'geen-gegevens';
  if (n < MIN_INSTITUTIONS || !actual) return 'te-weinig-instellingen';
  if (actual.low > 0) return 'verbeterd';
  if (actual.high < 0) return 'verslechterd';
  return 'geen-duidelijke-verandering';
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

/**
 * An indicator over its breakdowns: their one status when every breakdown with data agrees, else `wisselend`, so
 * an overall line never hides a worse breakdown. `worst` is the least favourable verdict among them.
 */
export function indicatorCourse(results: Results, id: string, courses: Readonly<Record<string, CourseResult>>): IndicatorCourse {
  const indicator = results.indicators[id]!;
  const judged = indicator.breakdowns.filter((b) => courses[b]!.status !== 'geen-gegevens');
  const statuses = [...new Set(judged.map((b) => courses[b]!.status))];
  const status: IndicatorStatus = statuses.length === 0 ? 'geen-gegevens' : statuses.length === 1 ? statuses[0]! : 'wisselend';
  const worst = statuses.filter((s) => s !== 'te-weinig-instellingen').sort((a, z) => COURSE_ORDER[z] - COURSE_ORDER[a])[0] ?? null;
  return { indicatorId: id, goalId: indicator.goalId, status, breakdowns: judged, worst };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, v) => a + v, 0) / values.length;
}

function interval(i: { low: number; high: number } | null | undefined): Interval | null {
  return i && Number.isFinite(i.low) && Number.isFinite(i.high) ? { low: i.low, high: i.high } : null;
}
