// Chapters 1 and 2: Inleiding (the monitor and its data) and Sectorbeeld (seed 000 chapter 2: broad ambition,
// catch-up, targets reached so far, national developments).
import { figureIds } from '../../lib/ids.ts';
import { chapter, editor, figure, paragraph, paragraphs, section, seriesTable } from '../blocks.ts';
import type { OutlineContext } from '../context.ts';
import { urls } from '../../lib/urls.ts';
import type { Chapter, Section } from '../types.ts';

export function inleiding(ctx: OutlineContext): Chapter | null {
  return chapter({
    id: 'inleiding',
    title: 'Inleiding',
    part: 'body',
    blocks: paragraphs(ctx.prose.introduction),
    children: [section({ id: 'leeswijzer', title: 'Leeswijzer', level: 2, blocks: editor(ctx.editor('leeswijzer.md')) })],
    page: { url: urls.inleiding(), title: 'Inleiding', description: 'Wat de monitor volgt, met welke gegevens, en hoe u dit rapport leest.', nav: false },
  });
}

export function sectorbeeld(ctx: OutlineContext): Chapter | null {
  const { prose, results, figures } = ctx;
  // Scatter charts in print only for indicators where the spread test reached a conclusion (the differences shrink
  // or grow), as seed 000 shows the indicators with a catch-up.
  const convergenceFigures = results.indicatorOrder.flatMap((id) => {
    const b = results.indicators[id]!.typologyBreakdown ?? 'totaal';
    const conclusion = results.sector[id]?.[b]?.convergence.spread?.conclusion ?? 'geen';
    return conclusion !== 'geen' ? figure(figures, figureIds.convergence(id, b)) : [];
  });
  const nationalSeries = [...new Set(results.series.filter((s) => s.goalId === null).map((s) => s.series))];
  return chapter({
    id: 'sectorbeeld',
    title: 'Sectorbeeld: op weg naar 2027',
    part: 'body',
    page: { url: urls.sector(), title: 'Sectorbeeld', description: 'De ambities van de sector als geheel, de inhaalslag en het doelbereik tot nu toe.' },
    children: [
      section({
        id: 'sector-ambitie',
        title: 'Brede inzet en duidelijke ambitie',
        level: 2,
        blocks: [
          ...paragraph(prose.sector.ambition),
          ...figure(figures, figureIds.ambitionOverview()),
          ...figure(figures, figureIds.ambitionOverviewGrades()),
          ...paragraphs([prose.budget.distribution, prose.budget.extremes]),
          ...figure(figures, figureIds.budgetSector()),
          ...figure(figures, figureIds.judgementsByGoal('voortgang')),
          ...figure(figures, figureIds.judgementsByGoal('effectiviteit')),
        ],
      }),
      section({
        id: 'sector-inhaalslag',
        title: 'Inhaalslag',
        level: 2,
        blocks: [...paragraph(prose.sector.convergence), ...figure(figures, figureIds.convergenceTable()), ...convergenceFigures],
      }),
      section({
        id: 'sector-doelbereik',
        title: 'Doelbereik tot nu toe',
        level: 2,
        blocks: [
          ...paragraph(prose.sector.reached),
          ...figure(figures, figureIds.reachedTable()),
          ...paragraph(prose.sector.nationalGoals),
        ],
      }),
      section({
        id: 'sector-landelijk',
        title: 'Landelijke ontwikkelingen',
        level: 2,
        blocks: seriesBlocks(ctx, nationalSeries, 'sector-landelijk-tabel'),
      }),
    ],
  });
}

/** Series of a goal, for its "Landelijke cijfers" subsection. */
export function goalSeries(ctx: OutlineContext, goalId: string, level: Section['level']): Section | null {
  const series = ctx.results.series.filter((s) => s.goalId === goalId);
  const slugs = [...new Set(series.map((s) => s.series))];
  const id = `landelijk-${goalId.toLowerCase().replace('.', '-')}`;
  return section({ id, title: 'Landelijke cijfers', level, blocks: seriesBlocks(ctx, slugs, `${id}-tabel`) });
}

/**
 * Series in one place: the table of every series first (what is true of each, said once), then per series slug
 * what stands out about it and its chart (a series may have several breakdowns; one paragraph, one figure).
 */
export function seriesBlocks(ctx: Pick<OutlineContext, 'prose' | 'figures'>, slugs: readonly string[], tableId: string) {
  return [...seriesTable(ctx, slugs, tableId), ...slugs.flatMap((slug) => [...paragraph(ctx.prose.series[slug]), ...figure(ctx.figures, figureIds.series(slug))])];
}
