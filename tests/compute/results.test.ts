// The assembled Results for the fixture snapshot: shape, order, labels, lookups, national series, and the
// properties every later stage relies on (frozen, JSON-serialisable, deterministic).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { mainBreakdown, rowsForInstitution, valueAt } from '../../scripts/compute/lookup.ts';
import { comparePeriod } from '../../scripts/compute/series.ts';
import { compareBreakdown, compareNatural } from '../../scripts/compute/order.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'snapshots');
// The 2024 edition is only ever a previous edition (it holds realised values of 2025).
const load = (name: string) => loadSnapshot(join(FIXTURES, name), { asPrevious: name === '2024-11-01' }).snapshot!;
const results = computeResults(load('2025-11-01'), load('2024-11-01'));

describe('Results for the fixture snapshot', () => {
  it('orders goals, indicators and institutions deterministically and resolves labels', () => {
    expect(results.goalOrder).toEqual(['1.3', '2.2', '3.1', '3.3', 'SP1']);
    // Goal order, then the order of indicatoren.csv within a goal.
    expect(results.indicatorOrder).toEqual(['vsv', 'stage-school', 'rekenen', 'werkdruk', 'lc-ld', 'professionalisering']);
    expect(results.institutionOrder).toEqual(['I01', 'I02', 'I03', 'I04', 'I05', 'I06']);
    expect(results.indicators.werkdruk).toMatchObject({
      goalShortName: 'Werken in mbo',
      priority: 3,
      directionLabel: 'lager is beter',
      ambitionUnit: 'procentpunt',
      breakdowns: ['totaal'],
      minN: 30,
    });
    expect(results.indicators['stage-school']).toMatchObject({ breakdowns: ['bol'], typologyBreakdown: 'bol' });
    expect(results.goals['3.3']!.indicatorIds).toEqual(['werkdruk', 'lc-ld', 'professionalisering']);
    expect(results.institutions.I02).toMatchObject({ indicatorsWithStart: 6, indicatorsWithTarget: 6, type: 2 });
  });

  it('sums the vsv targets and compares them with the national goal', () => {
    // Targets 300 + 650 = 950 against 18.000 in 2027: 17.050 below it, so the (lower-is-better) goal is met.
    expect(results.sector.vsv!.totaal!.sum).toMatchObject({ target: 950, start: 1320, difference: -17050, meetsGoal: true });
  });

  it('groups national series in period order with national goals attached', () => {
    const instroom = results.series.find((s) => s.series === 'instroom')!;
    expect(instroom.points.map((p) => p.period)).toEqual(['2022/23', '2023/24', '2024/25']);
    expect(instroom.change).toBe(208310 - 208029);
    const vsv = results.series.find((s) => s.series === 'vsv-landelijk')!;
    expect(vsv).toMatchObject({ indicatorId: 'vsv', goalId: '1.3', first: { period: '2023', value: 30000 } });
    expect(vsv.nationalGoals).toEqual([{ indicatorId: 'vsv', breakdown: 'totaal', year: 2027, value: 18000, source: 'Werkagenda mbo 2023-2027' }]);
    expect(['2024/25', '2023', '2024', '2023/24'].sort(comparePeriod)).toEqual(['2023', '2023/24', '2024', '2024/25']);
  });

  it('states the method counts', () => {
    // waarden.csv has 48 rows: 19 start, 21 streef, 8 realisatie; one downward revision, one suppressed value.
    expect(results.method).toMatchObject({
      institutions: 6,
      indicators: 6,
      values: 48,
      startValues: 19,
      targetValues: 21,
      realisedValues: 8,
      suppressed: 1,
      targets: { original: 17, newUsed: 2, upwardUsed: 1, downwardIgnored: 1, impossibleIgnored: 0, inForce: 19 },
    });
    expect(results.diff!.counts).toEqual({
      targetsChanged: 0, targetsNew: 0, targetsNewInstitutions: 0, targetsRevised: 0, targetsRemoved: 0,
      realisedNew: 0, realisedChanged: 0, realisedRemoved: 0, valuesChanged: 0, partialYears: 0,
      institutions: { new: 0, merged: 0, gone: 0, renamed: 0 },
    });
  });

  it('is frozen, JSON-serialisable and the same on every run', () => {
    expect(Object.isFrozen(results)).toBe(true);
    expect(Object.isFrozen(results.sector.werkdruk!.totaal!.rows[0])).toBe(true);
    const json = JSON.stringify(results);
    expect(JSON.parse(json)).toEqual(results);
    expect(JSON.stringify(computeResults(load('2025-11-01'), load('2024-11-01')))).toBe(json);
  });
});

describe('lookups', () => {
  it('resolves fact keys, also through keys with dots and spaces', () => {
    expect(valueAt(results, 'sector.werkdruk.totaal.start.mean')).toBeCloseTo(257 / 6, 12);
    expect(valueAt(results, 'budget.goals.1.3.budget')).toBe(3700000);
    expect(valueAt(results, 'sector.stage-school.bol.rows.0.institutionId')).toBe('I02');
    expect(valueAt(results, 'sector.werkdruk.bol')).toBeUndefined();
  });

  it('gives all rows of one institution and the main breakdown of an indicator', () => {
    expect(rowsForInstitution(results, 'I03').map((r) => `${r.indicatorId}/${r.breakdown}`)).toEqual([
      'stage-school/bol',
      'werkdruk/totaal',
      'lc-ld/totaal',
    ]);
    expect(mainBreakdown(results, 'stage-school')!.breakdown).toBe('bol');
    expect(mainBreakdown(results, 'onbekend')).toBeNull();
  });

  it('sorts naturally and puts totaal first', () => {
    expect(['niveau 10', 'totaal', 'bbl', 'niveau 2'].sort(compareBreakdown)).toEqual(['totaal', 'bbl', 'niveau 2', 'niveau 10']);
    expect(['I10', 'I9', 'I09b', 'H1'].sort(compareNatural)).toEqual(['H1', 'I9', 'I09b', 'I10']);
  });
});
