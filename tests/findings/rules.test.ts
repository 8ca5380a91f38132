// Each finding rule on hand-made fixtures (issue 14, "Done when"): a sector on course, behind, declining, uncertain,
// without data; a national series with a turning point; a goal path; the importance score.
import { describe, expect, it } from 'vitest';
import { findFindings } from '../../scripts/findings/findings.ts';
import { goalPace } from '../../scripts/compute/series.ts';
import { importance, sizeAgainstInterval } from '../../scripts/findings/importance.ts';
import { courseOf, courseStatus } from '../../scripts/findings/rules/course.ts';
import { trendOf } from '../../scripts/findings/rules/series.ts';
import { BEHIND, DECLINING, INSTROOM, NO_DATA, ON_COURSE, ON_PATH, UNCERTAIN, resultsWith, resultsWithSeries, row, rows, series } from './fixtures.ts';

const course = (gains: readonly (number | null)[]) => {
  const r = resultsWith(rows(gains));
  return courseOf(r.indicators['rekenen']!, r.sector['rekenen']!['totaal']!);
};

describe('rule "koers": the paired gap to each institution\'s own path (issue 23)', () => {
  it('ahead of schedule: every institution gained 7–8 points where 6 were planned, the gap interval lies above 0', () => {
    const c = course(ON_COURSE);
    expect(c.status).toBe('voor-op-schema');
    expect(c.n).toBe(10);
    expect(c.meanPlanned).toBeCloseTo(6, 10);
    expect(c.meanActual).toBeCloseTo(7.46, 10);
    expect(c.meanGap).toBeCloseTo(1.46, 10);
    expect(c.onCourse).toBe(10);
    expect(c.gapCi95!.low).toBeGreaterThan(0);
    expect(c.development).toBe('verbeterd');
  });

  it('on schedule: the gap interval includes 0 and the actual progress lies above 0', () => {
    const c = course(ON_PATH);
    expect(c.status).toBe('op-schema');
    expect(c.gapCi95!.low).toBeLessThan(0);
    expect(c.gapCi95!.high).toBeGreaterThan(0);
    expect(c.actualCi95!.low).toBeGreaterThan(0);
    // 6 of the 10 gains reach the 6 points planned; the one exactly on its path counts as on its path.
    expect(c.onCourse).toBe(6);
  });

  it('behind schedule: progress beyond noise, but the gap interval lies below 0', () => {
    const c = course(BEHIND);
    expect(c.status).toBe('achter-op-schema');
    expect(c.actualCi95!.low).toBeGreaterThan(0);
    expect(c.gapCi95!.high).toBeLessThan(0);
    expect(c.onCourse).toBe(0);
    expect(c.development).toBe('verbeterd');
  });

  it('declining: the interval of the actual progress lies below 0', () => {
    const c = course(DECLINING);
    expect(c.status).toBe('verslechterd');
    expect(c.actualCi95!.high).toBeLessThan(0);
    expect(c.development).toBe('verslechterd');
  });

  it('uncertain when neither the gap nor the actual progress can be told from 0', () => {
    const c = course(UNCERTAIN);
    expect(c.status).toBe('onzeker');
    expect(c.actualCi95!.low).toBeLessThan(0);
    expect(c.gapCi95!.high).toBeGreaterThan(0);
    expect(c.development).toBe('geen-duidelijke-verandering');
  });

  it('no data without a measurement after the start; too few institutions below five', () => {
    const none = course(NO_DATA);
    expect(none.status).toBe('geen-gegevens');
    expect(none.n).toBe(0);
    expect(none.gapCi95).toBeNull();
    const few = course(ON_COURSE.slice(0, 4));
    expect(few.status).toBe('te-weinig-instellingen');
    expect(few.n).toBe(4);
  });

  it('a target that plans no improvement is counted apart and never assessed', () => {
    const r = resultsWith([...rows(ON_COURSE), row(11, 50, 50, 58), row(12, 50, 45, 40)]);
    const c = courseOf(r.indicators['rekenen']!, r.sector['rekenen']!['totaal']!);
    expect(c.n).toBe(10);
    expect(c.withoutImprovement).toBe(2);
    expect(c.onCourse).toBe(10);
  });

  it('decides the status from the number assessed and the two intervals alone', () => {
    const gap = (low: number, high: number) => ({ low, high });
    expect(courseStatus(10, true, gap(-3, -1), gap(-2, -0.5))).toBe('verslechterd');
    expect(courseStatus(10, true, gap(0.1, 1), gap(1, 3))).toBe('voor-op-schema');
    expect(courseStatus(10, true, gap(-2, -0.1), gap(0.5, 1))).toBe('achter-op-schema');
    expect(courseStatus(10, true, gap(-2, -0.1), gap(-0.5, 1))).toBe('achter-op-schema');
    expect(courseStatus(10, true, gap(-1, 1), gap(0.5, 2))).toBe('op-schema');
    expect(courseStatus(10, true, gap(-1, 1), gap(-0.5, 2))).toBe('onzeker');
    expect(courseStatus(4, true, gap(1, 2), gap(1, 2))).toBe('te-weinig-instellingen');
    expect(courseStatus(0, true, null, null)).toBe('te-weinig-instellingen');
    expect(courseStatus(0, false, null, null)).toBe('geen-gegevens');
  });

  it('turns the status into a finding resting on the course and the counts on the own path (words: tests/prose/findings.test.ts)', () => {
    const f = findFindings(resultsWith(rows(BEHIND)));
    const item = f.items.find((i) => i.id === 'koers-rekenen')!;
    expect(item.kind).toBe('achter-op-schema');
    expect(item.polarity).toBe('aandacht');
    expect(item.breakdown).toBe('totaal');
    expect(item.facts[0]).toBe('findings.course.rekenen.totaal.meanGap');
    expect(item.uncertainty).toEqual(f.course['rekenen']!['totaal']!.gapCi95);
    expect(item.figureId).toBe('realisatie-rekenen');
  });

  it('a declining sector is an attention point', () => {
    const item = findFindings(resultsWith(rows(DECLINING))).items.find((i) => i.id === 'koers-rekenen')!;
    expect(item.kind).toBe('verslechterd');
    expect(item.polarity).toBe('aandacht');
  });

  it('a sector ahead of or on schedule is a positive development', () => {
    for (const [gains, kind] of [[ON_COURSE, 'voor-op-schema'], [ON_PATH, 'op-schema']] as const) {
      const item = findFindings(resultsWith(rows(gains))).items.find((i) => i.id === 'koers-rekenen')!;
      expect(item.polarity).toBe('positief');
      expect(item.kind).toBe(kind);
    }
  });
});

