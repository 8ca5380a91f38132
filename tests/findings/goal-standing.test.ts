// Rule "stand-doel" (scripts/findings/goal-standing.ts): the overall word per goal only combines verdicts other rules
// tested. Hand-made course statuses and findings, one case per class and the edge cases of issue 27; then the
// rule "oordeel" fix and the lists it feeds.
import { describe, expect, it } from 'vitest';
import { goalStanding, standingClass } from '../../scripts/findings/goal-standing.ts';
import { sumSpeaks, sumVerdict } from '../../scripts/findings/rules/sums.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { judgementPolarity } from '../../scripts/findings/rules/effort.ts';
import { share } from '../../scripts/compute/stats.ts';
import type { Results } from '../../scripts/compute/types.ts';
import type { Finding, JudgementView, SpendingPace } from '../../scripts/findings/types.ts';
import { BEHIND, ON_COURSE, resultsWith, rows } from './fixtures.ts';

type Course = Record<string, Record<string, { status: string }>>;
const course = (statuses: Record<string, string | string[]>): Course =>
  Object.fromEntries(
    Object.entries(statuses).map(([id, s]) => [id, Object.fromEntries((Array.isArray(s) ? s : [s]).map((status, i) => [i === 0 ? 'totaal' : `deel ${i}`, { status }]))]),
  );

function finding(id: string, rule: Finding['rule'], kind: Finding['kind'], polarity: Finding['polarity'], goalId = '1.3'): Finding {
  return { id, rule, kind, polarity, goalId, indicatorId: null, breakdown: null, series: null, importance: 1, facts: [], uncertainty: null, figureId: null };
}

const pace = (status: SpendingPace['status']): SpendingPace => ({ goalId: '1.3', coveredShare: 25, coveredYears: 1, years: 4, firstYear: 2024, lastYear: 2027, spentShare: 20, status });

