// Numbers are assigned once, here, in reading order of the printed edition: chapters 1..n, annexes A, B, …;
// sections "3.2" and "3.2.1"; figures and tables per chapter ("Figuur 3.2", "Tabel B.1"). These are the PDF's
// numbers. The site has its own scheme (`sitePageNumber`): figures and tables numbered per page, sections
// unnumbered, and the PDF's number only as a cross-reference "in het rapport".
import type { Figure } from '../figures/types.ts';
import type { Block, Chapter, Section } from './types.ts';

const ANNEX_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function numberChapters(chapters: readonly Chapter[]): Chapter[] {
  let body = 0;
  let annex = 0;
  return chapters.map((c) => {
    if (!c.print || c.part === 'front') return c;
    const number = c.part === 'body' ? String(++body) : ANNEX_LETTERS[annex++]!;
    return { ...numberSection(c, number), level: 1, part: c.part };
  });
}

function numberSection(s: Section, number: string): Section {
  let k = 0;
  const children = s.children.map((child) => {
    // Only printed sections count, so the site shows the numbers of the PDF; level 4 stays unnumbered.
    if (!child.print || child.level > 3) return child;
    return numberSection(child, `${number}.${++k}`);
  });
  return { ...s, number, children };
}

/** Figure numbers in reading order of the printed chapters. */
export function numberFigures(chapters: readonly Chapter[], figures: ReadonlyMap<string, Figure>): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const c of chapters) {
    if (!c.print || c.number === null) continue;
    const counters = { figure: 0, table: 0 };
    for (const id of figureBlocks(c)) {
      const figure = figures.get(id);
      if (!figure || numbers.has(id)) continue;
      const n = ++counters[figure.type];
      numbers.set(id, `${figure.type === 'table' ? 'Tabel' : 'Figuur'} ${c.number}.${n}`);
    }
  }
  return numbers;
}

/** Figure ids of a printed section and its printed children, in reading order. */
function figureBlocks(s: Section): string[] {
  const own = s.blocks.flatMap((b: Block) => (b.kind === 'figure' ? [b.figureId] : []));
  return [...own, ...s.children.filter((c) => c.print).flatMap(figureBlocks)];
}

/** The site's scheme: the n-th figure (or table) on a page is "Figuur n" ("Tabel n"), counted per type. */
export function sitePageNumber(type: Figure['type'], n: number): string {
  return `${type === 'table' ? 'Tabel' : 'Figuur'} ${n}`;
}

/** Cross-reference from the site to the PDF: `Figuur 6.13 in het rapport`; null for site-only figures. */
export function reportReference(reportNumber: string | null): string | null {
  return reportNumber ? `${reportNumber} in het rapport` : null;
}
