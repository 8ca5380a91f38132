// Sector statistics of one indicator × breakdown on a five-institution dataset whose answers were worked out by
// hand; quartiles and the correlation were checked with Python (statistics.quantiles(method='inclusive'),
// scipy.stats.pearsonr / linregress), as noted per expectation.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { resultTables } from '../../scripts/compute/tables.ts';
import { indicator, institutions, snapshot } from './build-snapshot.ts';

// Survey indicator with min_n 30. Realised values marked (*) have too few respondents and must vanish.
const tevreden = indicator('tevreden', 'procent', 'hoger_beter', { minN: 30 });
const results = computeResults(
  snapshot({
    indicators: [tevreden],
    institutions: institutions('A', 'B', 'C', 'D', 'E'),
    values: [
      ['A', 'tevreden', 'start', 40],
      ['A', 'tevreden', 'streef', 50],
      ['A', 'tevreden', 'realisatie', 45, { year: 2024, n: 100 }],
      ['A', 'tevreden', 'realisatie', 52, { year: 2025, n: 80 }],
      ['B', 'tevreden', 'start', 30],
      ['B', 'tevreden', 'streef', 45],
      ['B', 'tevreden', 'realisatie', 35.17, { year: 2024, n: 25 }], // (*)
      ['B', 'tevreden', 'realisatie', 40, { year: 2025, n: 50 }],
      ['C', 'tevreden', 'start', 50],
      ['C', 'tevreden', 'streef', 55],
      ['C', 'tevreden', 'realisatie', 55, { year: 2025, n: 40 }],
      ['D', 'tevreden', 'start', 60],
      ['D', 'tevreden', 'streef', 62],
      ['D', 'tevreden', 'realisatie', 58, { year: 2024, n: 35 }],
      ['D', 'tevreden', 'realisatie', 61.37, { year: 2025, n: 10 }], // (*)
      ['E', 'tevreden', 'start', 20],
      ['E', 'tevreden', 'realisatie', 30, { year: 2025, n: 60 }],
    ],
  }),
  null,
);
const b = results.sector.tevreden!.totaal!;

describe('sector distributions', () => {
  it('summarises start, target and improvement ambition', () => {
    // Starts 40, 30, 50, 60, 20: mean 40; Python quartiles [30, 40, 50].
    expect(b.start).toMatchObject({ n: 5, mean: 40, q1: 30, median: 40, q3: 50, min: 20, max: 60 });
    // Targets 50, 45, 55, 62: mean 53.
    expect(b.target).toMatchObject({ n: 4, mean: 53 });
    // Improvement ambitions (A..D) 10, 15, 5, 2: mean 8; Python quartiles [4.25, 7.5, 11.25].
    expect(b.improvement).toMatchObject({ n: 4, mean: 8, q1: 4.25, median: 7.5, q3: 11.25 });
    // Paired means over A..D: starts 45, targets 53 — their difference is the mean ambition.
    expect(b.paired).toEqual({ n: 4, startMean: 45, targetMean: 53 });
    expect(b.withTarget).toMatchObject({ count: 4, denominator: 5, share: 80 });
    expect([b.startYear, b.targetYear]).toEqual([2022, 2027]);
  });

  it('computes convergence between start and improvement ambition', () => {
    // scipy: pearsonr([40,30,50,60], [10,15,5,2]) = (−0.9938586931957765, p = 0.006141306804223534);
    // linregress slope −0.44, intercept 27.8.
    expect(b.convergence.n).toBe(4);
    expect(b.convergence.r).toBeCloseTo(-0.9938586931957765, 12);
    expect(b.convergence.p).toBeCloseTo(0.006141306804223534, 10);
    expect(b.convergence.slope).toBeCloseTo(-0.44, 12);
    expect(b.convergence.intercept).toBeCloseTo(27.8, 12);
    expect(b.convergence.label).toBe('significant');
  });
});

