// The typology rule on hand-made data. With five values v1 < … < v5 the type-7 Q1 is exactly v2 and Q3 is v4,
// so every indicator below has ties at Q1 and Q3 (they count: ≤ Q1 unfavourable, ≥ Q3 favourable).
// Thresholds worked out by hand with the type-7 rule h = (n − 1)·p, shown next to each expectation.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { computeTypology, decimalsOf, quantileRatio, quartileTimes4 } from '../../scripts/compute/typology.ts';
import type { InstitutionIndicatorRow } from '../../scripts/compute/types.ts';
import { indicator, institutions, snapshot, type ValueSpec } from './build-snapshot.ts';

/** start and improvement ambition per institution; target = start + ambition (or − for lower is better). */
function pairs(ind: string, lower: boolean, data: Record<string, [start: number, improvement: number]>): ValueSpec[] {
  return Object.entries(data).flatMap(([inst, [start, imp]]) => [
    [inst, ind, 'start', start] as ValueSpec,
    [inst, ind, 'streef', lower ? start - imp : start + imp] as ValueSpec,
  ]);
}

describe('typology on five institutions with ties at Q1 and Q3, plus one without start values', () => {
  const results = computeResults(
    snapshot({
      indicators: [
        indicator('x', 'procent', 'hoger_beter'),
        indicator('y', 'procent', 'lager_beter'),
        indicator('z', 'procent', 'hoger_beter'),
        indicator('n', 'procent', 'neutraal'),
      ],
      institutions: institutions('A', 'B', 'C', 'D', 'E', 'F'),
      values: [
        // x: starts 10..50 → A, B unfavourable, D, E favourable. Improvements [1,5,10,15,20]: Q1 5, Q3 15.
        ...pairs('x', false, { A: [10, 20], B: [20, 5], C: [30, 10], D: [40, 1], E: [50, 15] }),
        // y (lower is better): sign-adjusted starts −50..−10 give the same ranking. Improvements Q1 3, Q3 12.
        ...pairs('y', true, { A: [50, 18], B: [40, 2], C: [30, 12], D: [20, 3], E: [10, 8] }),
        // z: starts A 30 (middle), B 10, C 20 unfavourable, D 50, E 40 favourable. Improvements Q1 2, Q3 9.
        ...pairs('z', false, { A: [30, 9], B: [10, 1], C: [20, 30], D: [50, 2], E: [40, 4] }),
        // Another breakdown with the opposite picture must not count: the typology reads `totaal`.
        ...pairs('x', false, { A: [90, 1], B: [80, 1], C: [70, 1], D: [1, 50], E: [2, 50] }).map(
          (v) => [v[0], v[1], v[2], v[3], { breakdown: 'bol' }] as ValueSpec,
        ),
        // A neutraal indicator has no favourable side and is left out.
        ...pairs('n', false, { A: [1, 1], B: [99, 1] }),
        // F has only a realised value: no start → no type.
        ['F', 'x', 'realisatie', 40],
      ],
    }),
    null,
  );
  const t = results.typology;
  const inst = (id: string) => t.institutions[id]!;

  it('counts favourable and unfavourable positions per institution', () => {
    expect(inst('A').start).toEqual({ favourable: 0, unfavourable: 2, indicators: 3 });
    expect(inst('B').start).toEqual({ favourable: 0, unfavourable: 3, indicators: 3 });
    expect(inst('C').start).toEqual({ favourable: 0, unfavourable: 1, indicators: 3 });
    expect(inst('D').start).toEqual({ favourable: 3, unfavourable: 0, indicators: 3 });
    // Ambition: A favourable on x (20 ≥ 15), y (18 ≥ 12), z (9 ≥ 9: tie at Q3).
    expect(inst('A').ambition).toEqual({ favourable: 3, unfavourable: 0, indicators: 3 });
    // B unfavourable everywhere (5 ≤ 5, 2 ≤ 3, 1 ≤ 2).
    expect(inst('B').ambition).toEqual({ favourable: 0, unfavourable: 3, indicators: 3 });
    expect(inst('C').ambition).toEqual({ favourable: 2, unfavourable: 0, indicators: 3 });
    expect(inst('E').ambition).toEqual({ favourable: 1, unfavourable: 0, indicators: 3 });
    expect(t.indicators.map((i) => [i.indicatorId, i.breakdown, i.start?.q1, i.start?.q3])).toEqual([
      ['x', 'totaal', 20, 40],
      ['y', 'totaal', -40, -20],
      ['z', 'totaal', 20, 40],
    ]);
    expect(t.excludedIndicators).toEqual(['n']);
    expect(results.indicators.n!.typologyBreakdown).toBeNull();
  });

  it('derives scores, thresholds and types', () => {
    // startScores A −2/3, B −1, C −1/3, D 1, E 1. Sorted [−1, −2/3, −1/3, 1, 1]:
    // P33: h = 1,32 → −2/3 + 0,32·(1/3) = −0,56; P67: h = 2,68 → −1/3 + 0,68·(4/3) = 0,57333…
    expect(t.thresholds!.startP33).toBeCloseTo(-0.56, 12);
    expect(t.thresholds!.startP67).toBeCloseTo(0.5733333333, 9);
    // ambitionScores A 1, B −1, C 2/3, D −1, E 1/3. Sorted [−1, −1, 1/3, 2/3, 1]: median 1/3;
    // P33: h = 1,32 → −1 + 0,32·(4/3) = −0,57333…; P67: h = 2,68 → 1/3 + 0,68·(1/3) = 0,56.
    expect(t.thresholds!.ambitionMedian).toBeCloseTo(1 / 3, 12);
    expect(t.thresholds!.ambitionP33).toBeCloseTo(-0.5733333333, 9);
    expect(t.thresholds!.ambitionP67).toBeCloseTo(0.56, 12);
    expect(inst('A')).toMatchObject({ startLevel: 'laag', type: 2 }); // −2/3 < −0,56; ambition 1 ≥ median
    expect(inst('B')).toMatchObject({ startLevel: 'laag', type: 3 }); // ambition −1 < median
    expect(inst('C')).toMatchObject({ startLevel: 'gemiddeld', type: 4 }); // ambition 2/3 > 0,56
    expect(inst('D')).toMatchObject({ startLevel: 'hoog', type: 1 });
    expect(inst('E')).toMatchObject({ startLevel: 'hoog', type: 1 });
    expect(inst('A').startScore).toBeCloseTo(-2 / 3, 12);
  });

  it('gives institutions without start values no type, and says how many', () => {
    expect(inst('F')).toMatchObject({ startScore: null, ambitionScore: null, startLevel: null, type: 'geen', reason: 'geen-startwaarden' });
    expect(t.withoutStart).toBe(1);
    expect(t.typed).toBe(5);
    expect(results.method).toMatchObject({ typed: 5, withoutStart: 1, typologyIndicators: 3 });
    expect(t.types.map((x) => [x.type, x.count])).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 0],
      ['geen', 1],
    ]);
    expect(t.types[0]!.share).toBeCloseTo(100 / 3, 12);
    expect(results.institutions.F!.type).toBe('geen');
  });
});

