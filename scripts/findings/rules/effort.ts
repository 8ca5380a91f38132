// Rules "besteding" and "oordeel" (effort).
// Spending: the share of a goal's budget spent so far against the share of the funding period 2024-2027 that the
// spending covers (compute/budget.ts: spending over 2024 is one of four years, 25%, as seed 003 L426-428 counts it),
// not the calendar time elapsed: the e-file over a year comes the year after. Behind when less than
// SPENDING_BEHIND (80%) of the covered share is spent. Size: |spent − covered| / 10 points; reach: institutions with
// a budget for the goal / all institutions.
// Judgement: majority views of the e-file (seed 003 tables 3.3/3.4): progress "alle" + "meeste", effectiveness
// "effectief" + "heel effectief", and "klein beetje" + "niet effectief". Positive when more than half say the
// first two; attention when more than half say the last, or at most half report progress as expected; else mixed.
// Size: |share of progress as expected − 50| / 25 (a self-report weighs less than a measurement); reach:
// respondents / all institutions.
import type { Results } from '../../compute/types.ts';
import { figureIds } from '../../lib/ids.ts';
import { goalSlug } from '../../lib/urls.ts';
import type { RuleContext } from '../context.ts';
import { importance } from '../importance.ts';
import { judgementPath, spendingPath } from '../root.ts';
import type { Finding, JudgementView, Polarity, SpendingPace } from '../types.ts';

export const SPENDING_BEHIND = 0.8;
/** Up to this many percentage points above the covered share, spending is "in de pas"; beyond it, "meer dan". */
export const SPENDING_IN_STEP = 5;

/** Per goal the share of the funding period the spending covers; none before the first spending rows. */
export function spendingPaces(results: Results): Record<string, SpendingPace> {
  const out: Record<string, SpendingPace> = {};
  const b = results.budget;
  if (b.coveredShare === null) return out;
  for (const id of b.goalOrder) {
    out[id] = { goalId: id, coveredShare: b.coveredShare, coveredYears: b.coveredYears, years: b.period.years, firstYear: b.period.first, lastYear: b.period.last };
  }
  return out;
}

export function judgementViews(results: Results): Record<string, JudgementView> {
  const out: Record<string, JudgementView> = {};
  for (const id of results.judgements.goalOrder) {
    const g = results.judgements.goals[id]!;
    if (g.n === 0) continue;
    const count = (values: readonly string[], list: readonly { value: string; count: number }[]) => list.filter((d) => values.includes(d.value)).reduce((a, d) => a + d.count, 0);
    const progressGood = count(['alle', 'meeste'], g.progress);
    const effective = count(['effectief', 'heel_effectief'], g.effectiveness);
    const ineffective = count(['klein_beetje', 'niet_effectief'], g.effectiveness);
    out[id] = {
      goalId: id,
      n: g.n,
      progressGood,
      progressGoodShare: (100 * progressGood) / g.n,
      effective,
      effectiveShare: (100 * effective) / g.n,
      ineffective,
      ineffectiveShare: (100 * ineffective) / g.n,
    };
  }
  return out;
}

export function spendingFindings(ctx: RuleContext): Finding[] {
  const { results } = ctx;
  const out: Finding[] = [];
  for (const [id, pace] of Object.entries(ctx.data.spending)) {
    const g = results.budget.goals[id];
    if (!g || !results.goals[id] || g.spentShare === null || g.institutions === 0) continue;
    const behind = g.spentShare < SPENDING_BEHIND * pace.coveredShare;
    const polarity: Polarity = behind ? 'aandacht' : 'positief';
    const sp = spendingPath(id);
    out.push({
      id: `besteding-${goalSlug(id)}`,
      rule: 'besteding',
      kind: behind ? 'besteding-achter' : 'besteding-op-schema',
      polarity,
      goalId: id,
      indicatorId: null,
      breakdown: null,
      series: null,
      importance: importance(polarity, Math.abs(g.spentShare - pace.coveredShare) / 10, g.institutions / Math.max(1, results.institutionOrder.length)),
      facts: [`budget.goals.${id}.spentShare`, `${sp}.coveredShare`],
      uncertainty: null,
      figureId: figureIds.spendingTable(id),
    });
  }
  return out;
}

export function judgementFindings(ctx: RuleContext): Finding[] {
  const { results } = ctx;
  const out: Finding[] = [];
  for (const [id, v] of Object.entries(ctx.data.judgements)) {
    if (!results.goals[id]) continue;
    const polarity: Polarity =
      v.ineffectiveShare > 50 || v.progressGoodShare <= 50 ? 'aandacht' : v.effectiveShare > 50 ? 'positief' : 'wisselend';
    const p = judgementPath(id);
    out.push({
      id: `oordeel-${goalSlug(id)}`,
      rule: 'oordeel',
      kind: polarity === 'positief' ? 'oordeel-positief' : 'oordeel-kritisch',
      polarity,
      goalId: id,
      indicatorId: null,
      breakdown: null,
      series: null,
      importance: importance(polarity, Math.abs(v.progressGoodShare - 50) / 25, v.n / Math.max(1, results.institutionOrder.length)),
      facts: [`${p}.progressGood`, `${p}.effective`, `${p}.n`],
      uncertainty: null,
      figureId: figureIds.judgements(id),
    });
  }
  return out;
}