describe('rule "ontbrekend": missing information is a finding', () => {
  it('a goal whose only indicator has no data says that its course cannot be told', () => {
    const f = findFindings(resultsWith([]));
    // Goal 3.1 keeps its start statistics (only the rows went), so it still counts as having data; SP1 has none.
    expect(f.coverage['3.1']).toMatchObject({ indicators: 1, withData: 1 });
    expect(f.coverage['SP1']!.withData).toBe(0);
    const sp1 = f.items.find((i) => i.id === 'ontbrekend-sp1');
    expect(sp1?.kind).toBe('geen-gegevens');
    expect(sp1?.facts).toEqual(['findings.coverage.SP1.withoutData', 'findings.coverage.SP1.indicators']);
    expect(f.items.some((i) => i.id === 'koers-rekenen')).toBe(false);
  });
});

describe('rule "landelijke-reeks": the whole series, not its endpoints', () => {
  const line = series('instroom', INSTROOM);
  const r = resultsWithSeries([line]);

  it('a single rise of 1,1% after four years of decline, smaller than the usual yearly change, is no turning point (DUO, instroom mbo 2017/18–2024/25)', () => {
    const t = trendOf(r, line, 0);
    expect(t.latestChange).toBe(2310);
    expect(t.latestMovement).toBe('stijging');
    // The steps before: +6.530, +1.847, −5.683, −5.856, −3.174, −2.029: 25.119 / 6 = 4.186,5 a year.
    expect(t.usualStep).toBeCloseTo(4186.5, 6);
    expect(t.turnRun).toBe(1);
    expect(t.turnAfter).toBe(0);
    expect(findFindings(r).items.find((i) => i.id === 'reeks-instroom')!.kind).toBe('landelijke-ontwikkeling');
  });

  it('a second year of rise makes it a turning point, a finding of its own and positive where higher is better', () => {
    const longer = series('instroom', [...INSTROOM, ['2025/26', 215000]]);
    const rl = resultsWithSeries([longer]);
    const t = trendOf(rl, longer, 0);
    expect(t.turnRun).toBe(2);
    expect(t.turnAfter).toBe(4);
    const f = findFindings(rl).items.find((i) => i.id === 'reeks-instroom')!;
    expect(f.kind).toBe('landelijk-keerpunt');
    expect(f.facts).toEqual(['findings.series.instroom.turnAfter', 'findings.series.instroom.latestChange', 'series.0.points.8.value']);
  });

  it('one rise larger than the usual yearly change is a turning point too', () => {
    const big = series('instroom', [...INSTROOM.slice(0, 7), ['2024/25', 212000]]);
    expect(trendOf(resultsWithSeries([big]), big, 0).turnAfter).toBe(4);
  });

  it('has no turning point when the last step continues the trend', () => {
    // 2019/20–2022/23: three falls in a row and nothing before them.
    const t = trendOf(r, series('s', INSTROOM.slice(2, 6)), 0);
    expect(t.latestMovement).toBe('daling');
    expect(t.turnRun).toBe(3);
    expect(t.turnAfter).toBe(0);
  });

  it('measures the distance to a straight path towards a national goal', () => {
    const goal = { indicatorId: 'vsv', breakdown: 'totaal', year: 2027, value: 18000, source: 'Kamerbrief' };
    const vsv = series('vsv-landelijk', [['2022/23', 30000], ['2024/25', 26000]], { indicatorId: 'vsv', nationalGoals: [goal], goalId: '1.3', name: 'Nieuwe vsv’ers' });
    const t = trendOf(resultsWithSeries([vsv]), vsv, 0);
    // Path from 30.000 (2022) to 18.000 (2027): at 2024 it is 30.000 − 12.000 × 2/5 = 25.200; 26.000 is 800 behind
    // (lager is beter, so ahead = −800).
    expect(t.goalPath!.pathValue).toBeCloseTo(25200, 6);
    expect(t.goalPath!.ahead).toBeCloseTo(-800, 6);
    expect(t.goalPath!.remaining).toBe(8000);
    const f = findFindings(resultsWithSeries([vsv])).items.find((i) => i.id === 'reeks-vsv-landelijk')!;
    expect(f.kind).toBe('landelijk-achter-op-pad');
    expect(f.polarity).toBe('aandacht');
  });

  it('sets the pace still needed beside the pace so far (Results goalPaces)', () => {
    const goal = { indicatorId: 'vsv', breakdown: 'totaal', year: 2027, value: 18000, source: 'Kamerbrief' };
    const points: [string, number][] = [['2022/23', 30000], ['2024/25', 26000]];
    const vsv = series('vsv-landelijk', points, {
      indicatorId: 'vsv',
      nationalGoals: [goal],
      goalPaces: [goalPace(points.map(([period, value]) => ({ period, value })), goal)!],
      goalId: '1.3',
    });
    // So far −2.000 a year (2023 → 2025); 8.000 to go in 2 years needs −4.000 a year: lower is better, so faster.
    const t = trendOf(resultsWithSeries([vsv]), vsv, 0);
    expect(t.goalPath).toMatchObject({ reached: false, fasterNeeded: true });
  });

  it('calls a national goal reached when the last published value is beyond it (bbl-offensief: 37% against 35%)', () => {
    const goal = { indicatorId: 'aandeel-bbl-uitstroom', breakdown: 'totaal', year: 2027, value: 35, source: 'Bbl-offensief' };
    const bbl = series('aandeel-bbl-uitstroom', [['2023/24', 37]], { indicatorId: 'aandeel-bbl-uitstroom', nationalGoals: [goal], goalId: '1.3', unit: 'procent' });
    const base = resultsWithSeries([bbl]);
    // Higher is better, like the indicator in the bundled data.
    const results = { ...base, indicators: { ...base.indicators, 'aandeel-bbl-uitstroom': { ...Object.values(base.indicators)[0]!, id: 'aandeel-bbl-uitstroom', direction: 'hoger_beter' as const } } };
    const t = trendOf(results, bbl, 0);
    expect(t.goalPath).toMatchObject({ reached: true, fasterNeeded: null, remaining: 2 });
    const f = findFindings(results).items.find((i) => i.id === 'reeks-aandeel-bbl-uitstroom')!;
    expect(f).toMatchObject({ kind: 'landelijk-doel-bereikt', polarity: 'positief' });
  });
});

describe('importance', () => {
  it('multiplies the polarity weight, the size against the interval (at most 3) and the reach', () => {
    expect(importance('aandacht', 2, 0.5)).toBeCloseTo(1.2, 10);
    expect(importance('positief', 10, 1)).toBe(3);
    expect(importance('wisselend', 1, 1)).toBeCloseTo(0.8, 10);
    expect(sizeAgainstInterval(2, { low: 1, high: 3 })).toBe(2);
    expect(sizeAgainstInterval(2, null)).toBe(0);
  });

  it('ranks the findings by importance, ties by id', () => {
    const f = findFindings(resultsWith(rows(BEHIND)));
    for (let i = 1; i < f.items.length; i++) {
      const a = f.items[i - 1]!;
      const b = f.items[i]!;
      expect(a.importance > b.importance || (a.importance === b.importance && a.id < b.id)).toBe(true);
    }
  });
});
