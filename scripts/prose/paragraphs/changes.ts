// What changed against the previous edition (/wat-is-veranderd/): institutions added, merged, gone or renamed (by
// name, with budget and spending), indicators added or removed, targets and realised values changed, and the
// indicators whose sector figures moved most.
import type { InstitutionChange, SectorChange, Unit } from '../../compute/types.ts';
import { formatDate } from '../../lib/nl.ts';
import { urls } from '../../lib/urls.ts';
import type { Paragraph } from '../types.ts';
import { INSTELLING, list, paragraph, piece, type Part, type Piece, type Writer } from '../builder.ts';
import { indicatorLabel, quoted } from '../wording.ts';

export function writeChanges(w: Writer): Paragraph[] {
  const d = w.results.diff;
  if (!d) return [];
  const edition = paragraph(
    'wijzigingen-editie',
    w.s`Deze editie volgt op de editie ${d.previous.snapshot} met peildatum ${formatDate(d.previous.referenceDate)}.`,
    w.s`Hieronder staat wat er sindsdien in de gegevens is veranderd.`,
  );
  const moved = (what: string, path: string, ids: readonly string[], label: (id: string) => string, noun: readonly [string, string]) =>
    ids.length === 0 ? null : w.s`${what} ${ids.length === 1 ? 'is' : 'zijn'} ${w.count(`${path}.length`, noun)}: ${list(ids.map(label))}.`;
  const indicatorName = (id: string) => {
    const ind = w.results.indicators[id];
    return ind ? `‘${ind.shortName}’` : id;
  };
  const parts = [
    ...institutionSentences(w),
    moved('Nieuw in deze editie', 'diff.indicatorsAdded', d.indicatorsAdded, indicatorName, ['indicator', 'indicatoren']),
    moved('Niet meer opgenomen', 'diff.indicatorsRemoved', d.indicatorsRemoved, (id) => id, ['indicator', 'indicatoren']),
  ];
  const membership = paragraph(
    'wijzigingen-instellingen',
    ...(parts.some((p) => p !== null) ? parts : [w.s`Er zijn geen instellingen of indicatoren bijgekomen of vervallen.`]),
  );
  const values = paragraph('wijzigingen-waarden', ...targets(w), realised(w), proofread(w));
  return [edition, membership, values, largest(w), partial(w)].filter((p): p is Paragraph => p !== null);
}

/**
 * Institutions by name: new ones (with their budget), merged ones (into which), gone ones, renamed ones, and what a
 * merger did to the budget and spending of the institution that took the other in.
 */
function institutionSentences(w: Writer) {
  const d = w.results.diff!;
  const at = (i: number) => `diff.institutionChanges.${i}`;
  const named = (id: string, name: string) => `${name} (${id})`;
  const nameOf = (id: string) => named(id, w.results.institutions[id]?.name ?? id);
  const indexed = d.institutionChanges.map((c, i) => ({ c, i }));
  const of = (status: InstitutionChange['status']) => indexed.filter(({ c }) => c.status === status);
  const budget = (i: number, side: 'before' | 'after') => (w.numberAt(`${at(i)}.budget.${side}`) === null ? '' : piece(', begroting ', w.euro(`${at(i)}.budget.${side}`)));
  const group = (what: string, count: 'new' | 'merged' | 'gone' | 'renamed', items: { c: InstitutionChange; i: number }[], label: (x: { c: InstitutionChange; i: number }) => Part) =>
    items.length === 0 ? null : w.s`${what} ${items.length === 1 ? 'is' : 'zijn'} ${w.count(`diff.counts.institutions.${count}`, INSTELLING)}: ${list(items.map(label))}.`;
  // The money of the institution that took another in, now and before (spending also grows by a year: no "daardoor").
  const money = (x: { c: InstitutionChange; i: number }) => {
    const b = `${at(x.i)}.budget`;
    const s = `${at(x.i)}.spent`;
    const parts = [
      w.numberAt(`${b}.before`) !== null && w.numberAt(`${b}.after`) !== null ? piece('een begroting van ', w.euro(`${b}.after`), ' (was ', w.euro(`${b}.before`), ')') : null,
      w.numberAt(`${s}.before`) !== null && w.numberAt(`${s}.after`) !== null
        ? piece('bestedingen tot en met ', w.year('diff.money.spentYearAfter'), ' van ', w.euro(`${s}.after`), ' (was ', w.euro(`${s}.before`), ' tot en met ', w.year('diff.money.spentYearBefore'), ')')
        : null,
    ].filter((p): p is Piece => p !== null);
    return parts.length === 0 ? null : w.s`Na de fusie heeft ${nameOf(x.c.institutionId)} ${list(parts)}.`;
  };
  return [
    group('Nieuw in deze editie', 'new', of('nieuw'), ({ c, i }) => piece(named(c.institutionId, c.name), budget(i, 'after'))),
    group('Opgegaan in een andere instelling', 'merged', of('opgegaan'), ({ c }) => `${named(c.institutionId, c.name)} in ${nameOf(c.into!)}`),
    ...of('gewijzigd').filter(({ c }) => c.absorbed.length > 0).map(money),
    group('Niet meer opgenomen', 'gone', of('vervallen'), ({ c, i }) => piece(named(c.institutionId, c.name), budget(i, 'before'))),
    group('Van naam veranderd', 'renamed', of('gewijzigd').filter(({ c }) => c.previousName !== null), ({ c }) => `${nameOf(c.institutionId)}, voorheen ${c.previousName}`),
  ];
}

