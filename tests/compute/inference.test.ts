// Reference values for scripts/compute/inference.ts. Each test names its source: R's documented examples
// (?t.test, ?cor.test, ?p.adjust), the original papers, or a value computed with scipy 1.17 (Python), quoted
// to the digits scipy printed.
import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  fisherZInterval,
  normalQuantile,
  pitmanMorgan,
  ranks,
  spearman,
  standardDeviation,
  tInterval,
  tQuantile,
  wilson,
} from '../../scripts/compute/inference.ts';
import { pearson } from '../../scripts/compute/stats.ts';

// Student (1908) sleep data as in R's `sleep`: extra hours of sleep with drug 1 and drug 2, same 10 patients.
const SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
// Hollander & Wolfe (1973, p. 187), the data of R's ?cor.test example.
const HW_X = [44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1];
const HW_Y = [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8];

describe('quantiles', () => {
  it('normal quantile matches scipy.stats.norm.ppf', () => {
    // scipy 1.17: norm.ppf(0.975) = 1.959963984540054, ppf(0.95) = 1.6448536269514722, ppf(0.995) = 2.5758293035489004.
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 14);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
    expect(normalQuantile(0.5)).toBe(0);
    // AS 241 paper (Wichura 1988) tail: Φ⁻¹(1e-10) = −6.361340902404056 (scipy norm.ppf(1e-10)).
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 11);
    expect(() => normalQuantile(1)).toThrow();
  });

  it('t quantile matches scipy.stats.t.ppf to 1e-10', () => {
    // scipy 1.17: t.ppf(0.975, 9) = 2.262157162798205, t.ppf(0.975, 1) = 12.706204736174694,
    // t.ppf(0.975, 29) = 2.045229642132703, t.ppf(0.95, 4) = 2.1318467863266495.
    expect(Math.abs(tQuantile(0.975, 9) - 2.262157162798205)).toBeLessThan(1e-10);
    expect(Math.abs(tQuantile(0.975, 1) - 12.706204736174694)).toBeLessThan(1e-10);
    expect(Math.abs(tQuantile(0.975, 29) - 2.045229642132703)).toBeLessThan(1e-10);
    expect(Math.abs(tQuantile(0.95, 4) - 2.1318467863266495)).toBeLessThan(1e-10);
    // Large df approaches the normal quantile.
    expect(Math.abs(tQuantile(0.975, 1e7) - 1.959963984540054)).toBeLessThan(1e-5);
  });
});

describe('tInterval', () => {
  it('reproduces R t.test(extra ~ group, data = sleep, paired = TRUE)', () => {
    // R: mean difference −1.58, 95 percent confidence interval −2.4598858 −0.7001142 (drug 1 − drug 2);
    // scipy 1.17 ttest_1samp(d).confidence_interval() for d = drug 2 − drug 1: (0.7001142367230174, 2.4598857632769824).
    const d = SLEEP_2.map((v, i) => v - SLEEP_1[i]!);
    const ci = tInterval(d)!;
    expect(ci.low).toBeCloseTo(0.7001142367230174, 10);
    expect(ci.high).toBeCloseTo(2.4598857632769824, 10);
  });

  it('is null below two values and zero-width without spread', () => {
    expect(tInterval([])).toBeNull();
    expect(tInterval([3])).toBeNull();
    expect(tInterval([2, 2, 2])).toEqual({ low: 2, high: 2 });
  });

  it('standard deviation uses n − 1 (scipy np.std(ddof=1) of sleep drug 1 = 1.7890096577591623)', () => {
    expect(standardDeviation(SLEEP_1)!).toBeCloseTo(1.7890096577591623, 12);
    expect(standardDeviation([1])).toBeNull();
  });
});

describe('wilson', () => {
  it('10 of 46: scipy binomtest(10, 46).proportion_ci(0.95, "wilson") = (0.12260905324562552, 0.35573687371578944)', () => {
    const ci = wilson(10, 46)!;
    expect(ci.low).toBeCloseTo(12.260905324562552, 10);
    expect(ci.high).toBeCloseTo(35.573687371578944, 10);
  });

  it('0 and n of 20 touch the edge: scipy gives (0, 0.16112515805281935) and (0.8388748419471808, 1)', () => {
    expect(wilson(0, 20)!.low).toBe(0);
    expect(wilson(0, 20)!.high).toBeCloseTo(16.112515805281935, 10);
    expect(wilson(20, 20)!.low).toBeCloseTo(83.88748419471808, 10);
    expect(wilson(20, 20)!.high).toBe(100);
  });

  it('is null without a denominator and refuses an impossible count', () => {
    expect(wilson(0, 0)).toBeNull();
    expect(() => wilson(5, 4)).toThrow();
  });
});

