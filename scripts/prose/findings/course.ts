// The words of the rules "koers" and "ontwikkeling" (scripts/findings/rules/course.ts), per indicator × breakdown:
// the headline says the verdict and how many institutions are on their own path; the evidence gives the mean gap
// to the path with its paired 95% interval, the actual against the planned progress (the development word), the
// share on their path with its Wilson interval, what was left out, and the sensitivity line. The same verdict and
// development words are said on the indicator's own page (courseLine) and in the overview table: each sentence
// carries its claims (scripts/findings/claims.ts).
import type { Unit } from '../../compute/types.ts';
import { developmentClaim, verdictClaim } from '../../findings/claims.ts';
import { FIRST_FUNDING_YEAR } from '../../findings/rules/course.ts';
import { coursePath } from '../../findings/root.ts';
import type { CourseResult, Finding, Findings } from '../../findings/types.ts';
import { formatNumber } from '../../lib/nl.ts';
import { statisticDecimals, unitWord } from '../../lib/units.ts';
import { COURSE_WORDS } from '../../lib/verdicts.ts';
import { claiming, piece, type Piece, type Writer } from '../builder.ts';
import type { FindingSentences, Sentence } from '../types.ts';
import { indicatorLabel } from '../wording.ts';

/** Grades move by hundredths along a path: two decimals, so 0,12 and 0,14 do not both read 0,1 punt. */
const decimals = (unit: Unit, v: number) => (unit === 'cijfer' ? 2 : statisticDecimals(unit, v));

/** A number on the improvement scale without sign, with its unit word: `4,6 procentpunt`, `0,02 punt`, `94`. */
function size(w: Writer, path: string, unit: Unit): Piece {
  const v = Math.abs(w.value(path));
  return w.fact(path, `${formatNumber(v, decimals(unit, v))}${unitWord(unit)}`);
}

/** A 95% interval on the improvement scale, signed: `−0,2 tot 1,4 procentpunt`. */
export function intervalPiece(w: Writer, path: string, unit: Unit): Piece {
  const lo = w.value(`${path}.low`);
  const hi = w.value(`${path}.high`);
  // A bound that is not zero never reads 0,0: whether it lies below or above zero decides the verdict, so it gets
  // up to two more decimals ("−0,04 tot 0,3", not "−0,0 tot 0,3" beside "0,0 tot 0,3").
  const base = Math.max(decimals(unit, lo), decimals(unit, hi));
  const hidden = (v: number, d: number) => v !== 0 && Math.abs(v) < 0.5 * 10 ** -d;
  let d = base;
  while (d < base + 2 && (hidden(lo, d) || hidden(hi, d))) d++;
  return piece(w.fact(`${path}.low`, formatNumber(lo, d)), ' tot ', w.fact(`${path}.high`, formatNumber(hi, d)), unitWord(unit));
}

export function courseSentences(w: Writer, f: Finding, findings: Findings): FindingSentences {
  const indicator = w.results.indicators[f.indicatorId!]!;
  const c = findings.course[f.indicatorId!]![f.breakdown!]!;
  return { headline: courseHeadline(w, indicatorLabel(indicator.shortName, f.breakdown!), c), detail: courseEvidence(w, c, indicator.unit) };
}

function onPath(w: Writer, path: string, c: CourseResult) {
  return piece(w.digits(`${path}.onCourse`), ' van de ', w.digits(`${path}.n`), c.onCourse === 1 ? ' instellingen zit' : ' instellingen zitten', ' op of boven het eigen pad naar de streefwaarde');
}

/** The verdict in one sentence (bullet, figure title and the head of the indicator's development). */
export function courseHeadline(w: Writer, label: string, c: CourseResult): Sentence {
  const path = coursePath(c.indicatorId, c.breakdown);
  const sentence = (() => {
    switch (c.status) {
      case 'voor-op-schema':
      case 'op-schema':
      case 'achter-op-schema':
        return w.s`Bij ${label} ligt de sector ${COURSE_WORDS[c.status]}; ${onPath(w, path, c)}.`;
      case 'verslechterd':
        return w.s`Bij ${label} is de sector sinds de start verslechterd; ${onPath(w, path, c)}.`;
      case 'onzeker':
        return w.s`Bij ${label} is nog onzeker of de sector op schema ligt; ${onPath(w, path, c)}.`;
      case 'te-weinig-instellingen':
        return c.n === 0
          ? w.s`Bij ${label} is er geen instelling met een streefwaarde die verbetering plant en een latere meting; te weinig om te zeggen of de sector op schema ligt.`
          : w.s`Bij ${label} zijn er met ${w.digits(`${path}.n`, ['instelling', 'instellingen'])} met een startwaarde, een streefwaarde die verbetering plant en een latere meting te weinig om te zeggen of de sector op schema ligt.`;
      case 'geen-gegevens':
        return w.s`Bij ${label} zijn er nog geen instellingen met een startwaarde, een streefwaarde en een latere meting; of de sector op schema ligt, volgt later.`;
    }
  })();
  return claiming(sentence, verdictClaim(c));
}

