// Per indicator × breakdown, what stands out beside the goal's tables (indicator-tables.ts): an ambition that is
// unclear or plans no improvement, a catch-up or divergence, the sector sum against a national goal, values not
// shown, a neutral indicator's change.
// Tone as seed 000 §2.3 and seed 003 §3.3: "gemiddeld", "de helft van de instellingen", never causation.
import type { BreakdownResult, IndicatorResult } from '../../compute/types.ts';
import { joinList } from '../../lib/nl.ts';
import { INSTELLING, claiming, list, paragraph, piece, required, sectorPath, withNote, type Writer } from '../builder.ts';
import { verdictClaim } from '../../findings/claims.ts';
import { COURSE_WORDS } from '../../lib/verdicts.ts';
import { findingsOf } from '../../findings/root.ts';
import { MIN_INSTITUTIONS } from '../../findings/movement.ts';
import type { Paragraph, Sentence } from '../types.ts';
import type { IndicatorProse } from '../types.ts';
import { convergenceKind, indicatorLabel } from '../wording.ts';
import { evaluation } from '../../findings/movement.ts';
import { slug } from '../../lib/urls.ts';
import { sumVerdict } from '../../findings/rules/sums.ts';

export function indicatorId(indicatorId: string, breakdown: string, part: string): string {
  return `indicator-${indicatorId}-${slug(breakdown)}-${part}`;
}

export function writeIndicator(w: Writer, id: string, breakdown: string): IndicatorProse {
  const ind = w.results.indicators[id]!;
  const b = w.results.sector[id]![breakdown]!;
  const a = ambition(w, ind, b);
  const d = development(w, ind, b);
  // The definition as a footnote on the first sentence said about the indicator (the annex lists them all).
  if (a) return { ambition: { ...a, sentences: [definitionNote(ind, breakdown, a.sentences[0]!), ...a.sentences.slice(1)] }, development: d };
  if (d) return { ambition: null, development: { ...d, sentences: [definitionNote(ind, breakdown, d.sentences[0]!), ...d.sentences.slice(1)] } };
  return { ambition: null, development: null };
}

/**
 * The indicator's definition and source as a footnote on the first sentence about it (its first breakdown), as
 * the seeds note definitions and sources (seed 003, notes 19 and 26). Text from indicatoren.csv, no numbers of ours.
 */
export function definitionNote(ind: IndicatorResult, breakdown: string, sentence: Sentence): Sentence {
  if (breakdown !== ind.breakdowns[0]) return sentence;
  const definition = ind.definition.trim().replace(/([^.!?])$/, '$1.');
  const source = ind.source.trim() === '' ? '' : `Bron: ${ind.source.trim().replace(/\.$/, '')}.`;
  const note = [definition, source].filter((t) => t !== '').join(' ');
  return note === '' ? sentence : withNote(sentence, note);
}

/**
 * What stands out in the ambition; the numbers every indicator has (start, target, ambition, spread) are in the
 * goal's table (indicator-tables.ts). Null when nothing stands out.
 */
