// Printing the print edition to PDF: serve it on 127.0.0.1, load it in Chromium with every other origin
// blocked, wait for the embedded fonts, add the running heads, then print until the ToC page numbers match
// where the headings landed (toc.ts; the first print untagged, as it only measures), fix the dates and
// metadata (finalize.ts) and check the result (verify.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { readJson, writeJsonAtomic } from '../lib/cache.ts';
import { ReportError } from '../lib/errors.ts';
import type { Log } from '../lib/log.ts';
import { formatDuration } from '../lib/log.ts';
import { withBrowser } from '../lib/chromium.ts';
import { withTimeout } from '../lib/timeout.ts';
import { finalizePdf } from './finalize.ts';
import { layOutChapters } from './layout.ts';
import { waitForFonts } from './fonts.ts';
import { readDestinations } from './inspect.ts';
import { readHeadings, repairOutline } from './outline.ts';
import { applyRunningHeads } from './running.ts';
import { serveStatic, type Mount } from '../lib/static-server.ts';
import { assertTargets, fillTocPages, movedEntries, PAGE_PLACEHOLDER, pagesFromDestinations, readTocLinks, type TocEntry, type TocLink } from './toc.ts';
import { verifyPdf } from './verify.ts';

export interface PrintOptions {
  /** The print edition's HTML file. */
  readonly htmlFile: string;
  /** Folder served as the site root (root-relative URLs resolve here); default: the HTML file's folder. */
  readonly root?: string;
  /** Extra folders served under a URL prefix, e.g. the fonts before the site has copied them. */
  readonly mounts?: readonly Mount[];
  readonly outFile: string;
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** ISO date; the PDF's creation and modification dates are fixed to it. */
  readonly referenceDate: string;
  readonly synthetic: boolean;
  readonly log: Log;
  /** Chromium to use; default CHROMIUM_PATH or /usr/bin/chromium. */
  readonly chromium?: string;
  /** A running Chromium to print in (the build shares one with the checks); default: launch one. */
  readonly browser?: Browser;
  /**
   * Folder remembering the page numbers of the last print per list of ToC entries, and the layout steps of each
   * chapter (layout.ts); null: none. A rebuild after a small edit replays the steps of unchanged chapters and
   * starts from the remembered numbers, so it usually needs one print instead of two; the loop checks them as always.
   */
  readonly cacheDir?: string | null;
  /** Upper bound for loading the page and for one print (default 60 s each). */
  readonly stepTimeoutMs?: number;
  /** Prints before giving up on a ToC that keeps moving (default 4). */
  readonly maxPasses?: number;
}

export interface PrintResult {
  readonly pages: number;
  readonly tocEntries: readonly TocEntry[];
  /** Time of each print, first pass first. */
  readonly passMs: readonly number[];
  readonly ms: number;
  readonly warnings: readonly string[];
}

const CREATOR = 'mbo-monitor (Chromium)';

function servedPath(htmlFile: string, root: string): string {
  const rel = relative(resolve(root), resolve(htmlFile));
  if (rel.startsWith('..') || rel.startsWith(sep)) throw new ReportError(`${htmlFile} ligt niet in de map ${root} die wordt geserveerd`);
  return `/${rel.split(sep).map(encodeURIComponent).join('/')}`;
}

/** Allow only our own origin (and inline data); record the rest, which fails the print after loading. */
async function guardRequests(page: Page, origin: string, problems: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url === 'about:blank') {
      void request.continue();
    } else {
      problems.push(`geblokkeerd verzoek naar ${url}`);
      void request.abort('blockedbyclient');
    }
  });
  page.on('response', (response) => {
    // Chromium asks for a favicon on its own; the print edition does not need one.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.url().replace(origin, '')} gaf ${response.status()}`);
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(`${origin}/`)) problems.push(`${request.url().replace(origin, '')} kon niet worden geladen`);
  });
  page.on('pageerror', (error) => problems.push(`scriptfout: ${(error as Error).message}`));
}

/**
 * Links to other pages of the site (a table row pointing to /indicator/vsv/) would land in the PDF as links to
 * the temporary server (http://127.0.0.1:<port>/…): dead for the reader, and different in every print. They
 * become plain text; links within the document (#…) and to other websites stay.
 */
async function unlinkSitePages(page: Page, origin: string): Promise<number> {
  return page.evaluate((own) => {
    let count = 0;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const url = new URL(a.href, document.baseURI);
      const here = url.pathname === location.pathname && url.search === location.search;
      if (url.origin === own && !(here && url.hash)) {
        // Hidden site extras (download links) are unlinked too, but only visible ones are worth reporting.
        if (a.getClientRects().length > 0) count++;
        a.removeAttribute('href');
      }
    }
    return count;
  }, origin);
}

/**
 * Load every declared font face, not only those the screen layout asked for: a face that only the print layout
 * uses (an italic in the colophon) would otherwise load during the first print, which then falls back to a
 * system font. Before, the second print of the ToC loop hid this; a single print must not depend on it.
 */
