// Budget shares, spending so far and spending bands on three institutions; all amounts chosen so the shares
// are round numbers that can be checked by hand (noted per expectation).
import { describe, expect, it } from 'vitest';
import { computeBudget, goalBudgetShare, goalSpentShare, spendingBand } from '../../scripts/compute/budget.ts';

const budget = computeBudget({
  reportYear: 2025,
  closedYear: 2025,
  goalOrder: ['1.3', '2.1', '3.3'],
  budgets: [
    { institutionId: 'A', goalId: '3.3', amount: 800 },
    { institutionId: 'A', goalId: '1.3', amount: 200 },
    { institutionId: 'B', goalId: '3.3', amount: 500 },
    { institutionId: 'C', goalId: '1.3', amount: 100 },
    { institutionId: 'C', goalId: '3.3', amount: 300 },
  ],
  spending: [
    { institutionId: 'A', goalId: '3.3', year: 2024, amount: 100 },
    { institutionId: 'A', goalId: '3.3', year: 2025, amount: 60 },
    { institutionId: 'A', goalId: '3.3', year: 2026, amount: 999 }, // after the report year: not counted
    { institutionId: 'A', goalId: '1.3', year: 2024, amount: 10 },
    { institutionId: 'B', goalId: '3.3', year: 2024, amount: 125 },
    { institutionId: 'C', goalId: '3.3', year: 2025, amount: 90 },
  ],
});

describe('sector budget per goal', () => {
  it('totals and shares of the sector budget', () => {
    // Total 1.900; goal 1.3: 300 (15,789…%), goal 3.3: 1.600 (84,21…%).
    expect(budget.total).toBe(1900);
    expect(budget.goalOrder).toEqual(['1.3', '3.3']);
    expect(budget.goals['1.3']).toMatchObject({ budget: 300, institutions: 2, spent: 10 });
    expect(budget.goals['1.3']!.share).toBeCloseTo((300 / 1900) * 100, 12);
    expect(budget.goals['3.3']).toMatchObject({ budget: 1600, institutions: 3, spent: 375 });
    // Spent 160 + 125 + 90 = 375 of 1.600 = 23,4375%.
    expect(budget.goals['3.3']!.spentShare).toBeCloseTo(23.4375, 12);
    expect(budget.goals['3.3']!.spentByYear).toEqual([
      { year: 2024, amount: 225 },
      { year: 2025, amount: 150 },
    ]);
    expect(budget.spent).toBe(385);
    // In the report year 2025 alone: A 60 + C 90 = 150 of 1.600 = 9,375%.
    expect(budget.goals['3.3']).toMatchObject({ spentInYear: 150, spentInYearShare: 9.375 });
  });

  it('puts institutions in spending bands, boundaries going up (20% → 20–25%, 25% → 25–30%, 30% → 30% of meer)', () => {
    // A 160/800 = 20%, B 125/500 = 25%, C 90/300 = 30%.
    expect(budget.goals['3.3']!.bands.map((b) => [b.label, b.count, b.share])).toEqual([
      ['Minder dan 20%', 0, 0],
      ['20% tot 25%', 1, 100 / 3],
      ['25% tot 30%', 1, 100 / 3],
      ['30% of meer', 1, 100 / 3],
    ]);
    // Report year only: A 60/800 = 7,5%, C 30%; B has no rows for 2025 and is left out (missing is not 0%).
    expect(budget.goals['3.3']!.yearBands.map((b) => b.count)).toEqual([1, 0, 0, 1]);
    expect(budget.goals['3.3']).toMatchObject({ institutions: 3, institutionsReporting: 3, institutionsInYear: 2 });
    // Goal 1.3: A 10/200 = 5%, C 0/100 = 0% → both below 20%.
    expect(budget.goals['1.3']!.bands.map((b) => b.count)).toEqual([2, 0, 0, 0]);
    expect([spendingBand(19.999), spendingBand(20), spendingBand(29.99), spendingBand(140)]).toEqual(['lt20', '20-25', '25-30', 'ge30']);
    // The goal's share in the budgets of institutions that fund it: A 80%, B 100%, C 75% → Python quartiles [77,5; 80; 90].
    expect(budget.goals['3.3']!.institutionBudgetShare).toMatchObject({ n: 3, q1: 77.5, median: 80, q3: 90 });
  });
});

