// Rule "opgeteld": for `aantal` indicators with a national goal (vsv), the institutions' targets added up, never
// presented as a national figure ("opgeteld komen de streefwaarden van de instellingen uit op …"), with beside it
// the measured national series (`series`, its main line) against the national goal. Attention when the sum does not
// meet the goal; mixed, without a verdict, when missing targets could still change that. Size 1; reach: institutions
// with a target / all institutions.
import type { RuleContext } from '../context.ts';
import { importance } from '../importance.ts';
import type { Finding } from '../types.ts';
import type { Results } from '../../compute/types.ts';
import { mainLines } from './series.ts';

/**
 * Summed targets of only some institutions speak for the goal only when the missing ones cannot change the outcome:
 * adding targets (counts, never negative) only raises the sum, so a partial sum already beyond a higher-is-better
 * goal, or already short of a lower-is-better one (vsv), stays so; the other outcomes wait for the missing targets.
 */
export function sumSpeaks(results: Results, indicatorId: string): boolean {
  const sum = results.sector[indicatorId]?.totaal?.sum;
  return !!sum && sumVerdict(sum, results.indicators[indicatorId]!.direction, results.institutionOrder.length) !== null;
}

/**
 * Whether a sum of targets meets its national goal, where `sumSpeaks` says it can be said (any breakdown): true or
 * false, or null when there is no goal or missing targets could still change the outcome.
 */
export function sumVerdict(sum: { readonly nTarget: number; readonly meetsGoal: boolean | null }, direction: string, institutions: number): boolean | null {
  if (sum.meetsGoal === null) return null;
  if (sum.nTarget >= institutions) return sum.meetsGoal;
  return sum.meetsGoal === (direction === 'hoger_beter') ? sum.meetsGoal : null;
}

export function sumFindings(ctx: RuleContext): Finding[] {
  const { results } = ctx;
  const out: Finding[] = [];
  const lines = mainLines(results);
  for (const id of results.indicatorOrder) {
    const indicator = results.indicators[id]!;
    const sum = results.sector[id]?.totaal?.sum;
    if (!sum?.nationalGoal || sum.nTarget === 0 || sum.meetsGoal === null) continue;
    const base = `sector.${id}.totaal.sum`;
    // Targets of only some institutions: said as a partial sum, with no verdict, until the missing ones cannot change it.
    const speaks = sumSpeaks(results, id);
    const polarity = !speaks ? 'wisselend' : sum.meetsGoal ? 'positief' : 'aandacht';
    const national = [...lines.values()].find((l) => l.line.indicatorId === id && l.line.points.length > 0);
    out.push({
      id: `opgeteld-${id}`,
      rule: 'opgeteld',
      kind: !speaks ? 'opgeteld-onvolledig' : sum.meetsGoal ? 'opgeteld-haalt-doel' : 'opgeteld-onder-doel',
      polarity,
      goalId: indicator.goalId,
      indicatorId: id,
      breakdown: 'totaal',
      series: national?.line.series ?? null,
      importance: importance(polarity, 1, sum.nTarget / Math.max(1, results.institutionOrder.length)),
      facts: [`${base}.target`, `${base}.nationalGoal.value`],
      uncertainty: null,
      figureId: null,
    });
  }
  return out;
}