async function loadAllFaces(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all([...document.fonts].map((face) => face.load().catch(() => null))).then(() => document.fonts.ready));
}

function tocGuessFile(dir: string, links: readonly TocLink[]): string {
  const key = createHash('sha256').update(JSON.stringify(links.map((l) => [l.id, l.title]))).digest('hex').slice(0, 24);
  return join(dir, `toc-${key}.json`);
}

/** The page numbers of the last print with the same ToC entries, as strings to fill in; null when none. */
function readTocGuess(dir: string | null | undefined, links: readonly TocLink[]): string[] | null {
  if (!dir || links.length === 0) return null;
  const pages = readJson<unknown>(tocGuessFile(dir, links));
  return Array.isArray(pages) && pages.length === links.length && pages.every((p) => Number.isInteger(p)) ? pages.map(String) : null;
}

function writeTocGuess(dir: string | null | undefined, links: readonly TocLink[], pages: readonly number[]): void {
  if (!dir || links.length === 0) return;
  mkdirSync(dir, { recursive: true });
  writeJsonAtomic(tocGuessFile(dir, links), pages);
}

/**
 * One print to `file`. `tagged` false leaves out the structure tree and the bookmarks: such a print only serves
 * to find where the ToC targets land (the named destinations are written either way) and takes about half the
 * time of a tagged one (measured 0,45–0,59 × on the bundled edition, 4 pairs).
 */
async function printOnce(page: Page, file: string, timeoutMs: number, tagged = true): Promise<number> {
  const start = performance.now();
  const pdf = await withTimeout(
    page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      tagged,
      outline: tagged,
      displayHeaderFooter: false,
      waitForFonts: true,
      timeout: timeoutMs,
    }),
    timeoutMs + 5_000,
    'PDF afdrukken',
  );
  writeFileSync(file, pdf);
  return performance.now() - start;
}

/**
 * A print that only serves to find the pages the ToC targets land on: untagged, and with every element
 * `visibility: hidden`, which changes no layout (CSS 2.1 §11.2) but skips painting. Chromium still writes the
 * named destinations. On the bundled edition: the same 194 destinations on the same pages, 1,7 s instead of
 * 2,8 s (2026-11-30). The style is removed again before the final print.
 */
async function measuringPrint(page: Page, file: string, timeoutMs: number): Promise<number> {
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.id = 'measuring-print';
    style.textContent = 'html, html * { visibility: hidden !important; }';
    document.head.append(style);
  });
  try {
    return await printOnce(page, file, timeoutMs, false);
  } finally {
    await page.evaluate(() => document.getElementById('measuring-print')?.remove());
  }
}

