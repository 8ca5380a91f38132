// The key findings for the Samenvatting: one short paragraph per bullet, each traced like any other paragraph.
import type { Finding, Findings } from '../../findings/types.ts';
import { INSTELLING, claiming, goalBudgetPath, list, paragraph, piece, required, type Piece, type Writer } from '../builder.ts';
import { judgementPath, spendingPath } from '../../findings/root.ts';
import { SPENDING_WORDS } from '../../lib/verdicts.ts';
import type { FindingsProse, GoalFindingLists, Paragraph } from '../types.ts';
import { findingSentences } from '../findings/sentences.ts';
import { spendingBasis } from '../findings/effort.ts';
import { goalFindings } from './goal.ts';
import { convergenceKind, indicatorLabel } from '../wording.ts';
import { goalLabel } from '../../lib/nl.ts';
import { MIN_INSTITUTIONS } from '../../findings/movement.ts';
import { reachedClaim } from '../../findings/claims.ts';
import { allBreakdowns, clearAmbition, extreme, mainBreakdowns, type MainBreakdown } from './common.ts';
import { sumVerdict } from '../../findings/rules/sums.ts';

const labelOf = (m: MainBreakdown) => indicatorLabel(m.indicator.shortName, m.breakdown.breakdown);

export function writeSummary(w: Writer): Paragraph[] {
  return [synthetic(w), ambition(w), catchUp(w), reached(w), nationalGoals(w), money(w), effort(w), typology(w)].filter(
    (p): p is Paragraph => p !== null,
  );
}

function synthetic(w: Writer) {
  if (!w.results.edition.synthetic) return null;
  return paragraph(
    'samenvatting-synthetisch',
    w.s`Deze editie is synthetisch: alle cijfers per instelling zijn verzonnen, alleen de landelijke reeksen en doelen zijn gepubliceerde cijfers.`,
  );
}

function ambition(w: Writer) {
  const items = mainBreakdowns(w.results).filter((m) => m.breakdown.paired && m.breakdown.improvement && m.indicator.direction !== 'neutraal');
  if (items.length === 0) return null;
  // "Alle … naar verbetering" only when every 95% interval of the mean improvement ambition lies above 0.
  const unclear = items.filter((m) => !clearAmbition(m));
  const top = extreme(items.filter((m) => clearAmbition(m) && m.indicator.unit === 'procent'), (m) => m.breakdown.improvement!.mean, 'max');
  const largest = top
    ? piece('; de grootste ambitie in procentpunten ligt bij ', labelOf(top), ', van ', w.level(`${top.path}.paired.startMean`, 'procent'), ' naar ', w.level(`${top.path}.paired.targetMean`, 'procent'))
    : '';
  return paragraph(
    'samenvatting-ambitie',
    unclear.length === 0
      ? w.s`Op alle indicatoren met start- en streefwaarden streven de instellingen gemiddeld aantoonbaar naar verbetering${largest}.`
      : unclear.length === items.length
        ? w.s`Op geen van de indicatoren met start- en streefwaarden streven de instellingen gemiddeld aantoonbaar naar verbetering: het ${w.pct('method.confidenceLevel')}-interval van de gemiddelde verbeterambitie omvat telkens nul.`
        : w.s`Bij ${list(unclear.map(labelOf))} omvat het ${w.pct('method.confidenceLevel')}-interval van de gemiddelde verbeterambitie nul; op de andere indicatoren met start- en streefwaarden streven de instellingen gemiddeld aantoonbaar naar verbetering${largest}.`,
  );
}

function catchUp(w: Writer) {
  // Decided by the spread test (BreakdownResult.convergence.spread), never by r(start, ambition); a catch-up is one
  // in the plans, so the sentence always says "als de plannen worden gerealiseerd".
  const all = allBreakdowns(w.results);
  const up = all.filter((b) => convergenceKind(b.breakdown.convergence) === 'inhaalslag');
  const apart = all.filter((b) => convergenceKind(b.breakdown.convergence) === 'uiteen');
  const names = (items: typeof all) => (items.length > 5 ? piece('onder meer bij ', list(items.slice(0, 5).map(labelOf))) : piece('bij ', list(items.map(labelOf))));
  return paragraph(
    'samenvatting-inhaalslag',
    up.length === 0
      ? w.s`Een inhaalslag in de plannen, waarbij de verschillen tussen instellingen kleiner worden als de plannen worden gerealiseerd, zien we in deze gegevens niet.`
      : w.s`Een inhaalslag in de plannen zien we ${names(up)}: de streefwaarden lopen daar duidelijk minder uiteen dan de startwaarden, dus als de plannen worden gerealiseerd, worden de verschillen tussen instellingen kleiner.`,
    apart.length === 0
      ? null
      : w.s`${names(apart)} lopen de streefwaarden juist meer uiteen dan de startwaarden: als de plannen worden gerealiseerd, worden de verschillen tussen instellingen daar groter.`,
  );
}

