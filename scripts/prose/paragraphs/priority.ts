// The introduction and the main findings of each priority and of the Stagepact (seed 000 §2.3, seed 003 intro).
// The intro says once per chapter that institution data are fictitious when the edition is synthetic.
import type { GoalResult } from '../../compute/types.ts';
import { INSTELLING, claiming, goalBudgetPath, list, paragraph, piece, required, type Writer } from '../builder.ts';
import type { PriorityProse } from '../types.ts';
import { convergenceKind, indicatorLabel, PRIORITY_THEME } from '../wording.ts';
import { evaluation, MIN_INSTITUTIONS } from '../../findings/movement.ts';
import { reachedClaim } from '../../findings/claims.ts';
import { extreme, mainBreakdowns, syntheticCaveat, type MainBreakdown } from './common.ts';
import { goalLabel } from '../../lib/nl.ts';
import type { Findings } from '../../findings/types.ts';
import { judgementsAcross, spendingAcross } from './summary.ts';

export function writePriority(w: Writer, findings: Findings, priority: 1 | 2 | 3): PriorityProse {
  const goals = w.results.goalOrder.map((id) => w.results.goals[id]!).filter((g) => g.priority === priority && !g.isStagepact);
  const id = `prioriteit-${priority}`;
  const named = goals.map((g) => `${g.id} ${g.shortName}`);
  const scope = goals.length === 0
    ? w.s`In deze gegevens zijn voor deze prioriteit geen doelstellingen opgenomen.`
    : w.s`Prioriteit ${String(priority)} van de Werkagenda gaat over ${PRIORITY_THEME[priority]} en omvat ${goals.length === 1 ? 'doelstelling' : 'de doelstellingen'} ${list(named)}.`;
  const stagepact = priority === 2 && w.results.goalOrder.some((g) => w.results.goals[g]!.isStagepact)
    ? w.s`De thema's van het Stagepact horen bij deze prioriteit; ze komen apart aan bod.`
    : null;
  const shape = goals.length === 0 ? null : w.s`Eerst zetten tabellen de doelstellingen naast elkaar: waar ze over gaan, de inzet van middelen, de uitgevoerde maatregelen en het oordeel van de instellingen zelf. Daarna volgt per doelstelling waar ze staat en hoe de indicatoren zich ontwikkelen.`;
  const caveat = syntheticSentence(w);
  return {
    intro: required(`${id}-inleiding`, scope, stagepact, shape, caveat),
    summary: mainFindings(w, `${id}-samenvatting`, goals, true),
    ...chapterInputs(w, findings, id, goals),
  };
}

/** Above the chapter's tables (goal-tables.ts): what holds for every goal of the chapter, said once. */
function chapterInputs(w: Writer, findings: Findings, id: string, goals: readonly GoalResult[]): Pick<PriorityProse, 'inputs'> {
  const ids = goals.map((g) => g.id);
  const judgements = judgementsAcross(w, findings, ids);
  // With one judged goal the range is its row of the table; its being their own view is still said once.
  const judged = ids.some((g) => (w.results.judgements.goals[g]?.n ?? 0) >= MIN_INSTITUTIONS);
  return {
    inputs: paragraph(
      `${id}-inzet`,
      ...spendingAcross(w, findings, ids),
      ...(judgements.length > 0 ? judgements : judged ? [w.s`Het oordeel over voortgang en effectiviteit is dat van de instellingen zelf in hun e-file, geen gemeten effect.`] : []),
    ),
  };
}

export function writeStagepact(w: Writer, findings: Findings): PriorityProse | null {
  const goals = w.results.goalOrder.map((id) => w.results.goals[id]!).filter((g) => g.isStagepact);
  if (goals.length === 0) return null;
  const named = goals.map((g) => `${g.shortName.toLowerCase()} (${g.id})`);
  const intro = required(
    'stagepact-inleiding',
    w.s`Het Stagepact mbo 2023-2027 richt zich op ${list(named)}.`,
    w.results.goals['2.2']
      ? w.s`Het Stagepact hangt samen met doelstelling 2.2 van de Werkagenda (stage en bpv); de thema's volgen we met eigen indicatoren.`
      : w.s`De thema's van het Stagepact volgen we met eigen indicatoren.`,
    syntheticSentence(w),
  );
  return { intro, summary: mainFindings(w, 'stagepact-samenvatting', goals, false), ...chapterInputs(w, findings, 'stagepact', goals) };
}

function syntheticSentence(w: Writer) {
  const caveat = syntheticCaveat(w.results);
  return caveat ? w.s`${caveat}` : null;
}

const labelOf = (m: MainBreakdown) => indicatorLabel(m.indicator.shortName, m.breakdown.breakdown);

