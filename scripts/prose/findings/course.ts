// The words of the rules "koers" and "ontwikkeling" (scripts/findings/rules/course.ts): the headline says the status
// in words and how many institutions are on their own path; the detail gives the mean progress with its 95%
// interval against the planned progress.
import type { Unit } from '../../compute/types.ts';
import { coursePath } from '../../findings/root.ts';
import type { CourseResult, Finding, Findings } from '../../findings/types.ts';
import { formatNumber } from '../../lib/nl.ts';
import { statisticDecimals, unitWord } from '../../lib/units.ts';
import { piece, type Piece, type Writer } from '../builder.ts';
import type { FindingSentences, Sentence } from '../types.ts';
import { indicatorLabel } from '../wording.ts';

/** A 95% interval on the improvement scale, signed: `−0,2 tot 1,4 procentpunt`. */
function intervalPiece(w: Writer, path: string, unit: Unit): Piece {
  const lo = w.value(`${path}.low`);
  const hi = w.value(`${path}.high`);
  const d = Math.max(statisticDecimals(unit, lo), statisticDecimals(unit, hi));
  return piece(w.fact(`${path}.low`, formatNumber(lo, d)), ' tot ', w.fact(`${path}.high`, formatNumber(hi, d)), unitWord(unit));
}

export function courseSentences(w: Writer, f: Finding, findings: Findings): FindingSentences {
  const indicator = w.results.indicators[f.indicatorId!]!;
  const c = findings.course[f.indicatorId!]![f.breakdown!]!;
  const path = coursePath(f.indicatorId!, f.breakdown!);
  return { headline: headline(w, indicatorLabel(indicator.shortName, f.breakdown!), path, c), detail: detail(w, path, c, indicator.unit) };
}

function onPath(w: Writer, path: string, c: CourseResult) {
  return piece(w.digits(`${path}.onCourse`), ' van de ', w.digits(`${path}.n`), c.onCourse === 1 ? ' instellingen zit' : ' instellingen zitten', ' op of boven het eigen pad naar de streefwaarde');
}

function headline(w: Writer, label: string, path: string, c: CourseResult): Sentence {
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

function detail(w: Writer, path: string, c: CourseResult, unit: Unit): Sentence {
  const way = (v: number) => (v >= 0 ? 'vooruit' : 'achteruit');
  const interval = c.ci95 ? piece(' (betrouwbaarheidsinterval van de vooruitgang: ', intervalPiece(w, `${path}.ci95`, unit), ')') : '';
  // Rule "ontwikkeling" on the same institutions: does the interval of their mean change exclude 0?
  const clear = !c.ci95 ? '' : c.ci95.low > 0 ? ', een verbetering buiten de toevalsmarge' : c.ci95.high < 0 ? ', een verslechtering buiten de toevalsmarge' : ', binnen de toevalsmarge van geen verandering';
  // Counts have no unit word of their own: say that the difference is a number of students, institutions, ….
  const inCount = unit === 'aantal' ? ' in aantal' : '';
  return w.s`Sinds de start gingen deze instellingen gemiddeld ${w.diff(`${path}.meanActual`, unit)}${inCount} ${way(c.meanActual!)}${interval}${clear}; op een rechte lijn van start naar streefwaarde was dat ${w.diff(`${path}.meanPlanned`, unit)}${inCount} ${way(c.meanPlanned!)} geweest.`;
}
