// Rule "stand-doel" (issue 27): where each goal stands as a whole, the overall word that opens its section. It adds
// no statistics: it only weighs verdicts other rules already tested.
// - Indicators: an indicator with at least one breakdown judged by rule "koers" (voor op schema, op schema, achter op
//   schema, verslechterd, onzeker) is measurable. It is behind when a breakdown is behind schedule or worse, on track
//   when a breakdown is on or ahead of it, uncertain when one is uncertain: an indicator whose breakdowns went
//   different ways is in each of those groups, and counts once. "Te weinig instellingen" and "geen gegevens" are
//   not measurable.
// - National signals: the goal's findings of rule "opgeteld" (the institutions' targets added up fall short of a
//   national goal) and of rule "landelijke-reeks" with polarity attention (behind a straight path to a national goal,
//   or moved the wrong way beyond noise) call for attention; a national goal reached or met by the plans, a series on
//   its path or moved the right way is positive.
// - The class: `aandacht` when an indicator is behind or a national signal calls for attention; else `op-schema`
//   when every measurable indicator is on or ahead of schedule; `gemengd` when some are on track and the others
//   uncertain; `onzeker` when all measurable are uncertain; `onbekend` when no indicator is measurable.
// - Summed targets of only some institutions count only when the missing ones cannot change the outcome (rules/sums.ts).
// - Spending (rule "besteding") is carried along as a signal of its own; it never changes the class.
// The goal's lists (findings.ts) always show what this rule calls behind or attention (`mustShow`), so the overall
// word never says what the Samenvatting's lists do not.
import type { Results } from '../compute/types.ts';
import type { Finding, GoalStanding, SpendingPace, StandingClass } from './types.ts';

const JUDGED = new Set(['voor-op-schema', 'op-schema', 'achter-op-schema', 'verslechterd', 'onzeker']);
/** Course statuses (rule "koers") behind schedule or worse, and on or ahead of it; the prose names its groups by them. */
export const BEHIND: ReadonlySet<string> = new Set(['achter-op-schema', 'verslechterd']);
export const ON_TRACK: ReadonlySet<string> = new Set(['voor-op-schema', 'op-schema']);

/** Does this finding, on its own, call for attention to the goal as a national signal? */
export function nationalAttention(f: Finding): boolean {
  return (f.rule === 'opgeteld' && f.kind === 'opgeteld-onder-doel') || (f.rule === 'landelijke-reeks' && f.polarity === 'aandacht');
}

function nationalPositive(f: Finding): boolean {
  return (f.rule === 'opgeteld' && f.kind === 'opgeteld-haalt-doel') || (f.rule === 'landelijke-reeks' && f.polarity === 'positief');
}

/** The class from the sorted indicators and the national attention signals (header of this file). */
export function standingClass(onTrack: number, behind: number, uncertain: number, attention: number): StandingClass {
  if (behind > 0 || attention > 0) return 'aandacht';
  if (onTrack + uncertain === 0) return 'onbekend';
  if (uncertain === 0) return 'op-schema';
  return onTrack > 0 ? 'gemengd' : 'onzeker';
}

/**
 * One goal's standing from its indicators' course (`indicators`, with their breakdowns' statuses in `course`), its
 * findings (any order; kept in importance order) and its spending pace.
 */
export function goalStanding(
  goalId: string,
  indicatorIds: readonly string[],
  course: Readonly<Record<string, Readonly<Record<string, { readonly status: string }>>>>,
  items: readonly Finding[],
  spending: SpendingPace | undefined,
): GoalStanding {
  const onTrack: string[] = [];
  const behind: string[] = [];
  const uncertain: string[] = [];
  const ahead: string[] = [];
  const partlyAhead: string[] = [];
  let measurable = 0;
  for (const id of indicatorIds) {
    const statuses = Object.values(course[id] ?? {}).map((c) => c.status).filter((s) => JUDGED.has(s));
    if (statuses.length === 0) continue;
    measurable++;
    // An indicator whose breakdowns went different ways is in each group one of them is in, so the word never
    // hides a breakdown on track behind one that is not (the prose names the breakdowns of each group).
    const onTrackHere = statuses.filter((s) => ON_TRACK.has(s));
    if (statuses.some((s) => BEHIND.has(s))) behind.push(id);
    if (onTrackHere.length > 0) onTrack.push(id);
    const aheadHere = onTrackHere.filter((s) => s === 'voor-op-schema').length;
    if (aheadHere > 0 && aheadHere === onTrackHere.length) ahead.push(id);
    if (aheadHere > 0 && aheadHere < onTrackHere.length) partlyAhead.push(id);
    if (statuses.some((s) => !ON_TRACK.has(s) && !BEHIND.has(s))) uncertain.push(id);
  }
  const own = items.filter((f) => f.goalId === goalId);
  const attention = own.filter(nationalAttention).map((f) => f.id);
  const positive = own.filter(nationalPositive).map((f) => f.id);
  return {
    goalId,
    class: standingClass(onTrack.length, behind.length, uncertain.length, attention.length),
    indicators: indicatorIds.length,
    measurable,
    onTrack,
    ahead,
    partlyAhead,
    behind,
    uncertain,
    nationalAttention: attention,
    nationalPositive: positive,
    spending: spending?.status ?? null,
  };
}

/** Every goal of `results.goalOrder`. */
export function goalStandings(
  results: Results,
  course: Readonly<Record<string, Readonly<Record<string, { readonly status: string }>>>>,
  items: readonly Finding[],
  spending: Readonly<Record<string, SpendingPace>>,
): Record<string, GoalStanding> {
  const out: Record<string, GoalStanding> = {};
  for (const id of results.goalOrder) {
    out[id] = goalStanding(id, results.goals[id]!.indicatorIds, course, items, spending[id]);
  }
  return out;
}

