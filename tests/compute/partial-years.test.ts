// A report year that only some institutions reported yet, in every per-institution file (issue 28): the sector's
// picture stays with the latest year that speaks for the sector, and every institution keeps its own latest year.
import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../scripts/compute/budget.ts';
import { computeJudgements, computeMeasures, measureFlag } from '../../scripts/compute/measures.ts';
import { MIN_SECTOR_INSTITUTIONS, sectorYear } from '../../scripts/snapshot/coverage.ts';
import type { Judgement, Measure, MeasureUse, Spending } from '../../scripts/snapshot/types.ts';

const ids = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6'];
const measures: Measure[] = [{ id: 'm', goalId: '3.3', name: 'Maatregel', mandatory: false }];
const use = (year: number, who: readonly string[], carriedOut = true): MeasureUse[] => who.map((institutionId) => ({ institutionId, measureId: 'm', year, carriedOut }));

describe('sectorYear', () => {
  const rows = (counts: Record<number, number>) => Object.entries(counts).flatMap(([year, n]) => ids.slice(0, n).map((institutionId) => ({ institutionId, year: Number(year) })));

  it('is the latest year, unless that year is partial and smaller than five institutions', () => {
    expect(MIN_SECTOR_INSTITUTIONS).toBe(5);
    expect(sectorYear(rows({ 2025: 6, 2026: 1 }))).toBe(2025);
    expect(sectorYear(rows({ 2025: 6, 2026: 5 }))).toBe(2026);
    expect(sectorYear(rows({ 2024: 3, 2026: 3 }))).toBe(2026); // a small sector, complete: its own year
    expect(sectorYear(rows({ 2024: 1 }))).toBe(2024);
    expect(sectorYear([])).toBeNull();
  });
});

describe('measures with a partial report year', () => {
  // 2025: all six carried the measure out; 2026: only I1 reported, and did not.
  const result = computeMeasures(measures, [...use(2025, ids), ...use(2026, ['I1'], false)], ['3.3']);

  it('keeps the sector picture of 2025', () => {
    expect(result.year).toBe(2025);
    expect(result.respondents).toBe(6);
    expect(result.measures.m!.carriedOut).toMatchObject({ count: 6, denominator: 6 });
  });

  it('gives every institution its own latest year: no page loses its measures', () => {
    expect(Object.keys(result.institutions)).toEqual(ids);
    expect(result.institutions.I1).toEqual([]);
    expect(result.institutions.I2).toEqual(['m']);
    expect(result.institutionYears).toMatchObject({ I1: 2026, I2: 2025 });
  });

  it('compares only institutions of the sector year', () => {
    expect(measureFlag(result, 'I1', 'm')).toBeNull();
    expect(measureFlag(result, 'I2', 'm')).toBe(1);
  });
});

describe('e-file judgements with a partial report year', () => {
  const judgement = (institutionId: string, year: number, progress: Judgement['progress']): Judgement => ({ institutionId, goalId: '3.3', year, progress, effectiveness: 'effectief' });
  const result = computeJudgements([...ids.map((id) => judgement(id, 2025, 'meeste')), judgement('I1', 2026, 'alle')], ['3.3']);

  it('keeps the distribution of 2025 and each institution its own latest judgement', () => {
    expect(result.year).toBe(2025);
    expect(result.goals['3.3']!.n).toBe(6);
    expect(result.institutions.I1).toEqual([{ goalId: '3.3', progress: 'alle', effectiveness: 'effectief' }]);
    expect(result.institutions.I2).toEqual([{ goalId: '3.3', progress: 'meeste', effectiveness: 'effectief' }]);
    expect(result.institutionYears).toMatchObject({ I1: 2026, I2: 2025 });
  });
});

describe('spending with a partial report year', () => {
  const spending: Spending[] = [...ids.map((institutionId) => ({ institutionId, goalId: '3.3', year: 2025, amount: 100 })), { institutionId: 'I1', goalId: '3.3', year: 2026, amount: 50 }];
  const result = computeBudget({ budgets: ids.map((institutionId) => ({ institutionId, goalId: '3.3', amount: 1000 })), spending, reportYear: 2026, closedYear: 2025, goalOrder: ['3.3'] });

  it('runs "tot en met" to 2025 for everyone, not to a year one institution reported', () => {
    expect(result.reportYear).toBe(2025);
    expect(result.spent).toBe(600);
    expect(result.institutions.I1!.spent).toBe(100);
  });
});