function ambition(w: Writer, ind: IndicatorResult, b: BreakdownResult): Paragraph | null {
  const base = sectorPath(ind.id, b.breakdown);
  const label = indicatorLabel(ind.shortName, b.breakdown);
  const pid = indicatorId(ind.id, b.breakdown, 'ambitie');
  if (!b.paired) {
    if (b.start) {
      return required(
        pid,
        w.s`Voor ${label} zijn startwaarden bekend van ${w.digits(`${base}.start.n`, INSTELLING)}, gemiddeld ${w.level(`${base}.start.mean`, ind.unit)}, maar zijn nog geen streefwaarden voor dezelfde instellingen vastgelegd.`,
      );
    }
    return required(pid, w.s`Voor ${label} hebben de instellingen geen start- en streefwaarden opgegeven; deze indicator volgen we alleen in zijn ontwikkeling.`);
  }
  const s = (path: string) => w.level(`${base}.paired.${path}`, ind.unit);
  const inYear = b.targetYear !== null ? piece(' in ', w.year(`${base}.targetYear`)) : piece();
  const ev = evaluation(b.ambition!.mean, ind.direction, ind.unit, b.paired.startMean);
  // An ambition that plans no improvement on average stands out; an improving one is a row of the table.
  const first =
    ind.direction === 'neutraal' || ev === 'verbetering'
      ? null
      : ev === 'verslechtering'
        ? w.s`Gemiddeld ligt de streefwaarde voor ${label} ongunstiger dan de startwaarde: van ${s('startMean')} naar ${s('targetMean')}${inYear}.`
        : w.s`Gemiddeld ligt de streefwaarde voor ${label} vrijwel op het niveau van de startwaarde: van ${s('startMean')} naar ${s('targetMean')}${inYear}.`;
  return paragraph(pid, first, uncertainAmbition(w, ind, b), weightedAmbition(w, ind, b), ...convergence(w, ind, b), ...sectorSum(w, ind, b));
}

/** An improving mean ambition whose 95% t-interval includes 0 is not a clear ambition: say so, with the interval. */
function uncertainAmbition(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  const ci = b.improvement?.ci95;
  if (!ci || ind.direction === 'neutraal' || !(ci.low <= 0 && ci.high >= 0)) return null;
  const base = `${sectorPath(ind.id, b.breakdown)}.improvement.ci95`;
  return w.s`Dat gemiddelde is onzeker: het ${w.pct('method.confidenceLevel')}-betrouwbaarheidsinterval van de verbeterambitie loopt van ${w.change(`${base}.low`, ind.unit)} tot ${w.change(`${base}.high`, ind.unit)} en omvat dus ook nul (geen verbetering); een duidelijke ambitie is het niet.`;
}

/** The student-weighted mean, where it lies outside the unweighted mean's 95% margin (BreakdownResult.weighted). */
function weightedAmbition(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  // Counts (`aantal`) grow with the size of an institution, so weighting them by students says nothing new.
  if (!b.weighted?.differs || ind.direction === 'neutraal' || ind.unit === 'aantal') return null;
  const base = sectorPath(ind.id, b.breakdown);
  return w.s`Gewogen naar het aantal studenten is de gemiddelde verbeterambitie ${w.change(`${base}.weighted.improvementMean`, ind.unit)}, tegen ${w.change(`${base}.improvement.mean`, ind.unit)} als elke instelling even zwaar telt: grote instellingen streven hier naar een andere stap dan kleine.`;
}

/**
 * Whether differences between institutions shrink or grow is said once per chapter (priority.ts) and is a column of
 * the goal's Ambities table; under the indicator only a significant r that is no catch-up, which needs its caveat.
 */
function convergence(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  // Whether differences shrink is decided by the spread test on q; r(start, ambition) is only a description, since
  // noise in the start returns with the opposite sign in the ambition (regression to the mean).
  const c = b.convergence;
  if (c.n < 4 || c.spread === null) return [];
  const rOnly = convergenceKind(c) !== 'inhaalslag' && c.label === 'significant' && c.r !== null && c.r < 0;
  return rOnly
    ? [w.s`Instellingen met een ongunstiger startwaarde geven wel een grotere verbeterambitie op ${w.stats(`${sectorPath(ind.id, b.breakdown)}.convergence`)}, maar zo’n samenhang ontstaat ook door toevallige meetverschillen in de startwaarde en is geen bewijs van een inhaalslag.`]
    : [];
}

