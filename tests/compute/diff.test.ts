// Change against the previous edition on two small hand-made editions; every expected change is read off the
// value lists below.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { indicator, institutions, snapshot, type ValueSpec } from './build-snapshot.ts';

const tevreden = indicator('tevreden', 'procent', 'hoger_beter');
const previous = snapshot({
  name: '2024-11-01',
  reportYear: 2024,
  indicators: [tevreden, indicator('oud', 'procent', 'hoger_beter')],
  institutions: institutions('A', 'B', 'C'),
  values: [
    ['A', 'tevreden', 'start', 40],
    ['A', 'tevreden', 'streef', 50],
    ['A', 'tevreden', 'realisatie', 45, { year: 2024 }],
    ['B', 'tevreden', 'start', 30],
    ['B', 'tevreden', 'streef', 40],
    ['B', 'tevreden', 'realisatie', 32, { year: 2024 }],
    ['C', 'tevreden', 'start', 20],
    ['C', 'tevreden', 'streef', 30],
    ['A', 'oud', 'start', 10],
    ['A', 'oud', 'streef', 20],
  ],
});
const current = snapshot({
  indicators: [tevreden, indicator('nieuw', 'procent', 'hoger_beter')],
  institutions: institutions('A', 'B', 'D'),
  values: [
    ['A', 'tevreden', 'start', 40],
    ['A', 'tevreden', 'streef', 50],
    ['A', 'tevreden', 'streef', 55, { origin: 'e-file-2025' }],
    ['A', 'tevreden', 'realisatie', 45, { year: 2024 }],
    ['A', 'tevreden', 'realisatie', 51, { year: 2025 }],
    ['B', 'tevreden', 'start', 30],
    ['B', 'tevreden', 'streef', 40],
    ['B', 'tevreden', 'realisatie', 33, { year: 2024 }],
    ['D', 'tevreden', 'start', 25],
    ['D', 'tevreden', 'streef', 35],
    ['A', 'nieuw', 'start', 5],
    ['A', 'nieuw', 'streef', 10],
  ],
});

describe('diff against the previous edition', () => {
  const results = computeResults(current, previous);
  const diff = results.diff!;

  it('names the previous edition', () => {
    expect(results.edition.previous).toBe('2024-11-01');
    expect(diff.previous).toEqual({ snapshot: '2024-11-01', hash: 'abcdef0123', referenceDate: '2025-11-01', reportYear: 2024 });
  });

  it('lists institutions and indicators added and removed', () => {
    expect(diff.institutionsAdded).toEqual(['D']);
    expect(diff.institutionsRemoved).toEqual(['C']);
    expect(diff.indicatorsAdded).toEqual(['nieuw']);
    expect(diff.indicatorsRemoved).toEqual(['oud']);
  });

  it('lists targets in force that changed, appeared or disappeared', () => {
    expect(diff.targetChanges.map((c) => [c.indicatorId, c.institutionId, c.before, c.after, c.afterOrigin])).toEqual([
      ['tevreden', 'A', 50, 55, 'e-file-2025'],
      ['tevreden', 'C', 30, null, null],
      ['tevreden', 'D', null, 35, 'kwaliteitsagenda'],
      ['nieuw', 'A', null, 10, 'kwaliteitsagenda'],
      ['oud', 'A', 20, null, null],
    ]);
    expect(diff.counts.targetsChanged).toBe(5);
  });

  it('calls targets of a new institution "nieuw", not revised (issue 18)', () => {
    expect(diff.targetChanges.map((c) => [c.indicatorId, c.institutionId, c.status, c.newInstitution])).toEqual([
      ['tevreden', 'A', 'gewijzigd', false],
      ['tevreden', 'C', 'vervallen', false],
      ['tevreden', 'D', 'nieuw', true],
      ['nieuw', 'A', 'nieuw', false],
      ['oud', 'A', 'vervallen', false],
    ]);
    expect(diff.counts).toMatchObject({ targetsNew: 2, targetsNewInstitutions: 1, targetsRevised: 1, targetsRemoved: 2 });
  });

  it('lists every changed row of waarden.csv with its line in the new edition', () => {
    // Lines are list index + 2 (header = 1): A e-file target line 4, A 2025 line 6, B 2024 line 9, D lines 10-11,
    // 'nieuw' lines 12-13; gone: B 2024 32 changed (not gone), C's three rows and 'oud' of A.
    expect(diff.valueChanges.map((c) => [c.indicatorId, c.institutionId, c.kind, c.year, c.status, c.before, c.after, c.ref?.line ?? null])).toEqual([
      ['tevreden', 'A', 'streef', 2027, 'nieuw', null, 55, 4],
      ['tevreden', 'A', 'realisatie', 2025, 'nieuw', null, 51, 6],
      ['tevreden', 'B', 'realisatie', 2024, 'gewijzigd', 32, 33, 9],
      ['tevreden', 'C', 'start', 2022, 'vervallen', 20, null, null],
      ['tevreden', 'C', 'streef', 2027, 'vervallen', 30, null, null],
      ['tevreden', 'D', 'start', 2022, 'nieuw', null, 25, 10],
      ['tevreden', 'D', 'streef', 2027, 'nieuw', null, 35, 11],
      ['nieuw', 'A', 'start', 2022, 'nieuw', null, 5, 12],
      ['nieuw', 'A', 'streef', 2027, 'nieuw', null, 10, 13],
      ['oud', 'A', 'start', 2022, 'vervallen', 10, null, null],
      ['oud', 'A', 'streef', 2027, 'vervallen', 20, null, null],
    ]);
    expect(diff.valueChanges.filter((c) => c.newInstitution).map((c) => c.institutionId)).toEqual(['D', 'D']);
    expect(diff.counts.valuesChanged).toBe(11);
  });

  it('lists realised values that are new or changed', () => {
    expect(diff.realisedChanges.map((c) => [c.institutionId, c.year, c.status, c.before, c.after])).toEqual([
      ['A', 2025, 'nieuw', null, 51],
      ['B', 2024, 'gewijzigd', 32, 33],
    ]);
    expect(diff.counts).toMatchObject({ realisedNew: 1, realisedChanged: 1, realisedRemoved: 0 });
  });

  it('shows how sector means and reached shares moved, a partial year over institutions with both years', () => {
    // Improvement ambition mean: before (10+10+10)/3 = 10; after A 15, B 10, D 10 → 35/3.
    // Latest year: before 2024 has A and B; after, 2025 has only A (1 of 2: partial). Comparing 38,5 (A, B) with
    // 51 (A) would compare different groups; over A alone: 45 → 51 (+6), marked as a subset of 1 institution.
    // Reached: before 0 of 2; after A 51 < 55 and B 33 < 40 → 0 of 2.
    const [s] = diff.sectorChanges;
    expect(diff.sectorChanges).toHaveLength(1);
    expect(s!.improvementMean.before).toBe(10);
    expect(s!.improvementMean.after).toBeCloseTo(35 / 3, 12);
    expect(s!.latestMean).toEqual({ before: 45, after: 51, delta: 6, yearBefore: 2024, yearAfter: 2025, institutions: 1, subset: true, partial: true });
    expect(s!.reachedShare).toEqual({ before: 0, after: 0, delta: 0 });
    // A mean over fewer than five institutions with both years ranks no movement: only the ambition (10,0 → 11,7).
    expect(s!.magnitude).toBeCloseTo(35 / 3 - 10, 12);
    expect(s!.moved).toBe('improvementMean');
    expect(s!.unit).toBe('procent');
  });

  it('is null without a previous edition, and empty against an identical one', () => {
    expect(computeResults(current, null).diff).toBeNull();
    const same = computeResults(current, current).diff!;
    expect(same.targetChanges).toEqual([]);
    expect(same.realisedChanges).toEqual([]);
    expect(same.institutionsAdded).toEqual([]);
    expect(same.sectorChanges.every((c) => c.magnitude === 0)).toBe(true);
  });
});

