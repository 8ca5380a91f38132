// Effort and development, measures and e-file judgements on five institutions. Correlations were checked with
// scipy.stats.pearsonr / linregress (scipy 1.17); counts and shares by hand.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { effortFor } from '../../scripts/compute/lookup.ts';
import type { Judgement, MeasureUse } from '../../scripts/snapshot/types.ts';
import { indicator, institutions, snapshot, type ValueSpec } from './build-snapshot.ts';

// werkdruk (lower is better): start → latest, target.  Improvement change = start − latest; improvement ambition = start − target.
const werkdruk: Record<string, [start: number, latest: number, target: number]> = {
  A: [50, 44, 40], // change +6, ambition 10
  B: [45, 44, 43], // +1, 2
  C: [40, 36, 35], // +4, 5
  D: [48, 40, 38], // +8, 10
  E: [42, 43, 40], // −1, 2
};
const values: ValueSpec[] = Object.entries(werkdruk).flatMap(([id, [s, l, t]]) => [
  [id, 'werkdruk', 'start', s] as ValueSpec,
  [id, 'werkdruk', 'streef', t] as ValueSpec,
  [id, 'werkdruk', 'realisatie', l, { year: 2025 }] as ValueSpec,
]);
// Share of goal 3.3 in each budget: A 60%, B 20%, C 50%, D 90%, E 0% (E funds only 1.3).
const budgets = [
  ['A', 600, 400],
  ['B', 200, 800],
  ['C', 500, 500],
  ['D', 900, 100],
].flatMap(([id, g33, g13]) => [
  { institutionId: id as string, goalId: '3.3', amount: g33 as number },
  { institutionId: id as string, goalId: '1.3', amount: g13 as number },
]);
budgets.push({ institutionId: 'E', goalId: '1.3', amount: 1000 });
// Spent on 3.3 so far: A 25%, B 10%, C 20%, D 30% of the goal budget; E has no 3.3 budget (left out).
const spending = [
  { institutionId: 'A', goalId: '3.3', year: 2024, amount: 150 },
  { institutionId: 'B', goalId: '3.3', year: 2025, amount: 20 },
  { institutionId: 'C', goalId: '3.3', year: 2024, amount: 100 },
  { institutionId: 'D', goalId: '3.3', year: 2025, amount: 270 },
];
const use = (institutionId: string, measureId: string, carriedOut: boolean): MeasureUse => ({ institutionId, measureId, year: 2025, carriedOut });
const measureUse = [
  use('A', '3.3-a', true),
  use('B', '3.3-a', false),
  use('C', '3.3-a', true),
  use('D', '3.3-a', true),
  use('E', '3.3-a', false),
  use('A', '3.3-b', true),
  use('B', '3.3-b', true),
  use('C', '3.3-b', false),
  use('D', '3.3-b', false),
  // E reported nothing on 3.3-b: not carried out, since E did report that year.
  { institutionId: 'A', measureId: '3.3-a', year: 2024, carriedOut: false }, // an older year is not read
];
const judge = (institutionId: string, progress: Judgement['progress'], effectiveness: Judgement['effectiveness'], year = 2025): Judgement => ({
  institutionId,
  goalId: '3.3',
  year,
  progress,
  effectiveness,
});

const results = computeResults(
  snapshot({
    indicators: [indicator('werkdruk', 'procent', 'lager_beter')],
    institutions: institutions('A', 'B', 'C', 'D', 'E'),
    values,
    budgets,
    spending,
    measures: [
      { id: '3.3-b', goalId: '3.3', name: 'Aanpak werkdruk', mandatory: false },
      { id: '3.3-a', goalId: '3.3', name: 'Carrièreperspectief', mandatory: true },
    ],
    measureUse,
    judgements: [
      judge('A', 'meeste', 'effectief'),
      judge('B', 'meeste', 'wisselt'),
      judge('C', 'helft', 'effectief'),
      judge('D', 'alle', 'heel_effectief'),
      judge('A', 'geen', 'weet_niet', 2024),
    ],
  }),
  null,
);

