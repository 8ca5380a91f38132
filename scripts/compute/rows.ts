// One institution's numbers for one indicator and breakdown: start, target in force (revision rule),
// ambition, disclosed realised values, change and whether the target was reached.
import type { Indicator, InstitutionValue } from '../snapshot/types.ts';
import { msg } from './messages.ts';
import { directionSign, improvementSign } from './direction.ts';
import { ORIGINAL_ORIGIN, decideTarget } from './targets.ts';
import type { Attainment, InstitutionIndicatorRow, Notice, RealisedValue, SuppressedValue, TargetCounts } from './types.ts';
import type { Direction, Unit } from '../snapshot/types.ts';
import { normalQuantile } from './inference.ts';

/** Minimum respondents for a value that carries a respondent count when its indicator has no `min_n`. */
export const DEFAULT_MIN_N = 30;

/** Values that differ less than this count as equal (guards against float noise such as 0,1 + 0,2). */
const EPS = 1e-9;

/**
 * The disclosure threshold for one realised value. A survey source is recognised by data, not by name:
 * the indicator's `min_n` when set; otherwise, a value that carries a respondent count `n` is survey data and
 * needs DEFAULT_MIN_N; a value without `n` of an indicator without `min_n` (registers such as DUO) is never
 * suppressed. A value of an indicator with `min_n` but without `n` cannot show that it meets the threshold: it is
 * suppressed too (issue 23; the check warns at its line).
 */
export function disclosureThreshold(indicator: Pick<Indicator, 'minN'>, value: Pick<InstitutionValue, 'n'>): number | null {
  if (indicator.minN !== null) return indicator.minN;
  return value.n !== null ? DEFAULT_MIN_N : null;
}

export function isSuppressed(indicator: Pick<Indicator, 'minN'>, value: Pick<InstitutionValue, 'n'>): boolean {
  const threshold = disclosureThreshold(indicator, value);
  return threshold !== null && (value.n === null || value.n < threshold);
}

/** At or beyond the target in the indicator's direction; null for neutraal (no "beyond"). */
export function reachedTarget(direction: Direction, value: number, target: number): boolean | null {
  if (direction === 'neutraal') return null;
  return directionSign(direction) * (value - target) >= -EPS;
}

const Z95 = normalQuantile(0.975);

/**
 * 95% sampling margin of a survey value around the target, in the indicator's unit of difference:
 * - `procent`: 1,96·√(p(1−p)/n)·100 with p = target/100 (the binomial spread of a share measured on n respondents
 *   if the true share were the target);
 * - `cijfer` (a mean score 1–10): 1,96·sd/√n, the standard error of a mean, when the snapshot gives the
 *   respondents' standard deviation `sd`.
 * null otherwise (no respondent count, a score without sd, counts and money): then no margin applies.
 */
export function samplingMargin(unit: Unit, n: number | null, target: number, sd: number | null = null): number | null {
  if (n === null || n <= 0) return null;
  if (unit === 'cijfer') return sd === null ? null : (Z95 * sd) / Math.sqrt(n);
  if (unit !== 'procent') return null;
  const p = Math.min(1, Math.max(0, target / 100));
  return 100 * Z95 * Math.sqrt((p * (1 - p)) / n);
}

/**
 * Attainment of one value against the target in force (see `Attainment`). `improvement` is the sign-adjusted
 * target − start (null without a start: then the target counts as an improvement). null for neutraal.
 */
export function attainmentOf(
  direction: Direction,
  value: number,
  target: number,
  margin: number | null,
  improvement: number | null,
): Attainment | null {
  if (direction === 'neutraal') return null;
  if (improvement !== null && improvement <= EPS) return 'zonder-verbetering';
  const beyond = directionSign(direction) * (value - target);
  if (margin !== null && Math.abs(beyond) <= margin + EPS) return 'binnen-marge';
  return beyond >= -EPS ? 'bereikt' : 'niet-bereikt';
}

export interface RowOutcome {
  readonly row: InstitutionIndicatorRow;
  readonly suppressed: readonly SuppressedValue[];
  readonly counts: TargetCounts;
  readonly notices: readonly Notice[];
}

const byYearThenOrigin = (a: InstitutionValue, b: InstitutionValue) =>
  a.year - b.year || (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0);

