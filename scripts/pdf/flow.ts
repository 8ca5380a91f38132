// Figures that float. Chromium has no `float: top` for paged media: a chart that does not fit below a paragraph
// moves to the next page as a whole (break-inside: avoid) and leaves the rest of the page blank. Before printing,
// this module lays the print edition out on a screen as wide as the printed column, predicts where Chromium will
// break the pages of each chapter (line by line, with the same widows, orphans and "keep with next" rules as
// print.css), and where a figure would leave a large gap it moves the figure after the text that follows it, so
// that text fills the page and the figure starts the next one, as a float in a typeset report would. Where no
// following text fits, a chart that is only a little too tall is scaled down to the space left.
//
// The prediction is measured in the browser (measureChapter); the decisions are a pure function of those
// measurements (planFlow), so they can be tested without Chromium. Moves keep the order of the figures, never
// leave the chapter and never pass another figure.
import type { Page } from 'puppeteer-core';

/** A table breaks only with at least this many rows on either page. */
const TABLE_ROWS = 3;

/** CSS px per mm (96 dpi). */
const PX_PER_MM = 96 / 25.4;

/** The printed column of print.css: A4 minus `@page { margin: 24mm 20mm 22mm 22mm }`, in CSS px. */
export const COLUMN = { width: (210 - 22 - 20) * PX_PER_MM, height: (297 - 24 - 22) * PX_PER_MM } as const;

/** A figure that would leave more than this share of a page blank is moved or scaled. */
export const MAX_GAP = 0.25;
/** Charts are scaled down to at most this factor; smaller would make their text hard to read. */
export const MIN_SCALE = 0.8;

/** A vertical stretch in CSS px, in the unpaginated layout (document coordinates). */
export interface Span {
  readonly top: number;
  readonly bottom: number;
}

/** One child element of a chapter, as measured. */
export interface FlowBlock extends Span {
  readonly figure: boolean;
  /** Tag name, for messages. */
  readonly tag: string;
  /** Rows of a table figure (also when it is kept whole): where it could break. */
  readonly rows: readonly Span[];
  /** break-inside: avoid (a figure, a heading, a framed note). */
  readonly keep: boolean;
  /** break-after: avoid (headings): moves with the next block. */
  readonly keepWithNext: boolean;
  /** break-before: avoid: stays with the previous block. */
  readonly keepWithPrevious: boolean;
  /** Lines (text) or rows (tables) where the block may break; empty for a block that cannot. */
  readonly units: readonly Span[];
  /** Minimum lines before and after a break (orphans and widows). */
  readonly orphans: number;
  readonly widows: number;
  /** Height of the chart's drawing (0 when it has none): the part that can be scaled down. */
  readonly chartHeight: number;
  /** Already moved or scaled once: never touched again. */
  readonly placed: boolean;
}

export interface FlowChapter {
  /** Top of the chapter (it starts a page). */
  readonly top: number;
  readonly blocks: readonly FlowBlock[];
}

/** What to change before the next measurement. */
export type FlowAction =
  | { readonly kind: 'split'; readonly chapter: number; readonly block: number; readonly gap: number }
  /** Move blocks `block` … `block + count - 1` (the figure and any figures right after it) after block `after`. */
  | { readonly kind: 'defer'; readonly chapter: number; readonly block: number; readonly count: number; readonly after: number; readonly gap: number }
  | { readonly kind: 'scale'; readonly chapter: number; readonly block: number; readonly chartHeight: number; readonly gap: number };

/** A figure pushed to the next page, with the share of the page it leaves blank. */
export interface PushedFigure {
  readonly block: number;
  /** First block that moves with it (a heading kept with the figure); `block` itself when none. */
  readonly from: number;
  /** Blank space left on the page it could not go on, in px. */
  readonly gap: number;
  /** Bottom of that page in the unpaginated layout. */
  readonly pageEnd: number;
}

/**
 * Predict the page breaks of one chapter and return the figures that do not fit where they stand. The model:
 * a block that fits stays; a block that must stay whole (and fits on a page) moves to the next page together
 * with the headings kept with it; a text block breaks after its last line that fits, with at least `orphans`
 * lines before and `widows` after the break, or moves as a whole.
 */
export function pushedFigures(chapter: FlowChapter, pageHeight = COLUMN.height): PushedFigure[] {
  return paginate(chapter, pageHeight).pushed;
}

