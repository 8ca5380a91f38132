// Per indicator × breakdown: the ambition (start, target, spread, convergence, sector sum against a national
// goal) and the realised development (years, change per institution, targets reached, suppressed values).
// Tone as seed 000 §2.3 and seed 003 §3.3: "gemiddeld", "de helft van de instellingen", never causation.
import type { BreakdownResult, IndicatorResult } from '../../compute/types.ts';
import { joinList } from '../../lib/nl.ts';
import { INSTELLING, claiming, list, paragraph, piece, required, sectorPath, withNote, type Piece, type Writer } from '../builder.ts';
import { reachedClaim, verdictClaim } from '../../findings/claims.ts';
import { COURSE_WORDS } from '../../lib/verdicts.ts';
import { findingsOf } from '../../findings/root.ts';
import { MIN_INSTITUTIONS } from '../../findings/movement.ts';
import { courseEvidence, courseHeadline } from '../findings/course.ts';
import type { Paragraph, Sentence } from '../types.ts';
import type { IndicatorProse } from '../types.ts';
import { convergenceKind, indicatorLabel, verb } from '../wording.ts';
import { evaluation, movement } from '../../findings/movement.ts';
import { between, shareOf, sharePaths } from './common.ts';
import { slug } from '../../lib/urls.ts';

export function indicatorId(indicatorId: string, breakdown: string, part: string): string {
  return `indicator-${indicatorId}-${slug(breakdown)}-${part}`;
}

