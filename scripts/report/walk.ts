// Reading the Report tree in order: every section, every paragraph (the fact check and the print edition need them).
import type { Block, Chapter, Paragraph, Section, VerdictGroup } from './types.ts';

export function* sections(roots: readonly Section[], only?: (s: Section) => boolean): Generator<Section> {
  for (const s of roots) {
    if (only && !only(s)) continue;
    yield s;
    yield* sections(s.children, only);
  }
}

const blockParagraphs = (b: Block): readonly Paragraph[] =>
  b.kind === 'paragraph'
    ? [b.paragraph]
    : b.kind === 'bullets'
      ? b.items
      : b.kind === 'highlights'
        ? b.items.map((i) => i.paragraph)
        : b.kind === 'editor'
          ? (b.paragraphs ?? [])
          : b.kind === 'traced-table'
            ? b.table.rows.map((r) => r.paragraph)
            : b.kind === 'verdicts'
              ? verdictParagraphs(b.groups)
              : [];

/** The traced cells of a verdicts block in reading order: per goal its overall word and spending line, then row by row. */
export const verdictParagraphs = (groups: readonly VerdictGroup[]): Paragraph[] =>
  groups.flatMap((g) => [g.standing, g.spending, ...g.rows.flatMap((r) => [r.interval, r.onPath, r.trend?.text ?? null])].filter((p): p is Paragraph => p !== null));

/** What the PDF prints of a section: not a goal page's own table rows (the chapter prints that table once). */
export const printedBlocks = (s: Section): readonly Block[] => s.blocks.filter((b) => !(b.kind === 'traced-table' && b.siteOnly));

/** Paragraphs in reading order; with `printedOnly`, those of the PDF edition. */
export function reportParagraphs(chapters: readonly Chapter[], printedOnly = false): Paragraph[] {
  const out: Paragraph[] = [];
  for (const s of sections(chapters, printedOnly ? (x) => x.print : undefined)) out.push(...(printedOnly ? printedBlocks(s) : s.blocks).flatMap(blockParagraphs));
  return out;
}
