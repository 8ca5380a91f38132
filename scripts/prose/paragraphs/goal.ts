// Per goal, in the shape of a seed 003 chapter: what the goal is, the money (budget, spending so far and the
// spending bands of Tabel 2.1), and the measures the institutions carried out.
import type { GoalResult } from '../../compute/types.ts';
import type { CourseStatus, Finding, Findings } from '../../findings/types.ts';
import { verdictClaim } from '../../findings/claims.ts';
import type { Paragraph } from '../types.ts';
import type { GoalFindingLists } from '../types.ts';
import { INSTELLING, claiming, goalBudgetPath, goalMeasuresPath, list, measurePath, paragraph, piece, required, type Writer } from '../builder.ts';
import { indicatorLabel, quoted } from '../wording.ts';
import { goalLabel } from '../../lib/nl.ts';
import { shareOf, sharePaths } from './common.ts';
import { spendingLine } from '../findings/effort.ts';
import { MIN_INSTITUTIONS } from '../../findings/movement.ts';

/**
 * Whether `goal` is the first goal of its chapter (its priority, or the Stagepact) for which `has` holds: a remark
 * that holds for every goal of a chapter is made there once (issue 27).
 */
export function firstInChapter(w: Writer, goal: GoalResult, has: (g: GoalResult) => boolean): boolean {
  const sameChapter = (g: GoalResult) => g.isStagepact === goal.isStagepact && (g.isStagepact || g.priority === goal.priority);
  return w.results.goalOrder.map((id) => w.results.goals[id]!).find((g) => sameChapter(g) && has(g))?.id === goal.id;
}

/** `doel-1-3-middelen`, `doel-sp1-inleiding`. */
export function goalParagraphId(goalId: string, part: string): string {
  return `doel-${goalId.toLowerCase().replace(/\./g, '-')}-${part}`;
}

export function goalIntro(w: Writer, goal: GoalResult) {
  const what = goal.isStagepact ? `Stagepact-thema ${goal.id}` : `Doelstelling ${goal.id}`;
  const first = w.s`${what} gaat over ${quoted(goal.name)}.`;
  const indicators = goal.indicatorIds.map((id) => {
    const ind = w.results.indicators[id]!;
    return indicatorLabel(ind.shortName, 'totaal');
  });
  const count = w.count(`goals.${goal.id}.indicatorIds.length`);
  const self = goal.isStagepact ? 'dit thema' : 'deze doelstelling';
  const followed =
    goal.indicatorIds.length === 0
      ? w.s`Voor ${self} zijn in deze gegevens geen indicatoren opgenomen.`
      : goal.indicatorIds.length === 1
        ? w.s`We volgen ${self} met ${count} indicator: ${indicators[0]!}.`
        : w.s`We volgen ${self} met ${count} indicatoren: ${list(indicators)}.`;
  const mandatory = goal.measureIds.filter((id) => w.results.measures.measures[id]!.mandatory).map((id) => quoted(w.results.measures.measures[id]!.name));
  const measureCount = w.count(`goals.${goal.id}.measureIds.length`);
  const measures =
    goal.measureIds.length === 0
      ? null
      : mandatory.length === 0
        ? w.s`De Werkagenda noemt hierbij ${measureCount} ${goal.measureIds.length === 1 ? 'maatregel' : 'maatregelen'} waaruit instellingen kunnen kiezen; geen daarvan is verplicht.`
        : w.s`De Werkagenda noemt hierbij ${measureCount} ${goal.measureIds.length === 1 ? 'maatregel' : 'maatregelen'}; verplicht ${mandatory.length === 1 ? 'is' : 'zijn'} ${list(mandatory)}.`;
  return required(goalParagraphId(goal.id, 'inleiding'), first, followed, measures);
}

/** Budget and spending so far (seed 003 §2.1 and Tabel 2.1). */
export function goalBudget(w: Writer, goal: GoalResult) {
  const g = w.results.budget.goals[goal.id];
  if (!g || g.budget <= 0) return null;
  const base = goalBudgetPath(goal.id);
  const year = w.year('budget.reportYear');
  const share = g.share !== null ? piece(', ', w.pct(`${base}.share`, 1), ' van het totale begrote bedrag') : '';
  const first = g.institutions === 1
    ? w.s`Voor ${goalLabel(goal)} heeft ${w.count(`${base}.institutions`, INSTELLING)} ${w.euro(`${base}.budget`)} aan kwaliteitsmiddelen begroot voor 2024–2027${share}.`
    : w.s`Voor ${goalLabel(goal)} hebben ${w.count(`${base}.institutions`, INSTELLING)} samen ${w.euro(`${base}.budget`)} aan kwaliteitsmiddelen begroot voor 2024–2027${share}.`;
  const inYear = g.spentInYear > 0 && g.spentInYearShare !== null && g.spentInYear < g.spent
    ? piece(', waarvan ', w.euro(`${base}.spentInYear`), ' (', w.pct(`${base}.spentInYearShare`), ') in ', w.year('budget.reportYear'), ' zelf')
    : '';
  const spent =
    g.spentShare === null
      ? null
      : g.spent === 0
        ? w.s`Tot en met ${year} is daarvan nog niets als besteed gemeld.`
        : w.s`Tot en met ${year} is daarvan ${w.euro(`${base}.spent`)} besteed (${w.pct(`${base}.spentShare`)})${inYear}.`;
  // The institutions per spending band are the table beside this paragraph (seed 003 Tabel 2.1), not sentences.
  return paragraph(goalParagraphId(goal.id, 'middelen'), first, spent, spread(w, goal.id));
}

