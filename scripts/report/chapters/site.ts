// Site-only pages built from the report: the home page and the indicator pages.
import { valueAt } from '../../compute/lookup.ts';
import { figureIds } from '../../lib/ids.ts';
import { formatEuro, formatNumber } from '../../lib/nl.ts';
import { chapter, figure, indicatorTables, links, paragraph, paragraphs, section } from '../blocks.ts';
import { goalTitle, PRIORITY_TITLES, type OutlineContext } from '../context.ts';
import { urls } from '../../lib/urls.ts';
import { indicatorVerdicts } from './state.ts';
import { seriesBlocks } from './sector.ts';
import type { Block, Chapter, Highlight, KeyFigure, Section } from '../types.ts';

/** A key figure whose value is traced to its place in Results. */
function keyFigure(ctx: OutlineContext, label: string, key: string, format: (v: number) => string, note?: string): KeyFigure[] {
  const value = valueAt(ctx.results, key);
  if (typeof value !== 'number' || !Number.isFinite(value)) return [];
  const shown = format(value);
  return [{ label, value: shown, fact: { key, value, shown }, ...(note ? { note } : {}) }];
}

export function homePage(ctx: OutlineContext): Chapter | null {
  const { results, prose } = ctx;
  const vsv = results.indicatorOrder
    .map((id) => results.sector[id]?.totaal?.sum)
    .find((sum) => sum?.nationalGoal);
  const vsvId = results.indicatorOrder.find((id) => results.sector[id]?.totaal?.sum?.nationalGoal);
  const items: KeyFigure[] = [
    ...keyFigure(ctx, 'Instellingen in deze editie', 'method.institutions', (v) => formatNumber(v)),
    ...keyFigure(ctx, 'Indicatoren', 'method.indicators', (v) => formatNumber(v)),
    ...keyFigure(ctx, 'Streefwaarden voor 2027', 'targetCounts.inForce', (v) => formatNumber(v)),
    ...keyFigure(ctx, 'Kwaliteitsmiddelen 2024-2027', 'budget.total', formatEuro),
    ...(vsv && vsvId
      ? keyFigure(ctx, `Opgeteld uit de streefwaarden van de instellingen: ${results.indicators[vsvId]!.shortName}`, `sector.${vsvId}.totaal.sum.target`, (v) => formatNumber(v), `Geen landelijk cijfer; het landelijke doel is ${formatNumber(vsv.nationalGoal!.value)}`)
      : []),
  ];
  const cards = [
    { title: 'Stand van zaken', url: urls.state(), description: 'Elke doelstelling met haar indicatoren: oordeel, onzekerheid, verloop en besteding.' },
    { title: 'Samenvatting', url: urls.samenvatting(), description: 'De belangrijkste bevindingen op een rij.' },
    { title: 'Inleiding', url: urls.inleiding(), description: 'Wat de monitor volgt, met welke gegevens, en hoe u het rapport leest.' },
    { title: 'Sectorbeeld', url: urls.sector(), description: 'Ambities, inhaalslag en doelbereik van de sector als geheel.' },
    ...([1, 2, 3] as const).map((p) => ({ title: `Prioriteit ${p}: ${PRIORITY_TITLES[p]}`, url: urls.priority(p), description: ctx.results.goalOrder.filter((g) => results.goals[g]!.priority === p && !results.goals[g]!.isStagepact).map((g) => results.goals[g]!.shortName).join(' · ') })),
    { title: 'Stagepact mbo', url: urls.stagepact(), description: 'Stagebegeleiding, stagediscriminatie, stageplaatsen en stagevergoeding.' },
    { title: 'Instellingen', url: urls.institutions(), description: 'Alle instellingen: typen, streefwaarden en realisaties.' },
    { title: 'Indicatoren', url: urls.indicators(), description: 'Alle indicatoren met definitie, bron en spreiding.' },
    { title: 'Reflectie', url: urls.reflection(), description: 'Beschouwing op de bevindingen van deze editie.' },
    { title: 'Verantwoording', url: urls.method(), description: 'Hoe de cijfers tot stand komen.' },
    ...(results.diff ? [{ title: 'Wat is veranderd', url: urls.changes(), description: `Verschillen met de vorige editie (${results.diff.previous.snapshot}).` }] : []),
  ];
  return chapter({
    id: 'home',
    title: results.edition.title,
    part: 'front',
    print: false,
    blocks: [{ kind: 'keyfigures', items }, ...highlights(ctx), ...paragraph(prose.introduction[0]), ...links(cards)],
    page: { url: urls.home(), title: results.edition.title, description: 'Monitor van de Werkagenda mbo en het Stagepact mbo 2023-2027.' },
  });
}