function reached(w: Writer) {
  // Reached beyond the sampling margin, over targets that plan an improvement (BreakdownResult.attainment), and
  // only where enough institutions are counted to describe the sector.
  const items = mainBreakdowns(w.results).filter((m) => (m.breakdown.attainment?.shareReached.denominator ?? 0) >= MIN_INSTITUTIONS);
  if (items.length === 0) return null;
  const share = (m: (typeof items)[number]) => m.breakdown.attainment!.shareReached.share!;
  const lo = extreme(items, share, 'min')!;
  const hi = extreme(items, share, 'max')!;
  if (share(lo) === share(hi)) return null;
  const claim = (m: MainBreakdown) => reachedClaim(m.indicator.id, m.breakdown.breakdown, m.breakdown.attainment);
  return paragraph(
    'samenvatting-bereikt',
    claiming(
      w.s`Hoeveel instellingen hun streefwaarde voor 2027 nu al hebben bereikt, loopt sterk uiteen: van ${w.pct(`${lo.path}.attainment.shareReached.share`)} bij ${labelOf(lo)} tot ${w.pct(`${hi.path}.attainment.shareReached.share`)} bij ${labelOf(hi)}.`,
      claim(lo),
      claim(hi),
    ),
  );
}

function nationalGoals(w: Writer) {
  const items = allBreakdowns(w.results).filter((m) => m.breakdown.sum?.nationalGoal && m.breakdown.sum.difference !== null && m.breakdown.sum.nTarget > 0);
  const sentences = items.map((m) => {
    const base = `${m.path}.sum`;
    const sum = m.breakdown.sum!;
    const met = sumVerdict(sum, m.indicator.direction, w.results.institutionOrder.length);
    const verdict = met === null ? (sum.meetsGoal === null ? '' : '; of de plannen samen dat doel halen, is pas te zeggen als ook de andere instellingen een streefwaarde hebben') : met ? '; samen halen de plannen dat doel' : '; samen halen de plannen dat doel niet';
    const partial = sum.nTarget < w.results.method.institutions
      ? piece(' (', w.digits(`${base}.nTarget`), ' van de ', w.digits('method.institutions', INSTELLING), ' hebben een streefwaarde)')
      : '';
    return w.s`Opgeteld komen de streefwaarden van de instellingen voor ${labelOf(m)} uit op ${w.num(`${base}.target`)}${partial}, tegen een landelijk doel van ${w.num(`${base}.nationalGoal.value`)} in ${w.year(`${base}.nationalGoal.year`)}${verdict}.`;
  });
  return paragraph('samenvatting-landelijke-doelen', ...sentences);
}

function money(w: Writer) {
  const b = w.results.budget;
  if (b.total <= 0 || b.spentShare === null) return null;
  const top = extreme(b.goalOrder.filter((id) => b.goals[id]!.share !== null && w.results.goals[id]), (id) => b.goals[id]!.share!, 'max');
  return paragraph(
    'samenvatting-middelen',
    w.s`Van de ${w.euro('budget.total')} aan begrote kwaliteitsmiddelen is tot en met ${w.year('budget.reportYear')} ${w.pct('budget.spentShare')} besteed${top ? piece('; het grootste deel is begroot voor ', goalLabel(w.results.goals[top]!), ' (', w.pct(`${goalBudgetPath(top)}.share`), ')') : ''}.`,
  );
}

function effort(w: Writer) {
  const all = w.results.effort.filter((e) => e.r !== null);
  if (all.length === 0) return null;
  const found = all.filter((e) => e.label === 'significant').length;
  const words = found === 0 ? 'nergens' : found * 10 <= all.length ? 'slechts bij een klein deel van de onderzochte combinaties' : 'bij een deel van de onderzochte combinaties';
  const budget = w.results.ambitionBudget.filter((c) => c.r !== null);
  const budgetFound = budget.filter((c) => c.label === 'significant').length;
  return paragraph(
    'samenvatting-samenhang',
    w.s`Tussen de inzet van instellingen (middelen en maatregelen) en hun ontwikkeling op de indicatoren vinden we na correctie voor het aantal toetsen ${words} een significante samenhang; een samenhang is bovendien geen bewijs van een effect.`,
    w.results.method.tests.effort.tests === 0
      ? null
      : w.s`Van de ${w.digits('method.tests.effort.tests', ['toets', 'toetsen'])} zouden er door toeval alleen ongeveer ${w.num('method.tests.effort.expectedByChance', 0)} significant uitvallen; na correctie ${w.results.method.tests.effort.surviving === 1 ? 'blijft er' : 'blijven er'} ${w.digits('method.tests.effort.surviving')} over.`,
    budget.length === 0
      ? null
      : budgetFound === 0
        ? w.s`Een hogere verbeterambitie gaat in deze gegevens niet significant samen met een groter deel van de begroting voor de doelstelling.`
        : w.s`Ook tussen verbeterambitie en begroting is er meestal geen significante samenhang.`,
  );
}

