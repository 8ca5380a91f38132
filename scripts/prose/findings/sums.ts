// The words of the rule "opgeteld" (scripts/findings/rules/sums.ts): the institutions' targets added up, never as a
// national figure, and beside it the measured national series against the national goal.
import type { Finding, Findings } from '../../findings/types.ts';
import { formatMeasured } from '../../lib/units.ts';
import { piece, type Writer } from '../builder.ts';
import type { FindingSentences } from '../types.ts';
import { indicatorLabel, quoted } from '../wording.ts';

export function sumSentences(w: Writer, f: Finding, findings: Findings): FindingSentences {
  const id = f.indicatorId!;
  const indicator = w.results.indicators[id]!;
  const sum = w.results.sector[id]!.totaal!.sum!;
  const base = `sector.${id}.totaal.sum`;
  const partial = sum.nTarget < w.results.institutionOrder.length
    ? piece(' (', w.digits(`${base}.nTarget`), ' van de ', w.digits('method.institutions'), ' instellingen hebben er een)')
    : '';
  const index = f.series ? findings.series[f.series]!.index : null;
  const line = index === null ? null : w.results.series[index]!;
  const measured = line
    ? (() => {
        const n = line.points.length;
        const lp = `series.${index}.points.${n - 1}.value`;
        return w.s`Gemeten landelijk: ${w.fact(lp, formatMeasured(line.points[n - 1]!.value, line.unit))} in ${line.points[n - 1]!.period} (${quoted(line.name)}), tegen het landelijke doel van ${w.num(`${base}.nationalGoal.value`)} in ${w.year(`${base}.nationalGoal.year`)}.`;
      })()
    : null;
  const label = indicatorLabel(indicator.shortName, 'totaal');
  return {
    headline: f.kind === 'opgeteld-onvolledig'
      ? w.s`Opgeteld komen de streefwaarden voor ${label} uit op ${w.num(`${base}.target`)}, maar pas ${w.digits(`${base}.nTarget`)} van de ${w.digits('method.institutions')} instellingen hebben er een; of de plannen samen het landelijke doel van ${w.num(`${base}.nationalGoal.value`)} in ${w.year(`${base}.nationalGoal.year`)} halen, is daarom nog niet te zeggen.`
      : w.s`Opgeteld komen de streefwaarden van de instellingen voor ${label} uit op ${w.num(`${base}.target`)}${partial}; daarmee halen de plannen het landelijke doel van ${w.num(`${base}.nationalGoal.value`)} in ${w.year(`${base}.nationalGoal.year`)}${sum.meetsGoal ? '' : ' niet'}.`,
    detail: measured ? [measured] : [],
  };
}
