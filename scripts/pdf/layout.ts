// The print edition's layout passes, chapter by chapter: footnotes to the foot of their page, figures that would
// leave half a page blank moved or scaled (flow.ts), then the footnotes again where a figure moved them, then the
// emptied "Noten" sections dropped. Each chapter starts a page and positions count from its top, so a chapter's
// passes depend on nothing outside it.
//
// That makes them cacheable per chapter: the steps taken are a function of the chapter's HTML, the page's styles,
// this code and the browser. A rebuild replays the remembered steps of an unchanged chapter instead of measuring
// it (the measuring walks every line of text: most of the passes' time). Replaying gives the same DOM, so the
// PDF is the same either way.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { codeHash, readJson, writeJsonAtomic } from '../lib/cache.ts';
import { applyFlow, floatChapterFigures, inColumnLayout, type FlowAction } from './flow.ts';
import { applyNote, dropEmptyEndnotes, numberNotes, placeChapterNotes, type NoteAction } from './footnotes.ts';

/** One step of a chapter's passes, as remembered and replayed (`at`: the block positions, see applyFlow). */
export type LayoutStep = { readonly notes: NoteAction; readonly at: number[] } | { readonly flow: FlowAction; readonly at: number[] } | { readonly drop: true };

export interface LayoutResult {
  /** Figures placed after the following text. */
  readonly deferred: number;
  /** Tables allowed to continue on the next page. */
  readonly split: number;
  readonly scaled: number;
  /** Footnotes at the foot of their page. */
  readonly notes: number;
  /** Chapters whose steps were replayed from the cache. */
  readonly replayed: number;
}

/** What the steps depend on besides the chapter: the layout code and the package versions. */
const LAYOUT_CODE = ['scripts/pdf/layout.ts', 'scripts/pdf/flow.ts', 'scripts/pdf/footnotes.ts', 'package-lock.json'];

/** The page's styles (every rule, fonts included) and its html and body attributes. */
async function pageStyle(page: Page): Promise<string> {
  // No named helper functions inside: the TypeScript loader would wrap them in a helper the page lacks.
  return page.evaluate(() =>
    [
      ...[document.documentElement, document.body].map((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')),
      ...[...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
    ].join('\n'),
  );
}

async function chapterHtml(page: Page, index: number): Promise<string> {
  return page.evaluate((i) => document.querySelectorAll('section.chapter')[i]!.outerHTML, index);
}

async function measureAndRecord(page: Page, index: number): Promise<LayoutStep[]> {
  const steps: LayoutStep[] = [];
  const notes = async () => steps.push(...(await placeChapterNotes(page, index)).map(({ action, at }) => ({ notes: action, at })));
  const drop = async () => (await dropEmptyEndnotes(page, index), steps.push({ drop: true }));
  // Notes first (they take room on their page), then the figures, then the notes again where a figure moved them.
  await notes();
  await drop();
  steps.push(...(await floatChapterFigures(page, index)).map(({ action, at }) => ({ flow: action, at })));
  await notes();
  await drop();
  return steps;
}

/** The remembered steps again, with their recorded positions: no layout is needed between them. */
async function replay(page: Page, index: number, steps: readonly LayoutStep[]): Promise<void> {
  for (const step of steps) {
    if ('notes' in step) await applyNote(page, step.notes, step.at);
    else if ('flow' in step) await applyFlow(page, step.flow, step.at);
    else await dropEmptyEndnotes(page, index);
  }
}

/**
 * Run the layout passes over every chapter of the loaded print edition, replaying remembered steps from
 * `cacheDir` (null: measure every chapter) and remembering new ones there. The DOM keeps the changes.
 */
export async function layOutChapters(page: Page, cacheDir: string | null): Promise<LayoutResult> {
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  return inColumnLayout(page, async () => {
    await numberNotes(page);
    const version = cacheDir ? createHash('sha256').update(codeHash(LAYOUT_CODE)).update(await page.browser().version()).update(await pageStyle(page)).digest('hex') : '';
    const count = await page.evaluate(() => document.querySelectorAll('section.chapter').length);
    const all: LayoutStep[] = [];
    let replayed = 0;
    for (let index = 0; index < count; index++) {
      const key = cacheDir ? createHash('sha256').update(version).update(await chapterHtml(page, index)).digest('hex').slice(0, 32) : null;
      const file = cacheDir && key ? join(cacheDir, `layout-${key}.json`) : null;
      const remembered = file ? readJson<unknown>(file) : null;
      let steps = Array.isArray(remembered) ? (remembered as LayoutStep[]) : null;
      if (steps) {
        await replay(page, index, steps);
        replayed++;
      } else {
        steps = await measureAndRecord(page, index);
        if (file) writeJsonAtomic(file, steps);
      }
      all.push(...steps);
    }
    const flows = all.flatMap((s) => ('flow' in s ? [s.flow] : []));
    const notes = await page.evaluate(() => document.querySelectorAll('.page-notes li').length);
    return {
      deferred: flows.filter((f) => f.kind === 'defer').length,
      split: flows.filter((f) => f.kind === 'split').length,
      scaled: flows.filter((f) => f.kind === 'scale').length,
      notes,
      replayed,
    };
  });
}
