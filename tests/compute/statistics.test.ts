// The statistics of issue 13 on a hand-made snapshot: convergence decided on the spread (Pitman–Morgan with
// Benjamini–Hochberg over the table), attainment within the sampling margin, targets without improvement,
// student-weighted means, the provenance of the latest value, and BH with labels on q in a correlation table.
// Expected values were worked out by hand or with scipy 1.17 (Python), as noted per expectation.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { correctTable, testFamily } from '../../scripts/compute/effort.ts';
import { attainmentOf, samplingMargin } from '../../scripts/compute/rows.ts';
import { pearson } from '../../scripts/compute/stats.ts';
import { indicator, institutions, snapshot, type ValueSpec } from './build-snapshot.ts';

const tevreden = indicator('tevreden', 'procent', 'hoger_beter', { minN: 30 });
const spreid = indicator('spreid', 'procent', 'hoger_beter');
const starts = { A: 20, B: 30, C: 40, D: 50, E: 60, F: 70 } as const;
const targets = { A: 40, B: 42, C: 45, D: 52, E: 61, F: 70 } as const; // F: target = start, no improvement
const spreidStarts = [40, 42, 44, 46, 48, 50];
const spreidTargets = [41, 50, 45, 60, 49, 75];
const ids = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

const results = computeResults(
  snapshot({
    indicators: [tevreden, spreid],
    institutions: institutions(...ids).map((i) => (i.id === 'F' ? { ...i, students: 5000 } : i)),
    values: [
      ...ids.flatMap((id): ValueSpec[] => [
        [id, 'tevreden', 'start', starts[id]],
        [id, 'tevreden', 'streef', targets[id]],
      ]),
      ...ids.flatMap((id, i): ValueSpec[] => [
        [id, 'spreid', 'start', spreidStarts[i]!],
        [id, 'spreid', 'streef', spreidTargets[i]!],
      ]),
      ['A', 'tevreden', 'realisatie', 35, { year: 2025, n: 100, origin: 'job-2025' }],
      ['B', 'tevreden', 'realisatie', 60, { year: 2025, n: 400, origin: 'job-2025' }],
      ['C', 'tevreden', 'realisatie', 30, { year: 2025, n: 400, origin: 'job-2025' }],
      ['D', 'tevreden', 'realisatie', 53, { year: 2024, n: 200, origin: 'job-2024' }],
      ['D', 'tevreden', 'realisatie', 58, { year: 2025, n: 10, origin: 'job-2025' }], // suppressed (n < 30)
      ['E', 'tevreden', 'realisatie', 70, { year: 2025, n: 50, origin: 'eigen-peiling-2025' }],
      ['F', 'tevreden', 'realisatie', 75, { year: 2025, n: 100, origin: 'job-2025' }],
    ],
  }),
  null,
);
const b = results.sector.tevreden!.totaal!;
const row = (id: string) => b.rows.find((r) => r.institutionId === id)!;

describe('convergence by spread', () => {
  it('keeps r as a description and decides on the Pitman–Morgan test', () => {
    // scipy 1.17: pearsonr(s + t, s − t) = (0.8865554182867593, p = 0.01857451233819068); sd 18.7083 / 11.8096.
    const s = b.convergence.spread!;
    expect(s.sdStart).toBeCloseTo(18.708286933869708, 10);
    expect(s.sdTarget).toBeCloseTo(11.809600614189568, 10);
    expect(s.ratio).toBeCloseTo(11.809600614189568 / 18.708286933869708, 10);
    expect(s.p).toBeCloseTo(0.01857451233819068, 10);
    // BH over the two spread tests (p 0,00826 and 0,01857, m = 2): q = 0,01857 and 0,01653.
    expect(s.q).toBeCloseTo(0.01857451233819068, 10);
    expect(s.conclusion).toBe('inhaalslag');
    expect(b.convergence.r).not.toBeNull();
  });

  it('says when the targets are more spread than the starts', () => {
    // scipy 1.17: pearsonr(s + t, s − t) = (−0.9248238473308857, p = 0.008264753613467981).
    const s = results.sector.spreid!.totaal!.convergence.spread!;
    expect(s.p).toBeCloseTo(0.008264753613467981, 10);
    expect(s.q).toBeCloseTo(2 * 0.008264753613467981, 10);
    expect(s.ratio).toBeGreaterThan(1);
    expect(s.conclusion).toBe('uiteenlopen');
    expect(results.method.tests.spread).toMatchObject({ tests: 2, surviving: 2, inhaalslag: 1, uiteenlopen: 1, geen: 0 });
    expect(results.method.tests.spread.expectedByChance).toBeCloseTo(0.1, 12);
  });
});

