// Findings of the rule "koers" (course.ts): one per indicator × breakdown with a verdict, so no breakdown is hidden
// behind its indicator's first one. Resting on the mean gap with its paired 95% interval and the institutions on
// their own path (in words: scripts/prose/findings/course.ts). Breakdowns with too few institutions or without
// data make no finding: there is nothing to say about the sector there.
// Rule "stand": an indicator without any course (no start or target values) but measured at five or more
// institutions in its latest year is a mixed picture of its own ("gemiddeld 9,3% … nog niet te zeggen of de sector
// op koers ligt"), so a level such as the share experiencing stagediscriminatie is not left out of the goal's lists.
import { mainBreakdown } from '../../compute/lookup.ts';
import { figureIds } from '../../lib/ids.ts';
import { slug } from '../../lib/urls.ts';
import type { RuleContext } from '../context.ts';
import { importance, sizeAgainstInterval } from '../importance.ts';
import { MIN_INSTITUTIONS } from '../movement.ts';
import { coursePath } from '../root.ts';
import type { Finding, Polarity } from '../types.ts';

/** `-niveau-3` for a breakdown other than `totaal` (finding ids). */
export const breakdownPart = (b: string) => (b === 'totaal' ? '' : `-${slug(b)}`);

const POLARITY = { 'voor-op-schema': 'positief', 'op-schema': 'positief', 'achter-op-schema': 'aandacht', verslechterd: 'aandacht', onzeker: 'wisselend' } as const;

export function courseFindings(ctx: RuleContext): Finding[] {
  const { results } = ctx;
  const out: Finding[] = [];
  for (const id of results.indicatorOrder) {
    const indicator = results.indicators[id]!;
    for (const breakdown of indicator.breakdowns) {
      const course = ctx.data.course[id]?.[breakdown];
      if (!course || !(course.status in POLARITY)) continue;
      const status = course.status as keyof typeof POLARITY;
      const polarity: Polarity = POLARITY[status];
      const path = coursePath(id, breakdown);
      const size =
        status === 'onzeker'
          ? 0.5
          : status === 'verslechterd'
            ? sizeAgainstInterval(course.meanActual!, course.actualCi95)
            : sizeAgainstInterval(course.meanGap!, course.gapCi95);
      out.push({
        id: `koers-${id}${breakdownPart(breakdown)}`,
        rule: 'koers',
        kind: status,
        polarity,
        goalId: indicator.goalId,
        indicatorId: id,
        breakdown,
        series: null,
        importance: importance(polarity, size, course.n / Math.max(1, results.institutionOrder.length)),
        facts: [`${path}.meanGap`, `${path}.gapCi95.low`, `${path}.gapCi95.high`, `${path}.onCourse`, `${path}.n`],
        uncertainty: status === 'verslechterd' ? course.actualCi95 : course.gapCi95,
        figureId: figureIds.realised(id, breakdown),
      });
    }
  }
  return out;
}

export function levelFindings(ctx: RuleContext): Finding[] {
  const { results } = ctx;
  const out: Finding[] = [];
  for (const id of results.indicatorOrder) {
    const indicator = results.indicators[id]!;
    const b = mainBreakdown(results, id);
    if (!b || indicator.direction === 'neutraal') continue;
    if (indicator.breakdowns.some((x) => ctx.data.course[id]![x]!.status !== 'geen-gegevens')) continue;
    const i = b.years.findIndex((y) => y.year === b.latestYear);
    const stats = b.years[i]?.stats;
    if (!stats || stats.n < MIN_INSTITUTIONS || !stats.ci95) continue;
    const base = `sector.${id}.${b.breakdown}.years.${i}`;
    out.push({
      id: `stand-${id}${breakdownPart(b.breakdown)}`,
      rule: 'stand',
      kind: 'stand-zonder-koers',
      polarity: 'wisselend',
      goalId: indicator.goalId,
      indicatorId: id,
      breakdown: b.breakdown,
      series: null,
      importance: importance('wisselend', 1, stats.n / Math.max(1, results.institutionOrder.length)),
      facts: [`${base}.stats.mean`, `${base}.stats.ci95.low`, `${base}.stats.ci95.high`, `${base}.stats.n`],
      uncertainty: stats.ci95,
      figureId: figureIds.realised(id, b.breakdown),
    });
  }
  return out;
}