/** Targets in force: revised (e-file), new (of which those of new institutions: "nieuw", not "gewijzigd") and gone. */
function targets(w: Writer) {
  const c = w.results.diff!.counts;
  if (c.targetsChanged === 0) return [w.s`Geen enkele geldende streefwaarde is gewijzigd.`];
  const COMBINATIE = ['combinatie', 'combinaties'] as const;
  const added = w.results.diff!.institutionsAdded.length;
  const ofNew = c.targetsNewInstitutions > 0 ? piece(', waarvan ', w.digits('diff.counts.targetsNewInstitutions'), added === 1 ? ' van de nieuwe instelling' : ' van de nieuwe instellingen') : '';
  return [
    c.targetsRevised === 0
      ? null
      : w.s`Bij ${w.digits('diff.counts.targetsRevised', COMBINATIE)} van instelling, indicator en uitsplitsing is de geldende streefwaarde gewijzigd, bijvoorbeeld door een bijgestelde opgave in de e-file.`,
    c.targetsNew === 0 ? null : w.s`Nieuw ${c.targetsNew === 1 ? 'is' : 'zijn'} ${w.digits('diff.counts.targetsNew', ['streefwaarde', 'streefwaarden'])}${ofNew}.`,
    c.targetsRemoved === 0 ? null : w.s`Vervallen ${c.targetsRemoved === 1 ? 'is' : 'zijn'} ${w.digits('diff.counts.targetsRemoved', ['streefwaarde', 'streefwaarden'])}.`,
  ];
}

/** The proofreading list: its count is the number of rows of the table under it. */
function proofread(w: Writer) {
  const n = w.results.diff!.counts.valuesChanged;
  return n === 0
    ? w.s`Geen enkele waarde van de instellingen is veranderd.`
    : w.s`De lijst ${quoted('Alle gewijzigde waarden')} (op de site op de pagina Wat is veranderd, ${urls.changes()}, en als tabel bij de downloads, ${urls.downloads()}) noemt ${n === 1 ? 'de' : 'alle'} ${w.digits('diff.counts.valuesChanged', ['gewijzigde waarde', 'gewijzigde waarden'])} per instelling, indicator en jaar, van oud naar nieuw, met de plaats in de gegevens van deze editie.`;
}

/** Indicators whose newest year has values of fewer institutions: compared over institutions with both years. */
function partial(w: Writer) {
  const d = w.results.diff!;
  const items = d.sectorChanges
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.latestMean.partial)
    .map(({ s, i }) =>
      piece(indicatorLabel(w.results.indicators[s.indicatorId]!.shortName, s.breakdown), ' (', w.digits(`diff.sectorChanges.${i}.latestMean.institutions`, INSTELLING), ')'),
    );
  if (items.length === 0) return null;
  return paragraph(
    'wijzigingen-gedeeltelijk',
    w.s`Bij ${w.count('diff.counts.partialYears', ['indicator', 'indicatoren'])} heeft het nieuwste jaar waarden van minder instellingen dan in de vorige editie: ${list(items)}.`,
    w.s`Daar vergelijken we het gemiddelde alleen over de instellingen met waarden in beide jaren; zijn dat er minder dan vijf, dan telt de vergelijking niet mee bij de grootste verschuivingen.`,
  );
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

/** Words for the unit groups the movements are ranked in (never one unit against another). */
const UNIT_GROUP: Record<Unit, string> = { procent: 'bij de percentages', cijfer: 'bij de rapportcijfers', aantal: 'bij de aantallen', euro: 'bij de bedragen' };

function largest(w: Writer) {
  const changes = w.results.diff!.sectorChanges;
  // sectorChanges is grouped by unit and ranked within it: the top two of each unit that moved.
  const groups = (['procent', 'cijfer', 'aantal', 'euro'] as const)
    .map((unit) => ({ unit, top: changes.filter((s) => s.unit === unit && s.magnitude > 0).slice(0, 2) }))
    .filter((g) => g.top.length > 0);
  if (groups.length === 0) return null;
  const parts = groups.map((g) => piece(UNIT_GROUP[g.unit], ' ', list(g.top.map((s) => describe(w, s, `diff.sectorChanges.${changes.indexOf(s)}`)))));
  return paragraph(
    'wijzigingen-grootste',
    w.s`De grootste verschuivingen in de sectorcijfers, per soort eenheid, zien we ${list(parts)}.`,
    w.s`Verschillen kunnen ook ontstaan doordat instellingen, streefwaarden of metingen zijn bijgekomen of vervallen.`,
  );
}

/** The component that moved most visibly in the indicator's unit (compute's `moved`): latest mean or mean improvement ambition. */
function describe(w: Writer, s: SectorChange, base: string): Piece {
  const ind = w.results.indicators[s.indicatorId]!;
  const label = indicatorLabel(ind.shortName, s.breakdown);
  if (s.moved === 'latestMean') {
    const years = s.latestMean.yearBefore !== null && s.latestMean.yearAfter !== null && s.latestMean.yearBefore !== s.latestMean.yearAfter;
    return piece(
      label, ' (gemiddelde van de laatste meting van ', w.level(`${base}.latestMean.before`, ind.unit),
      years ? piece(' in ', w.year(`${base}.latestMean.yearBefore`)) : '', ' naar ', w.level(`${base}.latestMean.after`, ind.unit),
      years ? piece(' in ', w.year(`${base}.latestMean.yearAfter`)) : '', ')',
    );
  }
  return piece(label, ' (gemiddelde verbeterambitie van ', w.change(`${base}.improvementMean.before`, ind.unit), ' naar ', w.change(`${base}.improvementMean.after`, ind.unit), ')');
}