describe('benjaminiHochberg', () => {
  it('reproduces the 15 p-values of Benjamini & Hochberg (1995, §4)', () => {
    // The paper's example rejects the four smallest at q* = 0,05. Adjusted values: R p.adjust(p, "BH") and
    // scipy 1.17 false_discovery_control(p) both give the vector below.
    const p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1];
    const expected = [
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714285714286, 0.06385714285714286, 0.0645, 0.0765, 0.486,
      0.5811818181818181, 0.714875, 0.7532307692307693, 0.8132142857142857, 1,
    ];
    const q = benjaminiHochberg(p);
    q.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
    expect(q.filter((v) => v < 0.05)).toHaveLength(4);
  });

  it('keeps input order, skips nulls in m and caps at 1', () => {
    // m = 2 over the non-null values: q = (2·0,01/1, 2·0,04/2) = (0,02, 0,04).
    expect(benjaminiHochberg([0.04, null, 0.01])).toEqual([0.04, null, 0.02]);
    expect(benjaminiHochberg([0.9, 0.8])).toEqual([0.9, 0.9]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

describe('fisherZInterval', () => {
  it('reproduces R ?cor.test (Hollander & Wolfe): r = 0.5711816, 95% CI −0.1497426 0.8955795', () => {
    // scipy 1.17 pearsonr(x, y).confidence_interval(): (−0.14974263303675717, 0.8955794618387394), p = 0.10817305434949381.
    const c = pearson(HW_X, HW_Y);
    expect(c.r!).toBeCloseTo(0.5711815575638288, 12);
    expect(c.p!).toBeCloseTo(0.10817305434949381, 10);
    const ci = fisherZInterval(c.r, c.n)!;
    expect(ci.low).toBeCloseTo(-0.14974263303675717, 10);
    expect(ci.high).toBeCloseTo(0.8955794618387394, 10);
  });

  it('is null for n < 4 or no r', () => {
    expect(fisherZInterval(0.5, 3)).toBeNull();
    expect(fisherZInterval(null, 30)).toBeNull();
    expect(fisherZInterval(1, 10)).toEqual({ low: 1, high: 1 });
  });
});

describe('pitmanMorgan', () => {
  it('worked value: sleep drug 1 vs drug 2 (scipy 1.17 pearsonr(x + y, x − y) = −0.18295618466458477, p = 0.6129128774610848)', () => {
    const pm = pitmanMorgan(SLEEP_1, SLEEP_2)!;
    expect(pm.n).toBe(10);
    expect(pm.sdX).toBeCloseTo(1.7890096577591623, 12);
    expect(pm.sdY).toBeCloseTo(2.002248735796829, 12);
    expect(pm.ratio).toBeCloseTo(2.002248735796829 / 1.7890096577591623, 12);
    expect(pm.r).toBeCloseTo(-0.18295618466458477, 12);
    expect(pm.p).toBeCloseTo(0.6129128774610848, 10);
  });

  it('equals the variance-ratio form t = (F − 1)√(n − 2) / (2√(F(1 − r²xy))) (Pitman 1939)', () => {
    const x = HW_X;
    const y = HW_Y.map((v) => v * 4);
    const pm = pitmanMorgan(x, y)!;
    const n = x.length;
    const F = (pm.sdX / pm.sdY) ** 2;
    const rxy = pearson(x, y).r!;
    const tVariance = ((F - 1) * Math.sqrt(n - 2)) / (2 * Math.sqrt(F * (1 - rxy * rxy)));
    const tCorrelation = pm.r * Math.sqrt((n - 2) / (1 - pm.r * pm.r));
    expect(tCorrelation).toBeCloseTo(tVariance, 10);
  });

  it('sign: a shrinking spread gives r > 0, a growing one r < 0', () => {
    const start = [10, 20, 30, 40, 50, 60];
    const closer = [30, 33, 34, 38, 40, 41]; // targets pulled towards the middle
    expect(pitmanMorgan(start, closer)!.r).toBeGreaterThan(0);
    expect(pitmanMorgan(closer, start)!.r).toBeLessThan(0);
    expect(pitmanMorgan([1, 2], [3, 4])).toBeNull();
    expect(pitmanMorgan([1, 1, 1], [3, 4, 5])).toBeNull();
  });
});

describe('spearman', () => {
  it('reproduces R cor.test(x, y, method = "spearman") on Hollander & Wolfe: rho = 0.6', () => {
    expect(spearman(HW_X, HW_Y)!).toBeCloseTo(0.6, 12);
  });

  it('uses mid-ranks for ties and is null without variance', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    // Monotone but non-linear: ρ = 1 where Pearson r < 1.
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 100])).toBe(1);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNull();
  });
});