describe('disclosure', () => {
  it('leaves suppressed values out of every statistic and counts them per year', () => {
    // 2024 disclosed: A 45, D 58 (B's 35,17 has n = 25 < 30). 2025 disclosed: A 52, B 40, C 55, E 30 (D's n = 10).
    expect(b.years.map((y) => [y.year, y.stats?.n, y.stats?.mean, y.suppressed])).toEqual([
      [2024, 2, 51.5, 1],
      [2025, 4, 44.25, 1],
    ]);
    // Python quantiles([30, 40, 52, 55]) = [37.5, 46.0, 52.75].
    expect(b.years[1]!.stats).toMatchObject({ q1: 37.5, median: 46, q3: 52.75 });
    expect(b.suppressed).toBe(2);
    expect(b.latestYear).toBe(2025);
    expect(results.method.suppressed).toBe(2);
    expect(results.buildReport.suppressed.map((s) => [s.institutionId, s.year, s.n, s.minN])).toEqual([
      ['B', 2024, 25, 30],
      ['D', 2025, 10, 30],
    ]);
  });

  it('never shows a suppressed value in a row, the Results or the CSV files', () => {
    const d = b.rows.find((r) => r.institutionId === 'D')!;
    expect(d.realised.map((v) => v.year)).toEqual([2024]);
    expect(d.latest).toMatchObject({ year: 2024, value: 58 });
    const json = JSON.stringify(results);
    expect(json).not.toContain('35.17');
    expect(json).not.toContain('61.37');
    for (const t of resultTables(results)) {
      expect(t.csv).not.toContain('35.17');
      expect(t.csv).not.toContain('61.37');
    }
  });

  it('uses min_n when set, else 30 for values with a respondent count, else nothing', () => {
    const r = computeResults(
      snapshot({
        indicators: [indicator('reg', 'procent', 'hoger_beter'), indicator('klein', 'procent', 'hoger_beter', { minN: 10 })],
        institutions: institutions('A', 'B', 'C'),
        values: [
          ['A', 'reg', 'realisatie', 50, { n: 20 }], // no min_n, but a respondent count: default 30 → suppressed
          ['B', 'reg', 'realisatie', 60], // register value without n: kept
          ['C', 'reg', 'realisatie', 70, { n: 30 }], // exactly 30: kept
          ['A', 'klein', 'realisatie', 50, { n: 20 }], // min_n 10: kept
          ['B', 'klein', 'realisatie', 40, { n: 9 }], // suppressed
        ],
      }),
      null,
    );
    expect(r.sector.reg!.totaal!.years[0]).toMatchObject({ suppressed: 1, stats: { n: 2, mean: 65 } });
    expect(r.sector.klein!.totaal!.years[0]).toMatchObject({ suppressed: 1, stats: { n: 1, mean: 50 } });
    // B's only klein value was suppressed: no row at all.
    expect(r.sector.klein!.totaal!.rows.map((x) => x.institutionId)).toEqual(['A']);
  });
});

describe('several values for one cell', () => {
  it('takes one realised value per year (most respondents) and one start value, with a notice', () => {
    const r = computeResults(
      snapshot({
        indicators: [indicator('tevreden', 'procent', 'hoger_beter', { minN: 30 })],
        institutions: institutions('A'),
        values: [
          ['A', 'tevreden', 'start', 41, { origin: 'job-2022', year: 2022 }],
          ['A', 'tevreden', 'start', 39, { origin: 'e-file', year: 2023 }],
          ['A', 'tevreden', 'realisatie', 50, { year: 2025, n: 40, origin: 'job-2025' }],
          ['A', 'tevreden', 'realisatie', 55, { year: 2025, n: 400, origin: 'eigen-peiling-2025' }],
          ['A', 'tevreden', 'realisatie', 47, { year: 2024, n: 90, origin: 'job-2024' }],
        ],
      }),
      null,
    );
    const row = r.sector.tevreden!.totaal!.rows[0]!;
    // No quality-agenda start: the earliest (2022) is used.
    expect(row).toMatchObject({ start: 41, startYear: 2022 });
    expect(row.realised.map((v) => [v.year, v.value, v.origin])).toEqual([
      [2024, 47, 'job-2024'],
      [2025, 55, 'eigen-peiling-2025'],
    ]);
    expect(r.buildReport.notices.map((n) => n.code)).toEqual(['meerdere-startwaarden', 'meerdere-realisaties']);
  });
});