export async function printPdf(options: PrintOptions): Promise<PrintResult> {
  const start = performance.now();
  const root = options.root ?? dirname(options.htmlFile);
  const stepMs = options.stepTimeoutMs ?? 60_000;
  const maxPasses = options.maxPasses ?? 4;
  const path = servedPath(options.htmlFile, root);
  const server = await serveStatic(root, options.mounts ?? []);
  const work = mkdtempSync(join(tmpdir(), 'mbo-pdf-'));
  let sharedTab = null as Page | null;
  try {
    const inBrowser = <T>(use: (browser: Browser) => Promise<T>) => (options.browser ? use(options.browser) : withBrowser({ executablePath: options.chromium }, use));
    const { tocEntries, passMs, raw, headings } = await inBrowser(async (browser) => {
      const page = await browser.newPage();
      // In a shared browser the tab is closed here; an own browser closes with its tabs.
      sharedTab = options.browser ? page : null;
      page.setDefaultTimeout(stepMs);
      const problems: string[] = [];
      await guardRequests(page, server.origin, problems);
      await withTimeout(page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: stepMs }), stepMs + 5_000, 'de printversie laden');
      await waitForFonts(page, stepMs);
      await loadAllFaces(page);
      if (problems.length > 0) {
        throw new ReportError(`de printversie laadde niet schoon: ${problems.slice(0, 5).join('; ')}`, 'De PDF mag alleen eigen bestanden gebruiken; verwijs niet naar andere websites.');
      }
      await applyRunningHeads(page, { title: options.title, synthetic: options.synthetic });
      const unlinked = await unlinkSitePages(page, server.origin);
      if (unlinked > 0) options.log.info(`  ${unlinked} links naar pagina's van de site als tekst afgedrukt`);
      const flow = await layOutChapters(page, options.cacheDir ?? null);
      if (flow.replayed > 0) options.log.info(`  opmaak van ${flow.replayed === 1 ? '1 ongewijzigd hoofdstuk' : `${flow.replayed} ongewijzigde hoofdstukken`} uit de cache`);
      if (flow.notes > 0) options.log.info(`  ${flow.notes} voetnoten onderaan hun pagina geplaatst`);
      if (flow.deferred + flow.scaled + flow.split > 0) options.log.info(`  tegen halflege pagina's: ${flow.deferred} figuren na de volgende tekst geplaatst, ${flow.split} tabellen gesplitst, ${flow.scaled} verkleind`);

      const headings = await readHeadings(page);
      const links = await readTocLinks(page);
      assertTargets(links);
      const file = join(work, 'pass.pdf');
      const passMs: number[] = [];
      const remembered = readTocGuess(options.cacheDir, links);
      let shown = remembered ?? links.map(() => PAGE_PLACEHOLDER);
      for (let pass = 1; pass <= maxPasses; pass++) {
        await fillTocPages(page, shown);
        // Without remembered numbers the first pass only measures where the ToC targets land: untagged and with
        // nothing painted, so cheaper. print.css gives .toc-page a fixed width, so the numbers filled in afterwards
        // move nothing and the second, tagged print is the final one; the loop stays as a guard for a line that
        // rewraps.
        const measuring = pass === 1 && links.length > 0 && !remembered;
        passMs.push(measuring ? await measuringPrint(page, file, stepMs) : await printOnce(page, file, stepMs));
        const actual = pagesFromDestinations(links, await readDestinations(file));
        const moved = movedEntries(links, shown, actual);
        options.log.info(`  pdf opgemaakt (${pass}e keer, ${measuring ? 'alleen om de paginanummers van de inhoudsopgave te bepalen' : 'definitief'}): ${formatDuration(passMs.at(-1)!)}${pass > 1 && moved.length > 0 ? `, ${moved.length} paginanummers verschoven` : ''}`);
        if (problems.length > 0) throw new ReportError(`fout tijdens het afdrukken: ${problems.slice(0, 5).join('; ')}`);
        if (moved.length === 0 && !measuring) {
          writeTocGuess(options.cacheDir, links, actual);
          return { tocEntries: links.map((l, i) => ({ id: l.id, title: l.title, page: actual[i]! })), passMs, raw: readFileSync(file), headings };
        }
        if (links.length === 0) return { tocEntries: [], passMs, raw: readFileSync(file), headings };
        shown = actual.map(String);
      }
      throw new ReportError(
        `de paginanummers van de inhoudsopgave blijven verschuiven na ${maxPasses} rondes`,
        'Waarschijnlijk wisselt een regel van de inhoudsopgave van lengte; geef .toc-page een vaste breedte.',
      );
    });
    const outline = repairOutline(raw, headings);
    if (outline.repaired.length > 0) options.log.info(`  ${outline.repaired.length} bladwijzers in de pdf rechtgezet`);
    const pdf = finalizePdf(raw, {
      title: options.title,
      author: options.author,
      subject: options.subject,
      keywords: options.keywords,
      creator: CREATOR,
      date: options.referenceDate,
    }, outline.objects);
    writeFileSync(options.outFile, pdf);
    const check = await verifyPdf(options.outFile, { title: options.title, synthetic: options.synthetic, headings });
    if (check.errors.length > 0) {
      rmSync(options.outFile, { force: true });
      throw new ReportError(`de PDF voldoet niet: ${check.errors.slice(0, 5).join('; ')}${check.errors.length > 5 ? ` (en ${check.errors.length - 5} meer)` : ''}`);
    }
    for (const warning of check.warnings) options.log.warn(`PDF: ${warning}`);
    return { pages: check.info.pages, tocEntries, passMs, ms: performance.now() - start, warnings: check.warnings };
  } finally {
    await sharedTab?.close().catch(() => {});
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The PDF floor for `npm run bench`: one tagged print of the finished print edition, timed alone (loading the
 * page, fonts and running heads are prepared first and not counted). Returns milliseconds.
 */
export async function timeOnePrint(options: Pick<PrintOptions, 'htmlFile' | 'root' | 'title' | 'synthetic' | 'chromium' | 'stepTimeoutMs'>): Promise<number> {
  const root = options.root ?? dirname(options.htmlFile);
  const stepMs = options.stepTimeoutMs ?? 300_000;
  const server = await serveStatic(root);
  const work = mkdtempSync(join(tmpdir(), 'mbo-pdf-'));
  try {
    return await withBrowser({ executablePath: options.chromium }, async (browser) => {
      const page = await browser.newPage();
      page.setDefaultTimeout(stepMs);
      await page.goto(`${server.origin}${servedPath(options.htmlFile, root)}`, { waitUntil: 'load', timeout: stepMs });
      await waitForFonts(page, stepMs);
      await loadAllFaces(page);
      await applyRunningHeads(page, { title: options.title, synthetic: options.synthetic });
      await unlinkSitePages(page, server.origin);
      const links = await readTocLinks(page);
      await fillTocPages(page, links.map(() => PAGE_PLACEHOLDER));
      return printOnce(page, join(work, 'floor.pdf'), stepMs);
    });
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
