// Per goal, in the shape of a seed 003 chapter: the two finding lists, and what stands out in the measures. What
// every goal has (its money, measures and own judgement) is a row of the chapter's tables (goal-tables.ts).
import type { GoalResult } from '../../compute/types.ts';
import type { Findings } from '../../findings/types.ts';
import type { Paragraph } from '../types.ts';
import type { GoalFindingLists } from '../types.ts';
import { measurePath, paragraph, type Writer } from '../builder.ts';
import { quoted } from '../wording.ts';
import { shareOf, sharePaths } from './common.ts';
import { spendingLine } from '../findings/effort.ts';
import { MIN_INSTITUTIONS } from '../../findings/movement.ts';

/** `doel-1-3-middelen`, `doel-sp1-inleiding`. */
export function goalParagraphId(goalId: string, part: string): string {
  return `doel-${goalId.toLowerCase().replace(/\./g, '-')}-${part}`;
}

/**
 * The mandatory measures of a goal and who carried them out (seed 003 §2.2.1): what stands out beside the chapter's
 * table of measures (goal-tables.ts); null when the goal has none or too few institutions answered.
 */
export function goalMandatory(w: Writer, goal: GoalResult): Paragraph | null {
  const gm = w.results.measures.goals[goal.id];
  // Shares of fewer than MIN_INSTITUTIONS institutions describe those institutions, not the sector.
  if (!gm || gm.respondents < MIN_INSTITUTIONS || w.results.measures.year === null) return null;
  const sentences = gm.measureIds
    .map((id) => w.results.measures.measures[id]!)
    .filter((m) => m.mandatory && m.carriedOut.share !== null)
    .map((m) => w.s`De verplichte maatregel ${quoted(m.name)} is in ${w.year('measures.year')} uitgevoerd door ${shareOf(w, sharePaths(`${measurePath(m.id)}.carriedOut`)).piece}.`);
  return paragraph(goalParagraphId(goal.id, 'maatregelen'), ...sentences);
}

/**
 * The two lists of a goal (seed 003): "Positieve ontwikkelingen" and "Aandachtspunten en/of wisselend beeld" as the
 * findings stage chose them (`Findings.lists`), under the goal's overall word, which already weighs the course
 * verdicts and what is not yet measurable (issue 27: said once): the lists keep the other findings (not the own
 * judgement, said once over several goals), with their evidence in the goal's section and as headlines in the
 * Samenvatting. A list left empty is not shown. Beside them, the spending line.
 */
export function goalFindings(
  w: Writer,
  findings: Findings,
  goal: GoalResult,
  items: Readonly<Record<string, Paragraph>>,
  headlines: Readonly<Record<string, Paragraph>>,
): GoalFindingLists {
  const chosen = findings.lists[goal.id] ?? { positive: [], attention: [] };
  const rule = new Map(findings.items.map((f) => [f.id, f.rule]));
  const without = (ids: readonly string[]) => ids.filter((id) => !SAID_ELSEWHERE.has(rule.get(id) ?? ''));
  const positive = without(chosen.positive);
  const attention = without(chosen.attention);
  return {
    positiveShort: positive.map((id) => items[id]!),
    attentionShort: attention.map((id) => items[id]!),
    positiveSummary: positive.map((id) => headlines[id]!),
    attentionSummary: attention.map((id) => headlines[id]!),
    spending: spendingLine(w, findings, goal.id, goalParagraphId(goal.id, 'besteding-stand')),
  };
}

/**
 * Rules a goal's lists leave out: the overall word weighs the course verdicts and the indicators without data; the
 * own judgement is said once over the goals of a chapter (priority.ts) and of the Samenvatting (acrossGoals).
 */
const SAID_ELSEWHERE: ReadonlySet<string> = new Set(['koers', 'ontbrekend', 'oordeel']);
