// Running header and footer of the PDF, with CSS @page margin boxes (Chromium ≥ 131). Chromium supports
// neither string-set nor running elements, so the current chapter title comes from named pages: every element
// with `data-running-title` gets `page: run-N`, and one `@page run-N` rule per chapter puts its title in the
// header. Puppeteer's headerTemplate cannot do this (it only knows page number, total and document title).
//
// Contract for the print edition:
//   <section class="chapter" data-running-title="3 De instellingen"> … </section>
//   the cover carries class "cover" (print.css gives it the named page `cover`, without header or footer).
// Styling of the boxes (font, size, colour, rules) lives in templates/assets/css/print.css; this module
// writes only their content, so all wording is here.
import type { Page } from 'puppeteer-core';

export interface RunningOptions {
  /** Report title, top left on every page but the cover. */
  readonly title: string;
  /** Chapter titles in document order, as read from `data-running-title`; chapter i uses page `run-{i+1}`. */
  readonly chapters: readonly string[];
  /** Adds "Instellingsgegevens zijn fictief" to the footer. */
  readonly synthetic: boolean;
}

export const SYNTHETIC_NOTICE = 'Instellingsgegevens zijn fictief';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\s+/g, ' ').trim().replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/** The generated @page rules: title and page numbers on every page, one named page per chapter. */
export function runningCss(options: RunningOptions): string {
  const lines = [
    '@page {',
    `  @top-left { content: ${cssString(options.title)}; }`,
    '  @bottom-right { content: "pagina " counter(page) " van " counter(pages); }',
    options.synthetic ? `  @bottom-left { content: ${cssString(SYNTHETIC_NOTICE)}; }` : '',
    '}',
    ...options.chapters.map((chapter, i) => `@page run-${i + 1} { @top-right { content: ${cssString(chapter)}; } }`),
    ...options.chapters.map((_, i) => `[data-running-page="run-${i + 1}"] { page: run-${i + 1}; }`),
  ];
  return `${lines.filter((l) => l !== '').join('\n')}\n`;
}

/**
 * Number the chapters in the page (data-running-page="run-N"), add the generated rules and return the titles.
 * The cover keeps empty margin boxes whatever the order of the rules: `@page cover` in print.css names a page,
 * which outranks the unnamed `@page` here.
 */
export async function applyRunningHeads(page: Page, options: Omit<RunningOptions, 'chapters'>): Promise<string[]> {
  const chapters = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-running-title]')].map((el, i) => {
      el.dataset.runningPage = `run-${i + 1}`;
      return el.dataset.runningTitle ?? '';
    }),
  );
  const css = runningCss({ ...options, chapters });
  await page.evaluate((text) => {
    const style = document.createElement('style');
    style.dataset.generated = 'running-heads';
    style.textContent = text;
    document.head.prepend(style);
  }, css);
  return chapters;
}
