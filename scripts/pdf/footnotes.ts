// Footnotes at the foot of the page they are referenced on. Chromium has no `float: footnote`, so the print
// edition renders the notes as the chapter's endnotes (druk.njk) and this pass, run before printing, moves each
// note into a small block (`aside.page-notes`) placed after the last block that ends on the page of its
// reference, using the page-break prediction of flow.ts. When the notes would not fit there any more they move
// up a block, never above the paragraph that refers to them. What cannot be placed stays an endnote; the note
// numbers and the links between reference and note do not change; the number before a footnote links back.
import type { Page } from 'puppeteer-core';
import { COLUMN, measureChapter, paginate, type FlowChapter, type Span } from './flow.ts';

export interface NoteRef {
  /** Id of the note's <li> (the link target). */
  readonly id: string;
  /** Index of the chapter block that holds the reference. */
  readonly block: number;
  /** Middle of the reference mark, in the unpaginated layout. */
  readonly y: number;
  /** Whether the note already sits in a page-notes block. */
  readonly placed: boolean;
}

export interface NoteChapter {
  readonly refs: readonly NoteRef[];
  /** For every block: the note ids it holds when it is a page-notes block, else null. */
  readonly notes: ReadonlyArray<readonly string[] | null>;
}

export type NoteAction =
  /** Put the notes `ids` in a new block after block `after`. */
  | { readonly kind: 'place'; readonly chapter: number; readonly after: number; readonly ids: readonly string[] }
  /** Move the page-notes block `block` up to just after block `after`. */
  | { readonly kind: 'raise'; readonly chapter: number; readonly block: number; readonly after: number };

const pageOf = (pages: readonly Span[], y: number) => {
  const i = pages.findIndex((p) => y < p.bottom);
  return i < 0 ? pages.length - 1 : i;
};

/**
 * The next change: first a page-notes block that would fall on a later page than its last reference moves up
 * (past blocks that are not headings, not above the reference's block); then the first unplaced references of
 * a page get a block after the last block that ends on that page (or after their own block when it runs on).
 */
export function planNotes(flow: readonly FlowChapter[], notes: readonly NoteChapter[], pageHeight = COLUMN.height): NoteAction | null {
  for (const [c, chapter] of flow.entries()) {
    const { refs } = notes[c]!;
    const { blocks } = chapter;
    const { pages } = paginate(chapter, pageHeight);
    for (const [i, ids] of notes[c]!.notes.entries()) {
      if (!ids) continue;
      const own = refs.filter((r) => ids.includes(r.id));
      if (own.length === 0) continue;
      const from = Math.max(...own.map((r) => r.block));
      const refPage = pageOf(pages, Math.max(...own.map((r) => r.y)));
      if (pageOf(pages, blocks[i]!.bottom - 1) <= refPage) continue;
      let after = i - 2;
      while (after > from && blocks[after]!.keepWithNext) after--;
      if (after >= from && after < i - 1) return { kind: 'raise', chapter: c, block: i, after };
    }
    const first = refs.find((r) => !r.placed);
    if (!first) continue;
    const page = pageOf(pages, first.y);
    const group = refs.filter((r) => !r.placed && pageOf(pages, r.y) === page);
    const from = Math.max(...group.map((r) => r.block));
    let after = from;
    for (let k = from; k < blocks.length && blocks[k]!.bottom <= pages[page]!.bottom; k++) {
      if (!blocks[k]!.keepWithNext && !blocks[k + 1]?.keepWithPrevious) after = k;
    }
    // Only the references up to that block share it; later ones get their own.
    const ids = group.filter((r) => r.block <= after).map((r) => r.id);
    return { kind: 'place', chapter: c, after, ids };
  }
  return null;
}

