// The words of the rule "oordeel" (scripts/findings/rules/effort.ts) and the spending line of each goal (rule
// "besteding": not a development of the goal, so a line of its own beside the two lists, never among them).
import { effectiveMinority } from '../../findings/rules/effort.ts';
import { judgementPath, spendingPath } from '../../findings/root.ts';
import type { Finding, Findings } from '../../findings/types.ts';
import { SPENDING_WORDS } from '../../lib/verdicts.ts';
import { INSTELLING, goalBudgetPath, piece, required, type Writer } from '../builder.ts';
import { shareOf, sharePaths } from '../paragraphs/common.ts';
import type { FindingSentences, Paragraph } from '../types.ts';

/** `Besteding: 27% van de begroting 2024-2027, volgens plan.` (what the plan is: `spendingBasis`). */
export function spendingLine(w: Writer, findings: Findings, goalId: string, id: string): Paragraph | null {
  const pace = findings.spending[goalId];
  if (!pace || pace.status === null || pace.spentShare === null) return null;
  const sp = spendingPath(goalId);
  const period = piece(w.year(`${sp}.firstYear`), '-', w.year(`${sp}.lastYear`));
  return required(id, w.s`Besteding: ${w.pct(`${goalBudgetPath(goalId)}.spentShare`)} van de begroting ${period}, ${SPENDING_WORDS[pace.status]}.`);
}

/**
 * What "volgens plan" measures the spending against, said once above the goals' spending lines (issue 27): an even
 * spread over the years of the quality funds, up to the years the spending covers — not the calendar time elapsed
 * (findings/rules/effort.ts). Null without a goal with a pace.
 */
export function spendingBasis(w: Writer, findings: Findings, id: string): Paragraph | null {
  const goalId = w.results.goalOrder.find((g) => findings.spending[g]?.status);
  if (!goalId) return null;
  const pace = findings.spending[goalId]!;
  const sp = spendingPath(goalId);
  const spending = pace.coveredYears === 1 ? piece('de bestedingen over ', w.year(`${sp}.firstYear`)) : piece('de bestedingen tot en met ', w.year('budget.reportYear'));
  return required(
    id,
    w.s`Het tempo van de besteding zetten we af tegen een gelijke verdeling van de begroting over de ${w.count(`${sp}.years`)} jaren ${w.year(`${sp}.firstYear`)}-${w.year(`${sp}.lastYear`)}: ${spending} beslaan ${w.count(`${sp}.coveredYears`)} van de ${w.count(`${sp}.years`)} jaren (${w.pct(`${sp}.coveredShare`)}).`,
  );
}

export function judgementSentences(w: Writer, f: Finding, findings: Findings): FindingSentences {
  const v = findings.judgements[f.goalId]!;
  const p = judgementPath(f.goalId);
  const progress = shareOf(w, sharePaths(`${p}.progressGood`));
  const count = (key: 'effective' | 'ineffective') => piece(w.digits(`${p}.${key}.count`), ' (', w.pct(`${p}.${key}.share`), ')');
  // Why a judgement with progress as planned is no positive development (rules/effort.ts): few call it effective.
  const then = f.polarity === 'wisselend' && effectiveMinority(v) ? ', maar alleen ' : '; ';
  const ineffective = piece(w.digits(`${p}.ineffective.count`, INSTELLING), ' (', w.pct(`${p}.ineffective.share`), ')');
  // Two short sentences (issue 27, B1): what goes as expected and who calls it effective; then who does not.
  return {
    headline: w.s`Volgens ${progress.piece} verloopt de uitvoering van alle of de meeste activiteiten zoals verwacht${then}${count('effective')} ${v.effective.count === 1 ? 'vindt' : 'vinden'} ze effectief of heel effectief.`,
    detail: v.ineffective.count === 0 ? [] : [w.s`Volgens ${ineffective} zijn ze een klein beetje of niet effectief.`],
  };
}
