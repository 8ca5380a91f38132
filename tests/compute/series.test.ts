// National series against their national goals: the distance from the last published value, the pace still
// needed per year and the pace so far. Expected values by hand from the published figures they use.
import { describe, expect, it } from 'vitest';
import { goalPace, periodEndYear } from '../../scripts/compute/series.ts';

const goal = (year: number, value: number) => ({ indicatorId: 'x', breakdown: 'totaal', year, value, source: 'test' });

describe('goalPace', () => {
  it('counts a studiejaar as the year it ends', () => {
    expect([periodEndYear('2022/23'), periodEndYear('2025')]).toEqual([2023, 2025]);
  });

  it("vsv: circa 30.000 in 2022/23 (002:L60) against fewer than 18.000 in 2026 (001:L137) needs 4.000 fewer per year", () => {
    const pace = goalPace([{ period: '2022/23', value: 30000 }], goal(2026, 18000))!;
    // 30.000 − 18.000 = 12.000 to go in 2026 − 2023 = 3 years; one value, so no pace so far.
    expect(pace).toEqual({ fromYear: 2023, yearsLeft: 3, distance: -12000, neededPerYear: -4000, pastPerYear: null, pastFromYear: null });
  });

  it('practoraten: 76 in 2023 against 141 in 2027 (002:L115-116) needs 16,25 more per year', () => {
    expect(goalPace([{ period: '2023', value: 76 }], goal(2027, 141))).toMatchObject({ distance: 65, yearsLeft: 4, neededPerYear: 16.25 });
  });

  it('sets the pace so far beside it, from the first value to the last', () => {
    // 100 in 2020, 130 in 2023: +10 per year so far; 200 in 2027 is 70 away in 4 years: 17,5 per year needed.
    const pace = goalPace([{ period: '2020', value: 100 }, { period: '2023', value: 130 }], goal(2027, 200))!;
    expect(pace).toMatchObject({ pastPerYear: 10, pastFromYear: 2020, neededPerYear: 17.5 });
  });

  it('has no pace needed once the goal year has come, and a negative distance beyond the goal', () => {
    // Aandeel bbl in de uitstroom 37% in 2023/24 against at least 35% (003:L2233, L2318-2320).
    expect(goalPace([{ period: '2023/24', value: 37 }], goal(2024, 35))).toMatchObject({ yearsLeft: 0, distance: -2, neededPerYear: null });
  });
});
