// The words of the rules "besteding" and "oordeel" (scripts/findings/rules/effort.ts).
import { SPENDING_IN_STEP } from '../../findings/rules/effort.ts';
import { judgementPath, spendingPath } from '../../findings/root.ts';
import type { Finding, Findings } from '../../findings/types.ts';
import { goalLabel } from '../../lib/nl.ts';
import { goalBudgetPath, piece, type Writer } from '../builder.ts';
import type { FindingSentences } from '../types.ts';

export function spendingSentences(w: Writer, f: Finding, findings: Findings): FindingSentences {
  const id = f.goalId;
  const goal = w.results.goals[id]!;
  const g = w.results.budget.goals[id]!;
  const pace = findings.spending[id]!;
  const base = goalBudgetPath(id);
  const sp = spendingPath(id);
  const period = piece(w.year(`${sp}.firstYear`), '-', w.year(`${sp}.lastYear`));
  // The part of the period the spending covers, not the calendar time elapsed (findings/rules/effort.ts).
  const spending = pace.coveredYears === 1 ? piece('de bestedingen over ', w.year(`${sp}.firstYear`)) : piece('de bestedingen tot en met ', w.year('budget.reportYear'));
  const part = piece(w.count(`${sp}.coveredYears`), ' van de ', w.count(`${sp}.years`), ' jaren');
  const headline =
    f.kind === 'besteding-achter'
      ? w.s`Voor ${goalLabel(goal)} is ${w.pct(`${base}.spentShare`)} van de begroting ${period} besteed, terwijl ${spending} ${part} beslaan (${w.pct(`${sp}.coveredShare`)}): de besteding loopt achter.`
      : g.spentShare! > pace.coveredShare + SPENDING_IN_STEP
        ? w.s`Voor ${goalLabel(goal)} is ${w.pct(`${base}.spentShare`)} van de begroting ${period} besteed, meer dan de ${w.pct(`${sp}.coveredShare`)} van de periode die ${spending} beslaan (${part}).`
        : w.s`Voor ${goalLabel(goal)} is ${w.pct(`${base}.spentShare`)} van de begroting ${period} besteed, in de pas met de ${w.pct(`${sp}.coveredShare`)} van de periode die ${spending} beslaan (${part}).`;
  return { headline, detail: null };
}

export function judgementSentences(w: Writer, f: Finding, findings: Findings): FindingSentences {
  const v = findings.judgements[f.goalId]!;
  const p = judgementPath(f.goalId);
  return {
    headline: w.s`Van de ${w.digits(`${p}.n`)} instellingen die erover rapporteerden, ${v.progressGood === 1 ? 'zegt' : 'zeggen'} ${w.digits(`${p}.progressGood`)} (${w.pct(`${p}.progressGoodShare`)}) dat de uitvoering voor alle of de meeste activiteiten verloopt zoals verwacht; ${w.digits(`${p}.effective`)} (${w.pct(`${p}.effectiveShare`)}) ${v.effective === 1 ? 'vindt' : 'vinden'} de activiteiten effectief of heel effectief.`,
    detail: null,
  };
}
