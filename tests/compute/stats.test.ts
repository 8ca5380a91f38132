// Expected values were computed independently with Python 3.11:
//   statistics.quantiles(data, n=4, method='inclusive')  (type 7), statistics.correlation (Pearson),
//   scipy.stats.pearsonr / linregress / t.sf / beta.cdf (scipy 1.17), or by closed forms stated per test.
import { describe, expect, it } from 'vitest';
import {
  incompleteBeta,
  mode,
  pearson,
  quantile,
  share,
  significanceLabel,
  summarize,
  tTwoSided,
} from '../../scripts/compute/stats.ts';

describe('type-7 quantiles', () => {
  it('matches statistics.quantiles(method="inclusive") on 1..10', () => {
    const data = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    // Python: [3.25, 5.5, 7.75]; n=20 gives P5 = 1.45 and P95 = 9.55.
    expect(quantile(data, 0.25)).toBeCloseTo(3.25, 12);
    expect(quantile(data, 0.5)).toBeCloseTo(5.5, 12);
    expect(quantile(data, 0.75)).toBeCloseTo(7.75, 12);
    expect(quantile(data, 0.05)).toBeCloseTo(1.45, 12);
    expect(quantile(data, 0.95)).toBeCloseTo(9.55, 12);
  });

  it('handles one value, two values and ties', () => {
    // n = 1: every quantile is the value itself (h = 0).
    expect(summarize([5])).toEqual({ n: 1, mean: 5, sum: 5, min: 5, p5: 5, q1: 5, median: 5, q3: 5, p95: 5, max: 5, sd: null, ci95: null });
    // n = 2: Python quantiles([1, 3]) = [1.5, 2.0, 2.5].
    const two = summarize([3, 1])!;
    expect([two.q1, two.median, two.q3]).toEqual([1.5, 2, 2.5]);
    // Ties: Python quantiles([2, 2, 2, 5]) = [2.0, 2.0, 2.75].
    const ties = summarize([2, 5, 2, 2])!;
    expect([ties.q1, ties.median, ties.q3]).toEqual([2, 2, 2.75]);
  });

  it('summarises an unsorted set', () => {
    // Python: quantiles([7,1,4,4,10,2]) = [2.5, 4.0, 6.25]; mean = 28/6.
    const s = summarize([7, 1, 4, 4, 10, 2])!;
    expect(s.n).toBe(6);
    expect(s.sum).toBe(28);
    expect(s.mean).toBeCloseTo(4.666666666666667, 12);
    expect([s.min, s.q1, s.median, s.q3, s.max]).toEqual([1, 2.5, 4, 6.25, 10]);
  });

  it('gives null for an empty set', () => {
    expect(summarize([])).toBeNull();
    expect(() => quantile([], 0.5)).toThrow();
  });
});

describe('incomplete beta and the t-distribution', () => {
  it('matches closed forms of I_x(a, b)', () => {
    // I_x(1,1) = x; I_x(a,1) = x^a; I_x(1,b) = 1 − (1 − x)^b.
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.7, 3, 1)).toBeCloseTo(0.343, 12);
    expect(incompleteBeta(0.2, 1, 4)).toBeCloseTo(1 - 0.8 ** 4, 12);
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
  });

  it('matches scipy.stats.beta.cdf', () => {
    expect(incompleteBeta(0.3, 2.5, 0.5)).toBeCloseTo(0.018927124071945658, 10);
    expect(incompleteBeta(0.9, 13.5, 0.5)).toBeCloseTo(0.09467610100466282, 10);
  });

  it('gives two-sided t p-values', () => {
    // df = 1 is the Cauchy distribution: p = 1 − (2/π)·atan|t|, so t = 1 gives 0,5.
    expect(tTwoSided(1, 1)).toBeCloseTo(0.5, 12);
    // df = 2: p = 1 − |t| / sqrt(2 + t²); t = 2 gives 1 − 2/√6.
    expect(tTwoSided(2, 2)).toBeCloseTo(1 - 2 / Math.sqrt(6), 12);
    expect(tTwoSided(-2, 2)).toBeCloseTo(1 - 2 / Math.sqrt(6), 12);
    // scipy: 2·t.sf(2.0, 10) = 0.07338803477074037; 2·t.sf(5, 3) = 0.015392438073302294;
    // 2·t.sf(0.5, 100) = 0.6181735658308866; t.ppf(0.975, 27) = 2.0518305 → p = 0.05.
    expect(tTwoSided(2, 10)).toBeCloseTo(0.07338803477074037, 10);
    expect(tTwoSided(5, 3)).toBeCloseTo(0.015392438073302294, 10);
    expect(tTwoSided(0.5, 100)).toBeCloseTo(0.6181735658308866, 10);
    expect(tTwoSided(2.0518305164802846, 27)).toBeCloseTo(0.05, 10);
    expect(tTwoSided(0, 12)).toBeCloseTo(1, 12);
  });
});

