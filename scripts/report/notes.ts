// Say once what is true of many figures (issue 27): a figure note that an earlier figure of the same printed
// chapter already carried is not printed again, and one that an earlier figure of the same site page carried is
// not shown again. The figure keeps all its notes (its download and its own page); the figure block records
// which of them the PDF and the site leave out at that place.
import type { RenderedFigure } from '../figures/types.ts';
import type { Block, Chapter, Section } from './types.ts';

type FigureBlock = Extract<Block, { kind: 'figure' }>;

export function sayNotesOnce(chapters: readonly Chapter[], figures: ReadonlyMap<string, RenderedFigure>): Chapter[] {
  const pdf = new Map<FigureBlock, string[]>();
  const site = new Map<FigureBlock, string[]>();
  const said = (into: Map<FigureBlock, string[]>, seen: Set<string>, b: Block) => {
    if (b.kind !== 'figure') return;
    const notes = figures.get(b.figureId)?.notes ?? [];
    const again = notes.filter((n) => seen.has(n));
    if (again.length > 0) into.set(b, again);
    for (const n of notes) seen.add(n);
  };
  // The PDF: every printed section of a chapter, in reading order.
  const printed = (s: Section, seen: Set<string>) => {
    if (!s.print) return;
    for (const b of s.blocks) said(pdf, seen, b);
    for (const c of s.children) printed(c, seen);
  };
  // The site: a page and its child sections without a page of their own.
  const page = (s: Section, seen: Set<string>) => {
    for (const b of s.blocks) said(site, seen, b);
    for (const c of s.children) if (c.site && !c.page) page(c, seen);
  };
  const pages = (s: Section) => {
    if (s.site && s.page) page(s, new Set());
    s.children.forEach(pages);
  };
  for (const c of chapters) {
    printed(c, new Set());
    pages(c);
  }
  const rebuild = <T extends Section>(s: T): T => ({
    ...s,
    blocks: s.blocks.map((b) =>
      b.kind === 'figure' && (pdf.has(b) || site.has(b)) ? { ...b, notesSaid: { pdf: pdf.get(b) ?? [], site: site.get(b) ?? [] } } : b,
    ),
    children: s.children.map(rebuild),
  });
  return chapters.map(rebuild);
}

/** The figure's `notes` that this block shows in the PDF or on the site. */
export function notesShown(block: FigureBlock, notes: readonly string[], where: 'pdf' | 'site'): readonly string[] {
  const omit = block.notesSaid?.[where];
  return omit && omit.length > 0 ? notes.filter((n) => !omit.includes(n)) : notes;
}
