// Rule "opgeteld": for `aantal` indicators with a national goal (vsv), the institutions' targets added up, never
// presented as a national figure: "opgeteld komen de streefwaarden van de instellingen uit op …", with beside it
// the measured national series against the national goal. Attention when the sum does not meet the goal.
// Size 1; reach: institutions with a target / all institutions.
import { piece } from '../../prose/builder.ts';
import { indicatorLabel, quoted } from '../../prose/wording.ts';
import type { RuleContext } from '../context.ts';
import { importance } from '../importance.ts';
import type { Finding } from '../types.ts';
import { mainLines } from './series.ts';
import { publishedLevel } from './series-findings.ts';

export function sumFindings(ctx: RuleContext): Finding[] {
  const { results, w } = ctx;
  const out: Finding[] = [];
  const lines = mainLines(results);
  for (const id of results.indicatorOrder) {
    const indicator = results.indicators[id]!;
    const sum = results.sector[id]?.totaal?.sum;
    if (!sum?.nationalGoal || sum.nTarget === 0 || sum.meetsGoal === null) continue;
    const base = `sector.${id}.totaal.sum`;
    const polarity = sum.meetsGoal ? 'positief' : 'aandacht';
    const national = [...lines.values()].find((l) => l.line.indicatorId === id && l.line.points.length > 0);
    const partial = sum.nTarget < results.institutionOrder.length
      ? piece(' (', w.digits(`${base}.nTarget`), ' van de ', w.digits('method.institutions'), ' instellingen hebben er een)')
      : '';
    const measured = national
      ? (() => {
          const n = national.line.points.length;
          const lp = `series.${national.index}.points.${n - 1}.value`;
          return w.s`Gemeten landelijk: ${w.fact(lp, publishedLevel(national.line.points[n - 1]!.value, national.line.unit))} in ${national.line.points[n - 1]!.period} (${quoted(national.line.name)}), tegen het landelijke doel van ${w.num(`${base}.nationalGoal.value`)} in ${w.year(`${base}.nationalGoal.year`)}.`;
        })()
      : null;
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
      headline: w.s`Opgeteld komen de streefwaarden van de instellingen voor ${indicatorLabel(indicator.shortName, 'totaal')} uit op ${w.num(`${base}.target`)}${partial}; daarmee halen de plannen het landelijke doel van ${w.num(`${base}.nationalGoal.value`)}${sum.meetsGoal ? '' : ' niet'}.`,
      detail: measured,
      figureId: null,
    });
  }
  return out;
}

