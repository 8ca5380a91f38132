// Rule "eigen pad" (rules/institution-path.ts): one institution against its own straight path from start (2022) to
// target (2027), latest value in 2025, so 3 of 5 years (60%) of the path have passed; and the counts per institution
// on the bundled-like fixture.
import { describe, expect, it } from 'vitest';
import type { IndicatorResult, SectorRow } from '../../scripts/compute/types.ts';
import { spendingStatus } from '../../scripts/findings/rules/effort.ts';
import { institutionPath } from '../../scripts/findings/rules/institution-path.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { bundledResults, fixtureResults } from '../prose/helpers.ts';
import { row } from './fixtures.ts';

const base = fixtureResults().indicators['rekenen']!;
const higher: IndicatorResult = { ...base, unit: 'procent', direction: 'hoger_beter' };
const lower: IndicatorResult = { ...base, unit: 'procent', direction: 'lager_beter' };
const neutral: IndicatorResult = { ...base, direction: 'neutraal' };

/** The row with a respondent count on its latest value (a survey percentage). */
const surveyed = (r: SectorRow, n: number): SectorRow => ({ ...r, latest: { ...r.latest!, n }, realised: r.realised.map((v) => ({ ...v, n })) });

describe('an institution against its own path', () => {
  it('is on its path when the latest value is exactly on it, decided exactly where floating point misjudges', () => {
    // 71,9 → 72,9: planned 0,6 by 2025; 72,5 − 71,9 = 0,5999999999999943 in floating point.
    expect(72.5 - 71.9).toBeLessThan(0.6);
    const p = institutionPath(higher, row(1, 71.9, 72.9, 72.5));
    expect(p).toMatchObject({ status: 'op-pad', reason: null, gap: 0 });
    expect(p.planned).toBeCloseTo(0.6, 12);
    expect(p.pathLevel).toBeCloseTo(72.5, 12);
    expect(institutionPath(higher, row(1, 50, 60, 56)).status).toBe('op-pad');
  });

  it('is above or behind its path by the sign of the gap; lower is better flips the sign', () => {
    expect(institutionPath(higher, row(1, 50, 60, 56.1))).toMatchObject({ status: 'boven-pad' });
    expect(institutionPath(higher, row(1, 50, 60, 55.9))).toMatchObject({ status: 'achter-pad' });
    const down = institutionPath(lower, row(1, 20, 10, 14, true));
    expect(down).toMatchObject({ status: 'op-pad', gap: 0, actual: 6, planned: 6, pathLevel: 14 });
    expect(institutionPath(lower, row(1, 20, 10, 15, true)).status).toBe('achter-pad');
    expect(institutionPath(lower, row(1, 20, 10, 13, true)).status).toBe('boven-pad');
  });

  it('is within the margin when a survey value lies below the path by less than its 95% sampling margin', () => {
    // Path level 56 at n = 100: 1,96·√(0,56·0,44/100)·100 = 9,73 procentpunt.
    const near = institutionPath(higher, surveyed(row(1, 50, 60, 55), 100));
    expect(near.status).toBe('binnen-marge');
    expect(near.margin).toBeCloseTo(9.729, 3);
    expect(near.gap).toBeCloseTo(-1, 12);
    // The same value on 100.000 respondents: a margin of 0,31, so behind.
    expect(institutionPath(higher, surveyed(row(1, 50, 60, 55), 100_000)).status).toBe('achter-pad');
    // Above the path is above it, margin or not: the sector counts it on or above its path.
    expect(institutionPath(higher, surveyed(row(1, 50, 60, 57), 100)).status).toBe('boven-pad');
    // Without a respondent count there is no margin.
    expect(institutionPath(higher, row(1, 50, 60, 55))).toMatchObject({ status: 'achter-pad', margin: null });
  });

  it('keeps targets without improvement apart, never on a path', () => {
    expect(institutionPath(higher, row(1, 50, 50, 70))).toMatchObject({ status: 'zonder-verbetering', actual: 20, gap: null });
    expect(institutionPath(higher, row(1, 50, 45, 40)).status).toBe('zonder-verbetering');
    expect(institutionPath(lower, row(1, 10, 12, 9, true)).status).toBe('zonder-verbetering');
  });

  it('has no path without start, target, a target year after the start year, a later measurement or a favourable direction', () => {
    const r = row(1, 50, 60, 56);
    expect(institutionPath(neutral, r)).toMatchObject({ status: 'geen-pad', reason: 'neutraal' });
    expect(institutionPath(higher, null)).toMatchObject({ status: 'geen-pad', reason: 'geen-startwaarde' });
    expect(institutionPath(higher, { ...r, start: null, startYear: null })).toMatchObject({ reason: 'geen-startwaarde' });
    expect(institutionPath(higher, { ...r, target: null, targetYear: null })).toMatchObject({ reason: 'geen-streefwaarde' });
    expect(institutionPath(higher, { ...r, targetYear: 2022 })).toMatchObject({ reason: 'geen-looptijd' });
    expect(institutionPath(higher, row(1, 50, 60, null))).toMatchObject({ reason: 'geen-latere-meting' });
    expect(institutionPath(higher, { ...r, latest: { ...r.latest!, year: 2022 } })).toMatchObject({ reason: 'geen-latere-meting' });
  });

  it('caps the planned progress at the whole ambition once the target year has passed', () => {
    const late = { ...row(1, 50, 60, 61), latest: { year: 2029, value: 61, n: null, sd: null, origin: 'duo' } };
    expect(institutionPath(higher, late)).toMatchObject({ status: 'boven-pad', planned: 10, pathLevel: 60 });
  });
});