/** Rows for one hoger_beter indicator: start and improvement ambition per institution (target = start + ambition). */
function rows(data: Record<string, [number, number | null]>): InstitutionIndicatorRow[] {
  return Object.entries(data).map(([id, [start, imp]]) => ({
    institutionId: id,
    institutionName: id,
    indicatorId: 'x',
    breakdown: 'totaal',
    start,
    startYear: 2022,
    targetOriginal: imp === null ? null : start + imp,
    targetAllRevisions: imp === null ? null : start + imp,
    target: imp === null ? null : start + imp,
    targetYear: 2027,
    targetOrigin: 'kwaliteitsagenda',
    targetStatus: 'kwaliteitsagenda',
    ignored: [],
    ambition: imp,
    improvement: imp,
    realised: [],
    latest: null,
    change: null,
    improvementChange: null,
    reached: null,
    gapToTarget: null,
    attainment: null,
    margin: null,
  }));
}

describe('typology edge cases', () => {
  it('types 4 and 5, no pronounced profile, and an ambition score exactly at the median', () => {
    // Starts 10..70: Q1 25, Q3 55 → P, Q score −1; R, S, T 0; U, V 1. Sorted scores [−1,−1,0,0,0,1,1]:
    // P33: h = 1,98 → −0,02; P67: h = 4,02 → 0,02. Ambitions [1,2,5,10,25,30,40]: Q1 3,5, Q3 27,5 →
    // P 1, R 1, S −1, V −1, others 0; median 0, P33 −0,02, P67 0,02.
    const ids = ['P', 'Q', 'R', 'S', 'T', 'U', 'V'];
    const t = computeTypology(
      [{ indicatorId: 'x', direction: 'hoger_beter', breakdown: 'totaal', rows: rows({ P: [10, 30], Q: [20, 25], R: [30, 40], S: [40, 1], T: [50, 10], U: [60, 5], V: [70, 2] }) }],
      ids,
      [],
    );
    expect(t.thresholds!.startP33).toBeCloseTo(-0.02, 12);
    expect(t.thresholds!.ambitionMedian).toBe(0);
    expect(ids.map((id) => t.institutions[id]!.type)).toEqual([2, 2, 4, 5, 'geen', 1, 1]);
    // Q: start laag with ambitionScore 0 = the median → "at or above the median" → type 2.
    expect(t.institutions.Q).toMatchObject({ startLevel: 'laag', ambitionScore: 0, type: 2 });
    expect(t.institutions.T).toMatchObject({ startLevel: 'gemiddeld', type: 'geen', reason: 'geen-uitgesproken-profiel' });
  });

  it('gives a low starter without any target no type (geen-ambitie), while a high starter needs none', () => {
    // Starts [5, 10, 30, 50]: Q1 8,75, Q3 35 → D −1, A 0, C 0, B 1; P33 −0,01, P67 0,01.
    // Ambitions A 10, C 5 (B and D have no target): Q1 6,25, Q3 8,75 → A 1, C −1; P33 −0,34, P67 0,34.
    const t = computeTypology(
      [{ indicatorId: 'x', direction: 'hoger_beter', breakdown: 'totaal', rows: rows({ A: [10, 10], B: [50, null], C: [30, 5], D: [5, null] }) }],
      ['A', 'B', 'C', 'D'],
      [],
    );
    expect(t.institutions.D).toMatchObject({ startLevel: 'laag', ambitionScore: null, type: 'geen', reason: 'geen-ambitie' });
    expect(t.institutions.B).toMatchObject({ startLevel: 'hoog', ambitionScore: null, type: 1 });
    expect(t.institutions.A).toMatchObject({ startLevel: 'gemiddeld', type: 4 });
    expect(t.institutions.C).toMatchObject({ startLevel: 'gemiddeld', type: 5 });
    expect(t.withoutStart).toBe(0);
  });

  it('decides ties exactly at the precision of the data, not with a float tolerance', () => {
    // Ambitions 73 − 65,9, 7,4 − 0,3 and 8,2 − 1,1 are all 7,1 at one decimal, though in floating point they are
    // 7,099999999999994, 7,1000000000000005 and 7,1 (Python gives the same). Sorted [1; 7,1; 7,1; 7,1; 10]:
    // Q1 = Q3 = 7,1, so each of the three is both at Q1 and at Q3.
    const data = rows({ A: [65.9, 0], B: [0.3, 0], C: [10, 10], D: [5, 1], E: [1.1, 0] });
    const target: Record<string, number> = { A: 73, B: 7.4, C: 20, D: 6, E: 8.2 };
    const withTargets = data.map((r) => ({ ...r, target: target[r.institutionId]!, improvement: target[r.institutionId]! - r.start! }));
    const t = computeTypology([{ indicatorId: 'x', direction: 'hoger_beter', breakdown: 'totaal', rows: withTargets }], ['A', 'B', 'C', 'D', 'E'], []);
    expect(t.indicators[0]!.ambition).toEqual({ n: 5, q1: 7.1, q3: 7.1 });
    for (const id of ['A', 'B', 'E']) expect(t.institutions[id]!.ambition).toEqual({ favourable: 1, unfavourable: 1, indicators: 1 });
    expect(t.institutions.C!.ambition).toEqual({ favourable: 1, unfavourable: 0, indicators: 1 });
  });

  it('exact helpers: decimals, quartiles × 4 and quantiles of fractions', () => {
    expect([decimalsOf(65.9), decimalsOf(40), decimalsOf(-0.25), decimalsOf(1e-12)]).toEqual([1, 0, 2, 9]);
    // [1, 2, 3, 4, 5, 6]: type-7 Q1 = 2,25, Q3 = 4,75 → × 4 = 9 and 19.
    expect([quartileTimes4([1, 2, 3, 4, 5, 6], 1), quartileTimes4([1, 2, 3, 4, 5, 6], 3)]).toEqual([9, 19]);
    // Scores −1/3, 0/3, 1/3, 2/3: P67 at h = 3·0,67 = 2,01 → 1/3 + 0,01·(1/3) = 0,33667 = 101/300 exactly.
    const r = quantileRatio([{ num: -1, den: 3 }, { num: 0, den: 3 }, { num: 1, den: 3 }, { num: 2, den: 3 }], 67);
    expect(r.num * 300).toBe(101 * r.den);
  });

  it('has no thresholds when nobody has a start value', () => {
    const t = computeTypology([], ['A', 'B'], []);
    expect(t.thresholds).toBeNull();
    expect(t.typed).toBe(0);
    expect(t.withoutStart).toBe(2);
    expect(t.types.at(-1)).toMatchObject({ type: 'geen', count: 2, share: 100 });
  });
});