/** The predicted pages of a chapter (where each starts and ends in the unpaginated layout) and the pushed figures. */
export function paginate(chapter: FlowChapter, pageHeight = COLUMN.height): { pages: Span[]; pushed: PushedFigure[] } {
  const { blocks } = chapter;
  const pushed: PushedFigure[] = [];
  const pages: Span[] = [];
  let pageStart = chapter.top;
  let pageEnd = chapter.top + pageHeight;
  /** Start a new page at `top` (the first block moved there); the previous one ends there. */
  const newPage = (top: number) => {
    pages.push({ top: pageStart, bottom: top });
    pageStart = top;
    pageEnd = top + pageHeight;
  };
  /** First block of the group that moves with block i: headings kept with it, not past the page start. */
  const groupStart = (i: number) => {
    let j = i;
    while (j > 0 && (blocks[j - 1]!.keepWithNext || blocks[j]!.keepWithPrevious) && blocks[j - 1]!.top > pageStart) j--;
    return j;
  };
  blocks.forEach((b, i) => {
    let guard = 0;
    while (b.bottom > pageEnd && guard++ < 100) {
      if (b.top >= pageEnd) {
        // The block starts below this page (a gap in the model, e.g. a margin): it opens the next one.
        newPage(b.top);
        continue;
      }
      if (b.keep || b.units.length === 0) {
        if (b.bottom - b.top > pageHeight) {
          // Taller than a page: Chromium moves it to the next page, then breaks it anyway.
          if (b.figure && b.top > pageStart) pushed.push({ block: i, from: i, gap: pageEnd - b.top, pageEnd });
          newPage(b.top > pageStart ? b.top : pageEnd);
          if (b.top > pageStart) continue;
          break;
        }
        const from = groupStart(i);
        if (b.figure) pushed.push({ block: i, from, gap: pageEnd - blocks[from]!.top, pageEnd });
        newPage(blocks[from]!.top);
        continue;
      }
      // Text or rows: the last unit that fits on this page, respecting orphans and widows.
      const fits = b.units.filter((u) => u.bottom <= pageEnd).length;
      const before = Math.min(fits, b.units.length - b.widows);
      if (before < b.orphans || before <= 0 || b.units[before]!.top <= pageStart) {
        const from = groupStart(i);
        newPage(blocks[from]!.top);
        if (b.bottom <= pageEnd) break;
        // Still longer than a page: break at the first unit that does not fit on the new page.
        const next = b.units.findIndex((u) => u.bottom > pageEnd);
        newPage(b.units[Math.max(next, 1)]!.top);
      } else {
        newPage(b.units[before]!.top);
      }
    }
  });
  pages.push({ top: pageStart, bottom: Math.max(pageStart, blocks.at(-1)?.bottom ?? pageStart) });
  return { pages, pushed };
}

/** Where following blocks would land if blocks i … j were taken out: the distance they move up. */
function lift(blocks: readonly FlowBlock[], i: number, j = i): number {
  const next = blocks[j + 1];
  return next ? next.top - blocks[i]!.top : 0;
}

/**
 * Defer the figures i … j after the following blocks that fit in the gap once they are gone (text, lists,
 * headings, not another figure; never ending on a heading); null when nothing fits or the gap would not shrink.
 */
function deferAfterText(blocks: readonly FlowBlock[], p: PushedFigure, j: number): { after: number; gap: number } | null {
  const shift = lift(blocks, p.block, j);
  let after = -1;
  for (let k = j + 1; k < blocks.length && !blocks[k]!.figure; k++) {
    if (blocks[k]!.bottom - shift > p.pageEnd) break;
    const next = blocks[k + 1];
    if (!blocks[k]!.keepWithNext && !next?.keepWithPrevious) after = k;
  }
  if (after < 0) return null;
  const gap = p.pageEnd - (blocks[after]!.bottom - shift);
  return gap < p.gap ? { after, gap } : null;
}

