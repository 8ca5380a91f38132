// Rule "besteding" (spending pace) and rule "oordeel" (the institutions' own judgement).
// Spending: the share of a goal's budget spent so far against the share of the funding period 2024-2027 that the
// spending covers (compute/budget.ts: spending over 2024 is one of four years, 25%, as seed 003 L426-428 counts it),
// not the calendar time elapsed: the e-file over a year comes the year after. Behind when less than
// SPENDING_BEHIND (80%) of the covered share is spent, ahead when more than SPENDING_IN_STEP points above it, else
// according to plan. Spending is not a development of the goal: no finding, a line of its own per goal (issue 23).
// Judgement (seed 003 tables 3.3/3.4): shares of the respondents with their Wilson intervals: progress "alle" +
// "meeste", effectiveness "effectief" + "heel effectief", and "klein beetje" + "niet effectief". Positive when the
// progress share lies above 50% (interval), the ineffective share is no majority and the effective share is not
// clearly a minority (its interval reaches 50%: progress as planned with activities few call effective, 11 of 54,
// is no positive development); attention when the progress share lies below 50% or the ineffective share above
// it; else mixed. Fewer than MIN_INSTITUTIONS respondents: no
// finding (too few to describe the sector). Size: |share of progress as expected − 50| / 25 (a self-report weighs
// less than a measurement); reach: respondents / all institutions.
import type { Results } from '../../compute/types.ts';
import { figureIds } from '../../lib/ids.ts';
import { share } from '../../compute/stats.ts';
import { goalSlug } from '../../lib/urls.ts';
import type { RuleContext } from '../context.ts';
import { importance } from '../importance.ts';
import { MIN_INSTITUTIONS } from '../movement.ts';
import { judgementPath } from '../root.ts';
import type { Finding, JudgementView, Polarity, SpendingPace, SpendingStatus } from '../types.ts';

export const SPENDING_BEHIND = 0.8;
/** Up to this many percentage points above the covered share, spending is "in de pas"; beyond it, "meer dan". */
export const SPENDING_IN_STEP = 5;

/** Spending (share of the budget spent) against the share of the funding period the spending covers. */
export function spendingStatus(spentShare: number, coveredShare: number): SpendingStatus {
  if (spentShare < SPENDING_BEHIND * coveredShare) return 'achter';
  return spentShare > coveredShare + SPENDING_IN_STEP ? 'voor' : 'volgens-plan';
}

/** Per goal the share of the funding period the spending covers; none before the first spending rows. */
export function spendingPaces(results: Results): Record<string, SpendingPace> {
  const out: Record<string, SpendingPace> = {};
  const b = results.budget;
  if (b.coveredShare === null) return out;
  for (const id of b.goalOrder) {
    const g = b.goals[id]!;
    const spent = g.institutions > 0 ? g.spentShare : null;
    const covered = b.coveredShare;
    const status = spent === null ? null : spendingStatus(spent, covered);
    out[id] = { goalId: id, coveredShare: covered, coveredYears: b.coveredYears, years: b.period.years, firstYear: b.period.first, lastYear: b.period.last, spentShare: spent, status };
  }
  return out;
}

export function judgementViews(results: Results): Record<string, JudgementView> {
  const out: Record<string, JudgementView> = {};
  for (const id of results.judgements.goalOrder) {
    const g = results.judgements.goals[id]!;
    if (g.n === 0) continue;
    const count = (values: readonly string[], list: readonly { value: string; count: number }[]) => list.filter((d) => values.includes(d.value)).reduce((a, d) => a + d.count, 0);
    out[id] = {
      goalId: id,
      n: g.n,
      progressGood: share(count(['alle', 'meeste'], g.progress), g.n),
      effective: share(count(['effectief', 'heel_effectief'], g.effectiveness), g.n),
      ineffective: share(count(['klein_beetje', 'niet_effectief'], g.effectiveness), g.n),
    };
  }
  return out;
}

/** The share calling the activities effective is clearly a minority: its 95% Wilson interval lies below 50%. */
export const effectiveMinority = (v: JudgementView) => (v.effective.ci95?.high ?? 100) < 50;

/** Positive, attention or mixed by what the institutions say (header of this file); null below MIN_INSTITUTIONS. */
export function judgementPolarity(v: JudgementView): Polarity | null {
  if (v.n < MIN_INSTITUTIONS) return null;
  const above = (s: { ci95: { low: number } | null }) => (s.ci95?.low ?? 0) > 50;
  const below = (s: { ci95: { high: number } | null }) => (s.ci95?.high ?? 100) < 50;
  if (below(v.progressGood) || above(v.ineffective)) return 'aandacht';
  return above(v.progressGood) && !effectiveMinority(v) ? 'positief' : 'wisselend';
}

export function judgementFindings(ctx: RuleContext): Finding[] {
  const { results } = ctx;
  const out: Finding[] = [];
  for (const [id, v] of Object.entries(ctx.data.judgements)) {
    const polarity = judgementPolarity(v);
    if (!results.goals[id] || polarity === null) continue;
    const p = judgementPath(id);
    out.push({
      id: `oordeel-${goalSlug(id)}`,
      rule: 'oordeel',
      kind: polarity === 'positief' ? 'oordeel-positief' : polarity === 'wisselend' ? 'oordeel-wisselend' : 'oordeel-kritisch',
      polarity,
      goalId: id,
      indicatorId: null,
      breakdown: null,
      series: null,
      importance: importance(polarity, Math.abs(v.progressGood.share! - 50) / 25, v.n / Math.max(1, results.institutionOrder.length)),
      facts: [`${p}.progressGood.count`, `${p}.effective.count`, `${p}.n`],
      uncertainty: v.progressGood.ci95,
      figureId: figureIds.judgements(id),
    });
  }
  return out;
}
