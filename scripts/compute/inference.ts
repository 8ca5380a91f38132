// Inference: confidence intervals, the multiple-testing correction and the tests the method chapter names.
// Pure and deterministic. Student's t comes from distributions.ts (regularised incomplete beta); its quantile is
// found here by inverting it. References for every function are in tests/compute/inference.test.ts (R, scipy and
// the original papers). stats.ts builds on this file (every Summary, Share and Correlation carries an interval).
import { tTwoSided } from './distributions.ts';
import type { Interval } from './types.ts';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export type { Interval };

// ───────────── quantiles ─────────────

/**
 * Standard normal quantile Φ⁻¹(p) for 0 < p < 1: Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988),
 * relative error about 1e-16. Throws outside (0, 1).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new Error(`normalQuantile: p moet tussen 0 en 1 liggen (${p})`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r +
          45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r +
          133.14166789178437745) * r + 3.387132872796366608)) /
      (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r +
        21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r +
        42.313330701600911252) * r + 1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value =
      (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
        1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r +
        4.6303378461565452959) * r + 1.42343711074968357734) /
      (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
        0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r +
        2.05319162663775882187) * r + 1);
  } else {
    r -= 5;
    value =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
        0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r +
        5.4637849111641143699) * r + 6.6579046435011037772) /
      (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
        7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r +
        0.59983220655588793769) * r + 1);
  }
  return q < 0 ? -value : value;
}

const tQuantileCache = new Map<string, number>();

/**
 * Quantile of Student's t with `df` degrees of freedom, for 0.5 < p < 1 (the upper quantile an interval needs;
 * t_{1−p} = −t_p). Bisection on the two-sided p-value of stats.ts to an absolute precision below 1e-12.
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0.5 && p < 1)) throw new Error(`tQuantile: p moet tussen 0,5 en 1 liggen (${p})`);
  if (!(df > 0)) throw new Error(`tQuantile: vrijheidsgraden moeten positief zijn (${df})`);
  const key = `${p}|${df}`;
  const cached = tQuantileCache.get(key);
  if (cached !== undefined) return cached;
  const tail = 2 * (1 - p); // two-sided tail area at the quantile
  let lo = 0;
  let hi = 1;
  while (tTwoSided(hi, df) > tail) {
    lo = hi;
    hi *= 2;
  }
  // tTwoSided decreases in t; stop when the bracket no longer shrinks (float resolution) or is below 1e-13.
  for (let i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (tTwoSided(mid, df) > tail) lo = mid;
    else hi = mid;
  }
  const t = (lo + hi) / 2;
  tQuantileCache.set(key, t);
  return t;
}

// ───────────── intervals ─────────────

/** Sample standard deviation (n − 1 in the denominator); null when n < 2. */
export function standardDeviation(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  const m = sum(values) / n;
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return Math.sqrt(ss / (n - 1));
}

/**
 * Student t-interval for the mean: mean ± t_{(1+level)/2, n−1} · sd/√n, in the unit of the values.
 * null when n < 2 (no spread to estimate).
 */