const DEVELOPMENT_CLAUSE = {
  verbeterd: 'een verbetering buiten de toevalsmarge',
  verslechterd: 'een verslechtering buiten de toevalsmarge',
  'geen-duidelijke-verandering': 'niet duidelijk te onderscheiden van stilstand',
} as const;

/** The evidence under a verdict: gap to the path, actual against planned, the share on their path, the rest. */
export function courseEvidence(w: Writer, c: CourseResult, unit: Unit): Sentence[] {
  if (c.n === 0 || !c.gapCi95 || !c.actualCi95 || !c.onPath || !(c.development in DEVELOPMENT_CLAUSE)) return [];
  const path = coursePath(c.indicatorId, c.breakdown);
  // Counts have no unit word of their own: say that the difference is a number of students, institutions, ….
  const inCount = unit === 'aantal' ? ' in aantal' : '';
  const way = (v: number) => (v >= 0 ? 'vooruit' : 'achteruit');
  const development = DEVELOPMENT_CLAUSE[c.development as keyof typeof DEVELOPMENT_CLAUSE];
  const share = `${path}.onPath`;
  const out: Sentence[] = [
    w.s`Gemiddeld ligt hun vooruitgang ${size(w, `${path}.meanGap`, unit)}${inCount} ${c.meanGap! >= 0 ? 'boven' : 'onder'} het eigen pad (${w.pct('method.confidenceLevel')}-interval van het verschil: ${intervalPiece(w, `${path}.gapCi95`, unit)}).`,
    claiming(
      w.s`Sinds de start gingen zij gemiddeld ${size(w, `${path}.meanActual`, unit)}${inCount} ${way(c.meanActual!)} (${intervalPiece(w, `${path}.actualCi95`, unit)}), ${development}; op hun eigen pad was dat ${size(w, `${path}.meanPlanned`, unit)}${inCount} vooruit geweest.`,
      developmentClaim(c),
    ),
    w.s`Op of boven het eigen pad zit ${w.pct(`${share}.share`)} van hen (${w.pct(`${share}.ci95.low`)} tot ${w.pct(`${share}.ci95.high`)}).`,
  ];
  if (c.withoutImprovement > 0) {
    out.push(
      c.withoutImprovement === 1
        ? w.s`Eén instelling heeft een streefwaarde die geen verbetering plant; die telt niet mee, ook niet als op schema.`
        : w.s`${w.digits(`${path}.withoutImprovement`, ['instelling', 'instellingen'])} hebben een streefwaarde die geen verbetering plant; die tellen niet mee, ook niet als op schema.`,
    );
  }
  if (c.earlierYear > 0 || c.otherSource > 0) {
    const parts = [
      c.earlierYear > 0 ? piece(w.digits(`${path}.earlierYear`), ' uit een eerder jaar') : null,
      c.otherSource > 0 ? piece(w.digits(`${path}.otherSource`), ' uit een andere bron') : null,
    ].filter((p): p is Piece => p !== null);
    out.push(w.s`Van hun laatste waarden ${c.earlierYear + c.otherSource === 1 ? 'komt er' : 'komen er'} ${piece(...parts.flatMap((p, i) => (i === 0 ? [p] : [' en ', p])))}.`);
  }
  if (c.statusFrom2024 !== c.status) {
    out.push(w.s`Laten we elk pad pas in ${String(FIRST_FUNDING_YEAR)} beginnen in plaats van in het startjaar, dan is het oordeel ‘${COURSE_WORDS[c.statusFrom2024]}’.`);
  }
  return out;
}