/**
 * The first change that closes a large gap in `chapters`, or null when there is none left. For the first
 * figure that leaves more than `maxGap` of a page blank:
 *   0. a table that is kept whole may break between rows (its header repeats), when a few rows fit;
 *   1. defer it after the following blocks that fit in the gap (text, lists, headings, not another figure; never
 *      ending on a heading), when that leaves a smaller gap;
 *   2. else defer it after the next text block when that block's tail and the figure fit on the next page;
 *   3. else scale its chart down to the space left, when that needs no less than `minScale`;
 *   4. else defer it together with the figures right after it, as in 1.
 * A figure is moved or scaled once (a deferred table may still be split); a gap no change can close stays (the
 * PDF check counts it).
 */
export function planFlow(chapters: readonly FlowChapter[], pageHeight = COLUMN.height, maxGap = MAX_GAP, minScale = MIN_SCALE): FlowAction | null {
  for (const [c, chapter] of chapters.entries()) {
    const { blocks } = chapter;
    for (const p of pushedFigures(chapter, pageHeight)) {
      const f = blocks[p.block]!;
      if (p.gap <= maxGap * pageHeight) continue;
      // 0. A table: rows on this page, the rest on the next under a repeated header.
      const rowsHere = f.rows.filter((r) => r.bottom <= p.pageEnd).length;
      if (f.keep && p.from === p.block && rowsHere >= TABLE_ROWS && f.rows.length - rowsHere >= TABLE_ROWS) {
        return { kind: 'split', chapter: c, block: p.block, gap: p.pageEnd - f.rows[rowsHere - 1]!.bottom };
      }
      // A figure moved or scaled once stays where it is (a split table is no longer kept whole: never seen here).
      if (f.placed) continue;
      const shift = lift(blocks, p.block);
      // 1. Whole blocks after the figure that fit in the gap once it is gone.
      const alone = deferAfterText(blocks, p, p.block);
      if (alone) return { kind: 'defer', chapter: c, block: p.block, count: 1, ...alone };
      // 2. The next text block, broken at the page end, then the figure on the next page.
      const t = blocks[p.block + 1];
      if (t && !t.figure && !t.keep && t.units.length > 0) {
        const lines = t.units.map((u) => ({ top: u.top - shift, bottom: u.bottom - shift }));
        const fits = lines.filter((u) => u.bottom <= p.pageEnd).length;
        const before = Math.min(fits, lines.length - t.widows);
        if (before >= t.orphans && before > 0) {
          const tail = lines.at(-1)!.bottom - lines[before]!.top;
          if (tail + (f.bottom - f.top) <= pageHeight) {
            return { kind: 'defer', chapter: c, block: p.block, count: 1, after: p.block + 1, gap: p.pageEnd - lines[before - 1]!.bottom };
          }
        }
      }
      // 3. A chart a little too tall for the space left.
      const over = f.bottom - p.pageEnd;
      if (f.chartHeight > 0 && p.from === p.block && f.chartHeight - over >= minScale * f.chartHeight) {
        return { kind: 'scale', chapter: c, block: p.block, chartHeight: Math.floor(f.chartHeight - over - 2), gap: 0 };
      }
      // 4. The figure and the figures right after it, together, after the following text (their order kept).
      let last = p.block;
      while (blocks[last + 1]?.figure && !blocks[last + 1]!.placed) last++;
      const group = last > p.block ? deferAfterText(blocks, p, last) : null;
      if (group) return { kind: 'defer', chapter: c, block: p.block, count: last - p.block + 1, ...group };
    }
  }
  return null;
}

/**
 * Measure chapter `index` of the print edition (the `.chapter` sections; their direct children are the blocks).
 * Measuring walks every line of text, so the passes below measure one chapter at a time: a change inside a
 * chapter moves nothing in another (each starts a page, and positions count from the chapter's top).
 */