function spread(w: Writer, goalId: string) {
  const g = w.results.budget.goals[goalId]!;
  const base = goalBudgetPath(goalId);
  const spent = g.institutionSpentShare;
  const share = g.institutionBudgetShare;
  if (!spent || !share || spent.n < 4) return null;
  const over = spent.max > 100 ? ', en ten minste één instelling heeft al meer besteed dan begroot' : '';
  return w.s`De besteding tot nu toe loopt per instelling uiteen van ${w.pct(`${base}.institutionSpentShare.min`)} tot ${w.pct(`${base}.institutionSpentShare.max`)} van het begrote bedrag${over}; gemiddeld gaat ${w.pct(`${base}.institutionBudgetShare.mean`, 1)} van de begroting van een instelling naar deze doelstelling.`;
}

/** The measures carried out in the latest year, mandatory ones first (seed 003 §2.2.1, Tabel 2.2). */
export function goalMeasures(w: Writer, goal: GoalResult) {
  const gm = w.results.measures.goals[goal.id];
  if (!gm || gm.measureIds.length === 0 || gm.respondents === 0 || w.results.measures.year === null) return null;
  const base = goalMeasuresPath(goal.id);
  const first = w.s`In ${w.year('measures.year')} ${gm.respondents === 1 ? 'gaf' : 'gaven'} ${w.count(`${base}.respondents`, INSTELLING)} aan welke maatregelen ${gm.respondents === 1 ? 'zij heeft' : 'zij hebben'} uitgevoerd.`;
  // Shares of fewer than MIN_INSTITUTIONS institutions describe those institutions, not the sector.
  if (gm.respondents < MIN_INSTITUTIONS) return paragraph(goalParagraphId(goal.id, 'maatregelen'), first, w.s`Dat zijn te weinig instellingen om iets over de uitvoering in de sector te zeggen.`);
  const measures = gm.measureIds.map((id) => w.results.measures.measures[id]!);
  const mandatory = measures
    .filter((m) => m.mandatory)
    .map((m) => {
      const subject = shareOf(w, sharePaths(`${measurePath(m.id)}.carriedOut`));
      return w.s`De verplichte maatregel ${quoted(m.name)} is uitgevoerd door ${subject.piece}.`;
    });
  const optional = measures.filter((m) => !m.mandatory).sort((a, b) => b.carriedOut.count - a.carriedOut.count || a.id.localeCompare(b.id));
  const usage = (id: string) => piece(w.digits(`${measurePath(id)}.carriedOut.count`, INSTELLING), ', ', w.pct(`${measurePath(id)}.carriedOut.share`));
  let others = null;
  if (optional.length === 1) {
    others = w.s`De niet-verplichte maatregel ${quoted(optional[0]!.name)} is uitgevoerd door ${shareOf(w, sharePaths(`${measurePath(optional[0]!.id)}.carriedOut`)).piece}.`;
  } else if (optional.length > 1) {
    const most = optional[0]!;
    const least = optional[optional.length - 1]!;
    others = most.carriedOut.count === least.carriedOut.count
      ? w.s`De niet-verplichte maatregelen zijn elk door ${w.digits(`${measurePath(most.id)}.carriedOut.count`, INSTELLING)} uitgevoerd.`
      : w.s`Van de niet-verplichte maatregelen is ${quoted(most.name)} het vaakst uitgevoerd (${usage(most.id)}) en ${quoted(least.name)} het minst vaak (${usage(least.id)}).`;
  }
  return paragraph(goalParagraphId(goal.id, 'maatregelen'), first, ...mandatory, others, distribution(w, goal.id));
}

function distribution(w: Writer, goalId: string) {
  const gm = w.results.measures.goals[goalId]!;
  if (gm.mean === null || gm.measureIds.length < 2) return null;
  const base = goalMeasuresPath(goalId);
  const k = gm.measureIds.length;
  const all = gm.distribution[k];
  const mean = w.s`Gemiddeld voert een instelling ${w.num(`${base}.mean`, 1)} van de ${w.count(`goals.${goalId}.measureIds.length`)} maatregelen uit.`;
  if (!all || all.count === 0) return mean;
  return w.s`Gemiddeld voert een instelling ${w.num(`${base}.mean`, 1)} van de ${w.count(`goals.${goalId}.measureIds.length`)} maatregelen uit; ${w.count(`${base}.distribution.${k}.count`, INSTELLING)} (${w.pct(`${base}.distribution.${k}.share`)}) ${all.count === 1 ? 'voert ze' : 'voeren ze'} allemaal uit.`;
}