describe('Pearson correlation', () => {
  it('gives r, p and the regression line like scipy', () => {
    // scipy.stats.pearsonr: r = 0.8964214570007952, p = 0.002566766096253243;
    // linregress: slope = 1.0714285714285714, intercept = 0.17857142857142883.
    const c = pearson([1, 2, 3, 4, 5, 6, 7, 8], [2, 1, 4, 3, 7, 8, 6, 9]);
    expect(c.n).toBe(8);
    expect(c.r).toBeCloseTo(0.8964214570007952, 12);
    expect(c.p).toBeCloseTo(0.002566766096253243, 10);
    expect(c.slope).toBeCloseTo(1.0714285714285714, 12);
    expect(c.intercept).toBeCloseTo(0.17857142857142883, 12);
    expect(c.label).toBe('significant');
  });

  it('labels a negative, non-significant correlation', () => {
    // scipy: pearsonr([10..50], [5,3,4,1,2]) = (−0.8, p = 0.10408803866182799): just above 0,10 → niet.
    const c = pearson([10, 20, 30, 40, 50], [5, 3, 4, 1, 2]);
    expect(c.r).toBeCloseTo(-0.8, 12);
    expect(c.p).toBeCloseTo(0.10408803866182799, 10);
    expect(c.slope).toBeCloseTo(-0.08, 12);
    expect(c.intercept).toBeCloseTo(5.4, 12);
    expect(c.label).toBe('niet');
  });

  it('reproduces the p of seed 003 (r = 0,48, n = 29 → p ≈ 0,0084; reported there as 0,009)', () => {
    // t = r·√(n−2)/√(1−r²); scipy 2·t.sf(t, 27) = 0.00840997581110095.
    const r = 0.48;
    const t = (r * Math.sqrt(27)) / Math.sqrt(1 - r * r);
    expect(tTwoSided(t, 27)).toBeCloseTo(0.00840997581110095, 10);
    // Also 003's "zwak significant" r = 0,26, n = 51 → scipy p = 0.06539186718059141.
    const t2 = (0.26 * Math.sqrt(49)) / Math.sqrt(1 - 0.26 ** 2);
    expect(tTwoSided(t2, 49)).toBeCloseTo(0.06539186718059141, 10);
    expect(significanceLabel(tTwoSided(t2, 49), 51)).toBe('zwak');
  });

  it('returns no r for constant values, fewer than three pairs, and a perfect fit p = 0', () => {
    expect(pearson([1, 2, 3], [4, 4, 4])).toMatchObject({ r: null, p: null, label: 'niet', slope: 0, intercept: 4 });
    expect(pearson([2, 2, 2], [1, 2, 3])).toMatchObject({ r: null, slope: null, intercept: null });
    expect(pearson([1, 2], [3, 5])).toMatchObject({ n: 2, r: null, p: null, slope: 2, intercept: 1 });
    expect(pearson([], [])).toMatchObject({ n: 0, r: null });
    const perfect = pearson([1, 2, 3, 4], [3, 5, 7, 9]);
    expect(perfect.r).toBeCloseTo(1, 12);
    expect(perfect.p).toBe(0);
    expect(perfect.label).toBe('significant');
  });

  it('never calls fewer than four pairs significant', () => {
    expect(significanceLabel(0.001, 3)).toBe('niet');
    expect(significanceLabel(0.049, 4)).toBe('significant');
    expect(significanceLabel(0.05, 4)).toBe('zwak');
    expect(significanceLabel(0.0999, 40)).toBe('zwak');
    expect(significanceLabel(0.1, 40)).toBe('niet');
    expect(significanceLabel(null, 40)).toBe('niet');
  });
});

describe('small helpers', () => {
  it('share and mode', () => {
    expect(share(8, 25)).toMatchObject({ count: 8, denominator: 25, share: 32 });
    // Wilson interval: scipy 1.17 binomtest(8, 25).proportion_ci(0.95, 'wilson') = (0.17205190306907986, 0.5158973072689776).
    expect(share(8, 25).ci95!.low).toBeCloseTo(17.205190306907986, 10);
    expect(share(8, 25).ci95!.high).toBeCloseTo(51.58973072689776, 10);
    expect(share(0, 0)).toEqual({ count: 0, denominator: 0, share: null, ci95: null });
    expect(mode([2027, 2026, 2027, 2026])).toBe(2026);
    expect(mode([2022, 2027, 2027])).toBe(2027);
    expect(mode([])).toBeNull();
  });
});
