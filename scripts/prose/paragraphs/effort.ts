// Effort and development (seed 003 §2.4): does the change on an indicator go together with the share of the
// budget, the spending so far or a measure carried out? Reported as significant, zwak significant or none — decided
// on q (Benjamini–Hochberg over the whole effort table) — and always as a relation ("samenhang"), never as an effect.
import type { EffortCorrelation, GoalResult } from '../../compute/types.ts';
import { effortFor } from '../../compute/lookup.ts';
import { indexPath, list, paragraph, piece, type Writer } from '../builder.ts';
import type { Paragraph, Sentence } from '../types.ts';
import { indicatorLabel, quoted, significanceWord } from '../wording.ts';
import { goalLabel } from '../../lib/nl.ts';
import { goalParagraphId } from './goal.ts';

/**
 * What was tested between effort and development, over every goal, and what a relation does and does not prove:
 * said once, in the method chapter (issue 27); empty when nothing could be tested.
 */
export function effortTested(w: Writer): Sentence[] {
  // Only what could be tested: before the first e-file there is no spending and no measure carried out (n = 0).
  const kinds = new Set(w.results.effort.filter((e) => e.n > 0).map((e) => e.kind));
  if (kinds.size === 0) return [];
  const tested = [
    kinds.has('begrotingsaandeel') ? 'het aandeel van de doelstelling in hun begroting' : null,
    kinds.has('bestedingsaandeel') ? 'het deel van het begrote bedrag dat al is besteed' : null,
    kinds.has('maatregel') ? 'elk van de uitgevoerde maatregelen' : null,
  ].filter((t): t is string => t !== null);
  return [
    w.s`Per doelstelling gaan we na of de ontwikkeling van instellingen op de indicatoren (de laatst gemeten waarde ten opzichte van de startwaarde) samenhangt met ${list(tested)}; alle toetsen staan in de bijlage over samenhang.`,
    w.s`Geen samenhang wil niet zeggen dat de inzet geen effect heeft: ontwikkelingen kunnen pas later zichtbaar worden en hangen ook af van andere factoren.`,
  ];
}

/**
 * The relations found for one goal after the Benjamini–Hochberg correction (`found`, printed in its section), or the
 * one sentence that there are none (`none`, on the goal's page only: the chapter says it once).
 */
export function goalEffort(w: Writer, goal: GoalResult): { readonly found: Paragraph | null; readonly none: Paragraph | null } {
  const all = effortFor(w.results, goal.id);
  const kinds = new Set(all.filter((e) => e.n > 0).map((e) => e.kind));
  if (kinds.size === 0) return { found: null, none: null };
  const found = all
    .filter((e) => e.label !== 'niet' && e.r !== null)
    .sort((a, b) => (a.label === b.label ? a.p! - b.p! : a.label === 'significant' ? -1 : 1));
  const id = goalParagraphId(goal.id, 'samenhang');
  if (found.length === 0) {
    const what = kinds.has('maatregel') ? 'een grotere inzet van middelen of een bepaalde maatregel' : 'een grotere inzet van middelen';
    return { found: null, none: paragraph(id, w.s`Bij ${goalLabel(goal)} vinden we na correctie voor het aantal toetsen geen significante samenhang: ${what} gaat niet aantoonbaar samen met meer ontwikkeling.`) };
  }
  return {
    none: null,
    found: paragraph(
      id,
      ...found.map((e) => relation(w, e)),
      found.length === 1
        ? w.s`Dit is een samenhang die ook na correctie voor het aantal toetsen overeind blijft, maar geen bewijs van een effect: instellingen verschillen ook op andere punten.`
        : w.s`Dit zijn samenhangen die ook na correctie voor het aantal toetsen overeind blijven, maar geen bewijs van een effect: instellingen verschillen ook op andere punten.`,
      w.s`Voor de overige combinaties vinden we geen significante samenhang.`,
    ),
  };
}

function relation(w: Writer, e: EffortCorrelation) {
  const ind = w.results.indicators[e.indicatorId]!;
  const label = indicatorLabel(ind.shortName, e.breakdown);
  const path = indexPath('effort', w.results.effort, e);
  const stats = w.statsQ(path);
  const more = ind.direction === 'neutraal' ? (e.r! > 0 ? 'een grotere toename' : 'een kleinere toename') : e.r! > 0 ? 'een gunstiger ontwikkeling' : 'een minder gunstige ontwikkeling';
  const mean = ind.direction === 'neutraal' ? 'gemiddelde verandering' : 'gemiddelde verbetering';
  const sig = significanceWord(e.label);
  switch (e.kind) {
    case 'begrotingsaandeel':
      return w.s`Instellingen die een groter deel van hun begroting aan deze doelstelling toekennen, laten op ${label} gemiddeld ${more} zien; deze samenhang is ${sig} ${stats}.`;
    case 'bestedingsaandeel':
      return w.s`Instellingen die al een groter deel van het begrote bedrag hebben besteed, laten op ${label} gemiddeld ${more} zien; deze samenhang is ${sig} ${stats}.`;
    case 'maatregel': {
      const m = w.results.measures.measures[e.measureId!];
      const name = m ? quoted(m.name) : quoted(e.measureId!);
      const groups =
        e.groups && e.groups.meanWith !== null && e.groups.meanWithout !== null
          ? piece(` (${mean} `, w.change(`${path}.groups.meanWith`, ind.unit), ' tegenover ', w.change(`${path}.groups.meanWithout`, ind.unit), ')')
          : piece();
      return w.s`Instellingen die de maatregel ${name} uitvoeren, laten op ${label} ${more} zien dan instellingen die dat niet doen${groups}; deze samenhang is ${sig} ${stats}.`;
    }
  }
}
