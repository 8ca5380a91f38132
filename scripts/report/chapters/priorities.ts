// One chapter per priority (and one for the Stagepact) with a section per goal in the shape of seed 003:
// financial effort, measures, the institutions' own judgement, development of the indicators, effort and result.
import { figureIds } from '../../lib/ids.ts';
import { goalSlug } from '../../lib/urls.ts';
import { chapter, editor, figure, goalTable, indicatorTables, links, paragraph, paragraphs, section } from '../blocks.ts';
import { goalTitle, PRIORITY_TITLES, type OutlineContext } from '../context.ts';
import { urls } from '../../lib/urls.ts';
import type { Block, Chapter, Section } from '../types.ts';
import type { GoalTableKind, PriorityProse } from '../../prose/types.ts';
import { goalSeries } from './sector.ts';
import { goalListBlocks } from './front.ts';

export function priorityChapter(ctx: OutlineContext, priority: 1 | 2 | 3): Chapter | null {
  const goalIds = ctx.results.goalOrder.filter((id) => ctx.results.goals[id]!.priority === priority && !ctx.results.goals[id]!.isStagepact);
  const prose = ctx.prose.priorities[priority];
  return chapter({
    id: `prioriteit-${priority}`,
    title: `Prioriteit ${priority}: ${PRIORITY_TITLES[priority]}`,
    part: 'body',
    blocks: [...paragraphs([prose.intro, prose.summary]), ...goalLinks(ctx, goalIds), ...chapterTables(ctx, prose, goalIds, `prioriteit-${priority}`)],
    children: [
      ...goalIds.map((id) => goalSection(ctx, id)),
      reflection(ctx, `reflectie-prioriteit-${priority}`, `reflectie/prioriteit-${priority}.md`),
    ],
    page: {
      url: urls.priority(priority),
      title: `Prioriteit ${priority}: ${PRIORITY_TITLES[priority]}`,
      description: `De doelstellingen van prioriteit ${priority} van de Werkagenda mbo: inzet, maatregelen en ontwikkeling van de indicatoren.`,
    },
  });
}

export function stagepactChapter(ctx: OutlineContext): Chapter | null {
  const goalIds = ctx.results.goalOrder.filter((id) => ctx.results.goals[id]!.isStagepact);
  if (goalIds.length === 0 || !ctx.prose.stagepact) return null;
  return chapter({
    id: 'stagepact',
    title: 'Stagepact mbo',
    part: 'body',
    blocks: [...paragraphs([ctx.prose.stagepact.intro, ctx.prose.stagepact.summary]), ...goalLinks(ctx, goalIds), ...chapterTables(ctx, ctx.prose.stagepact, goalIds, 'stagepact')],
    children: [...goalIds.map((id) => goalSection(ctx, id)), reflection(ctx, 'reflectie-stagepact', 'reflectie/stagepact.md')],
    page: { url: urls.stagepact(), title: 'Stagepact mbo', description: 'De vier thema’s van het Stagepact mbo 2023-2027.' },
  });
}

/**
 * What every goal of the chapter has, side by side (issue 27: said once, not per goal): what each is about, its
 * money, its measures and the institutions' own judgement, with what holds for all of them above the tables.
 */
function chapterTables(ctx: OutlineContext, prose: PriorityProse, goalIds: readonly string[], id: string): Block[] {
  const table = (kind: GoalTableKind) => goalTable(ctx, kind, goalIds, `${id}-tabel-${kind}`);
  return [...table('doelen'), ...paragraph(prose.inputs), ...table('middelen'), ...table('maatregelen'), ...table('oordelen')];
}

function goalLinks(ctx: OutlineContext, goalIds: readonly string[]) {
  return links(goalIds.map((id) => ({ title: goalTitle(ctx, id), url: urls.goal(id), description: ctx.results.goals[id]!.name })));
}

function reflection(ctx: OutlineContext, id: string, file: string): Section | null {
  return section({ id, title: 'Reflectie', level: 2, blocks: editor(ctx.editor(file)) });
}

function goalSection(ctx: OutlineContext, goalId: string): Section | null {
  const { prose, figures, results } = ctx;
  const g = prose.goals[goalId]!;
  const slug = goalSlug(goalId);
  const sub = (id: string, title: string, blocks: readonly Block[], print = true) => section({ id: `doel-${slug}-${id}`, title, level: 3, blocks, print });
  // The goal's own rows of its chapter's tables, on its page only: the PDF prints each table once at the chapter's head.
  const own = (kind: GoalTableKind) => goalTable(ctx, kind, [goalId], `doel-${slug}-tabel-${kind}`, true);
  return section({
    id: `doel-${slug}`,
    title: goalTitle(ctx, goalId),
    level: 2,
    // The overall word first (issue 27): where the goal stands as a whole, then the lists it weighs.
    blocks: [...paragraph(g.standing), ...goalListBlocks(ctx, goalId), ...own('doelen')],
    page: { url: urls.goal(goalId), title: goalTitle(ctx, goalId), description: results.goals[goalId]!.name },
    children: [
      sub('besteding', 'Financiële inzet', [...own('middelen'), ...figure(figures, figureIds.spendingTable(goalId))]),
      sub('maatregelen', 'Maatregelen', [...own('maatregelen'), ...paragraph(g.mandatory), ...figure(figures, figureIds.measures(goalId))]),
      sub('oordelen', 'Oordeel van de instellingen', [...own('oordelen'), ...figure(figures, figureIds.judgements(goalId))]),
      section({
        id: `doel-${slug}-indicatoren`,
        title: 'Ontwikkeling van de indicatoren',
        level: 3,
        blocks: indicatorTables(ctx, results.goals[goalId]!.indicatorIds, `doel-${slug}`),
        children: [...results.goals[goalId]!.indicatorIds.map((id) => indicatorSection(ctx, id)), goalSeries(ctx, goalId, 4)],
      }),
      // The correlation table itself is in the annex (annexes.ts). Printed only where a relation survives the
      // correction; "none" is said once at the chapter's head, and on the goal's page.
      sub('inzet', 'Samenhang tussen inzet en ontwikkeling', paragraph(g.effort ?? g.effortNone), g.effort !== null),
    ],
  });
}

/** One indicator inside a goal section: per breakdown its ambition, development and the two charts. */
function indicatorSection(ctx: OutlineContext, indicatorId: string): Section | null {
  const indicator = ctx.results.indicators[indicatorId]!;
  return section({
    id: `doel-${goalSlug(indicator.goalId)}-${indicatorId}`,
    title: indicator.name,
    level: 4,
    blocks: [
      // The course over every breakdown first, so the overall picture never hides a worse breakdown.
      ...paragraph(ctx.prose.courses[indicatorId] ?? null),
      ...indicator.breakdowns.flatMap((b) => {
        const p = ctx.prose.indicators[indicatorId]?.[b];
        return [
          ...paragraphs([p?.ambition ?? null, p?.development ?? null]),
          ...figure(ctx.figures, figureIds.startTarget(indicatorId, b)),
          ...figure(ctx.figures, figureIds.realised(indicatorId, b)),
        ];
      }),
    ],
  });
}