/** The five most important findings, each with its chart (when drawn) and a link to its goal. */
function highlights(ctx: OutlineContext): Block[] {
  const items: Highlight[] = ctx.findings.top.flatMap((id) => {
    const f = ctx.findings.items.find((x) => x.id === id);
    const p = ctx.prose.findings.headlines[id];
    if (!f || !p) return [];
    return [{ paragraph: p, figureId: f.figureId && ctx.figures.get(f.figureId) ? f.figureId : null, url: urls.goal(f.goalId), goal: goalTitle(ctx, f.goalId) }];
  });
  return items.length ? [{ kind: 'highlights', items }] : [];
}

export function indicatorPages(ctx: OutlineContext): Chapter | null {
  const { results } = ctx;
  const byGoal = results.goalOrder.flatMap((goalId) =>
    results.goals[goalId]!.indicatorIds.map((id) => ({
      title: results.indicators[id]!.name,
      url: urls.indicator(id),
      description: goalTitle(ctx, goalId),
    })),
  );
  return chapter({
    id: 'indicatoren',
    title: 'Indicatoren',
    part: 'body',
    print: false,
    blocks: [...figure(ctx.figures, figureIds.indicatorTable()), ...links(byGoal)],
    children: results.indicatorOrder.map((id) => indicatorPage(ctx, id)),
    page: { url: urls.indicators(), title: 'Indicatoren', description: 'Alle indicatoren van de monitor met definitie, eenheid en bron.' },
  });
}

function indicatorPage(ctx: OutlineContext, id: string): Section | null {
  const { results, figures, prose } = ctx;
  const i = results.indicators[id]!;
  const unitText = { procent: 'procent', cijfer: 'rapportcijfer (1-10)', aantal: 'aantal', euro: 'euro' }[i.unit];
  return section({
    id: `indicator-${id}`,
    title: i.name,
    level: 2,
    print: false,
    page: { url: urls.indicator(id), title: i.name, description: i.definition || `Indicator van ${goalTitle(ctx, i.goalId)}.`, keywords: [i.shortName] },
    blocks: [
      ...indicatorVerdicts(ctx, id),
      {
        kind: 'definitions',
        items: [
          ...(i.definition ? [{ label: 'Definitie', value: i.definition }] : []),
          { label: 'Doelstelling', value: goalTitle(ctx, i.goalId) },
          { label: 'Eenheid', value: unitText },
          { label: 'Richting', value: i.directionLabel },
          { label: 'Bron', value: i.source },
          ...(i.minN !== null ? [{ label: 'Minimum aantal respondenten', value: formatNumber(i.minN) }] : []),
          { label: 'Uitsplitsingen', value: i.breakdowns.join(', ') || 'geen' },
        ],
      },
      // The course over every breakdown first ("wisselend: …"), then each breakdown with its own verdict.
      ...paragraph(prose.courses[id] ?? null),
      ...indicatorTables(ctx, [id], `indicator-${id}`),
      ...i.breakdowns.flatMap((b) => [
        ...paragraphs([prose.indicators[id]?.[b]?.ambition ?? null, prose.indicators[id]?.[b]?.development ?? null]),
        ...figure(figures, figureIds.startTarget(id, b)),
        ...figure(figures, figureIds.realised(id, b)),
        ...figure(figures, figureIds.convergence(id, b)),
      ]),
      // A series has one entry per breakdown but one paragraph and one figure.
      ...seriesBlocks(ctx, [...new Set(results.series.filter((s) => s.indicatorId === id).map((s) => s.series))], `indicator-${id}-reeksen`),
    ],
  });
}
