// The comparison pages: /vergelijk/ (choose institutions or a peer group and indicators; the script
// assets/js/compare.js draws the view from /vergelijk/gegevens.json) and, for reading without JavaScript, one
// static page per soort and per regio with the same tables the script draws.
import { capitalize, formatNumber, plural } from '../lib/nl.ts';
import type { ComparedIndicator, ComparisonData, PeerGroup } from './comparison.ts';
import { compareUrls } from './comparison.ts';
import type { ComparePage, ComparisonTable, PageKind, PeerPage, SiteData, SitePage, TableCell } from './types.ts';

type MakePage = (url: string, title: string, description: string, kind: PageKind) => SitePage;

const cell = (text: string, sort: string | number | null, numeric: boolean, href: string | null = null): TableCell => ({
  text,
  sort,
  numeric,
  empty: sort === null && numeric,
  href,
});

/** The parts (`Prioriteit 1`, …) in the order their first indicator comes. */
export function parts(indicators: readonly ComparedIndicator[]): { part: string; indicators: ComparedIndicator[] }[] {
  const out: { part: string; indicators: ComparedIndicator[] }[] = [];
  for (const ind of indicators) {
    const last = out[out.length - 1];
    if (last?.part === ind.part) last.indicators.push(ind);
    else out.push({ part: ind.part, indicators: [ind] });
  }
  return out;
}

/** The tables of one group: one per part, the sector's median and middle half below the institutions. */
export function comparisonTables(data: ComparisonData, members: readonly string[], groupLabel: string): ComparisonTable[] {
  const institutions = members.map((id) => data.institutions.find((i) => i.id === id)!);
  return parts(data.indicators).map(({ part, indicators }, n) => ({
    id: `deel-${n + 1}`,
    title: part,
    table: {
      caption: `${part}: ${groupLabel}, laatste meting per indicator`,
      head: [{ label: 'Instelling', numeric: false }, ...indicators.map((ind) => ({ label: ind.label, numeric: true }))],
      rows: institutions.map((inst) => [
        cell(inst.name, inst.name, false, inst.url),
        ...indicators.map((ind) => {
          const v = ind.values[inst.id];
          return v ? cell(v.cell, v.value, true) : cell('–', null, true);
        }),
      ]),
      totals: [
        [cell('Mediaan van alle instellingen', null, false), ...indicators.map((ind) => cell(ind.sector.median.text, ind.sector.median.value, true))],
        [cell('Middelste helft van alle instellingen (P25–P75)', null, false), ...indicators.map((ind) => cell(`${ind.sector.q1.text} – ${ind.sector.q3.text}`, ind.sector.q1.value, true))],
      ],
      filterable: false,
    },
  }));
}

function groupLinks(data: ComparisonData): PeerPage['groupLinks'] {
  const of = (dimension: PeerGroup['dimension']) =>
    data.groups.filter((g) => g.dimension === dimension && g.url).map((g) => ({ url: g.url!, title: `${capitalize(g.label)} (${formatNumber(g.members.length)})` }));
  return [
    { title: 'Per soort', links: of('soort') },
    { title: 'Per regio', links: of('regio') },
  ];
}

function leftOutNote(data: ComparisonData): string | null {
  return data.leftOut === 0
    ? null
    : `${plural(data.leftOut, 'indicator staat', 'indicatoren staan')} niet in de vergelijking: aantallen en bedragen hangen vooral af van de omvang van een instelling, en zonder gerealiseerde waarden valt er niets te vergelijken.`;
}

const DIMENSIONS: readonly { readonly dimension: PeerGroup['dimension']; readonly title: string }[] = [
  { dimension: 'soort', title: 'Soort' },
  { dimension: 'regio', title: 'Regio' },
  { dimension: 'omvang', title: 'Omvang' },
  { dimension: 'type', title: 'Type (typering van instellingen)' },
];

function choices(data: ComparisonData): ComparePage['choices'] {
  return {
    groups: DIMENSIONS.map(({ dimension, title }) => ({
      title,
      options: data.groups.filter((g) => g.dimension === dimension).map((g) => ({ value: g.id, label: `${capitalize(g.label)} (${formatNumber(g.members.length)})` })),
    })).filter((d) => d.options.length > 0),
    institutions: data.institutions.map((i) => ({ value: i.id, label: `${i.name} (${i.kindLabel}, ${i.region})` })),
    parts: parts(data.indicators).map(({ part, indicators }) => ({ title: part, options: indicators.map((i) => ({ value: i.id, label: i.label })) })),
  };
}

export function comparePages(make: MakePage, data: ComparisonData): { index: ComparePage; groups: PeerPage[] } {
  const links = groupLinks(data);
  const leftOut = leftOutNote(data);
  const index: ComparePage = {
    ...make(
      compareUrls.root(),
      'Instellingen vergelijken',
      'Zet instellingen naast elkaar, of een groep van dezelfde soort, regio, omvang of hetzelfde type, met de mediaan en de spreiding van alle instellingen.',
      'compare',
    ),
    groupLinks: links,
    dataUrl: compareUrls.data(),
    leftOut,
    choices: choices(data),
  };
  const groups = data.groups
    .filter((g) => g.url)
    .map((group): PeerPage => {
      const page = make(
        group.url!,
        `${capitalize(group.label)} vergeleken`,
        `De ${plural(group.members.length, 'instelling', 'instellingen')} van ${group.dimension === 'soort' ? 'deze soort' : 'deze regio'} naast elkaar: de laatste meting per indicator, met de mediaan en de middelste helft van alle instellingen.`,
        'peers',
      );
      return {
        ...page,
        breadcrumbs: [page.breadcrumbs[0]!, { url: compareUrls.root(), title: 'Vergelijken' }, { url: group.url!, title: capitalize(group.label) }],
        tables: true,
        group,
        sections: comparisonTables(data, group.members, group.label),
        groupLinks: links,
        interactiveUrl: `${compareUrls.root()}?groep=${group.id}`,
        leftOut,
      };
    });
  return { index, groups };
}

/** The comparison pages of a site (none without comparison data). */
export function comparisonPageList(data: SiteData): SitePage[] {
  return data.compare ? [data.compare.index, ...data.compare.groups] : [];
}
