// What changed against the previous edition (/wat-is-veranderd/): institutions and indicators added or removed,
// targets and realised values changed, and the indicators whose sector figures moved most.
import type { SectorChange } from '../../compute/types.ts';
import { formatDate } from '../../lib/nl.ts';
import type { Paragraph } from '../../report/types.ts';
import { list, paragraph, piece, type Piece, type Writer } from '../builder.ts';
import { indicatorLabel } from '../wording.ts';

export function writeChanges(w: Writer): Paragraph[] {
  const d = w.results.diff;
  if (!d) return [];
  const edition = paragraph(
    'wijzigingen-editie',
    w.s`Deze editie volgt op de editie ${d.previous.snapshot} met peildatum ${formatDate(d.previous.referenceDate)}.`,
    w.s`Hieronder staat wat er sindsdien in de gegevens is veranderd.`,
  );
  const name = (id: string) => {
    const inst = w.results.institutions[id];
    return inst && inst.name !== id ? `${inst.name} (${id})` : id;
  };
  const moved = (what: string, path: string, ids: readonly string[], label: (id: string) => string, noun: readonly [string, string]) =>
    ids.length === 0 ? null : w.s`${what} ${ids.length === 1 ? 'is' : 'zijn'} ${w.count(`${path}.length`, noun)}: ${list(ids.map(label))}.`;
  const indicatorName = (id: string) => {
    const ind = w.results.indicators[id];
    return ind ? `‘${ind.shortName}’` : id;
  };
  const parts = [
    moved('Nieuw in deze editie', 'diff.institutionsAdded', d.institutionsAdded, name, ['instelling', 'instellingen']),
    moved('Niet meer opgenomen', 'diff.institutionsRemoved', d.institutionsRemoved, (id) => `code ${id}`, ['instelling', 'instellingen']),
    moved('Nieuw in deze editie', 'diff.indicatorsAdded', d.indicatorsAdded, indicatorName, ['indicator', 'indicatoren']),
    moved('Niet meer opgenomen', 'diff.indicatorsRemoved', d.indicatorsRemoved, (id) => id, ['indicator', 'indicatoren']),
  ];
  const membership = paragraph(
    'wijzigingen-instellingen',
    ...(parts.some((p) => p !== null) ? parts : [w.s`Er zijn geen instellingen of indicatoren bijgekomen of vervallen.`]),
  );
  const c = d.counts;
  const values = paragraph(
    'wijzigingen-waarden',
    c.targetsChanged === 0
      ? w.s`Geen enkele geldende streefwaarde is gewijzigd.`
      : w.s`Bij ${w.digits('diff.counts.targetsChanged')} combinaties van instelling, indicator en uitsplitsing is de geldende streefwaarde gewijzigd, bijvoorbeeld door een nieuwe of bijgestelde opgave in de e-file.`,
    realised(w),
  );
  return [edition, membership, values, largest(w)].filter((p): p is Paragraph => p !== null);
}

function realised(w: Writer) {
  const c = w.results.diff!.counts;
  const parts = [
    c.realisedNew > 0 ? piece(w.digits('diff.counts.realisedNew'), ' bijgekomen') : null,
    c.realisedChanged > 0 ? piece(w.digits('diff.counts.realisedChanged'), ' gewijzigd') : null,
    c.realisedRemoved > 0 ? piece(w.digits('diff.counts.realisedRemoved'), ' vervallen') : null,
  ].filter((p): p is Piece => p !== null);
  const one = parts.length === 1 && c.realisedNew + c.realisedChanged + c.realisedRemoved === 1;
  return parts.length === 0
    ? w.s`De gerealiseerde waarden zijn niet veranderd.`
    : w.s`Van de gerealiseerde waarden ${one ? 'is er' : 'zijn er'} ${list(parts)}.`;
}

function largest(w: Writer) {
  const top = w.results.diff!.sectorChanges.filter((s) => s.magnitude > 0).slice(0, 3);
  if (top.length === 0) return null;
  const items = top.map((s) => describe(w, s, `diff.sectorChanges.${w.results.diff!.sectorChanges.indexOf(s)}`));
  return paragraph(
    'wijzigingen-grootste',
    w.s`De grootste verschuivingen in de sectorcijfers zien we bij ${list(items)}.`,
    w.s`Verschillen kunnen ook ontstaan doordat instellingen, streefwaarden of metingen zijn bijgekomen of vervallen.`,
  );
}

/** The component that moved most: share reached, latest mean, or mean improvement ambition. */
function describe(w: Writer, s: SectorChange, base: string): Piece {
  const ind = w.results.indicators[s.indicatorId]!;
  const label = indicatorLabel(ind.shortName, s.breakdown);
  const size = (d: number | null) => (d === null ? -1 : Math.abs(d));
  const which = [
    { k: 'reachedShare' as const, d: size(s.reachedShare.delta) },
    { k: 'latestMean' as const, d: size(s.latestMean.delta) },
    { k: 'improvementMean' as const, d: size(s.improvementMean.delta) },
  ].sort((a, b) => b.d - a.d)[0]!.k;
  if (which === 'reachedShare') {
    return piece(label, ' (aandeel instellingen dat de streefwaarde heeft bereikt van ', w.pct(`${base}.reachedShare.before`), ' naar ', w.pct(`${base}.reachedShare.after`), ')');
  }
  if (which === 'latestMean') {
    const years = s.latestMean.yearBefore !== null && s.latestMean.yearAfter !== null && s.latestMean.yearBefore !== s.latestMean.yearAfter;
    return piece(
      label, ' (gemiddelde van de laatste meting van ', w.level(`${base}.latestMean.before`, ind.unit),
      years ? piece(' in ', w.year(`${base}.latestMean.yearBefore`)) : '', ' naar ', w.level(`${base}.latestMean.after`, ind.unit),
      years ? piece(' in ', w.year(`${base}.latestMean.yearAfter`)) : '', ')',
    );
  }
  return piece(label, ' (gemiddelde verbeterambitie van ', w.change(`${base}.improvementMean.before`, ind.unit), ' naar ', w.change(`${base}.improvementMean.after`, ind.unit), ')');
}