export async function measureChapter(page: Page, index: number): Promise<FlowChapter> {
  // No named helper functions inside: the TypeScript loader would wrap them in a helper the page lacks.
  return page.evaluate((i) =>
    [document.querySelectorAll<HTMLElement>('section.chapter')[i]!].map((section) => ({
      top: section.getBoundingClientRect().top + window.scrollY,
      blocks: [...section.children]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const cs = getComputedStyle(el);
          const keep = cs.breakInside === 'avoid';
          const rect = el.getBoundingClientRect();
          const svg = el.querySelector('.figure-body svg');
          const rows = [...el.querySelectorAll('tbody tr')].map((r) => ({ top: r.getBoundingClientRect().top + window.scrollY, bottom: r.getBoundingClientRect().bottom + window.scrollY }))
            .filter((r) => r.bottom > r.top);
          const units = keep ? [] : [...rows];
          if (!keep && units.length === 0) {
            // Line boxes: the client rects of the text, merged where they overlap vertically by more than half
            // the smaller height (a superscript sticks out a little).
            const rects: Array<{ top: number; bottom: number }> = [];
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (!n.textContent?.trim()) continue;
              range.selectNodeContents(n);
              for (const r of range.getClientRects()) if (r.height > 0) rects.push({ top: r.top + window.scrollY, bottom: r.bottom + window.scrollY });
            }
            rects.sort((a, b) => a.top - b.top);
            for (const r of rects) {
              const last = units.at(-1);
              if (last && Math.min(last.bottom, r.bottom) - Math.max(last.top, r.top) > 0.5 * Math.min(last.bottom - last.top, r.bottom - r.top)) {
                last.top = Math.min(last.top, r.top);
                last.bottom = Math.max(last.bottom, r.bottom);
              } else units.push({ ...r });
            }
          }
          return {
            top: rect.top + window.scrollY,
            bottom: rect.bottom + window.scrollY,
            figure: el.tagName === 'FIGURE',
            tag: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`,
            rows,
            keep,
            keepWithNext: cs.breakAfter === 'avoid',
            keepWithPrevious: cs.breakBefore === 'avoid',
            units,
            orphans: Number(cs.orphans) || 2,
            widows: Number(cs.widows) || 2,
            chartHeight: svg ? svg.getBoundingClientRect().height : 0,
            placed: el.hasAttribute('data-flow'),
          };
        }),
    }))[0]!,
    index,
  );
}

/**
 * Carry out one action in the page. Its block indices count the chapter's rendered children; the positions of
 * those among all children are returned, and given back as `at` a remembered action replays without a layout.
 */
export async function applyFlow(page: Page, action: FlowAction, at?: readonly number[]): Promise<number[]> {
  return page.evaluate(
    (a, known) => {
      const section = document.querySelectorAll('section.chapter')[a.chapter]!;
      const children = [...section.children];
      const visible = known ? known.map((i) => children[i]!) : children.filter((el) => el.getClientRects().length > 0);
      const positions = visible.map((el) => children.indexOf(el));
      const figure = visible[a.block] as HTMLElement;
      if (a.kind === 'split') {
        figure.setAttribute('data-flow', 'split');
      } else if (a.kind === 'defer') {
        const moved = visible.slice(a.block, a.block + a.count);
        visible[a.after]!.after(...moved);
        for (const el of moved) el.setAttribute('data-flow', 'deferred');
      } else {
        // Inline style on the print page only: the site's CSP never sees it.
        figure.querySelector<SVGElement>('.figure-body svg')!.style.maxHeight = `${a.chartHeight}px`;
        figure.setAttribute('data-flow', 'scaled');
      }
      return positions;
    },
    action,
    at ?? null,
  );
}

/**
 * Run `measure` with the loaded print edition laid out as printed (print media, a window as wide as the printed
 * column), then restore the window and media; the DOM keeps the changes for printing. The footnote and figure
 * passes run inside one such layout: every switch relays out the whole edition.
 */
export async function inColumnLayout<T>(page: Page, measure: () => Promise<T>): Promise<T> {
  const viewport = page.viewport();
  await page.emulateMediaType('print');
  await page.setViewport({ width: Math.round(COLUMN.width), height: Math.round(COLUMN.height) });
  try {
    return await measure();
  } finally {
    await page.emulateMediaType();
    if (viewport) await page.setViewport(viewport);
  }
}

/**
 * Move or scale the figures of chapter `index` until none leaves a large gap (or nothing more helps); returns
 * the actions taken, in order, each with the positions applyFlow used. Run inside inColumnLayout.
 */
export async function floatChapterFigures(page: Page, index: number, maxActions = 500): Promise<Array<{ action: FlowAction; at: number[] }>> {
  const taken: Array<{ action: FlowAction; at: number[] }> = [];
  while (taken.length < maxActions) {
    const planned = planFlow([await measureChapter(page, index)]);
    if (!planned) break;
    const action = { ...planned, chapter: index };
    taken.push({ action, at: await applyFlow(page, action) });
  }
  return taken;
}
