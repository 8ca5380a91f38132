// The key findings for the Samenvatting: one short paragraph per bullet, each traced like any other paragraph.
import type { Findings } from '../../findings/types.ts';
import { INSTELLING, goalBudgetPath, list, paragraph, piece, required, type Piece, type Writer } from '../builder.ts';
import type { FindingsProse, GoalFindingLists, Paragraph } from '../types.ts';
import { findingSentences } from '../findings/sentences.ts';
import { goalFindings } from './goal.ts';
import { convergenceKind, indicatorLabel } from '../wording.ts';
import { goalLabel } from '../../lib/nl.ts';
import { evaluation } from '../../findings/movement.ts';
import { allBreakdowns, extreme, mainBreakdowns, shareOf, type MainBreakdown } from './common.ts';

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
  const better = items.filter((m) => evaluation(m.breakdown.ambition!.mean, m.indicator.direction, m.indicator.unit, m.breakdown.paired!.startMean) === 'verbetering');
  const scope = better.length === items.length ? 'alle' : better.length * 2 > items.length ? 'de meeste' : 'een deel van de';
  const top = extreme(better.filter((m) => m.indicator.unit === 'procent'), (m) => m.breakdown.improvement!.mean, 'max');
  return paragraph(
    'samenvatting-ambitie',
    top
      ? w.s`Op ${scope} indicatoren met start- en streefwaarden streven de instellingen gemiddeld naar verbetering; de grootste ambitie in procentpunten ligt bij ${labelOf(top)}, van ${w.level(`${top.path}.paired.startMean`, 'procent')} naar ${w.level(`${top.path}.paired.targetMean`, 'procent')}.`
      : w.s`Op ${scope} indicatoren met start- en streefwaarden streven de instellingen gemiddeld naar verbetering.`,
  );
}

function catchUp(w: Writer) {
  // Decided by the spread test (BreakdownResult.convergence.spread), never by r(start, ambition).
  const all = allBreakdowns(w.results);
  const up = all.filter((b) => convergenceKind(b.breakdown.convergence) === 'inhaalslag');
  const apart = all.filter((b) => convergenceKind(b.breakdown.convergence) === 'uiteen');
  const names = (items: typeof all) => (items.length > 5 ? piece('onder meer bij ', list(items.slice(0, 5).map(labelOf))) : piece('bij ', list(items.map(labelOf))));
  return paragraph(
    'samenvatting-inhaalslag',
    up.length === 0
      ? w.s`Een inhaalslag, waarbij de verschillen tussen instellingen kleiner worden, zien we in deze gegevens niet.`
      : w.s`Een inhaalslag, waarbij de streefwaarden duidelijk minder uiteenlopen dan de startwaarden, zien we ${names(up)}.`,
    apart.length === 0
      ? null
      : w.s`${names(apart)} lopen de streefwaarden juist meer uiteen dan de startwaarden: daar worden de verschillen tussen instellingen groter.`,
  );
}

function reached(w: Writer) {
  // Reached beyond the sampling margin, over targets that plan an improvement (BreakdownResult.attainment).
  const items = mainBreakdowns(w.results).filter((m) => m.breakdown.attainment && m.breakdown.attainment.shareReached.share !== null);
  if (items.length === 0) return null;
  const share = (m: (typeof items)[number]) => m.breakdown.attainment!.shareReached.share!;
  const lo = extreme(items, share, 'min')!;
  const hi = extreme(items, share, 'max')!;
  if (share(lo) === share(hi)) return null;
  return paragraph(
    'samenvatting-bereikt',
    w.s`Hoeveel instellingen hun streefwaarde voor 2027 nu al hebben bereikt, loopt sterk uiteen: van ${w.pct(`${lo.path}.attainment.shareReached.share`)} bij ${labelOf(lo)} tot ${w.pct(`${hi.path}.attainment.shareReached.share`)} bij ${labelOf(hi)}.`,
  );
}