/** References to the notes of chapter `index` and its page-notes blocks, indexed like measureChapter's blocks. */
async function measureNotes(page: Page, index: number): Promise<NoteChapter> {
  return page.evaluate((i) =>
    [document.querySelectorAll<HTMLElement>('section.chapter')[i]!].map((section) => {
      const blocks = [...section.children].filter((el) => el.getClientRects().length > 0);
      const refs = [...section.querySelectorAll<HTMLAnchorElement>('sup.noteref a[href^="#"]')].flatMap((a) => {
        const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
        const note = document.getElementById(id);
        const block = blocks.findIndex((b) => b.contains(a));
        if (!note || note.tagName !== 'LI' || block < 0) return [];
        const r = a.getBoundingClientRect();
        return [{ id, block, y: (r.top + r.bottom) / 2 + window.scrollY, placed: note.closest('.page-notes') !== null }];
      });
      const notes = blocks.map((b) => (b.classList.contains('page-notes') ? [...b.querySelectorAll('li[id]')].map((li) => li.id) : null));
      return { refs, notes };
    })[0]!,
    index,
  );
}

/** Carry out one action in the page; positions and `at` as for applyFlow (flow.ts). */
export async function applyNote(page: Page, action: NoteAction, at?: readonly number[]): Promise<number[]> {
  return page.evaluate(
    (a, known) => {
      const section = document.querySelectorAll('section.chapter')[a.chapter]!;
      const children = [...section.children];
      const blocks = known ? known.map((i) => children[i]!) : children.filter((el) => el.getClientRects().length > 0);
      const positions = blocks.map((el) => children.indexOf(el));
      if (a.kind === 'raise') {
        blocks[a.after]!.after(blocks[a.block]!);
        return positions;
      }
      const aside = document.createElement('aside');
      aside.className = 'page-notes';
      aside.setAttribute('aria-label', 'Voetnoten');
      const list = document.createElement('ol');
      for (const id of a.ids) {
        const li = document.getElementById(id) as HTMLLIElement;
        // The number leads the note, as in a typeset footnote, and links back to the reference mark.
        const ref = document.querySelector(`a[href="#${CSS.escape(id)}"]`);
        const mark = document.createElement(ref?.id ? 'a' : 'span');
        mark.className = 'note-number';
        mark.textContent = String(li.value);
        if (ref?.id) {
          mark.setAttribute('href', `#${ref.id}`);
          mark.setAttribute('aria-label', `Terug naar de tekst bij noot ${li.value}`);
        }
        li.prepend(mark, ' ');
        list.append(li);
      }
      aside.append(list);
      blocks[a.after]!.after(aside);
      return positions;
    },
    action,
    at ?? null,
  );
}

/** Give every endnote its number before any moves, so the numbers survive leaving the list. */
export async function numberNotes(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const list of document.querySelectorAll('section.endnotes ol')) {
      [...list.children].forEach((li, i) => {
        if (li instanceof HTMLLIElement && !li.hasAttribute('value')) li.value = i + 1;
      });
    }
  });
}

/**
 * Move every note referenced in chapter `index` to the foot of its page (see the top of this file). Run it again
 * after other changes to the layout: placed notes that slid to a later page move back up. Run inside
 * inColumnLayout (flow.ts) after numberNotes; returns the actions taken, in order, with applyNote's positions.
 */
export async function placeChapterNotes(page: Page, index: number, maxActions = 1_000): Promise<Array<{ action: NoteAction; at: number[] }>> {
  const taken: Array<{ action: NoteAction; at: number[] }> = [];
  while (taken.length < maxActions) {
    const planned = planNotes([await measureChapter(page, index)], [await measureNotes(page, index)]);
    if (!planned) break;
    const action = { ...planned, chapter: index };
    taken.push({ action, at: await applyNote(page, action) });
  }
  return taken;
}

/** Drop the "Noten" section of chapter `index` once all its notes moved to the foot of their pages. */
export async function dropEmptyEndnotes(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    for (const section of document.querySelectorAll('section.chapter')[i]!.querySelectorAll('section.endnotes')) if (!section.querySelector('li')) section.remove();
  }, index);
}