describe('attainment within the sampling margin', () => {
  it('classifies each latest value', () => {
    // A: 35 vs 40, margin 1,96·√(0,4·0,6/100)·100 = 9,60 → within. B: 60 vs 42 (margin 4,84) → reached.
    // C: 30 vs 45 → not reached. D: 2024 value 53 vs 52 (2025 suppressed), margin 6,92 → within.
    // E: 70 vs 61, margin 13,52 → within. F: target = start → no improvement planned.
    expect(row('A').margin).toBeCloseTo(100 * 1.959963984540054 * Math.sqrt(0.24 / 100), 10);
    expect(ids.map((id) => row(id).attainment)).toEqual([
      'binnen-marge',
      'bereikt',
      'niet-bereikt',
      'binnen-marge',
      'binnen-marge',
      'zonder-verbetering',
    ]);
    // The plain comparison is kept beside it: B, D, E, F are at or beyond the target.
    expect(b.reached).toMatchObject({ count: 4, denominator: 6 });
  });

  it('counts them per breakdown, genuine attainment over targets with improvement', () => {
    expect(b.attainment).toMatchObject({ n: 6, reached: 1, notReached: 1, withinMargin: 3, targetWithoutImprovement: 1 });
    // 1 of 5: scipy binomtest(1, 5).proportion_ci(0.95, 'wilson') = (0.036224108632430196, 0.6244653702374747).
    expect(b.attainment!.shareReached).toMatchObject({ count: 1, denominator: 5, share: 20 });
    expect(b.attainment!.shareReached.ci95!.low).toBeCloseTo(3.6224108632430196, 8);
    expect(b.attainment!.shareReached.ci95!.high).toBeCloseTo(62.44653702374747, 8);
    expect(results.method.attainment).toMatchObject({ n: 6, reached: 1, withinMargin: 3, targetWithoutImprovement: 1 });
  });

  it('uses the plain comparison without a respondent count or for other units', () => {
    expect(samplingMargin('procent', null, 40)).toBeNull();
    expect(samplingMargin('cijfer', 100, 7)).toBeNull();
    expect(attainmentOf('lager_beter', 30, 32, null, 5)).toBe('bereikt');
    expect(attainmentOf('lager_beter', 33, 32, null, 5)).toBe('niet-bereikt');
    expect(attainmentOf('hoger_beter', 50, 40, null, null)).toBe('bereikt'); // no start: counts as an improvement
    expect(attainmentOf('neutraal', 50, 40, null, 1)).toBeNull();
    // Exactly on the margin counts as within (1,96·√(0,5·0,5/100)·100 = 9,7998).
    const m = samplingMargin('procent', 100, 50)!;
    expect(attainmentOf('hoger_beter', 50 + m, 50, m, 10)).toBe('binnen-marge');
  });
});

describe('weighted means and provenance', () => {
  it('weights by students over the paired institutions', () => {
    // Weights 1000 × 5 and 5000 (F): start (20+30+40+50+60+5·70)/10 = 55, target (40+42+45+52+61+5·70)/10 = 59.
    expect(b.weighted).toMatchObject({ n: 6, startMean: 55, targetMean: 59, improvementMean: 4 });
    // Unweighted mean 6,67 with t-interval −1,56..14,89 (scipy ttest_1samp([20,12,5,2,1,0])): 4 lies within the margin.
    expect(b.improvement!.ci95!.low).toBeCloseTo(-1.5609801399877137, 8);
    expect(b.weighted!.differs).toBe(false);
  });

  it('marks latest values from an earlier year or another source', () => {
    expect(row('D')).toMatchObject({ latestEarlierYear: true, latestOtherSource: false });
    expect(row('E')).toMatchObject({ latestEarlierYear: false, latestOtherSource: true });
    expect(row('A')).toMatchObject({ latestEarlierYear: false, latestOtherSource: false });
    expect(b.latestProvenance).toEqual({ n: 6, earlierYear: 1, otherSource: 1 });
  });
});

describe('multiple testing within a table', () => {
  it('adjusts with Benjamini–Hochberg and labels on q', () => {
    // p = 0,01 0,04 0,03 0,2 (m = 4): m·p/rank = 0,04 0,0533 0,06 0,2 → q = 0,04 0,0533 0,0533 0,2 (R p.adjust "BH").
    const base = pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]);
    const rows = [0.01, 0.04, 0.03, 0.2].map((p) => ({ ...base, p, id: p }));
    const corrected = correctTable(rows);
    expect(corrected.map((r) => r.q)).toEqual([0.04, 0.16 / 3, 0.16 / 3, 0.2]);
    expect(corrected.map((r) => r.label)).toEqual(['significant', 'zwak', 'zwak', 'niet']);
    expect(testFamily(corrected)).toEqual({ tests: 4, expectedByChance: 0.2, significantP: 3, surviving: 1 });
  });

  it('leaves rows outside the family without q', () => {
    const base = pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]);
    const rows = [
      { ...base, p: 0.001, keep: false },
      { ...base, p: 0.02, keep: true },
    ];
    const corrected = correctTable(rows, (r) => r.keep);
    expect(corrected.map((r) => [r.q, r.label])).toEqual([
      [null, 'niet'],
      [0.02, 'significant'],
    ]);
  });
});