export function writeIndicator(w: Writer, id: string, breakdown: string): IndicatorProse {
  const ind = w.results.indicators[id]!;
  const b = w.results.sector[id]![breakdown]!;
  return { ambition: ambition(w, ind, b), development: development(w, ind, b) };
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

function ambition(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  const base = sectorPath(ind.id, b.breakdown);
  const label = indicatorLabel(ind.shortName, b.breakdown);
  const pid = indicatorId(ind.id, b.breakdown, 'ambitie');
  if (!b.paired) {
    if (b.start) {
      return required(
        pid,
        definitionNote(ind, b.breakdown, w.s`Voor ${label} zijn startwaarden bekend van ${w.digits(`${base}.start.n`, INSTELLING)}, gemiddeld ${w.level(`${base}.start.mean`, ind.unit)}, maar zijn nog geen streefwaarden voor dezelfde instellingen vastgelegd.`),
      );
    }
    return required(pid, definitionNote(ind, b.breakdown, w.s`Voor ${label} hebben de instellingen geen start- en streefwaarden opgegeven; deze indicator volgen we alleen in zijn ontwikkeling.`));
  }
  const s = (path: string) => w.level(`${base}.paired.${path}`, ind.unit);
  const inYear = b.targetYear !== null ? piece(' in ', w.year(`${base}.targetYear`)) : piece();
  const n = w.digits(`${base}.paired.n`, INSTELLING);
  const ev = evaluation(b.ambition!.mean, ind.direction, ind.unit, b.paired.startMean);
  const m = movement(b.ambition!.mean, ind.unit, b.paired.startMean);
  const perInstitution = ind.unit === 'aantal' ? ' per instelling' : '';
  let first;
  if (ind.direction === 'neutraal') {
    first = w.s`Voor ${label} ligt de gemiddelde streefwaarde${inYear} op ${s('targetMean')}, tegen een gemiddelde startwaarde van ${s('startMean')} (${n} met beide waarden).`;
  } else if (ev === 'verbetering') {
    first = w.s`Gemiddeld streven de instellingen op ${label} naar een ${m} van ${s('startMean')} naar ${s('targetMean')}${inYear}: een verbeterambitie van ${w.diff(`${base}.improvement.mean`, ind.unit)}${perInstitution} (${n} met een start- en een streefwaarde).`;
  } else if (ev === 'verslechtering') {
    first = w.s`Gemiddeld ligt de streefwaarde voor ${label} ongunstiger dan de startwaarde: van ${s('startMean')} naar ${s('targetMean')}${inYear} (${n} met een start- en een streefwaarde).`;
  } else {
    first = w.s`Gemiddeld ligt de streefwaarde voor ${label} vrijwel op het niveau van de startwaarde: van ${s('startMean')} naar ${s('targetMean')}${inYear} (${n} met een start- en een streefwaarde).`;
  }
  const withTarget = shareOf(w, sharePaths(`${base}.withTarget`));
  const targets = w.s`${withTarget.piece} ${verb(withTarget.plural, 'heeft', 'hebben')} voor deze indicator een streefwaarde.`;
  const startRange = b.start && b.start.n >= 4
    ? w.s`De startwaarden lopen uiteen van ${w.level(`${base}.start.min`, ind.unit)} tot ${w.level(`${base}.start.max`, ind.unit)}.`
    : null;
  const spread = b.ambition && b.ambition.n >= 4 && ind.direction !== 'neutraal'
    ? w.s`De helft van de instellingen heeft een verbeterambitie ${between(w, `${base}.improvement.q1`, `${base}.improvement.q3`, ind.unit, 'difference')} (Q1–Q3).`
    : null;
  return required(pid, definitionNote(ind, b.breakdown, first), uncertainAmbition(w, ind, b), weightedAmbition(w, ind, b), targets, startRange, spread, ...convergence(w, ind, b), ...sectorSum(w, ind, b));
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

function convergence(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  // Whether differences shrink is decided by the spread test on q; r(start, ambition) is only a description, since
  // noise in the start returns with the opposite sign in the ambition (regression to the mean).
  const c = b.convergence;
  const s = c.spread;
  if (c.n < 4 || s === null) return [];
  const base = `${sectorPath(ind.id, b.breakdown)}.convergence.spread`;
  const q = s.q < 0.001 ? piece('q ', w.p(`${base}.q`)) : piece('q = ', w.p(`${base}.q`));
  // Grades spread by tenths: two decimals, so 0,25 and 0,32 do not both read 0,3 punt.
  const sd = (key: string) => (ind.unit === 'cijfer' ? piece(w.num(`${base}.${key}`, 2), ' punt') : w.diff(`${base}.${key}`, ind.unit));
  const spread = piece('(spreiding ', sd('sdStart'), ' bij de startwaarden en ', sd('sdTarget'), ' bij de streefwaarden; ', q, ')');
  const kind = convergenceKind(c);
  const rOnly =
    kind !== 'inhaalslag' && c.label === 'significant' && c.r !== null && c.r < 0
      ? w.s`Instellingen met een ongunstiger startwaarde geven wel een grotere verbeterambitie op ${w.stats(`${sectorPath(ind.id, b.breakdown)}.convergence`)}, maar zo’n samenhang ontstaat ook door toevallige meetverschillen in de startwaarde en is geen bewijs van een inhaalslag.`
      : null;
  switch (kind) {
    case 'inhaalslag':
      return [w.s`De streefwaarden liggen duidelijk dichter bij elkaar dan de startwaarden ${spread}: als de plannen worden gerealiseerd, worden de verschillen tussen instellingen kleiner.`];
    case 'uiteen':
      return [
        w.s`De streefwaarden lopen duidelijk meer uiteen dan de startwaarden ${spread}: als de plannen worden gerealiseerd, worden de verschillen tussen instellingen groter.`,
        ...(rOnly ? [rOnly] : []),
      ];
    case 'geen':
      return [
        w.s`De streefwaarden zijn niet duidelijk meer of minder gespreid dan de startwaarden ${spread}; of de verschillen tussen instellingen kleiner worden, is niet te zeggen.`,
        ...(rOnly ? [rOnly] : []),
      ];
  }
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
  const verdict = sum.meetsGoal === null ? '' : sum.meetsGoal ? '; opgeteld halen de plannen het landelijke doel' : '; opgeteld halen de plannen het landelijke doel dus niet';
  return [
    total,
    w.s`Het landelijke doel is ${goal} (${sum.nationalGoal.source}); de optelsom ligt daar ${gap}${side}${verdict}.`,
  ];
}

function development(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  const base = sectorPath(ind.id, b.breakdown);
  const label = indicatorLabel(ind.shortName, b.breakdown);
  const pid = indicatorId(ind.id, b.breakdown, 'ontwikkeling');
  const measured = b.years.filter((y) => y.stats !== null);
  // The course first: the same verdict, development and evidence as the finding, from the one course result.
  const course = findingsOf(w.results)?.course[ind.id]?.[b.breakdown] ?? null;
  const verdict = course && course.status !== 'geen-gegevens' ? [courseHeadline(w, label, course), ...courseEvidence(w, course, ind.unit)] : [];
  if (measured.length === 0) {
    return required(
      pid,
      b.suppressed > 0
        ? w.s`Voor ${label} zijn nog geen gerealiseerde waarden te tonen: alle ${w.digits(`${base}.suppressed`)} metingen waren gebaseerd op te weinig respondenten.`
        : w.s`Voor ${label} zijn nog geen gerealiseerde waarden beschikbaar; de ontwikkeling volgt in een volgende meting.`,
    );
  }
  return required(
    pid,
    ...verdict,
    ...yearSentences(w, ind, b, label),
    changeSentence(w, ind, b),
    latestSpread(w, ind, b),
    ...reachedSentence(w, ind, b) ?? [],
    suppressedSentence(w, ind, b),
    latestSum(w, ind, b),
  );
}

function yearSentences(w: Writer, ind: IndicatorResult, b: BreakdownResult, label: string) {
  const base = sectorPath(ind.id, b.breakdown);
  // A mean of fewer than MIN_INSTITUTIONS institutions describes those institutions, not the sector.
  const idx = b.years.map((y, i) => ({ y, i })).filter(({ y }) => y.stats !== null && y.stats.n >= MIN_INSTITUTIONS);
  const at = (i: number, key: string) => `${base}.years.${i}.${key}`;
  const per = ind.unit === 'aantal' ? ' per instelling' : '';
  if (idx.length === 0) return [w.s`Voor ${label} zijn per jaar te weinig instellingen gemeten om een gemiddelde voor de sector te geven.`];
  if (idx.length === 1) {
    const i = idx[0]!.i;
    return [
      w.s`Voor ${label} lag het gemiddelde${per} in ${w.year(at(i, 'year'))} op ${w.level(at(i, 'stats.mean'), ind.unit)} (${w.digits(at(i, 'stats.n'), INSTELLING)} met een gerealiseerde waarde).`,
    ];
  }
  const parts: Piece[] = idx.map(({ i }) => piece('in ', w.year(at(i, 'year')), ' op ', w.level(at(i, 'stats.mean'), ind.unit)));
  const first = idx[0]!;
  const last = idx[idx.length - 1]!;
  const sameN = idx.every(({ y }) => y.stats!.n === first.y.stats!.n);
  const listing = w.s`Voor ${label} lag het gemiddelde${per} ${list(parts)}.`;
  // Whether the sector improved is the development rule's word (the course above), not a comparison of these means.
  return sameN
    ? [listing, w.s`In elk jaar gaat het om ${w.digits(at(first.i, 'stats.n'), INSTELLING)} met een gerealiseerde waarde.`]
    : [
        listing,
        w.s`Omdat niet in elk jaar dezelfde instellingen zijn gemeten (${w.digits(at(first.i, 'stats.n'))} in ${w.year(at(first.i, 'year'))}, ${w.digits(at(last.i, 'stats.n'))} in ${w.year(at(last.i, 'year'))}), zijn deze jaargemiddelden niet zonder meer vergelijkbaar.`,
      ];
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

function latestSpread(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  const i = b.years.findIndex((y) => y.year === b.latestYear);
  const stats = b.years[i]?.stats;
  if (!stats || stats.n < MIN_INSTITUTIONS) return null;
  const base = `${sectorPath(ind.id, b.breakdown)}.years.${i}`;
  return w.s`In ${w.year(`${base}.year`)} lag de middelste helft van de instellingen ${between(w, `${base}.stats.q1`, `${base}.stats.q3`, ind.unit, 'level')}.`;
}

/**
 * "Bereikt" has one meaning (issue 23): a genuine target (one that plans an improvement) reached beyond the
 * sampling margin; values within the margin and targets without improvement are said apart.
 */
function reachedSentence(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  const a = b.attainment;
  if (!a || a.n === 0) return null;
  const base = `${sectorPath(ind.id, b.breakdown)}.attainment`;
  const year = b.targetYear !== null ? piece(' voor ', w.year(`${sectorPath(ind.id, b.breakdown)}.targetYear`)) : piece();
  const genuine = a.shareReached.denominator;
  const without =
    a.targetWithoutImprovement === 0
      ? null
      : w.s`${a.targetWithoutImprovement === 1 ? 'Eén streefwaarde plant' : piece(w.digits(`${base}.targetWithoutImprovement`, ['streefwaarde', 'streefwaarden']), ' plannen')} geen verbetering ten opzichte van de eigen startwaarde en ${a.targetWithoutImprovement === 1 ? 'telt' : 'tellen'} daarom niet mee.`;
  if (genuine < MIN_INSTITUTIONS) {
    return [w.s`Er zijn te weinig instellingen met een streefwaarde die verbetering plant en een gerealiseerde waarde om te zeggen welk deel van de sector die al heeft bereikt.`, without];
  }
  const reached = piece(w.digits(`${base}.shareReached.count`), ' van de ', w.digits(`${base}.shareReached.denominator`), ' (', w.pct(`${base}.shareReached.share`), ')');
  const margin =
    a.withinMargin === 0
      ? piece()
      : piece('; bij ', w.digits(`${base}.withinMargin`), ' ligt de laatste meting binnen de steekproefmarge van de streefwaarde, zodat niet te zeggen is of die is bereikt');
  return [
    claiming(
      w.s`Van de instellingen met een streefwaarde die verbetering plant en een gerealiseerde waarde ${a.reached === 1 ? 'heeft' : 'hebben'} er ${reached} die streefwaarde${year} al bereikt${margin}.`,
      reachedClaim(ind.id, b.breakdown, a),
    ),
    without,
  ];
}

function suppressedSentence(w: Writer, ind: IndicatorResult, b: BreakdownResult) {
  if (b.suppressed === 0) return null;
  const base = sectorPath(ind.id, b.breakdown);
  const threshold = ind.minN !== null ? w.digits(`indicators.${ind.id}.minN`) : w.digits('method.disclosure.defaultMinN');
  const count = b.suppressed === 1 ? null : w.digits(`${base}.suppressed`);
  return b.suppressed === 1
    ? w.s`Van de gerealiseerde waarden was er ${w.count(`${base}.suppressed`)} gebaseerd op minder dan ${threshold} respondenten; die tonen we niet en die telt niet mee in de gemiddelden.`
    : w.s`Bij ${count!} metingen waren er minder dan ${threshold} respondenten; die waarden tonen we niet en ze tellen niet mee in de gemiddelden.`;
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
