// Findings of the rules "koers" and "ontwikkeling" (course.ts): one per indicator, on its main breakdown.
// The headline says the status in words and how many institutions are on their own path; the detail gives the
// mean progress with its 95% interval against the planned progress.
import { mainBreakdown } from '../../compute/lookup.ts';
import { piece, type Writer } from '../../prose/builder.ts';
import { indicatorLabel } from '../../prose/wording.ts';
import { figureIds } from '../../lib/ids.ts';
import { intervalPiece, type RuleContext } from '../context.ts';
import { importance, sizeAgainstInterval } from '../importance.ts';
import { coursePath } from '../root.ts';
import type { CourseResult, Finding } from '../types.ts';

const part = (b: string) => (b === 'totaal' ? '' : `-${b.replace(/\s+/g, '-')}`);

export function courseFindings(ctx: RuleContext): Finding[] {
  const { results, w } = ctx;
  const out: Finding[] = [];
  for (const id of results.indicatorOrder) {
    const indicator = results.indicators[id]!;
    const b = mainBreakdown(results, id);
    if (!b) continue;
    const course = ctx.data.course[id]?.[b.breakdown];
    if (!course || course.status === 'geen-gegevens') continue;
    const label = indicatorLabel(indicator.shortName, b.breakdown);
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
      headline: headline(w, label, path, course),
      detail: detail(w, path, course, indicator.unit),
      figureId: figureIds.realised(id, b.breakdown),
    });
  }
  return out;
}

function onPath(w: Writer, path: string, c: CourseResult) {
  return piece(w.digits(`${path}.onCourse`), ' van de ', w.digits(`${path}.n`), c.onCourse === 1 ? ' instellingen zit' : ' instellingen zitten', ' op of boven het eigen pad naar de streefwaarde');
}

function headline(w: Writer, label: string, path: string, c: CourseResult) {
  switch (c.status) {
    case 'op-koers':
      return w.s`Bij ${label} ligt de sector als geheel op koers; afzonderlijk ${onPath(w, path, c)}.`;
    case 'achter-op-schema':
      return w.s`Bij ${label} ligt de sector als geheel achter op schema; afzonderlijk ${onPath(w, path, c)}.`;
    case 'verslechterd':
      return w.s`Bij ${label} is de sector sinds de start achteruitgegaan; ${w.digits(`${path}.worse`)} van de ${w.digits(`${path}.n`)} instellingen ${c.worse === 1 ? 'is' : 'zijn'} verslechterd.`;
    default:
      return w.s`Of de sector bij ${label} als geheel op koers ligt, is nog onzeker; afzonderlijk ${onPath(w, path, c)}.`;
  }
}

function detail(w: Writer, path: string, c: CourseResult, unit: Parameters<Writer['diff']>[1]) {
  const way = (v: number) => (v >= 0 ? 'vooruit' : 'achteruit');
  const interval = c.ci95 ? piece(' (betrouwbaarheidsinterval van de vooruitgang: ', intervalPiece(w, `${path}.ci95`, unit), ')') : '';
  // Rule "ontwikkeling" on the same institutions: does the interval of their mean change exclude 0?
  const clear = !c.ci95 ? '' : c.ci95.low > 0 ? ', een verbetering buiten de toevalsmarge' : c.ci95.high < 0 ? ', een verslechtering buiten de toevalsmarge' : ', binnen de toevalsmarge van geen verandering';
  // Counts have no unit word of their own: say that the difference is a number of students, institutions, ….
  const inCount = unit === 'aantal' ? ' in aantal' : '';
  return w.s`Sinds de start gingen deze instellingen gemiddeld ${w.diff(`${path}.meanActual`, unit)}${inCount} ${way(c.meanActual!)}${interval}${clear}; op een rechte lijn van start naar streefwaarde was dat ${w.diff(`${path}.meanPlanned`, unit)}${inCount} ${way(c.meanPlanned!)} geweest.`;
}
