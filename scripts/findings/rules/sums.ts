// Rule "opgeteld": for `aantal` indicators with a national goal (vsv), the institutions' targets added up, never
// presented as a national figure ("opgeteld komen de streefwaarden van de instellingen uit op …"), with beside it
// the measured national series (`series`, its main line) against the national goal. Attention when the sum does not
// meet the goal. Size 1; reach: institutions with a target / all institutions.
import type { RuleContext } from '../context.ts';
import { importance } from '../importance.ts';
import type { Finding } from '../types.ts';
import { mainLines } from './series.ts';

export function sumFindings(ctx: RuleContext): Finding[] {
  const { results } = ctx;
  const out: Finding[] = [];
  const lines = mainLines(results);
  for (const id of results.indicatorOrder) {
    const indicator = results.indicators[id]!;
    const sum = results.sector[id]?.totaal?.sum;
    if (!sum?.nationalGoal || sum.nTarget === 0 || sum.meetsGoal === null) continue;
    const base = `sector.${id}.totaal.sum`;
    const polarity = sum.meetsGoal ? 'positief' : 'aandacht';
    const national = [...lines.values()].find((l) => l.line.indicatorId === id && l.line.points.length > 0);
    out.push({
      id: `opgeteld-${id}`,
      rule: 'opgeteld',
      kind: sum.meetsGoal ? 'opgeteld-haalt-doel' : 'opgeteld-onder-doel',
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

