// One page's content: the page section's blocks plus its child sections that have no page of their own,
// flattened into headings and block views in reading order, with footnotes numbered per page.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReportError } from '../lib/errors.ts';
import type { Block, Chapter, Paragraph, Section, VerdictGroup } from '../report/types.ts';
import { sections } from '../report/walk.ts';
import { notesShown } from '../report/notes.ts';
import { sparkline } from './sparkline.ts';
import type { BlockView, FigureView, Footnote, Link, ParagraphView, VerdictGroupView } from './types.ts';

export interface PageContent {
  readonly content: BlockView[];
  readonly notes: Footnote[];
  readonly toc: Link[];
  /** Child sections (at any depth below inline sections) that are pages of their own. */
  readonly childPages: Section[];
}

/**
 * Shift the headings of editor HTML so its highest heading sits at `top` (h2 under the page title),
 * keeping the heading order intact. The HTML comes from markdown-it with raw HTML disabled, so every
 * `<hN` is a heading markdown-it made.
 */
export function shiftHeadings(html: string, top: number): string {
  const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
  if (levels.length === 0) return html;
  const offset = top - Math.min(...levels);
  if (offset === 0) return html;
  return html.replace(/<(\/?)h([1-6])([\s>])/g, (_, slash: string, level: string, after: string) => {
    const shifted = Math.min(6, Math.max(1, Number(level) + offset));
    return `<${slash}h${shifted}${after}`;
  });
}

class Notes {
  readonly list: Footnote[] = [];
  add(text: string) {
    const number = this.list.length + 1;
    const note = { number, id: `noot-${number}`, refId: `noot-ref-${number}`, text };
    this.list.push(note);
    return { number, id: note.id, refId: note.refId };
  }
}

function paragraphView(paragraph: Paragraph, notes: Notes): ParagraphView {
  return {
    id: paragraph.id,
    sentences: paragraph.sentences.map((s) => ({
      text: s.text,
      facts: s.facts.map((f) => f.key).join(' '),
      note: s.note ? notes.add(s.note) : null,
    })),
  };
}

function blockView(block: Block, depth: number, figures: Readonly<Record<string, FigureView>>, notes: Notes): BlockView {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', paragraph: paragraphView(block.paragraph, notes) };
    case 'bullets':
      return { kind: 'bullets', id: block.id, items: block.items.map((p) => paragraphView(p, notes)), title: block.title ?? null };
    case 'highlights':
      return {
        kind: 'highlights',
        items: block.items.map((h) => ({ paragraph: paragraphView(h.paragraph, notes), figure: h.figureId ? (figures[h.figureId] ?? null) : null, url: h.url, goal: h.goal })),
      };
    case 'figure': {
      const figure = figures[block.figureId];
      if (!figure) throw new ReportError(`het rapport verwijst naar figuur "${block.figureId}", maar die bestaat niet`);
      // A note an earlier figure of this page showed is not shown again.
      return { kind: 'figure', figure: { ...figure, notes: notesShown(block, figure.notes, 'site') } };
    }
    case 'editor':
      return { kind: 'editor', file: block.file, html: shiftHeadings(block.html, Math.min(6, depth + 2)) };
    case 'keyfigures':
      return { kind: 'keyfigures', items: block.items };
    case 'definitions':
      return { kind: 'definitions', items: block.items };
    case 'links':
      return { kind: 'links', items: block.items };
    case 'traced-table':
      return {
        kind: 'traced-table',
        id: block.id,
        caption: block.caption,
        captionShown: block.captionShown ?? false,
        columns: block.table.columns,
        rows: block.table.rows.map((r) => ({ heading: r.heading, paragraph: paragraphView(r.paragraph, notes) })),
      };
    case 'verdicts':
      return { kind: 'verdicts', id: block.id, intervalHeading: block.intervalHeading, groups: block.groups.map((g) => verdictGroupView(g, notes)) };
  }
}

function verdictGroupView(g: VerdictGroup, notes: Notes): VerdictGroupView {
  const p = (x: Paragraph | null) => (x ? paragraphView(x, notes) : null);
  return {
    id: g.id,
    title: g.title,
    url: g.url,
    caption: g.title ? `Indicatoren van ${g.title}` : 'Oordeel over de koers',
    standing: p(g.standing),
    spending: p(g.spending),
    rows: g.rows.map((r) => ({
      indicator: r.indicator,
      breakdown: r.breakdown,
      url: r.url,
      status: r.status,
      symbol: r.symbol,
      words: r.words,
      interval: p(r.interval),
      onPath: p(r.onPath),
      trend: r.trend ? { text: paragraphView(r.trend.text, notes), line: sparkline(r.trend.points) } : null,
    })),
  };
}

/**
 * The blocks and inline child sections of the page section `section`: child sections with a page of their own are
 * left out (listed in `childPages`) and sections with `site: false` are skipped.
 */
export function pageContent(section: Section, figures: Readonly<Record<string, FigureView>>): PageContent {
  const notes = new Notes();
  const content: BlockView[] = [];
  const childPages: Section[] = [];

  const walk = (s: Section, depth: number) => {
    for (const block of s.blocks) content.push(blockView(block, depth, figures, notes));
    for (const child of s.children) {
      if (!child.site) continue;
      if (child.page) {
        childPages.push(child);
        continue;
      }
      content.push({ kind: 'heading', id: child.id, level: Math.min(6, depth + 2), number: child.number, title: child.title });
      walk(child, depth + 1);
    }
  };
  walk(section, 0);

  const top = content.filter((b): b is Extract<BlockView, { kind: 'heading' }> => b.kind === 'heading' && b.level === 2);
  const toc = top.length >= 2 ? top.map((h) => ({ url: `#${h.id}`, title: h.number ? `${h.number} ${h.title}` : h.title })) : [];
  return { content, notes: notes.list, toc, childPages };
}

/** Copy the images of the editor texts (content/…) to where their HTML points (/inhoud/…); returns the count. */
export function copyEditorImages(outDir: string, chapters: readonly Chapter[]): number {
  const done = new Set<string>();
  for (const s of sections(chapters)) {
    for (const block of s.blocks) {
      if (block.kind !== 'editor') continue;
      for (const image of block.images ?? []) {
        if (done.has(image.url)) continue;
        const target = join(outDir, ...decodeURI(image.url).split('/').filter(Boolean));
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(image.source, target);
        done.add(image.url);
      }
    }
  }
  return done.size;
}