export function tInterval(values: readonly number[], level = 0.95): Interval | null {
  const sd = standardDeviation(values);
  if (sd === null) return null;
  const n = values.length;
  const m = sum(values) / n;
  const half = tQuantile((1 + level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { low: m - half, high: m + half };
}

/**
 * Wilson score interval (Wilson 1927) for a share `count` of `n`, in 0..100 like `Share.share`.
 * null when n = 0. The bounds are clamped to 0..100 (they touch 0 or 100 exactly when count is 0 or n).
 */
export function wilson(count: number, n: number, level = 0.95): Interval | null {
  if (n === 0) return null;
  if (count < 0 || count > n) throw new Error(`wilson: ${count} van ${n} kan niet`);
  const z = normalQuantile((1 + level) / 2);
  const p = count / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const low = count === 0 ? 0 : Math.max(0, centre - half);
  const high = count === n ? 1 : Math.min(1, centre + half);
  return { low: 100 * low, high: 100 * high };
}

/**
 * Fisher z interval for a Pearson r over n pairs: tanh(atanh r ± z_{(1+level)/2}/√(n − 3)).
 * null when r is null or n < 4; [r, r] when |r| = 1.
 */
export function fisherZInterval(r: number | null, n: number, level = 0.95): Interval | null {
  if (r === null || n < 4) return null;
  if (Math.abs(r) >= 1) return { low: r, high: r };
  const z = Math.atanh(r);
  const half = normalQuantile((1 + level) / 2) / Math.sqrt(n - 3);
  return { low: Math.tanh(z - half), high: Math.tanh(z + half) };
}

// ───────────── multiple testing ─────────────

/**
 * Benjamini–Hochberg adjusted p-values (q), as R's `p.adjust(p, "BH")`: q_(i) = min_{j ≥ i} min(1, m·p_(j)/j)
 * over the m p-values that are not null. A null p stays null and does not count in m. Order is kept.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[];
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[];
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const present = pValues.flatMap((p, i) => (p === null ? [] : [{ p, i }]));
  // Ascending p; ties keep input order so the result does not depend on the sort's stability.
  present.sort((a, b) => a.p - b.p || a.i - b.i);
  const m = present.length;
  const q: (number | null)[] = pValues.map(() => null);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    running = Math.min(running, (m * present[k]!.p) / (k + 1));
    q[present[k]!.i] = running;
  }
  return q;
}

// ───────────── tests ─────────────

/**
 * Pearson r of paired values with its two-sided t-test p (n − 2 df). null when n < 3 or either variable has no
 * variance (values that differ only by float noise count as constant).
 */
export function pearsonTest(xs: readonly number[], ys: readonly number[]): { readonly r: number; readonly p: number } | null {
  if (xs.length !== ys.length) throw new Error('pearsonTest: ongelijke lengtes');
  const n = xs.length;
  if (n < 3) return null;
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
  const flat = (ss: number, m: number) => ss <= 1e-20 * Math.max(1, m * m) * n;
  if (flat(sxx, mx) || flat(syy, my)) return null;
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  const df = n - 2;
  return { r, p: Math.abs(r) >= 1 ? 0 : tTwoSided(r * Math.sqrt(df / (1 - r * r)), df) };
}

/** Outcome of the Pitman–Morgan test for equal variances of paired values x and y. */
export interface PitmanMorgan {
  readonly n: number;
  readonly sdX: number;
  readonly sdY: number;
  /** sdY / sdX: below 1 means y is less spread than x. */
  readonly ratio: number;
  /** Pearson r between x + y and x − y (its sign is the sign of var x − var y). */
  readonly r: number;
  /** Two-sided p of r with the t distribution, n − 2 df. */
  readonly p: number;
}

/**
 * Pitman–Morgan test (Pitman 1939; Morgan 1939) of var(x) = var(y) for paired values: the correlation between
 * x + y and x − y, tested with Student's t on n − 2 df. null when n < 3, when x or y has no spread, or when
 * x + y or x − y is constant (no test possible).
 */
export function pitmanMorgan(x: readonly number[], y: readonly number[]): PitmanMorgan | null {
  if (x.length !== y.length) throw new Error('pitmanMorgan: ongelijke lengtes');
  const sdX = standardDeviation(x);
  const sdY = standardDeviation(y);
  if (x.length < 3 || sdX === null || sdY === null || sdX === 0) return null;
  const c = pearsonTest(
    x.map((v, i) => v + y[i]!),
    x.map((v, i) => v - y[i]!),
  );
  if (c === null) return null;
  return { n: x.length, sdX, sdY, ratio: sdY / sdX, r: c.r, p: c.p };
}

/** Mid-ranks (ties get the mean of the ranks they share), 1-based, in input order. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  const out = new Array<number>(values.length);
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end + 1 < order.length && order[end + 1]!.v === order[k]!.v) end++;
    const rank = (k + end) / 2 + 1;
    for (let j = k; j <= end; j++) out[order[j]!.i] = rank;
    k = end + 1;
  }
  return out;
}

/**
 * Spearman's rank correlation ρ: Pearson r of the mid-ranks. null when n < 3 or either variable is constant.
 * A robustness check beside Pearson r: one outlier cannot drive it.
 */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length) throw new Error('spearman: ongelijke lengtes');
  return pearsonTest(ranks(x), ranks(y))?.r ?? null;
}