describe('spending against the share of the funding period the spending covers (the sector rule "besteding")', () => {
  it('is behind, in step or ahead', () => {
    expect(spendingStatus(20, 50)).toBe('achter');
    expect(spendingStatus(50, 50)).toBe('volgens-plan');
    expect(spendingStatus(80, 50)).toBe('voor');
  });
});

describe('the findings per institution of the fixture', () => {
  const results = fixtureResults();
  const findings = findFindings(results);

  it('has every institution, its paths counted per goal and in total', () => {
    expect(Object.keys(findings.institutions)).toEqual(results.institutionOrder);
    for (const own of Object.values(findings.institutions)) {
      const c = own.counts;
      expect(c.assessed).toBe(c.above + c.on + c.withinMargin + c.behind);
      expect(c.above + c.on + c.withinMargin + c.behind + c.withoutImprovement + c.noPath).toBe(own.paths.length);
      const perGoal = Object.values(own.goals).reduce((n, g) => n + g.counts.assessed, 0);
      expect(perGoal).toBe(c.assessed);
    }
  });

  it('names the years of a suppressed value with its threshold, never its value', () => {
    for (const s of results.buildReport.suppressed) {
      const p = findings.institutions[s.institutionId]!.paths.find((x) => x.indicatorId === s.indicatorId && x.breakdown === s.breakdown)!;
      expect(p.suppressedYears).toContain(s.year);
      expect(p.minN).toBe(s.minN);
      expect(JSON.stringify(p)).not.toContain('"value"');
    }
  });
});

describe('the same rule as the sector', () => {
  it('counts on or above its own path exactly the institutions the course rule counts, on every indicator × breakdown of the bundled edition', () => {
    const { results } = bundledResults();
    const findings = findFindings(results);
    let compared = 0;
    for (const id of results.indicatorOrder) {
      for (const b of results.indicators[id]!.breakdowns) {
        const course = findings.course[id]![b]!;
        const paths = results.institutionOrder.flatMap((i) => findings.institutions[i]!.paths.filter((p) => p.indicatorId === id && p.breakdown === b));
        const assessed = paths.filter((p) => ['boven-pad', 'op-pad', 'binnen-marge', 'achter-pad'].includes(p.status));
        expect(assessed.length, `${id} ${b}`).toBe(course.n);
        expect(paths.filter((p) => p.status === 'boven-pad' || p.status === 'op-pad').length, `${id} ${b}`).toBe(course.onCourse);
        expect(paths.filter((p) => p.status === 'zonder-verbetering').length, `${id} ${b}`).toBe(course.withoutImprovement);
        compared += course.n;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