describe('effort and development', () => {
  const rows = effortFor(results, '3.3', 'werkdruk');

  it('lists budget share, spending share and each measure, in that order', () => {
    expect(rows.map((r) => r.effort)).toEqual(['begrotingsaandeel', 'bestedingsaandeel', 'maatregel:3.3-a', 'maatregel:3.3-b']);
  });

  it('correlates change with the goal share in the budget', () => {
    // scipy: pearsonr([60,20,50,90,0], [6,1,4,8,−1]) = (0.9929453463853732, p = 0.0007105379788540712);
    // linregress slope 0.10325203252032521, intercept −0.9430894308943087.
    const b = rows[0]!;
    expect(b.n).toBe(5);
    expect(b.r).toBeCloseTo(0.9929453463853732, 12);
    expect(b.p).toBeCloseTo(0.0007105379788540712, 10);
    expect(b.slope).toBeCloseTo(0.10325203252032521, 12);
    expect(b.intercept).toBeCloseTo(-0.9430894308943087, 12);
    expect(b.label).toBe('significant');
  });

  it('correlates change with the spent share, leaving out institutions without a goal budget', () => {
    // scipy: pearsonr([25,10,20,30], [6,1,4,8]) = (0.9967905774402654, p = 0.003209422559734554).
    const s = rows[1]!;
    expect(s.n).toBe(4);
    expect(s.r).toBeCloseTo(0.9967905774402654, 12);
    expect(s.p).toBeCloseTo(0.003209422559734554, 10);
  });

  it('correlates change with each measure carried out (0/1) and gives the group means', () => {
    // 3.3-a: [1,0,1,1,0] vs [6,1,4,8,−1]: scipy r = 0.9011271137791661, p = 0.03676220760406266.
    // With: (6+4+8)/3 = 6; without: (1−1)/2 = 0.
    const a = rows[2]!;
    expect(a.r).toBeCloseTo(0.9011271137791661, 12);
    expect(a.p).toBeCloseTo(0.03676220760406266, 10);
    expect(a.groups).toEqual({ nWith: 3, meanWith: 6, nWithout: 2, meanWithout: 0 });
    // 3.3-b: [1,1,0,0,0] vs [6,1,4,8,−1] (E reported that year, so 0).
    const b = rows[3]!;
    expect(b.n).toBe(5);
    expect(b.groups).toEqual({ nWith: 2, meanWith: 3.5, nWithout: 3, meanWithout: 11 / 3 });
  });

  it('correlates improvement ambition with budget share', () => {
    // scipy: pearsonr([60,20,50,90,0], [10,2,5,10,2]) = (0.9103178625404329, p = 0.03180259763944688).
    const [a] = results.ambitionBudget;
    expect(a).toMatchObject({ goalId: '3.3', indicatorId: 'werkdruk', breakdown: 'totaal', n: 5, label: 'significant' });
    expect(a!.r).toBeCloseTo(0.9103178625404329, 12);
    expect(a!.p).toBeCloseTo(0.03180259763944688, 10);
  });
});

describe('measures and judgements', () => {
  it('counts institutions that carried out each measure in the latest year', () => {
    const m = results.measures;
    expect(m.year).toBe(2025);
    expect(m.respondents).toBe(5);
    expect(m.measureOrder).toEqual(['3.3-a', '3.3-b']);
    expect(m.measures['3.3-a']).toMatchObject({ mandatory: true, carriedOut: { count: 3, denominator: 5, share: 60 } });
    expect(m.measures['3.3-b']!.carriedOut).toMatchObject({ count: 2, denominator: 5, share: 40 });
    // Per institution: A 2, B 1, C 1, D 1, E 0 measures → distribution 0:1, 1:3, 2:1; mean 5/5 = 1.
    expect(m.goals['3.3']!.distribution.map((d) => [d.carriedOut, d.count])).toEqual([
      [0, 1],
      [1, 3],
      [2, 1],
    ]);
    expect(m.goals['3.3']!.mean).toBe(1);
    expect(m.institutions.A).toEqual(['3.3-a', '3.3-b']);
    expect(m.institutions.E).toEqual([]);
    expect(results.goals['3.3']!.measureIds).toEqual(['3.3-a', '3.3-b']);
  });

  it('distributes progress and effectiveness judgements of the latest year', () => {
    const j = results.judgements;
    expect(j.year).toBe(2025);
    const g = j.goals['3.3']!;
    expect(g.n).toBe(4);
    expect(g.progress.map((p) => [p.value, p.count, p.share])).toEqual([
      ['alle', 1, 25],
      ['meeste', 2, 50],
      ['helft', 1, 25],
      ['klein_deel', 0, 0],
      ['geen', 0, 0],
    ]);
    expect(g.effectiveness.find((e) => e.value === 'effectief')).toEqual({ value: 'effectief', count: 2, share: 50 });
    expect(g.effectiveness.find((e) => e.value === 'weet_niet')!.count).toBe(0);
    // Per institution, only the latest year (A's 2024 judgement is not read).
    expect(j.institutions.A).toEqual([{ goalId: '3.3', progress: 'meeste', effectiveness: 'effectief' }]);
    expect(j.institutions.E).toBeUndefined();
  });
});