describe('target reached and change', () => {
  it('judges the latest disclosed value against the target (higher is better)', () => {
    // A 52 ≥ 50 yes; B 40 < 45 no; C 55 = 55 yes (at the target counts); D 58 (2024; 2025 suppressed) < 62 no.
    // E has no target: not in the denominator.
    expect(b.rows.map((r) => [r.institutionId, r.reached])).toEqual([
      ['A', true],
      ['B', false],
      ['C', true],
      ['D', false],
      ['E', null],
    ]);
    expect(b.reached).toMatchObject({ count: 2, denominator: 4, share: 50 });
    // Change latest − start: A 12, B 10, C 5, D −2, E 10 → mean 7; Python quartiles [5, 10, 10].
    expect(b.rows.map((r) => r.change)).toEqual([12, 10, 5, -2, 10]);
    expect(b.improvementChange).toMatchObject({ n: 5, mean: 7, q1: 5, median: 10, q3: 10 });
    expect(b.rows[1]!.gapToTarget).toBe(5);
    expect(b.rows[2]!.gapToTarget).toBe(0);
  });

  it('judges lower-is-better indicators the other way round, and not at all for neutraal', () => {
    const r = computeResults(
      snapshot({
        indicators: [indicator('werkdruk', 'procent', 'lager_beter'), indicator('bbl', 'procent', 'neutraal')],
        institutions: institutions('A', 'B', 'C'),
        values: [
          ['A', 'werkdruk', 'start', 45],
          ['A', 'werkdruk', 'streef', 38],
          ['A', 'werkdruk', 'realisatie', 38],
          ['B', 'werkdruk', 'start', 45],
          ['B', 'werkdruk', 'streef', 38],
          ['B', 'werkdruk', 'realisatie', 39],
          ['C', 'werkdruk', 'start', 45],
          ['C', 'werkdruk', 'streef', 38],
          ['C', 'werkdruk', 'realisatie', 30],
          ['A', 'bbl', 'start', 30],
          ['A', 'bbl', 'streef', 35],
          ['A', 'bbl', 'realisatie', 36],
        ],
      }),
      null,
    );
    const w = r.sector.werkdruk!.totaal!;
    expect(w.rows.map((x) => x.reached)).toEqual([true, false, true]);
    expect(w.reached).toMatchObject({ count: 2, denominator: 3 });
    expect(w.reached!.share).toBeCloseTo(66.6667, 4);
    // 45 → 39 is a change of −6 points, i.e. an improvement of +6.
    expect(w.rows[1]).toMatchObject({ change: -6, improvementChange: 6, gapToTarget: 1 });
    const n = r.sector.bbl!.totaal!;
    expect(n.reached).toBeNull();
    expect(n.rows[0]).toMatchObject({ reached: null, improvement: 5, improvementChange: 6 });
  });
});

describe('sector sum for aantal indicators', () => {
  it('sums targets and starts and compares with the national goal of the targets year', () => {
    const r = computeResults(
      snapshot({
        indicators: [indicator('vsv', 'aantal', 'lager_beter', { goalId: '1.3' })],
        institutions: institutions('A', 'B', 'C'),
        values: [
          ['A', 'vsv', 'start', 420],
          ['A', 'vsv', 'streef', 300],
          ['B', 'vsv', 'start', 900],
          ['B', 'vsv', 'streef', 650],
          ['C', 'vsv', 'start', 1000],
          ['C', 'vsv', 'streef', 800],
          ['C', 'vsv', 'realisatie', 950],
        ],
        nationalGoals: [
          { indicatorId: 'vsv', breakdown: 'totaal', year: 2026, value: 1500, source: 'brief' },
          { indicatorId: 'vsv', breakdown: 'totaal', year: 2027, value: 1700, source: 'Werkagenda' },
        ],
      }),
      null,
    );
    // Targets 300 + 650 + 800 = 1.750 against the 2027 goal 1.700: 50 above it, so a lower-is-better goal is not met.
    expect(r.sector.vsv!.totaal!.sum).toEqual({
      start: 2320,
      nStart: 3,
      target: 1750,
      nTarget: 3,
      latest: 950,
      nLatest: 1,
      latestYears: [2024],
      nationalGoal: { indicatorId: 'vsv', breakdown: 'totaal', year: 2027, value: 1700, source: 'Werkagenda' },
      difference: 50,
      meetsGoal: false,
    });
  });
});