/** Build the row of one institution from all its values for one indicator × breakdown. */
export function buildRow(indicator: Indicator, institutionName: string, values: readonly InstitutionValue[]): RowOutcome {
  const first = values[0]!;
  const { institutionId, breakdown } = first;
  const notices: Notice[] = [];

  // One pass to split by kind: this runs for every institution × indicator × breakdown.
  const starts: InstitutionValue[] = [];
  const targets: InstitutionValue[] = [];
  const realisations: InstitutionValue[] = [];
  for (const v of values) (v.kind === 'start' ? starts : v.kind === 'streef' ? targets : realisations).push(v);
  if (starts.length > 1) starts.sort(byYearThenOrigin);
  const start = starts.find((v) => v.origin === ORIGINAL_ORIGIN) ?? starts[0] ?? null;
  if (starts.length > 1 && !starts.some((v) => v.origin === ORIGINAL_ORIGIN)) {
    const message = msg.duplicateStart(institutionId, indicator.id, breakdown, start!.origin);
    notices.push({ code: 'meerdere-startwaarden', message, ref: start!.ref });
  }

  const decision = decideTarget(indicator, targets);
  if (decision.duplicateOriginal) {
    notices.push({
      code: 'meerdere-streefwaarden',
      message: msg.duplicateOriginal(institutionId, indicator.id, breakdown, decision.originalYear ?? 0),
    });
  }

  const suppressed: SuppressedValue[] = [];
  const disclosed: InstitutionValue[] = [];
  if (realisations.length > 1) realisations.sort(byYearThenOrigin);
  for (const v of realisations) {
    if (!isSuppressed(indicator, v)) disclosed.push(v);
    else {
      const minN = disclosureThreshold(indicator, v)!;
      suppressed.push({ institutionId, indicatorId: indicator.id, breakdown, year: v.year, n: v.n, minN, ref: v.ref });
    }
  }
  // Disclosed values are sorted by year: take one per run of equal years.
  const realised: RealisedValue[] = [];
  for (let i = 0; i < disclosed.length; ) {
    let j = i + 1;
    while (j < disclosed.length && disclosed[j]!.year === disclosed[i]!.year) j++;
    // Several sources for one year: the one with most respondents, then the first herkomst (the sort is stable).
    const chosen = j - i === 1 ? disclosed[i]! : disclosed.slice(i, j).sort((a, b) => (b.n ?? -1) - (a.n ?? -1))[0]!;
    if (j - i > 1) {
      const message = msg.duplicateRealised(institutionId, indicator.id, breakdown, chosen.year, chosen.origin);
      notices.push({ code: 'meerdere-realisaties', message, ref: chosen.ref });
    }
    realised.push({ year: chosen.year, value: chosen.value, n: chosen.n, sd: chosen.sd ?? null, origin: chosen.origin });
    i = j;
  }

  const sign = improvementSign(indicator.direction);
  const startValue = start?.value ?? null;
  const target = decision.target;
  const ambition = startValue !== null && target !== null ? target - startValue : null;
  const latest = realised[realised.length - 1] ?? null;
  const change = latest && startValue !== null ? latest.value - startValue : null;
  const reached = latest && target !== null ? reachedTarget(indicator.direction, latest.value, target) : null;
  const improvement = ambition === null ? null : sign * ambition;
  const margin = latest && target !== null ? samplingMargin(indicator.unit, latest.n, target, latest.sd) : null;

  const row: InstitutionIndicatorRow = {
    institutionId,
    institutionName,
    indicatorId: indicator.id,
    breakdown,
    start: startValue,
    startYear: start?.year ?? null,
    targetOriginal: decision.original,
    targetAllRevisions: decision.allRevisions,
    target,
    targetYear: decision.targetYear,
    targetOrigin: decision.targetOrigin,
    targetStatus: decision.status,
    ignored: decision.ignored,
    ambition,
    improvement,
    realised,
    latest,
    change,
    improvementChange: change === null ? null : sign * change,
    reached,
    gapToTarget: reached === null || !latest || target === null ? null : sign * (target - latest.value),
    attainment: latest && target !== null ? attainmentOf(indicator.direction, latest.value, target, margin, improvement) : null,
    margin,
  };
  return { row, suppressed, counts: decision.counts, notices };
}

/** A row is worth showing when it holds anything a reader could see (suppressed-only rows are dropped). */
export function hasContent(row: InstitutionIndicatorRow): boolean {
  return row.start !== null || row.target !== null || row.ignored.length > 0 || row.realised.length > 0;
}