describe('per institution', () => {
  it('splits each institution budget over goals and relates spending to the goal budget', () => {
    expect(budget.institutionOrder).toEqual(['A', 'B', 'C']);
    expect(budget.institutions.A).toEqual({
      institutionId: 'A',
      total: 1000,
      spent: 170,
      spentShare: 17,
      goals: [
        { goalId: '1.3', budget: 200, share: 20, spent: 10, spentShare: 5, spentInYear: 0, spentInYearShare: 0 },
        { goalId: '3.3', budget: 800, share: 80, spent: 160, spentShare: 20, spentInYear: 60, spentInYearShare: 7.5 },
      ],
    });
    expect(budget.institutions.C!.goals.map((g) => [g.goalId, g.share, g.spentShare])).toEqual([
      ['1.3', 25, 0],
      ['3.3', 75, 30],
    ]);
  });

  it('gives correlation inputs: 0 for a goal an institution does not fund, null without any budget', () => {
    expect(goalBudgetShare(budget, 'B', '1.3')).toBe(0);
    expect(goalBudgetShare(budget, 'B', '3.3')).toBe(100);
    expect(goalBudgetShare(budget, 'Z', '3.3')).toBeNull();
    expect(goalSpentShare(budget, 'B', '1.3')).toBeNull();
    expect(goalSpentShare(budget, 'C', '3.3')).toBe(30);
  });
});

describe('the part of the funding period 2024-2027 the spending covers (issue 24)', () => {
  it('is the years up to the last year with spending: 2024 and 2025 are two of four years, 50%', () => {
    expect(budget).toMatchObject({ period: { first: 2024, last: 2027, years: 4 }, coveredYears: 2, coveredShare: 50 });
  });

  it('is one of four years, 25%, for spending over 2024 only (seed 003 L426-428: "het eerste jaar van de vier jaren")', () => {
    const first = computeBudget({
      reportYear: 2025,
      closedYear: 2024,
      goalOrder: ['2.1'],
      budgets: [{ institutionId: 'A', goalId: '2.1', amount: 400 }],
      spending: [{ institutionId: 'A', goalId: '2.1', year: 2024, amount: 100 }],
    });
    expect(first).toMatchObject({ reportYear: 2024, coveredYears: 1, coveredShare: 25 });
    expect(first.goals['2.1']!.spentShare).toBe(25);
  });

  it('is unknown, not 0%, without spending (an edition before the first e-file)', () => {
    const none = computeBudget({ reportYear: 2024, closedYear: 2023, goalOrder: ['2.1'], budgets: [{ institutionId: 'A', goalId: '2.1', amount: 400 }], spending: [] });
    expect(none).toMatchObject({ coveredYears: 0, coveredShare: null, spentShare: null });
    expect(none.goals['2.1']!.spentShare).toBeNull();
  });
});

describe('a report year without spending rows (issue 18: missing data is never zero)', () => {
  const partial = computeBudget({
    reportYear: 2026,
    closedYear: 2026,
    goalOrder: ['3.3'],
    budgets: [
      { institutionId: 'A', goalId: '3.3', amount: 800 },
      { institutionId: 'B', goalId: '3.3', amount: 500 },
      { institutionId: 'N', goalId: '3.3', amount: 100 }, // a new institution: budget, no spending rows
    ],
    spending: [
      { institutionId: 'A', goalId: '3.3', year: 2024, amount: 100 },
      { institutionId: 'A', goalId: '3.3', year: 2025, amount: 60 },
      { institutionId: 'B', goalId: '3.3', year: 2025, amount: 125 },
    ],
  });

  it('runs "tot en met" and "in het jaar" to the latest year with rows and keeps the edition year', () => {
    expect(partial).toMatchObject({ reportYear: 2025, closedYear: 2026, spent: 285 });
    // In 2025: A 60/800 = 7,5%, B 125/500 = 25%; not € 0 in 2026.
    expect(partial.goals['3.3']).toMatchObject({ spentInYear: 185, institutionsInYear: 2, institutionsReporting: 2, institutions: 3 });
    expect(partial.goals['3.3']!.yearBands.map((b) => b.count)).toEqual([1, 0, 1, 0]);
  });

  it('gives an institution without spending rows no spending share (not 0%)', () => {
    expect(partial.institutions.N).toMatchObject({ total: 100, spent: 0, spentShare: null });
    expect(partial.institutions.N!.goals[0]).toMatchObject({ spentShare: null, spentInYearShare: null });
    // So far: A 160/800 = 20%, B 125/500 = 25%; N is in no band.
    expect(partial.goals['3.3']!.bands.map((b) => b.count)).toEqual([0, 1, 1, 0]);
  });
});