function typology(w: Writer) {
  // The sizes of the types follow largely from their cut-offs (thirds of the start scores), so they are no finding.
  if (!w.results.typology.types.some((t) => t.type !== 'geen' && t.count > 0)) return null;
  return paragraph(
    'samenvatting-typologie',
    w.s`Achter de gemiddelden gaan grote verschillen tussen instellingen schuil; de typering van instellingen beschrijft die als profielen van startwaarden en ambities, geen waardeoordeel over hun kwaliteit.`,
  );
}

// ─── findings (scripts/findings/): one paragraph per finding, the five most important, figure titles ───

/** `bevinding-koers-werkdruk`: the finding's headline, then its evidence. */
export function findingParagraphId(findingId: string): string {
  return `bevinding-${findingId}`;
}

/** `titel-realisatie-werkdruk`: a figure's finding title as a one-sentence paragraph, so it is fact-checked. */
export function figureTitleParagraphId(figureId: string): string {
  return `titel-${figureId}`;
}

/** The findings in words: every finding's paragraph, the top five, the lists per goal and the figure titles. */
export function writeFindings(w: Writer, findings: Findings): FindingsProse {
  const items: Record<string, Paragraph> = {};
  const headlines: Record<string, Paragraph> = {};
  const said = new Map(findings.items.map((f) => [f.id, findingSentences(w, f, findings)]));
  for (const f of findings.items) {
    const { headline, detail } = said.get(f.id)!;
    items[f.id] = required(findingParagraphId(f.id), headline, ...detail);
    headlines[f.id] = required(`kort-${f.id}`, headline);
  }
  const goals: Record<string, GoalFindingLists> = {};
  for (const id of w.results.goalOrder) goals[id] = goalFindings(w, findings, w.results.goals[id]!, items, headlines);
  // One title per figure: the most important finding that names it (items are in importance order).
  const titles: Record<string, Paragraph> = {};
  // A course verdict is a row of its goal's "Stand per indicator" table and an item of the goal's lists, the own
  // judgement a paragraph beside its chart and an item of the lists: their charts keep a descriptive title, so the
  // chapter does not say them a third time (issue 27). So does a national series whose finding is only its last step:
  // that step is its row in the goal's table "Landelijke cijfers per reeks"; a goal path or a turning point stays.
  const described = (f: Finding) => f.rule === 'koers' || f.rule === 'oordeel' || (f.rule === 'landelijke-reeks' && f.kind === 'landelijke-ontwikkeling');
  for (const f of findings.items) {
    if (f.figureId && !described(f) && !titles[f.figureId]) titles[f.figureId] = required(figureTitleParagraphId(f.figureId), said.get(f.id)!.headline);
  }
  return {
    items,
    headlines,
    overall: overall(w, findings),
    top: findings.top.map((id) => headlines[id]!),
    goals,
    titles,
    acrossGoals: paragraph('samenvatting-besteding-oordeel', ...spendingAcross(w, findings), ...judgementsAcross(w, findings)),
    spendingBasis: spendingBasis(w, findings, 'stand-van-zaken-besteding'),
  };
}

const goalCode = (w: Writer, id: string) => (w.results.goals[id]!.isStagepact ? `thema ${id}` : `doelstelling ${id}`);

/**
 * Said once for every goal (issue 27): the spent share of each goal's budget as a range, and its pace against the
 * years the spending covers, naming the goals whose pace differs from the most common one; over `goalIds` (default
 * every goal: the Samenvatting; a chapter's goals above its table). Per goal in the chapter's table and in the Stand
 * van zaken.
 */
