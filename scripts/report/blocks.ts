// Small constructors for Report blocks and sections, so the outline reads as a table of contents.
import type { Figure } from '../figures/types.ts';
import type { RichBlock } from '../lib/rich-text.ts';
import type { Block, Chapter, LinkCard, Paragraph, Section } from './types.ts';
import type { GoalTableKind, IndicatorTableKind, Prose, TableSpec } from '../prose/types.ts';
import { INDICATOR_TABLES } from '../prose/paragraphs/indicator-tables.ts';
import { GOAL_TABLES } from '../prose/paragraphs/goal-tables.ts';
import { SERIES_TABLE } from '../prose/paragraphs/series-tables.ts';
import { EMPTY_CELL } from '../prose/builder.ts';

/** Editor-written markdown, already rendered to safe HTML; null when the file is absent. */
export interface EditorText {
  readonly file: string;
  readonly html: string;
  /** The same text as structured blocks, for the PDF (scripts/prose/editor-tree.ts). */
  readonly content: readonly RichBlock[];
  /** Live numbers quoted in the text, as traced paragraphs (scripts/prose/live-numbers.ts). */
  readonly paragraphs?: readonly Paragraph[];
  /** Images under content/ the HTML shows, served from `url` (copied by the site stage). */
  readonly images?: readonly { readonly url: string; readonly source: string }[];
}
export type EditorTexts = (file: string) => EditorText | null;

/** What every outline module may read besides Results and Prose. */
export interface FigureLookup {
  /** The figure when it exists and has something to draw. */
  get(id: string): Figure | null;
}

export const paragraph = (p: Paragraph | null | undefined): Block[] => (p ? [{ kind: 'paragraph', paragraph: p }] : []);
export const paragraphs = (ps: readonly (Paragraph | null)[]): Block[] => ps.flatMap((p) => paragraph(p));
export const bullets = (id: string, items: readonly Paragraph[], title?: string): Block[] =>
  items.length ? [{ kind: 'bullets', id, items, ...(title ? { title } : {}) }] : [];
export const editor = (text: EditorText | null): Block[] =>
  text ? [{ kind: 'editor', file: text.file, html: text.html, content: text.content, ...(text.paragraphs?.length ? { paragraphs: text.paragraphs } : {}), ...(text.images?.length ? { images: text.images } : {}) }] : [];
export const links = (items: readonly LinkCard[]): Block[] => (items.length ? [{ kind: 'links', items }] : []);

export function figure(figures: FigureLookup, id: string): Block[] {
  return figures.get(id) ? [{ kind: 'figure', figureId: id }] : [];
}

interface SectionInit {
  readonly id: string;
  readonly title: string;
  readonly level: Section['level'];
  readonly blocks?: readonly Block[];
  readonly children?: readonly (Section | null)[];
  readonly page?: Section['page'];
  readonly print?: boolean;
  readonly site?: boolean;
}

/** A section; null when it would have neither blocks nor children (the outline leaves empty places out). */
export function section(init: SectionInit): Section | null {
  const children = (init.children ?? []).filter((c): c is Section => c !== null);
  const blocks = init.blocks ?? [];
  if (blocks.length === 0 && children.length === 0) return null;
  return {
    id: init.id,
    number: null,
    title: init.title,
    level: init.level,
    blocks,
    children,
    ...(init.page ? { page: init.page } : {}),
    print: init.print ?? true,
    site: init.site ?? true,
  };
}

export function chapter(init: Omit<SectionInit, 'level'> & { readonly part: Chapter['part'] }): Chapter | null {
  const s = section({ ...init, level: 1 });
  return s ? { ...s, level: 1, part: init.part } : null;
}

/**
 * The tables of ambition, course and measured values over `indicatorIds` (one row per indicator × breakdown), each
 * left out when no row has anything to show: a goal's section, or one indicator's page.
 */
export function indicatorTables(ctx: { readonly prose: { readonly indicatorTables: Prose['indicatorTables'] } }, indicatorIds: readonly string[], idPrefix: string): Block[] {
  return (Object.keys(INDICATOR_TABLES) as IndicatorTableKind[]).flatMap((kind) => {
    const rows = indicatorIds.flatMap((id) => ctx.prose.indicatorTables[id]?.[kind] ?? []);
    return tracedTable(`${idPrefix}-tabel-${kind}`, INDICATOR_TABLES[kind], rows);
  });
}

/**
 * One of a chapter's tables over its goals (money, measures, own judgement), one row per goal; left out when no
 * goal has a row. With `siteOnly`, one goal's row on its own page (the PDF prints the chapter's table once).
 */
export function goalTable(ctx: { readonly prose: { readonly goals: Prose['goals'] } }, kind: GoalTableKind, goalIds: readonly string[], id: string, siteOnly = false): Block[] {
  const rows = goalIds.flatMap((g) => ctx.prose.goals[g]?.tables[kind] ?? []);
  return tracedTable(id, GOAL_TABLES[kind], rows, siteOnly);
}

/** The table "Landelijke cijfers per reeks" over `slugs` (one row per series line); nothing when no series has a row. */
export function seriesTable(ctx: { readonly prose: { readonly seriesTables: Prose['seriesTables'] } }, slugs: readonly string[], id: string): Block[] {
  const rows = slugs.flatMap((s) => ctx.prose.seriesTables[s] ?? []);
  return tracedTable(id, SERIES_TABLE, rows);
}

/**
 * A table of traced rows with its caption shown (hidden for a goal page's own row, `siteOnly`), nothing without rows;
 * without the columns where no row has anything to show (a "Landelijk doel" column of dashes): the row paragraphs
 * lose those cells, which carry no number, so the fact check reads the same text.
 */
function tracedTable(id: string, { caption, columns }: TableSpec, rows: readonly Paragraph[], siteOnly = false): Block[] {
  if (rows.length === 0) return [];
  const keep = columns.map((_, i) => i === 0 || rows.some((p) => p.sentences[i] !== undefined && p.sentences[i]!.text !== EMPTY_CELL));
  const pick = <T,>(list: readonly T[]) => list.filter((_, i) => keep[i] ?? true);
  const table = { columns: pick(columns), rows: rows.map((p) => ({ paragraph: keep.every(Boolean) ? p : { ...p, sentences: pick(p.sentences) }, heading: false })) };
  return [{ kind: 'traced-table', id, caption, captionShown: !siteOnly, ...(siteOnly ? { siteOnly } : {}), table }];
}