describe('ranking the largest movements (issue 18)', () => {
  const grade = indicator('cijfer', 'cijfer', 'hoger_beter');
  const pct = indicator('pct', 'procent', 'hoger_beter');
  const same = indicator('gelijk', 'procent', 'hoger_beter');
  const base = (extra: ValueSpec[]): ValueSpec[] => [
      ['A', 'cijfer', 'start', 6],
      ['A', 'cijfer', 'streef', 7],
      ['A', 'pct', 'start', 40],
      ['A', 'pct', 'streef', 50],
      ['A', 'gelijk', 'start', 18],
      ['A', 'gelijk', 'streef', 20],
      ...extra,
    ];
  const before = snapshot({
    name: '2024-11-01',
    reportYear: 2024,
    indicators: [grade, pct, same],
    institutions: institutions('A'),
    values: [...base([['A', 'cijfer', 'realisatie', 6.0], ['A', 'pct', 'realisatie', 41], ['A', 'gelijk', 'realisatie', 18.02]])],
  });
  const after = snapshot({
    indicators: [grade, pct, same],
    institutions: institutions('A'),
    values: [...base([['A', 'cijfer', 'realisatie', 8.0], ['A', 'pct', 'realisatie', 42], ['A', 'gelijk', 'realisatie', 18.04]])],
  });
  const diff = computeResults(after, before).diff!;

  it('ranks within a unit, never a grade against a percentage, and leaves non-movements at 0', () => {
    // pct 41 → 42 (1 point) comes before the grade 6 → 8 (2 points): units are grouped, percentages first.
    // gelijk 18,02 → 18,04 shows as 18,0 → 18,0: not a movement.
    expect(diff.sectorChanges.map((c) => [c.indicatorId, c.unit, c.magnitude])).toEqual([
      ['pct', 'procent', 1],
      ['gelijk', 'procent', 0],
      ['cijfer', 'cijfer', 2],
    ]);
  });
});

