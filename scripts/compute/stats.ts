// Descriptive statistics and the Pearson correlation test. Pure, dependency-free, deterministic.
// Quantiles are "type 7" (linear interpolation between order statistics; R's default, Excel's PERCENTILE.INC,
// Python's statistics.quantiles(method='inclusive')). p-values come from the t-distribution with n − 2 df via
// the regularised incomplete beta function (continued fraction, Numerical Recipes §6.4).
import type { Correlation, Share, SignificanceLabel, Summary } from './types.ts';

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
  };
}

/** 100 × count / denominator, with the parts kept for "8 van de 25 (32%)". */
export function share(count: number, denominator: number): Share {
  return { count, denominator, share: percentage(count, denominator) };
}

export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

// ───────────── special functions ─────────────

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error ≈ 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  const EPS = 1e-15;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return h;
  }
  throw new Error(`incomplete beta did not converge (x=${x}, a=${a}, b=${b})`);
}

/** Regularised incomplete beta I_x(a, b), for 0 ≤ x ≤ 1 and a, b > 0. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry relation otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** Two-sided p-value of Student's t with `df` degrees of freedom: P(|T| ≥ |t|). */
export function tTwoSided(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
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

/** Pearson r of paired values, the t-test p (n − 2 df) and the least-squares line y = intercept + slope·x. */
export function pearson(xs: readonly number[], ys: readonly number[]): Correlation {
  if (xs.length !== ys.length) throw new Error('pearson: unequal lengths');
  const n = xs.length;
  if (n < 2) return { n, r: null, p: null, label: 'niet', slope: null, intercept: null };
  const mx = sum(xs) / n;
  const my = sum(ys) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  // Relative tolerance: values that differ only by float noise count as constant.
  const flat = (ss: number, m: number) => ss <= 1e-20 * Math.max(1, m * m) * n;
  const slope = flat(sxx, mx) ? null : sxy / sxx;
  const intercept = slope === null ? null : my - slope * mx;
  if (n < 3 || flat(sxx, mx) || flat(syy, my)) return { n, r: null, p: null, label: 'niet', slope, intercept };
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  const df = n - 2;
  const p = Math.abs(r) >= 1 ? 0 : tTwoSided(r * Math.sqrt(df / (1 - r * r)), df);
  return { n, r, p, label: significanceLabel(p, n), slope, intercept };
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
