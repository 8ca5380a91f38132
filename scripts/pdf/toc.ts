// Page numbers in the inhoudsopgave and the lists of figures and tables. Chromium has no target-counter(), so
// the numbers come from the printed PDF itself: Chromium writes a named destination for every element id that
// a link points to, and `pdfinfo -dests` tells on which page each one landed. print.ts prints, reads them,
// fills them in, prints again and repeats until the numbers no longer move.
//
// Markup contract for the print edition (templates):
//   - every ToC line (chapters, sections, figures, tables alike) is a link to the id of what it lists:
//       <a class="toc-entry" href="#sec-2-1">
//         <span class="toc-number">2.1</span>            (optional)
//         <span class="toc-title">Brede inzet en duidelijke ambitie</span>
//         <span class="toc-page"></span>                 (left empty; the printer fills it)
//       </a>
//   - the target carries that id: <h2 id="sec-2-1">2.1 Brede inzet …</h2>, <figure id="fig-2-3">, <table id="tab-3-1">
//     (the id goes on the element whose top should count: the heading, or the figure/table block itself).
//   - the lists may sit anywhere (front matter, an annex); entries are found by `a.toc-entry[href^="#"]`.
//   - print.css keeps .toc-page a fixed width with tabular figures, so filling in numbers never rewraps a line.
import type { Page } from 'puppeteer-core';
import { ReportError } from '../lib/errors.ts';

export interface TocEntry {
  /** Target id without '#'. */
  readonly id: string;
  /** Number and title as shown in the entry, whitespace collapsed: `2.1 Brede inzet …`, `Figuur 2.3 …`. */
  readonly title: string;
  /** Physical page number (the cover is page 1), the same number the footer prints. */
  readonly page: number;
}

export interface TocLink {
  readonly id: string;
  readonly title: string;
  /** Whether an element with that id exists in the document. */
  readonly found: boolean;
}

/** Placeholder for the first pass: two digits, as wide as most final numbers. */
export const PAGE_PLACEHOLDER = '00';

/** Read the ToC links in document order. */
export async function readTocLinks(page: Page): Promise<TocLink[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a.toc-entry[href^="#"]')].map((a) => {
      const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
      const label = [a.querySelector('.toc-number'), a.querySelector('.toc-title')]
        .map((el) => el?.textContent ?? '')
        .join(' ');
      return { id, title: label.replace(/\s+/g, ' ').trim(), found: document.getElementById(id) !== null };
    }),
  );
}

/** Write one number (or the placeholder) into each entry's `.toc-page`, in the order of readTocLinks. */
export async function fillTocPages(page: Page, numbers: readonly string[]): Promise<void> {
  const count = await page.evaluate((values) => {
    const pages = [...document.querySelectorAll<HTMLAnchorElement>('a.toc-entry[href^="#"]')].map((a) => a.querySelector('.toc-page'));
    pages.forEach((el, i) => {
      if (el) el.textContent = values[i] ?? '';
    });
    return pages.filter((el) => el === null).length;
  }, [...numbers]);
  if (count > 0) throw new ReportError(`${count} regels van de inhoudsopgave missen een <span class="toc-page">`, 'Zie het contract bovenin scripts/pdf/toc.ts.');
}

/** Fail before printing when a ToC entry points nowhere. */
export function assertTargets(links: readonly TocLink[]): void {
  const missing = links.filter((l) => !l.found);
  if (missing.length > 0) {
    const list = missing.slice(0, 5).map((l) => `#${l.id} (${l.title})`).join(', ');
    throw new ReportError(
      `de inhoudsopgave verwijst naar ${missing.length === 1 ? 'een onderdeel dat' : `${missing.length} onderdelen die`} niet in het document ${missing.length === 1 ? 'staat' : 'staan'}: ${list}`,
      'Geef elk hoofdstuk, elke paragraaf, figuur en tabel het id waarnaar de inhoudsopgave linkt.',
    );
  }
}

/** The page of every entry according to the PDF's named destinations. */
export function pagesFromDestinations(links: readonly TocLink[], dests: ReadonlyMap<string, number>): number[] {
  const missing = links.filter((l) => !dests.has(l.id));
  if (missing.length > 0) {
    throw new ReportError(
      `in de PDF ontbreekt de plaats van ${missing.map((l) => `#${l.id}`).slice(0, 5).join(', ')}`,
      'Een element dat alleen op het scherm zichtbaar is (display: none in print) kan niet in de inhoudsopgave staan.',
    );
  }
  return links.map((l) => dests.get(l.id)!);
}

/** Entries whose printed number differs from where their target landed; empty when the ToC is right. */
export function movedEntries(links: readonly TocLink[], shown: readonly string[], actual: readonly number[]): string[] {
  return links.flatMap((l, i) => (shown[i] === String(actual[i]) ? [] : [`${l.title}: ${shown[i]} → ${actual[i]}`]));
}