describe('movements over institutions with both years (issue 28)', () => {
  const pct = indicator('pct', 'procent', 'hoger_beter');
  const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
  const edition = (name: string, reportYear: number, realised: ValueSpec[], targets: Record<string, number>) =>
    snapshot({
      name,
      reportYear,
      indicators: [pct],
      institutions: institutions(...ids),
      values: [...ids.flatMap((id): ValueSpec[] => [[id, 'pct', 'start', 40], [id, 'pct', 'streef', targets[id] ?? 50]]), ...realised],
    });

  it('ranks a new year that five of six institutions reported, over those five', () => {
    // 2025: all six at 40; 2026: A–E at 44 (F not yet). Over A–E: 40 → 44 (+4); F's absence moves nothing.
    const before = edition('2025-11-01', 2025, ids.map((id): ValueSpec => [id, 'pct', 'realisatie', 40, { year: 2025 }]), {});
    const after = edition('2026-11-01', 2026, [...ids.map((id): ValueSpec => [id, 'pct', 'realisatie', 40, { year: 2025 }]), ...ids.slice(0, 5).map((id): ValueSpec => [id, 'pct', 'realisatie', 44, { year: 2026 }])], {});
    const [s] = computeResults(after, before).diff!.sectorChanges;
    expect(s!.latestMean).toEqual({ before: 40, after: 44, delta: 4, yearBefore: 2025, yearAfter: 2026, institutions: 5, subset: true, partial: true });
    expect([s!.magnitude, s!.moved]).toEqual([4, 'latestMean']);
  });

  it('names the component that moved visibly, never a mean that reads the same ("10,8% naar 10,8%")', () => {
    // Latest mean 10,84 → 10,76 (−0,08: both read 10,8%); mean ambition 10,00 → 10,06 (reads 10,0 → 10,1).
    const values = (latest: number): ValueSpec[] => ids.map((id): ValueSpec => [id, 'pct', 'realisatie', latest, { year: 2025 }]);
    const before = edition('2024-11-01', 2025, values(10.84), {});
    const after = edition('2025-11-01', 2025, values(10.76), { A: 50.36 });
    const [s] = computeResults(after, before).diff!.sectorChanges;
    expect(s!.latestMean.delta).toBeCloseTo(-0.08, 12);
    expect(s!.improvementMean.delta).toBeCloseTo(0.06, 12);
    expect(s!.moved).toBe('improvementMean');
  });
});

describe('institutions that change, by name and with their money (issue 28)', () => {
  const pct = indicator('pct', 'procent', 'hoger_beter');
  const named = (id: string, name: string) => ({ ...institutions(id)[0]!, name });
  const before = snapshot({
    name: '2024-11-01',
    reportYear: 2024,
    indicators: [pct],
    institutions: [named('A', 'Oud College'), named('B', 'Breed College'), named('C', 'Klein College'), named('E', 'Eind College')],
    budgets: [
      { institutionId: 'B', goalId: '3.3', amount: 200_000 },
      { institutionId: 'C', goalId: '3.3', amount: 50_000 },
      { institutionId: 'E', goalId: '3.3', amount: 30_000 },
    ],
    spending: [
      { institutionId: 'B', goalId: '3.3', year: 2024, amount: 20_000 },
      { institutionId: 'C', goalId: '3.3', year: 2024, amount: 10_000 },
    ],
  });
  const after = snapshot({
    indicators: [pct],
    institutions: [named('A', 'Nieuw-Oud College'), named('B', 'Breed College'), named('D', 'Jong College')],
    mergers: [{ ...named('C', 'Klein College'), into: 'B', ref: { file: 'instellingen.csv', line: 5 } }],
    budgets: [
      { institutionId: 'B', goalId: '3.3', amount: 250_000 },
      { institutionId: 'D', goalId: '3.3', amount: 80_000 },
    ],
    spending: [{ institutionId: 'B', goalId: '3.3', year: 2025, amount: 40_000 }],
  });
  const results = computeResults(after, before);
  const diff = results.diff!;

  it('lists the new, merged, gone, renamed and enlarged institutions with budget and spending in both editions', () => {
    expect(diff.institutionChanges.map((c) => [c.institutionId, c.status, c.name, c.previousName, c.into, c.absorbed, c.budget, c.spent])).toEqual([
      ['D', 'nieuw', 'Jong College', null, null, [], { before: null, after: 80_000 }, { before: null, after: 0 }],
      ['C', 'opgegaan', 'Klein College', null, 'B', [], { before: 50_000, after: null }, { before: 10_000, after: null }],
      ['E', 'vervallen', 'Eind College', null, null, [], { before: 30_000, after: null }, { before: 0, after: null }],
      ['A', 'gewijzigd', 'Nieuw-Oud College', 'Oud College', null, [], { before: null, after: null }, { before: null, after: null }],
      ['B', 'gewijzigd', 'Breed College', null, null, ['C'], { before: 200_000, after: 250_000 }, { before: 20_000, after: 40_000 }],
    ]);
    expect(diff.money).toEqual({ budgetBefore: 280_000, budgetAfter: 330_000, spentBefore: 30_000, spentAfter: 40_000, spentYearBefore: 2024, spentYearAfter: 2025 });
  });

  it('marks the series of the institution that took another in', () => {
    expect(results.institutions.B!.absorbed).toEqual([{ id: 'C', name: 'Klein College' }]);
    expect(results.institutions.A!.absorbed).toEqual([]);
  });
});