describe('rule "stand-doel": where a goal stands as a whole', () => {
  it('is on schedule only when every measurable indicator is on or ahead of schedule', () => {
    const s = goalStanding('1.3', ['a', 'b', 'c'], course({ a: 'op-schema', b: 'voor-op-schema', c: 'te-weinig-instellingen' }), [], pace('volgens-plan'));
    expect(s.class).toBe('op-schema');
    expect(s.onTrack).toEqual(['a', 'b']);
    expect(s.ahead).toEqual(['b']);
    expect(s.measurable).toBe(2);
    expect(s.indicators).toBe(3);
    expect(s.spending).toBe('volgens-plan');
  });

  it('calls for attention when one indicator is behind, whatever the others, and names each group', () => {
    const s = goalStanding('1.3', ['a', 'b', 'c', 'd'], course({ a: 'op-schema', b: 'achter-op-schema', c: 'onzeker', d: 'verslechterd' }), [], undefined);
    expect(s.class).toBe('aandacht');
    expect(s).toMatchObject({ onTrack: ['a'], behind: ['b', 'd'], uncertain: ['c'], spending: null });
  });

  it('never hides a breakdown: an indicator is in every group one of its breakdowns is in, and counts once', () => {
    const s = goalStanding('1.3', ['a', 'b'], course({ a: ['voor-op-schema', 'op-schema', 'achter-op-schema'], b: ['op-schema', 'onzeker', 'geen-gegevens'] }), [], undefined);
    expect(s).toMatchObject({ class: 'aandacht', onTrack: ['a', 'b'], ahead: [], behind: ['a'], uncertain: ['b'], measurable: 2 });
    // "Voor op schema" for an indicator only when all its breakdowns on track are ahead.
    expect(goalStanding('1.3', ['a'], course({ a: ['voor-op-schema', 'achter-op-schema'] }), [], undefined)).toMatchObject({ onTrack: ['a'], ahead: ['a'], behind: ['a'] });
  });

  it('is mixed when some are on track and the rest uncertain, uncertain when all are', () => {
    expect(goalStanding('1.3', ['a', 'b'], course({ a: 'op-schema', b: 'onzeker' }), [], undefined).class).toBe('gemengd');
    expect(goalStanding('1.3', ['a', 'b'], course({ a: 'onzeker', b: 'onzeker' }), [], undefined).class).toBe('onzeker');
  });

  it('is unknown without indicators, or when none has a verdict', () => {
    expect(goalStanding('1.3', [], {}, [], pace('achter')).class).toBe('onbekend');
    const s = goalStanding('1.3', ['a', 'b'], course({ a: 'geen-gegevens', b: 'te-weinig-instellingen' }), [], undefined);
    expect(s).toMatchObject({ class: 'onbekend', measurable: 0, indicators: 2 });
  });

  it('weighs the national series: summed targets short of a national goal or a series moving the wrong way call for attention', () => {
    const sum = finding('opgeteld-vsv', 'opgeteld', 'opgeteld-onder-doel', 'aandacht');
    const worse = finding('reeks-x', 'landelijke-reeks', 'landelijke-ontwikkeling', 'aandacht');
    const other = finding('reeks-y', 'landelijke-reeks', 'landelijke-ontwikkeling', 'aandacht', '2.1');
    // Only national series (no indicator measurable): attention all the same.
    expect(goalStanding('1.3', [], {}, [worse, other], undefined)).toMatchObject({ class: 'aandacht', nationalAttention: ['reeks-x'] });
    // On track by the institutions, short of the national goal by their plans: attention (the word names both).
    expect(goalStanding('1.3', ['a'], course({ a: 'op-schema' }), [sum], undefined)).toMatchObject({ class: 'aandacht', onTrack: ['a'], nationalAttention: ['opgeteld-vsv'] });
  });

  it('keeps positive and mixed national signals apart from the class: only national series that go well leave it unknown', () => {
    const reached = finding('reeks-bbl', 'landelijke-reeks', 'landelijk-doel-bereikt', 'positief');
    const met = finding('opgeteld-p', 'opgeteld', 'opgeteld-haalt-doel', 'positief');
    const mixed = finding('reeks-z', 'landelijke-reeks', 'landelijke-ontwikkeling', 'wisselend');
    const judgement = finding('oordeel-1-3', 'oordeel', 'oordeel-kritisch', 'aandacht');
    const s = goalStanding('1.3', [], {}, [reached, met, mixed, judgement], undefined);
    expect(s).toMatchObject({ class: 'onbekend', nationalPositive: ['reeks-bbl', 'opgeteld-p'], nationalAttention: [] });
  });

  it('never lets spending change the class', () => {
    for (const status of ['achter', 'volgens-plan', 'voor'] as const) {
      expect(goalStanding('1.3', ['a'], course({ a: 'op-schema' }), [], pace(status)).class).toBe('op-schema');
    }
  });

  it('lets summed targets of only some institutions speak only when the missing ones cannot change the outcome', () => {
    const results = (direction: string, nTarget: number, meetsGoal: boolean) =>
      ({ institutionOrder: ['a', 'b', 'c'], indicators: { x: { direction } }, sector: { x: { totaal: { sum: { nTarget, meetsGoal } } } } }) as unknown as Results;
    // All institutions: always.
    expect(sumSpeaks(results('lager_beter', 3, true), 'x')).toBe(true);
    // Fewer vsv'ers is better: a partial sum already above the goal stays above it; one below it may not.
    expect(sumSpeaks(results('lager_beter', 2, false), 'x')).toBe(true);
    expect(sumSpeaks(results('lager_beter', 2, true), 'x')).toBe(false);
    // More practoraten is better: a partial sum already at the goal stays there; one short of it may not.
    expect(sumSpeaks(results('hoger_beter', 2, true), 'x')).toBe(true);
    expect(sumSpeaks(results('hoger_beter', 2, false), 'x')).toBe(false);
    // Every sentence about a sum uses the same verdict (prose: sector, Samenvatting, indicator; rule "opgeteld").
    expect(sumVerdict({ nTarget: 2, meetsGoal: true }, 'lager_beter', 6)).toBeNull();
    expect(sumVerdict({ nTarget: 2, meetsGoal: false }, 'lager_beter', 6)).toBe(false);
    expect(sumVerdict({ nTarget: 6, meetsGoal: true }, 'lager_beter', 6)).toBe(true);
    expect(sumVerdict({ nTarget: 6, meetsGoal: null }, 'lager_beter', 6)).toBeNull();
  });

  it('decides the class from the counts alone', () => {
    expect(standingClass(0, 0, 0, 0)).toBe('onbekend');
    expect(standingClass(3, 0, 0, 0)).toBe('op-schema');
    expect(standingClass(3, 1, 0, 0)).toBe('aandacht');
    expect(standingClass(0, 0, 0, 1)).toBe('aandacht');
    expect(standingClass(1, 0, 2, 0)).toBe('gemengd');
    expect(standingClass(0, 0, 2, 0)).toBe('onzeker');
  });

  it('is computed for every goal, from the same course verdicts the lists show', () => {
    const findings = findFindings(resultsWith(rows(BEHIND)));
    expect(findings.standing['3.1']).toMatchObject({ behind: ['rekenen'], class: 'aandacht' });
    expect(findings.lists['3.1']!.attention).toContain('koers-rekenen');
    const ahead = findFindings(resultsWith(rows(ON_COURSE)));
    expect(ahead.standing['3.1']!.onTrack).toContain('rekenen');
    expect(ahead.lists['3.1']!.attention).not.toContain('koers-rekenen');
  });
});

describe('rule "oordeel": progress as planned with activities few call effective is no positive development', () => {
  const view = (n: number, good: number, effective: number, ineffective: number): JudgementView => ({
    goalId: '2.1',
    n,
    progressGood: share(good, n),
    effective: share(effective, n),
    ineffective: share(ineffective, n),
  });
  it('goal 2.1 of the bundled edition: 43 of 54 as planned, 11 of 54 (20%) effective, is mixed', () => {
    expect(judgementPolarity(view(54, 43, 11, 5))).toBe('wisselend');
  });
  it('positive when progress is as planned for a majority and the effective share is not clearly a minority', () => {
    expect(judgementPolarity(view(54, 43, 25, 7))).toBe('positief');
  });
  it('attention when the ineffective share is a majority or progress as planned clearly a minority', () => {
    expect(judgementPolarity(view(54, 43, 5, 40))).toBe('aandacht');
    expect(judgementPolarity(view(54, 10, 30, 5))).toBe('aandacht');
  });
});