/** `aantal` indicators: the summed targets against the national goal (seed 000: 19.300 against 18.000 vsv'ers). */
function sectorSum(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  const sum = b.sum;
  if (!sum || sum.nTarget === 0) return [];
  const base = `${sectorPath(ind.id, b.breakdown)}.sum`;
  const partial = sum.nTarget < w.results.method.institutions
    ? piece(' (de ', w.digits(`${base}.nTarget`), ' instellingen met een streefwaarde)')
    : piece();
  const total = w.s`Opgeteld komen de streefwaarden uit op ${w.num(`${base}.target`)}${partial}, tegen ${w.num(`${base}.start`)} bij de start.`;
  if (!sum.nationalGoal || sum.difference === null) return [total];
  const goal = piece(w.num(`${base}.nationalGoal.value`), ' in ', w.year(`${base}.nationalGoal.year`));
  const side = sum.difference > 0 ? 'boven' : sum.difference < 0 ? 'onder' : 'precies op';
  const gap = sum.difference === 0 ? piece() : piece(w.diff(`${base}.difference`, 'aantal'), ' ');
  const met = sumVerdict(sum, ind.direction, w.results.institutionOrder.length);
  const verdict = met === null ? (sum.meetsGoal === null ? '' : '; of de plannen samen het doel halen, is pas te zeggen als ook de andere instellingen een streefwaarde hebben') : met ? '; opgeteld halen de plannen het landelijke doel' : '; opgeteld halen de plannen het landelijke doel dus niet';
  return [
    total,
    w.s`Het landelijke doel is ${goal} (${sum.nationalGoal.source}); de optelsom ligt daar ${gap}${side}${verdict}.`,
  ];
}

/**
 * What stands out in the measured values: too few institutions, values not shown, a neutral indicator's change, a
 * summed count. The verdict, the yearly means, the middle half and the targets reached are in the goal's tables
 * (indicator-tables.ts); the verdict also titles the figure. Null when nothing stands out.
 */
function development(w: Writer, ind: IndicatorResult, b: BreakdownResult): Paragraph | null {
  const base = sectorPath(ind.id, b.breakdown);
  const label = indicatorLabel(ind.shortName, b.breakdown);
  const pid = indicatorId(ind.id, b.breakdown, 'ontwikkeling');
  const measured = b.years.filter((y) => y.stats !== null);
  if (measured.length === 0) {
    return required(
      pid,
      b.suppressed > 0
        ? w.s`Voor ${label} zijn nog geen gerealiseerde waarden te tonen: alle ${w.digits(`${base}.suppressed`)} metingen waren gebaseerd op te weinig respondenten.`
        : w.s`Voor ${label} zijn nog geen gerealiseerde waarden beschikbaar; de ontwikkeling volgt in een volgende meting.`,
    );
  }
  const enough = b.years.some((y) => y.stats !== null && y.stats.n >= MIN_INSTITUTIONS);
  return paragraph(
    pid,
    enough ? null : w.s`Voor ${label} zijn per jaar te weinig instellingen gemeten om een gemiddelde voor de sector te geven.`,
    changeSentence(w, ind, b),
    suppressedSentence(w, ind, b),
    latestSum(w, ind, b),
  );
}

/**
 * A neutral indicator has no course and no better side: its change per institution against its own start, with the
 * 95% interval, in rise-or-fall words only. For the others the development is the course's (above).
 */
function changeSentence(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  const c = b.improvementChange;
  if (!c || ind.direction !== 'neutraal' || c.n < MIN_INSTITUTIONS || !c.ci95) return null;
  const base = `${sectorPath(ind.id, b.breakdown)}.improvementChange`;
  return w.s`Per instelling vergeleken met de eigen startwaarde is de waarde gemiddeld ${w.diff(`${base}.mean`, ind.unit)} ${c.mean >= 0 ? 'hoger' : 'lager'} (${w.change(`${base}.ci95.low`, ind.unit)} tot ${w.change(`${base}.ci95.high`, ind.unit)}; ${w.digits(`${base}.n`, INSTELLING)} met een start- en een gerealiseerde waarde).`;
}

/**
 * Values not shown for too few respondents, said once per indicator (at its first breakdown that has any), every
 * breakdown with its count: one sentence instead of the same sentence under each breakdown (issue 27).
 */
