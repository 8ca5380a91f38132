// Chapter "De instellingen" (seed 000 chapter 3: different starting points, five types, use of funds) and the
// site-only institution pages: the overview table and one page per institution.
import { figureIds } from '../../lib/ids.ts';
import { formatNumber } from '../../lib/nl.ts';
import { chapter, figure, links, paragraph, paragraphs, section } from '../blocks.ts';
import type { OutlineContext } from '../context.ts';
import { urls } from '../../lib/urls.ts';
import { factsheet, factsheetCard, factsheetSection } from '../factsheets.ts';
import type { Block, Chapter, KeyFigure, Section } from '../types.ts';
import type { InstitutionKind } from '../../snapshot/types.ts';
import { KIND_NAMES, kindLabel } from '../../compute/kinds.ts';

/** What readers type for each soort (search keywords of the overview): its names and what the abbreviation stands for. */
const KIND_WORDS: Readonly<Record<InstitutionKind, readonly string[]>> = {
  roc: [KIND_NAMES.roc.one, KIND_NAMES.roc.many, 'regionale opleidingencentra'],
  aoc: [KIND_NAMES.aoc.one, KIND_NAMES.aoc.many, 'agrarische opleidingscentra'],
  vakinstelling: [KIND_NAMES.vakinstelling.one, KIND_NAMES.vakinstelling.many],
  overig: [],
};

/** Fewer institutions than this of the same soort in the region (itself included): compare with the whole soort. */
const MIN_PEERS = 3;

export function institutionsChapter(ctx: OutlineContext): Chapter | null {
  const { prose, figures } = ctx;
  return chapter({
    id: 'instellingen',
    title: 'De instellingen',
    part: 'body',
    page: {
      url: urls.typology(),
      title: 'De instellingen: uitgangssituaties en typen',
      description: 'Verschillen tussen instellingen in startwaarden en ambities, de vijf typen en de inzet van middelen.',
      nav: false,
      keywords: ['typologie', 'typen', 'typering'],
    },
    children: [
      section({
        id: 'instellingen-uitgangssituaties',
        title: 'Verschillende uitgangssituaties',
        level: 2,
        blocks: [...paragraph(prose.typology.method), ...figure(figures, figureIds.typologyScores())],
      }),
      section({
        id: 'instellingen-typen',
        title: 'Vijf typen instellingen',
        level: 2,
        blocks: [
          ...figure(figures, figureIds.typologyCounts()),
          ...paragraphs(prose.typology.types.map((t) => t.paragraph)),
          ...paragraph(prose.typology.caveat),
        ],
      }),
      section({
        id: 'instellingen-middelen',
        title: 'Inzet van middelen',
        level: 2,
        blocks: [
          ...figure(figures, figureIds.budgetInstitutions()),
          ...paragraph(prose.budget.ambition),
        ],
      }),
      // On the site the full table sits here; in print it is annex C.
      section({ id: 'instellingen-alle', title: 'Alle instellingen', level: 2, blocks: figure(figures, figureIds.typologyInstitutionsTable()), print: false }),
    ],
  });
}

export function institutionPages(ctx: OutlineContext): Chapter | null {
  const { results } = ctx;
  return chapter({
    id: 'instellingen-overzicht',
    title: 'Instellingen',
    part: 'body',
    print: false,
    blocks: [
      ...links([
        { title: 'Uitgangssituaties en typen', url: urls.typology(), description: 'Hoe de instellingen verschillen in startwaarden en ambities: de vijf typen.' },
        { title: 'Instellingen vergelijken', url: urls.compare(), description: 'Instellingen naast elkaar, of een groep van dezelfde soort, regio, omvang of type, met de mediaan en de spreiding van alle instellingen.' },
      ]),
      ...figure(ctx.figures, figureIds.institutionsTable()),
    ],
    children: results.institutionOrder.map((id) => institutionPage(ctx, id)),
    page: {
      url: urls.institutions(),
      title: 'Instellingen',
      description: 'Alle instellingen met hun type, start- en streefwaarden en doelbereik.',
      // The soorten a reader searches for ("ROC") lead here, not to one institution that is one.
      keywords: ['instellingen', ...[...new Set(results.institutionOrder.map((id) => results.institutions[id]!.kind))].flatMap((k) => KIND_WORDS[k])],
    },
  });
}

