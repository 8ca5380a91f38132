// Each finding rule on hand-made fixtures (issue 14, "Done when"): a sector on course, behind, declining, uncertain,
// without data; a national series with a turning point; a goal path; the importance score.
import { describe, expect, it } from 'vitest';
import { findFindings } from '../../scripts/findings/findings.ts';
import { goalPace } from '../../scripts/compute/series.ts';
import { importance, sizeAgainstInterval } from '../../scripts/findings/importance.ts';
import { courseOf, courseStatus } from '../../scripts/findings/rules/course.ts';
import { trendOf } from '../../scripts/findings/rules/series.ts';
import { BEHIND, DECLINING, INSTROOM, NO_DATA, ON_COURSE, UNCERTAIN, resultsWith, resultsWithSeries, rows, series } from './fixtures.ts';

const course = (gains: readonly (number | null)[]) => {
  const r = resultsWith(rows(gains));
  return courseOf(r.indicators['rekenen']!, r.sector['rekenen']!['totaal']!);
};

describe('rule "koers": progress against a straight path from start to target', () => {
  it('a sector on course: mean progress 7,5 against 6 planned (3 of 5 years of a 10-point ambition)', () => {
    const c = course(ON_COURSE);
    expect(c.status).toBe('op-koers');
    expect(c.n).toBe(10);
    expect(c.meanPlanned).toBeCloseTo(6, 10);
    expect(c.meanActual).toBeCloseTo(7.46, 10);
    expect(c.onCourse).toBe(10);
    expect(c.ci95!.low).toBeGreaterThan(6);
  });

  it('a sector behind schedule: progress beyond noise, but the interval stays below the path', () => {
    const c = course(BEHIND);
    expect(c.status).toBe('achter-op-schema');
    expect(c.ci95!.low).toBeGreaterThan(0);
    expect(c.ci95!.high).toBeLessThan(6);
    expect(c.onCourse).toBe(0);
    expect(c.behind).toBe(10);
  });

  it('a declining sector: the whole interval below 0, every institution worse', () => {
    const c = course(DECLINING);
    expect(c.status).toBe('verslechterd');
    expect(c.worse).toBe(10);
  });

  it('uncertain when the interval holds both no change and the path', () => {
    const c = course(UNCERTAIN);
    expect(c.status).toBe('onzeker');
    expect(c.ci95!.low).toBeLessThan(0);
    expect(c.ci95!.high).toBeGreaterThan(6);
  });

  it('no data without a measurement after the start', () => {
    const c = course(NO_DATA);
    expect(c.status).toBe('geen-gegevens');
    expect(c.n).toBe(0);
    expect(c.ci95).toBeNull();
  });

  it('decides the status from the interval and the path alone', () => {
    expect(courseStatus({ low: -3, high: -1 }, 2)).toBe('verslechterd');
    expect(courseStatus({ low: -1, high: 3 }, 2)).toBe('onzeker');
    expect(courseStatus({ low: -1, high: 1 }, 2)).toBe('achter-op-schema');
    expect(courseStatus({ low: 0.5, high: 1.5 }, 2)).toBe('achter-op-schema');
    expect(courseStatus({ low: 0.5, high: 2.5 }, 2)).toBe('op-koers');
    expect(courseStatus(null, 2)).toBe('onzeker');
  });

  it('turns the status into a finding resting on the course and the counts on the own path (words: tests/prose/findings.test.ts)', () => {
    const f = findFindings(resultsWith(rows(BEHIND)));
    const item = f.items.find((i) => i.id === 'koers-rekenen')!;
    expect(item.kind).toBe('achter-op-schema');
    expect(item.polarity).toBe('aandacht');
    const path = 'findings.course.rekenen.totaal';
    expect(item.facts).toEqual([`${path}.meanActual`, `${path}.meanPlanned`, `${path}.onCourse`, `${path}.n`]);
    expect(item.uncertainty).toEqual(f.course['rekenen']!['totaal']!.ci95);
    expect(item.figureId).toBe('realisatie-rekenen');
  });

  it('a declining sector is an attention point that counts the institutions that got worse', () => {
    const item = findFindings(resultsWith(rows(DECLINING))).items.find((i) => i.id === 'koers-rekenen')!;
    expect(item.kind).toBe('verslechterd');
    expect(item.polarity).toBe('aandacht');
  });

  it('a sector on course is a positive development', () => {
    const item = findFindings(resultsWith(rows(ON_COURSE))).items.find((i) => i.id === 'koers-rekenen')!;
    expect(item.polarity).toBe('positief');
    expect(item.kind).toBe('op-koers');
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

  it('finds the turning point after four years of decline (DUO, instroom mbo 2017/18–2024/25)', () => {
    const t = trendOf(r, line, 0);
    expect(t.latestChange).toBe(2310);
    expect(t.latestMovement).toBe('stijging');
    expect(t.turnAfter).toBe(4);
  });

  it('makes it a finding of its own, a positive one for a series where higher is better', () => {
    const f = findFindings(r).items.find((i) => i.id === 'reeks-instroom')!;
    expect(f.kind).toBe('landelijk-keerpunt');
    expect(f.facts).toEqual(['findings.series.instroom.turnAfter', 'findings.series.instroom.latestChange', 'series.0.points.7.value']);
  });

  it('has no turning point when the last step continues the trend', () => {
    const t = trendOf(r, series('s', INSTROOM.slice(0, 6)), 0);
    expect(t.latestMovement).toBe('daling');
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
