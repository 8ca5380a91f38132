// Change against the previous edition on two small hand-made editions; every expected change is read off the
// value lists below.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { indicator, institutions, snapshot } from './build-snapshot.ts';

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

  it('lists realised values that are new or changed', () => {
    expect(diff.realisedChanges.map((c) => [c.institutionId, c.year, c.status, c.before, c.after])).toEqual([
      ['A', 2025, 'nieuw', null, 51],
      ['B', 2024, 'gewijzigd', 32, 33],
    ]);
    expect(diff.counts).toMatchObject({ realisedNew: 1, realisedChanged: 1, realisedRemoved: 0 });
  });

  it('shows how sector means and reached shares moved', () => {
    // Improvement ambition mean: before (10+10+10)/3 = 10; after A 15, B 10, D 10 → 35/3.
    // Latest-year mean: before 2024 (45+32)/2 = 38,5; after 2025 only A: 51 → +12,5.
    // Reached: before 0 of 2; after A 51 < 55 and B 33 < 40 → 0 of 2.
    const [s] = diff.sectorChanges;
    expect(diff.sectorChanges).toHaveLength(1);
    expect(s!.improvementMean.before).toBe(10);
    expect(s!.improvementMean.after).toBeCloseTo(35 / 3, 12);
    expect(s!.latestMean).toEqual({ before: 38.5, after: 51, delta: 12.5, yearBefore: 2024, yearAfter: 2025 });
    expect(s!.reachedShare).toEqual({ before: 0, after: 0, delta: 0 });
    expect(s!.magnitude).toBe(12.5);
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