export function spendingAcross(w: Writer, findings: Findings, goalIds: readonly string[] = w.results.goalOrder) {
  const ids = goalIds.filter((id) => findings.spending[id]?.status && findings.spending[id]!.spentShare !== null);
  if (ids.length < 2) return [];
  const share = (id: string) => findings.spending[id]!.spentShare!;
  const lo = extreme(ids, share, 'min')!;
  const hi = extreme(ids, share, 'max')!;
  const sp = spendingPath(ids[0]!);
  const count = (st: string) => ids.filter((id) => findings.spending[id]!.status === st).length;
  const statuses = [...new Set(ids.map((id) => findings.spending[id]!.status!))].sort((a, b) => count(b) - count(a));
  const group = (st: (typeof statuses)[number]) => piece(SPENDING_WORDS[st], ' bij ', list(ids.filter((id) => findings.spending[id]!.status === st).map((id) => goalCode(w, id))));
  const common = statuses[0]!;
  // "Meestal" only for a pace most goals share; otherwise every pace with its goals.
  const pace =
    statuses.length === 1
      ? w.s`Dat is bij elke doelstelling ${SPENDING_WORDS[common]}.`
      : count(common) * 2 > ids.length
        ? w.s`Dat is meestal ${SPENDING_WORDS[common]}, maar ${list(statuses.slice(1).map(group))}.`
        : w.s`Dat is ${list(statuses.map(group))}.`;
  const range = share(lo) === share(hi)
    ? piece(w.pct(`${goalBudgetPath(lo)}.spentShare`))
    : piece('van ', w.pct(`${goalBudgetPath(lo)}.spentShare`), ' (', goalCode(w, lo), ') tot ', w.pct(`${goalBudgetPath(hi)}.spentShare`), ' (', goalCode(w, hi), ')');
  return [
    w.s`Per doelstelling is tot en met ${w.year('budget.reportYear')} ${range} van de begroting besteed; de bestedingen beslaan ${w.count(`${sp}.coveredYears`)} van de ${w.count(`${sp}.years`)} jaren (${w.pct(`${sp}.coveredShare`)}).`,
    pace,
  ];
}

/** The institutions' own judgement over every goal with one, as two ranges (the per-goal numbers are in each goal's section). */
export function judgementsAcross(w: Writer, findings: Findings, goalIds: readonly string[] = w.results.goalOrder) {
  const ids = goalIds.filter((id) => findings.items.some((f) => f.rule === 'oordeel' && f.goalId === id) && findings.judgements[id]?.progressGood.share != null);
  if (ids.length < 2) return [];
  const at = (id: string, key: string) => `${judgementPath(id)}.${key}.share`;
  const rangeOf = (key: string) => {
    const lo = extreme(ids, (id) => w.value(at(id, key)), 'min')!;
    const hi = extreme(ids, (id) => w.value(at(id, key)), 'max')!;
    return piece(w.pct(at(lo, key)), ' (', goalCode(w, lo), ') tot ', w.pct(at(hi, key)), ' (', goalCode(w, hi), ')');
  };
  return [
    w.s`Per doelstelling zegt ${rangeOf('progressGood')} van de instellingen die erover rapporteerden, dat de uitvoering voor alle of de meeste activiteiten verloopt zoals verwacht.`,
    w.s`Effectief of heel effectief vindt ${rangeOf('effective')} de activiteiten; dat is hun eigen oordeel, geen gemeten effect.`,
  ];
}

/** The course verdicts over every indicator × breakdown of the overview table (findings.counts). */
function overall(w: Writer, findings: Findings): Paragraph {
  const c = findings.counts;
  const COMBINATION = ['combinatie', 'combinaties'] as const;
  const parts = [
    c.ahead > 0 ? piece('voor op schema bij ', w.digits('findings.counts.ahead')) : null,
    c.onCourse > 0 ? piece('op schema bij ', w.digits('findings.counts.onCourse')) : null,
    c.behind > 0 ? piece('achter op schema bij ', w.digits('findings.counts.behind')) : null,
    c.worse > 0 ? piece('sinds de start verslechterd bij ', w.digits('findings.counts.worse')) : null,
    c.uncertain > 0 ? piece('nog onzeker bij ', w.digits('findings.counts.uncertain')) : null,
  ].filter((x): x is Piece => x !== null);
  const rest = c.tooFew + c.noData;
  return required(
    'samenvatting-stand',
    c.judged === 0
      ? w.s`Voor geen enkele combinatie van indicator en uitsplitsing zijn er al genoeg instellingen met een gerealiseerde waarde om te zeggen of de sector op schema ligt.`
      : w.s`Van de ${w.digits('findings.counts.judged', COMBINATION)} van indicator en uitsplitsing met een oordeel ligt de sector ${list(parts)}.`,
    rest === 0
      ? null
      : c.tooFew > 0 && c.noData > 0
        ? w.s`Bij ${w.digits('findings.counts.tooFew')} zijn er te weinig instellingen en bij ${w.digits('findings.counts.noData')} nog geen gegevens om dat te zeggen.`
        : c.tooFew > 0
          ? w.s`Bij ${w.digits('findings.counts.tooFew', COMBINATION)} zijn er te weinig instellingen om dat te zeggen.`
          : w.s`Bij ${w.digits('findings.counts.noData', COMBINATION)} zijn er nog geen gegevens om dat te zeggen.`,
  );
}