function suppressedSentence(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  const withSuppressed = ind.breakdowns.filter((x) => (w.results.sector[ind.id]?.[x]?.suppressed ?? 0) > 0);
  if (b.suppressed === 0 || withSuppressed[0] !== b.breakdown) return null;
  const base = sectorPath(ind.id, b.breakdown);
  const threshold = ind.minN !== null ? w.digits(`indicators.${ind.id}.minN`) : w.digits('method.disclosure.defaultMinN');
  if (withSuppressed.length > 1) {
    const counts = withSuppressed.map((x, i) => piece(w.digits(`${sectorPath(ind.id, x)}.suppressed`), i === 0 ? ' metingen' : '', ` voor ${x}`));
    return w.s`Voor ${indicatorLabel(ind.shortName, 'totaal')} waren er minder dan ${threshold} respondenten bij ${list(counts)}; die waarden tonen we niet en ze tellen niet mee in de gemiddelden.`;
  }
  const label = indicatorLabel(ind.shortName, b.breakdown);
  // The indicator is named: the sentence may be all its paragraph says, and no two paragraphs read the same.
  return b.suppressed === 1
    ? w.s`Voor ${label} was ${w.count(`${base}.suppressed`)} gerealiseerde waarde gebaseerd op minder dan ${threshold} respondenten; die tonen we niet en die telt niet mee in de gemiddelden.`
    : w.s`Voor ${label} waren er bij ${w.digits(`${base}.suppressed`)} metingen minder dan ${threshold} respondenten; die waarden tonen we niet en ze tellen niet mee in de gemiddelden.`;
}

function latestSum(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  const sum = b.sum;
  if (!sum || sum.latest === null) return null;
  const base = `${sectorPath(ind.id, b.breakdown)}.sum`;
  const years = joinList(sum.latestYears.map(String));
  return w.s`De laatst gemeten waarden van ${w.digits(`${base}.nLatest`, INSTELLING)} tellen op tot ${w.num(`${base}.latest`)} (${sum.latestYears.length === 1 ? 'meting' : 'metingen'} uit ${years}).`;
}

/**
 * The course of an indicator with several breakdowns in one line, every breakdown named with its verdict, so an
 * overall word never hides a worse breakdown: "… is het beeld wisselend: entree voor op schema, niveau 2 op schema,
 * niveau 3 achter op schema en niveau 4 verslechterd." Null for an indicator with one breakdown (its development
 * paragraph says it) or without any verdict.
 */
export function indicatorCourseLine(w: Writer, id: string): Paragraph | null {
  const findings = findingsOf(w.results);
  const overall = findings?.indicators[id];
  const ind = w.results.indicators[id]!;
  if (!findings || !overall || ind.breakdowns.length < 2 || overall.status === 'geen-gegevens') return null;
  const courses = overall.breakdowns.map((b) => findings.course[id]![b]!);
  const groups = new Map<string, string[]>();
  for (const c of courses) groups.set(c.status, [...(groups.get(c.status) ?? []), c.breakdown]);
  const parts = [...groups].map(([status, names]) => `${joinList(names)} ${COURSE_WORDS[status as keyof typeof COURSE_WORDS]}`);
  const label = indicatorLabel(ind.shortName, 'totaal');
  const sentence =
    overall.status === 'wisselend'
      ? w.s`Over de uitsplitsingen is het beeld bij ${label} wisselend: ${joinList(parts)}.`
      : w.s`Bij ${label} is het oordeel voor ${overall.breakdowns.length === 2 ? 'beide' : 'alle'} uitsplitsingen (${joinList(overall.breakdowns)}) hetzelfde: ${COURSE_WORDS[overall.status]}.`;
  return paragraph(indicatorId(id, 'alle', 'koers'), claiming(sentence, ...courses.map(verdictClaim)));
}