/**
 * The two lists that open a goal section and its part of the Samenvatting (seed 003): "Positieve ontwikkelingen"
 * and "Aandachtspunten en/of wisselend beeld" as the findings stage chose them (`Findings.lists`: every breakdown
 * behind schedule or worse and every national series that moved the wrong way first), and the spending line beside
 * them. An empty list is one sentence naming the goal, so no two goals print the same paragraph.
 */
export function goalFindings(
  w: Writer,
  findings: Findings,
  goal: GoalResult,
  items: Readonly<Record<string, Paragraph>>,
  headlines: Readonly<Record<string, Paragraph>>,
): { lists: GoalFindingLists; empty: Paragraph[] } {
  const chosen = findings.lists[goal.id] ?? { positive: [], attention: [] };
  const empty: Paragraph[] = [];
  const noPositive = chosen.positive.length === 0
    ? required(goalParagraphId(goal.id, 'geen-positief'), w.s`Voor ${goalLabel(goal)} laten de gegevens nog geen positieve ontwikkeling zien die buiten de toevalsmarge valt.`)
    : null;
  const noAttention = chosen.attention.length === 0 ? required(goalParagraphId(goal.id, 'geen-aandacht'), w.s`Voor ${goalLabel(goal)} vonden de regels geen aandachtspunt.`) : null;
  if (noPositive) empty.push(noPositive);
  if (noAttention) empty.push(noAttention);
  // Headlines, with the course verdicts of the list grouped in one item ("Op schema: ‘A’ en ‘B’; …"): the numbers
  // behind each verdict are a row of the goal's "Stand per indicator" table.
  const byId = new Map(findings.items.map((f) => [f.id, f]));
  const short = (all: readonly string[], none: Paragraph | null, part: string) => {
    if (none) return [none];
    const courses = all.filter((id) => byId.get(id)?.rule === 'koers');
    const grouped = courseGroup(w, findings, courses.map((id) => byId.get(id)!), goalParagraphId(goal.id, part));
    // Other findings keep their evidence in the goal's section, their headline in the Samenvatting.
    return [...(grouped ? [grouped] : []), ...all.filter((id) => !courses.includes(id)).map((id) => items[id]!)];
  };
  // The Samenvatting opens each goal with its overall word, which already weighs the course verdicts and what is
  // not yet measurable; its table "Koers per indicator" gives every verdict. Its lists keep the other findings as
  // headlines, and the own judgement is said once for every goal (FindingsProse.acrossGoals).
  const summary = (all: readonly string[]) => all.filter((id) => !SAID_BY_STANDING.has(byId.get(id)?.rule ?? '')).map((id) => headlines[id]!);
  return {
    lists: {
      positiveShort: short(chosen.positive, noPositive, 'koers-positief'),
      attentionShort: short(chosen.attention, noAttention, 'koers-aandacht'),
      positiveSummary: summary(chosen.positive),
      attentionSummary: summary(chosen.attention),
      spending: spendingLine(w, findings, goal.id, goalParagraphId(goal.id, 'besteding-stand')),
    },
    empty,
  };
}

/** Rules the Samenvatting leaves out of a goal's lists: its overall word, the course table or the judgement paragraph say them. */
const SAID_BY_STANDING = new Set(['koers', 'ontbrekend', 'oordeel']);

const GROUP_WORDS: Readonly<Record<CourseStatus, string>> = {
  'voor-op-schema': 'voor op schema',
  'op-schema': 'op schema',
  onzeker: 'nog onzeker',
  'achter-op-schema': 'achter op schema',
  verslechterd: 'verslechterd sinds de start',
  'te-weinig-instellingen': 'te weinig instellingen voor een oordeel',
  'geen-gegevens': 'nog geen gegevens',
};

/** The course findings of one list in one sentence, grouped by verdict: "Voor op schema: ‘A’; op schema: ‘B’ en ‘C’." */
function courseGroup(w: Writer, findings: Findings, courses: readonly Finding[], id: string): Paragraph | null {
  if (courses.length === 0) return null;
  const results = courses.map((f) => findings.course[f.indicatorId!]![f.breakdown!]!);
  const order = Object.keys(GROUP_WORDS) as CourseStatus[];
  const parts = order
    .map((status) => ({ status, names: results.filter((c) => c.status === status).map((c) => indicatorLabel(w.results.indicators[c.indicatorId]!.shortName, c.breakdown)) }))
    .filter((g) => g.names.length > 0)
    .map((g) => `${GROUP_WORDS[g.status]}: ${list(g.names).text}`);
  return paragraph(id, claiming(w.s`${parts.join('; ')}.`, ...results.map(verdictClaim)));
}
