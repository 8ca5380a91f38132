// Findings of the rules "koers" and "ontwikkeling" (course.ts): one per indicator, on its main breakdown, resting on
// the mean progress with its 95% interval against the planned progress and the count of institutions on their own
// path (in words: scripts/prose/findings/course.ts).
import { mainBreakdown } from '../../compute/lookup.ts';
import { figureIds } from '../../lib/ids.ts';
import type { RuleContext } from '../context.ts';
import { importance, sizeAgainstInterval } from '../importance.ts';
import { coursePath } from '../root.ts';
import type { Finding } from '../types.ts';

const part = (b: string) => (b === 'totaal' ? '' : `-${b.replace(/\s+/g, '-')}`);

export function courseFindings(ctx: RuleContext): Finding[] {
  const { results } = ctx;
  const out: Finding[] = [];
  for (const id of results.indicatorOrder) {
    const indicator = results.indicators[id]!;
    const b = mainBreakdown(results, id);
    if (!b) continue;
    const course = ctx.data.course[id]?.[b.breakdown];
    if (!course || course.status === 'geen-gegevens') continue;
    const path = coursePath(id, b.breakdown);
    const reach = course.n / Math.max(1, results.institutionOrder.length);
    const polarity = course.status === 'op-koers' ? 'positief' : course.status === 'onzeker' ? 'wisselend' : 'aandacht';
    const size =
      course.status === 'onzeker'
        ? 0.5
        : course.status === 'verslechterd'
          ? sizeAgainstInterval(course.meanActual!, course.ci95)
          : sizeAgainstInterval(course.meanActual! - course.meanPlanned!, course.ci95);
    out.push({
      id: `koers-${id}${part(b.breakdown)}`,
      rule: 'koers',
      kind: course.status,
      polarity,
      goalId: indicator.goalId,
      indicatorId: id,
      breakdown: b.breakdown,
      series: null,
      importance: importance(polarity, size, reach),
      facts: [`${path}.meanActual`, `${path}.meanPlanned`, `${path}.onCourse`, `${path}.n`],
      uncertainty: course.ci95,
      figureId: figureIds.realised(id, b.breakdown),
    });
  }
  return out;
}