function mainFindings(w: Writer, id: string, goals: readonly GoalResult[], withBudget: boolean) {
  const goalIds = goals.map((g) => g.id);
  const items = mainBreakdowns(w.results, goalIds);
  const budgeted = goals.filter((g) => (w.results.budget.goals[g.id]?.budget ?? 0) > 0);
  const top = extreme(budgeted, (g) => w.results.budget.goals[g.id]!.budget, 'max');
  const money = withBudget && top && budgeted.length > 1
    ? w.s`Binnen deze prioriteit is het meeste geld begroot voor ${goalLabel(top)}: ${w.euro(`${goalBudgetPath(top.id)}.budget`)}, ${w.pct(`${goalBudgetPath(top.id)}.share`, 1)} van alle begrote kwaliteitsmiddelen.`
    : null;
  const improving = items.filter(
    (m) => m.indicator.unit === 'procent' && m.breakdown.paired && m.breakdown.improvement &&
      evaluation(m.breakdown.ambition!.mean, m.indicator.direction, 'procent', m.breakdown.paired.startMean) === 'verbetering',
  );
  const bigStep = extreme(improving, (m) => m.breakdown.improvement!.mean, 'max');
  const ambition = bigStep
    ? w.s`De grootste gemiddelde verbeterambitie in procentpunten ligt bij ${labelOf(bigStep)}: van ${w.level(`${bigStep.path}.paired.startMean`, 'procent')} naar ${w.level(`${bigStep.path}.paired.targetMean`, 'procent')}.`
    : null;
  // Reached beyond the sampling margin, over targets that plan an improvement (BreakdownResult.attainment).
  // Only where enough institutions are counted to describe the sector (MIN_INSTITUTIONS).
  const withReached = items.filter((m) => (m.breakdown.attainment?.shareReached.denominator ?? 0) >= MIN_INSTITUTIONS);
  const best = extreme(withReached, (m) => m.breakdown.attainment!.shareReached.share!, 'max');
  const reached = best && best.breakdown.attainment!.reached > 0
    ? claiming(
        w.s`Het verst op weg zijn de instellingen bij ${labelOf(best)}, waar ${w.digits(`${best.path}.attainment.shareReached.count`)} van de ${w.digits(`${best.path}.attainment.shareReached.denominator`, INSTELLING)} (${w.pct(`${best.path}.attainment.shareReached.share`)}) ${best.breakdown.attainment!.reached === 1 ? 'haar streefwaarde al heeft' : 'hun streefwaarde al hebben'} bereikt.`,
        reachedClaim(best.indicator.id, best.breakdown.breakdown, best.breakdown.attainment),
      )
    : withReached.length > 0
      ? w.s`Op geen van de indicatoren van dit onderdeel hebben instellingen hun streefwaarde al bereikt.`
      : null;
  // Catch-up only where the spread test says so (targets significantly less spread than the starts).
  const catchUp = items.filter((m) => convergenceKind(m.breakdown.convergence) === 'inhaalslag');
  const apart = items.filter((m) => convergenceKind(m.breakdown.convergence) === 'uiteen');
  const convergence = catchUp.length > 0
    ? w.s`Een inhaalslag in de plannen zien we bij ${list(catchUp.map(labelOf))}: de streefwaarden lopen daar duidelijk minder uiteen dan de startwaarden, dus als de plannen worden gerealiseerd, worden de verschillen tussen instellingen kleiner.`
    : null;
  const divergence = apart.length > 0
    ? w.s`Bij ${list(apart.map(labelOf))} lopen de streefwaarden juist duidelijk meer uiteen dan de startwaarden: als de plannen worden gerealiseerd, worden de verschillen tussen instellingen groter.`
    : null;
  const effort = w.results.effort.filter((e) => goalIds.includes(e.goalId));
  const related = effort.filter((e) => e.label === 'significant');
  const relation = effort.length === 0
    ? null
    : related.length === 0
      ? w.s`Tussen de inzet van instellingen (middelen en maatregelen) en de ontwikkeling op de indicatoren vinden we hier geen significante samenhang.`
      : w.s`Tussen inzet en ontwikkeling vinden we ${related.length * 4 <= effort.length ? 'slechts op enkele punten' : 'op een aantal punten'} een significante samenhang, ${piece('onder meer bij ', list([...new Set(related.map((e) => indicatorLabel(w.results.indicators[e.indicatorId]!.shortName, e.breakdown)))].slice(0, 4)))}; een samenhang is geen bewijs van een effect.`;
  // Without targets (as for most Stagepact themes) the latest measured averages are what there is to say.
  const measured = ambition ? [] : items.filter((m) => m.breakdown.latestYear !== null && m.indicator.unit !== 'aantal').slice(0, 3);
  const latest = measured.length === 0
    ? null
    : w.s`Streefwaarden zijn hier ${items.some((m) => m.breakdown.paired) ? 'schaars' : 'niet vastgelegd'}; ${measured.length === 1 ? 'het laatst gemeten gemiddelde is' : 'de laatst gemeten gemiddelden zijn'} ${list(measured.map((m) => {
        const i = m.breakdown.years.findIndex((y) => y.year === m.breakdown.latestYear);
        return piece(w.level(`${m.path}.years.${i}.stats.mean`, m.indicator.unit), ' voor ', labelOf(m), ' (', w.year(`${m.path}.years.${i}.year`), ')');
      }))}.`;
  return paragraph(id, money, ambition, latest, reached, convergence, divergence, relation);
}
