// The page-break prediction and the float decisions of scripts/pdf/flow.ts and footnotes.ts on made-up
// measurements (a page of 1000 px); the printed result is checked in print.test.ts and edition-print.test.ts.
import { describe, expect, it } from 'vitest';
import { paginate, planFlow, pushedFigures, type FlowBlock, type FlowChapter } from '../../scripts/pdf/flow.ts';
import { planNotes, type NoteChapter } from '../../scripts/pdf/footnotes.ts';

const PAGE = 1000;

/** Blocks stacked from y = 0 with 10 px between them; text gets 20 px lines. */
function chapter(specs: ReadonlyArray<{ kind: 'p' | 'h' | 'fig' | 'table'; height: number; chart?: number; placed?: boolean }>): FlowChapter {
  let y = 0;
  const blocks: FlowBlock[] = specs.map((s) => {
    const top = y;
    const bottom = top + s.height;
    y = bottom + 10;
    const lines = s.kind === 'p' ? Array.from({ length: Math.floor(s.height / 20) }, (_, i) => ({ top: top + i * 20, bottom: top + (i + 1) * 20 })) : [];
    const rows = s.kind === 'table' ? Array.from({ length: Math.floor((s.height - 40) / 20) }, (_, i) => ({ top: top + 40 + i * 20, bottom: top + 60 + i * 20 })) : [];
    return {
      top,
      bottom,
      tag: s.kind,
      figure: s.kind === 'fig' || s.kind === 'table',
      rows,
      keep: s.kind !== 'p',
      keepWithNext: s.kind === 'h',
      keepWithPrevious: false,
      units: lines,
      orphans: 3,
      widows: 3,
      chartHeight: s.kind === 'fig' ? (s.chart ?? s.height - 60) : 0,
      placed: s.placed ?? false,
    };
  });
  return { top: 0, blocks };
}

describe('paginate', () => {
  it('breaks text after the last line that fits and moves a figure that does not fit, with its heading', () => {
    const c = chapter([
      { kind: 'p', height: 400 },
      { kind: 'h', height: 30 },
      { kind: 'fig', height: 700 },
      { kind: 'p', height: 200 },
    ]);
    const { pages, pushed } = paginate(c, PAGE);
    // The heading (top 410) goes along with the figure: 590 px of page 1 stay blank.
    expect(pushed).toEqual([{ block: 2, from: 1, gap: 590, pageEnd: 1000 }]);
    expect(pages.map((p) => p.top)).toEqual([0, 410]);
  });

  it('keeps orphans and widows: a paragraph with fewer than three lines on the page moves as a whole', () => {
    const c = chapter([
      { kind: 'p', height: 950 },
      { kind: 'p', height: 200 }, // top 960: two lines would fit, fewer than three
    ]);
    expect(paginate(c, PAGE).pages.map((p) => p.top)).toEqual([0, 960]);
    const long = chapter([{ kind: 'p', height: 1100 }]); // 55 lines, 50 fit
    expect(paginate(long, PAGE).pages.map((p) => p.top)).toEqual([0, 1000]);
  });
});

describe('planFlow', () => {
  it('defers a figure after the following text that fills the gap', () => {
    const c = chapter([
      { kind: 'p', height: 300 },
      { kind: 'fig', height: 900 },
      { kind: 'p', height: 200 },
      { kind: 'h', height: 30 },
      { kind: 'p', height: 200 },
      { kind: 'p', height: 800 },
    ]);
    expect(pushedFigures(c, PAGE)[0]!.gap).toBe(690);
    // Text after the figure: 200 + 30 + 200 px (with gaps) fits in the 690 px; the long paragraph does not.
    const action = planFlow([c], PAGE);
    expect(action).toMatchObject({ kind: 'defer', chapter: 0, block: 1, count: 1, after: 4 });
  });

  it('moves a figure followed by another figure together with it, keeping their order', () => {
    const c = chapter([
      { kind: 'p', height: 300 },
      { kind: 'fig', height: 900 },
      { kind: 'fig', height: 300 },
      { kind: 'p', height: 200 },
      { kind: 'h', height: 30 },
      { kind: 'p', height: 800 },
    ]);
    // Alone, the chart could pass no text (a figure follows) nor shrink to 690 px at 80%: both go after the
    // 200 px paragraph, not after the heading, which stays with its paragraph.
    expect(planFlow([c], PAGE)).toEqual({ kind: 'defer', chapter: 0, block: 1, count: 2, after: 3, gap: 490 });
  });

  it('scales a chart that is a little too tall, and splits a table that is kept whole', () => {
    const scaled = chapter([
      { kind: 'p', height: 200 },
      { kind: 'fig', height: 850, chart: 790 },
      { kind: 'fig', height: 300 },
    ]);
    // 790 px left from 210: 60 px too tall for a chart of 790 px (92% of its height remains).
    expect(planFlow([scaled], PAGE, 0.25, 0.8)).toEqual({ kind: 'scale', chapter: 0, block: 1, chartHeight: 728, gap: 0 });
    const table = chapter([
      { kind: 'p', height: 300 },
      { kind: 'table', height: 900 },
      { kind: 'p', height: 200 },
    ]);
    expect(planFlow([table], PAGE)).toMatchObject({ kind: 'split', block: 1 });
  });

  it('leaves small gaps and figures already placed alone', () => {
    const small = chapter([
      { kind: 'p', height: 800 },
      { kind: 'fig', height: 400 },
      { kind: 'p', height: 100 },
    ]);
    expect(pushedFigures(small, PAGE)[0]!.gap).toBe(190);
    expect(planFlow([small], PAGE)).toBeNull();
    const placed = chapter([
      { kind: 'p', height: 300 },
      { kind: 'fig', height: 900, placed: true },
      { kind: 'p', height: 200 },
    ]);
    expect(planFlow([placed], PAGE)).toBeNull();
  });
});

describe('planNotes', () => {
  const c = chapter([
    { kind: 'p', height: 300 },
    { kind: 'p', height: 300 },
    { kind: 'h', height: 30 },
    { kind: 'p', height: 200 },
    { kind: 'p', height: 600 },
  ]);

  it('puts the notes of a page after the last block that ends on it, not after a heading', () => {
    const notes: NoteChapter = {
      refs: [
        { id: 'n1', block: 0, y: 50, placed: false },
        { id: 'n2', block: 1, y: 400, placed: false },
        { id: 'n3', block: 4, y: 1200, placed: false },
      ],
      notes: c.blocks.map(() => null),
    };
    // Blocks 0–3 end on page 1 (the paragraph at 850 runs on): after block 3; n3 is on page 2.
    expect(planNotes([c], [notes], PAGE)).toEqual({ kind: 'place', chapter: 0, after: 3, ids: ['n1', 'n2'] });
  });

  it('moves a notes block up when it fell onto the next page, but never above its reference', () => {
    const withNotes = chapter([
      { kind: 'p', height: 300 },
      { kind: 'p', height: 300 },
      { kind: 'p', height: 360 },
      { kind: 'p', height: 60 }, // the notes, top 990: on page 2
    ]);
    const notes: NoteChapter = { refs: [{ id: 'n1', block: 0, y: 50, placed: true }], notes: [null, null, null, ['n1']] };
    expect(planNotes([withNotes], [notes], PAGE)).toEqual({ kind: 'raise', chapter: 0, block: 3, after: 1 });
    const own: NoteChapter = { refs: [{ id: 'n1', block: 2, y: 700, placed: true }], notes: [null, null, null, ['n1']] };
    expect(planNotes([withNotes], [own], PAGE)).toBeNull();
  });
});