function institutionPage(ctx: OutlineContext, id: string): Section | null {
  const { results, figures } = ctx;
  const inst = results.institutions[id]!;
  // An institution without rows in maatregel_inzet.csv has no known measures: "geen gegevens", never 0.
  const measures = results.measures.institutions[id];
  const typeName = results.typology.types.find((t) => t.type === inst.type)?.name ?? 'Geen uitgesproken profiel';
  const sheet = factsheet(ctx, id);
  return section({
    id: `instelling-${id.toLowerCase()}`,
    title: inst.name,
    level: 2,
    print: false,
    page: { url: urls.institution(id), title: inst.name, description: `Start- en streefwaarden, realisaties en type van ${inst.name}.`, keywords: [inst.id, inst.name] },
    blocks: [
      {
        kind: 'keyfigures',
        items: [
          { label: 'Studenten', value: formatNumber(inst.students), fact: { key: `institutions.${id}.students`, value: inst.students, shown: formatNumber(inst.students) } },
          measures
            ? { label: measuresLabel(results, id), value: formatNumber(measures.length), fact: { key: `measures.institutions.${id}.length`, value: measures.length, shown: formatNumber(measures.length) } }
            : { label: 'Uitgevoerde maatregelen', value: 'geen gegevens' },
        ],
      },
      {
        kind: 'definitions',
        items: [
          { label: 'Code', value: inst.id },
          { label: 'Soort', value: kindLabel(inst.kind) },
          { label: 'Regio', value: `${inst.region}${inst.randstad ? ' (Randstad)' : ''}` },
          { label: 'Type', value: inst.type === 'geen' ? typeName : `Type ${inst.type}: ${typeName}` },
        ],
      },
      ...links([factsheetCard(sheet)]),
      ...peerLinks(ctx, id),
      ...typologyScores(ctx, id),
      ...paragraph(ctx.prose.institutions[id]),
      ...figure(figures, figureIds.institutionPosition(id)),
      ...figure(figures, figureIds.institutionValues(id)),
      ...figure(figures, figureIds.institutionBudget(id)),
    ],
    // Its factsheet for the conversation with its board: the PDF, and a printable page of its own.
    children: [factsheetSection(sheet)],
  });
}

/** The institution's own latest year beside the label when it is not the year the sector pages describe. */
function measuresLabel(results: OutlineContext['results'], id: string): string {
  const year = results.measures.institutionYears[id];
  return year === undefined || year === results.measures.year ? 'Uitgevoerde maatregelen' : `Uitgevoerde maatregelen (${year})`;
}

/**
 * Where the institution stands among its peers (/vergelijk/): the institutions of its soort in its region (of its
 * soort everywhere when the region has fewer than MIN_PEERS of them), the institution marked; and the static pages
 * of its soort and its region, which need no JavaScript.
 */
function peerLinks(ctx: OutlineContext, id: string): Block[] {
  const { results } = ctx;
  const inst = results.institutions[id]!;
  const ofKind = results.institutionOrder.filter((other) => results.institutions[other]!.kind === inst.kind);
  const inRegion = ofKind.filter((other) => results.institutions[other]!.region === inst.region);
  const local = inRegion.length >= MIN_PEERS;
  const peers = local ? inRegion : ofKind;
  const kind = KIND_NAMES[inst.kind];
  const group = local ? `${kind.many} in regio ${inst.region}` : kind.many;
  const others = peers.length - 1;
  return links([
    ...(others > 0
      ? [
          {
            title: `Vergelijk met de andere ${group}`,
            url: urls.comparePeers([id, ...peers.filter((p) => p !== id)]),
            description: `${inst.name} naast ${others === 1 ? 'één andere instelling' : `${formatNumber(others)} andere`}, per indicator, met de mediaan en de spreiding van alle instellingen.`,
          },
        ]
      : []),
    { title: `Alle ${kind.many} vergeleken`, url: urls.compareKind(inst.kind), description: `Een tabel per prioriteit met de laatste meting van elke instelling van deze soort.` },
    { title: `Regio ${inst.region} vergeleken`, url: urls.compareRegion(inst.region), description: `Een tabel per prioriteit met de laatste meting van elke instelling in deze regio.` },
  ]);
}

/**
 * The institution's typology scores next to the sector's cut-offs (as Results has them; the rules are on the
 * typology page, which the block links to). Nothing when the institution has no start score.
 */
function typologyScores(ctx: OutlineContext, id: string): Block[] {
  const { typology } = ctx.results;
  const own = typology.institutions[id];
  const th = typology.thresholds;
  if (!own || own.startScore === null || !th) return [];
  const score = (v: number) => formatNumber(v, 2);
  const items: KeyFigure[] = [
    {
      label: 'Score startpositie (−1 tot 1)',
      value: score(own.startScore),
      note: `Startniveau ${own.startLevel ?? 'onbekend'}: hoog boven ${score(th.startP67)}, laag onder ${score(th.startP33)} (P67 en P33 van alle instellingen).`,
      fact: { key: `typology.institutions.${id}.startScore`, value: own.startScore, shown: score(own.startScore) },
    },
  ];
  if (own.ambitionScore !== null && th.ambitionMedian !== null && th.ambitionP33 !== null && th.ambitionP67 !== null) {
    items.push({
      label: 'Score ambitie (−1 tot 1)',
      value: score(own.ambitionScore),
      note: `Mediaan van alle instellingen ${score(th.ambitionMedian)}; P33 ${score(th.ambitionP33)}, P67 ${score(th.ambitionP67)}.`,
      fact: { key: `typology.institutions.${id}.ambitionScore`, value: own.ambitionScore, shown: score(own.ambitionScore) },
    });
  }
  return [
    { kind: 'keyfigures', items },
    ...links([{ title: 'Hoe de typering werkt', url: urls.typology(), description: 'De scores, de grenzen en de vijf typen instellingen.' }]),
  ];
}
