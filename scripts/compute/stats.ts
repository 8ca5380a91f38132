// Descriptive statistics and the Pearson correlation test. Pure, dependency-free, deterministic.
// Quantiles are "type 7" (linear interpolation between order statistics; R's default, Excel's PERCENTILE.INC,
// Python's statistics.quantiles(method='inclusive')). p-values come from the t-distribution with n − 2 df via
// the regularised incomplete beta function (continued fraction, Numerical Recipes §6.4, in distributions.ts).
// Every Summary carries its t-interval, every Share its Wilson interval, every Correlation its Fisher-z interval
// and Spearman ρ (inference.ts).
import { fisherZInterval, pearsonTest, spearman, standardDeviation, tInterval, wilson } from './inference.ts';
import type { Correlation, Share, SignificanceLabel, Summary } from './types.ts';

export { incompleteBeta, logGamma, tTwoSided } from './distributions.ts';

/** Ascending copy; a typed array sorts numerically without a comparator, several times faster than Array#sort. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** Type-7 quantile of already sorted values; p in 0..1. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error('quantile of an empty set');
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function quantile(values: readonly number[], p: number): number {
  return quantileSorted(sortedCopy(values), p);
}

export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : sum(values) / values.length;
}

/** Full distribution summary; null for an empty set. */
export function summarize(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  const sorted = sortedCopy(values);
  // Sum in input order, so the mean does not depend on how sorting happens to be implemented.
  const total = sum(values);
  return {
    n: sorted.length,
    mean: total / sorted.length,
    sum: total,
    min: sorted[0]!,
    p5: quantileSorted(sorted, 0.05),
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    p95: quantileSorted(sorted, 0.95),
    max: sorted[sorted.length - 1]!,
    sd: standardDeviation(values),
    ci95: tInterval(values),
  };
}

/** 100 × count / denominator, with the parts kept for "8 van de 25 (32%)", and its 95% Wilson interval. */
export function share(count: number, denominator: number): Share {
  return { count, denominator, share: percentage(count, denominator), ci95: wilson(count, denominator) };
}

export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

// ───────────── correlation ─────────────

export const SIGNIFICANT = 0.05;
export const WEAK = 0.1;
/** Below this many pairs a correlation is never called significant. */
export const MIN_PAIRS_FOR_LABEL = 4;

export function significanceLabel(p: number | null, n: number): SignificanceLabel {
  if (p === null || n < MIN_PAIRS_FOR_LABEL) return 'niet';
  if (p < SIGNIFICANT) return 'significant';
  if (p < WEAK) return 'zwak';
  return 'niet';
}

/**
 * Pearson r of paired values, the t-test p (n − 2 df), its 95% Fisher-z interval, Spearman ρ and the
 * least-squares line y = intercept + slope·x. `q` is null here: it is set where the correlation is one of a table.
 */
export function pearson(xs: readonly number[], ys: readonly number[]): Correlation {
  if (xs.length !== ys.length) throw new Error('pearson: unequal lengths');
  const n = xs.length;
  const none = { q: null, ci95: null, rho: null } as const;
  if (n < 2) return { n, r: null, p: null, label: 'niet', slope: null, intercept: null, ...none };
  const mx = sum(xs) / n;
  let sxx = 0;
  let sxy = 0;
  const my = sum(ys) / n;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) * (xs[i]! - mx);
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  const test = pearsonTest(xs, ys);
  // Relative tolerance: values that differ only by float noise count as constant (same rule as pearsonTest).
  const slope = sxx <= 1e-20 * Math.max(1, mx * mx) * n ? null : sxy / sxx;
  const intercept = slope === null ? null : my - slope * mx;
  if (test === null) return { n, r: null, p: null, label: 'niet', slope, intercept, ...none };
  return {
    n,
    r: test.r,
    p: test.p,
    label: significanceLabel(test.p, n),
    slope,
    intercept,
    q: null,
    ci95: fisherZInterval(test.r, n),
    rho: spearman(xs, ys),
  };
}

/** Pearson over pairs where both values are present. */
export function pearsonPairs(pairs: readonly (readonly [number | null, number | null])[]): Correlation {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of pairs) {
    if (x === null || y === null) continue;
    xs.push(x);
    ys.push(y);
  }
  return pearson(xs, ys);
}

/** Most common value (ties: the smallest); null for an empty set. */
export function mode(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [v, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