function nationalGoals(w: Writer) {
  const items = allBreakdowns(w.results).filter((m) => m.breakdown.sum?.nationalGoal && m.breakdown.sum.difference !== null && m.breakdown.sum.nTarget > 0);
  const sentences = items.map((m) => {
    const base = `${m.path}.sum`;
    const sum = m.breakdown.sum!;
    const verdict = sum.meetsGoal === null ? '' : sum.meetsGoal ? '; samen halen de plannen dat doel' : '; samen halen de plannen dat doel niet';
    const partial = sum.nTarget < w.results.method.institutions
      ? piece(' (', w.digits(`${base}.nTarget`), ' van de ', w.digits('method.institutions', INSTELLING), ' hebben een streefwaarde)')
      : '';
    return w.s`Opgeteld komen de streefwaarden van de instellingen voor ${labelOf(m)} uit op ${w.num(`${base}.target`)}${partial}, tegen een landelijk doel van ${w.num(`${base}.nationalGoal.value`)}${verdict}.`;
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
  const typed = w.results.typology.types.filter((t) => t.type !== 'geen' && t.count > 0);
  const top = extreme(typed, (t) => t.count, 'max');
  if (!top) return null;
  const i = w.results.typology.types.indexOf(top);
  const subject = shareOf(w, { count: `typology.types.${i}.count`, denominator: 'method.institutions', share: `typology.types.${i}.share` });
  return paragraph(
    'samenvatting-typologie',
    w.s`Achter de gemiddelden gaan grote verschillen tussen instellingen schuil; de grootste groep, ${subject.piece}, heeft het profiel ${`‘${top.name.toLowerCase()}’`}.`,
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
    items[f.id] = required(findingParagraphId(f.id), headline, detail);
    headlines[f.id] = required(`kort-${f.id}`, headline);
  }
  const goals: Record<string, GoalFindingLists> = {};
  const empty: Paragraph[] = [];
  for (const id of w.results.goalOrder) {
    const lists = goalFindings(w, findings, w.results.goals[id]!, items, headlines);
    goals[id] = lists.lists;
    empty.push(...lists.empty);
  }
  // One title per figure: the most important finding that names it (items are in importance order).
  const titles: Record<string, Paragraph> = {};
  for (const f of findings.items) {
    if (f.figureId && !titles[f.figureId]) titles[f.figureId] = required(figureTitleParagraphId(f.figureId), said.get(f.id)!.headline);
  }
  return { items, headlines, overall: overall(w, findings), top: findings.top.map((id) => headlines[id]!), goals, empty, titles };
}

/** The count of course statuses over every indicator × breakdown of the overview table (findings.counts). */
function overall(w: Writer, findings: Findings): Paragraph {
  const c = findings.counts;
  const INDICATOR = ['indicator', 'indicatoren'] as const;
  const assessed = c.onCourse + c.behind + c.worse + c.uncertain;
  const rest = [
    c.behind > 0 ? piece('achter op schema bij ', w.digits('findings.counts.behind')) : null,
    c.worse > 0 ? piece('sinds de start achteruitgegaan bij ', w.digits('findings.counts.worse')) : null,
    c.uncertain > 0 ? piece('nog onzeker bij ', w.digits('findings.counts.uncertain')) : null,
  ].filter((x): x is Piece => x !== null);
  const list = piece(...rest.flatMap((r, i) => [i === rest.length - 1 ? ' en ' : ', ', r]));
  return required(
    'samenvatting-stand',
    assessed === 0
      ? w.s`Voor geen enkele indicator zijn er al genoeg gerealiseerde waarden om te zeggen of de sector op koers ligt.`
      : w.s`Van de indicatoren met een startwaarde, een streefwaarde en een gerealiseerde waarde is de sector als geheel op koers bij ${w.digits('findings.counts.onCourse', INDICATOR)}${list}.`,
    c.noData > 0 ? w.s`Bij ${w.digits('findings.counts.noData', INDICATOR)} zijn er nog te weinig gegevens om dat te zeggen.` : null,
  );
}
