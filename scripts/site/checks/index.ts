// The automated checks over a built site: accessibility with axe and reflow at 320 px in Chromium, HTML
// validation and links in a worker thread beside it. The build runs them on its own output; their outcomes
// feed the accessibility statement. Results are cached per page (cache.ts): an unchanged page is not checked
// again, and its result is the one computed for exactly the same page and files.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { formatDuration, type Log } from '../../lib/log.ts';
import { plural } from '../../lib/nl.ts';
import type { CheckOutcome, CheckSummary, SiteData } from '../types.ts';
import type { Browser } from 'puppeteer-core';
import { AXE_CHECK, describeViolation, runAxe, type AxeViolation } from './axe.ts';
import { CHECK_CACHE_DIR, PageCache } from './cache.ts';
import { launchBrowser } from '../../lib/chromium.ts';
import { REFLOW_CHECK, REFLOW_WIDTH, runReflow, type ReflowResult } from './reflow.ts';
import { staticChecksInWorker } from './static.ts';
import { serveStatic } from '../../lib/static-server.ts';

export const STANDARD = 'WCAG 2.1 niveau AA';
/** The statement lists at most this many messages per check. */
const MAX_MESSAGES = 50;
const AXE_WIDTH = 1280;

export interface CheckOptions {
  /** `all` pages, a `sample` (one page of each type), or `none` (skip axe and reflow, e.g. without Chromium). */
  readonly axe: 'all' | 'sample' | 'none';
  /** Folder of the per-page result cache (default .cache/checks/); null checks every page afresh. */
  readonly cacheDir?: string | null;
  /** A running Chromium to use (the PDF's); default: one is launched for the checks and closed after. */
  readonly browser?: Browser;
}

/** Every page of the site, in reading order, then the site-only pages. */
export function allPaths(data: SiteData): string[] {
  return [...data.pages.map((p) => p.url), data.downloads.url, data.search.url, data.accessibility.url];
}

/**
 * One page of each page type: every layout and block partial is checked. Within a type the pages share their
 * templates, so the smallest page of each type is taken when the built pages' sizes are known (the build's
 * default; `all` checks every page, as the tests do on the fixture). Without sizes: the first of each type.
 */
export function samplePaths(data: SiteData, sizeOf: (url: string) => number = () => 0): string[] {
  const chosen = new Map<string, { url: string; size: number }>();
  for (const page of [...data.pages, data.downloads, data.search, data.accessibility]) {
    const size = sizeOf(page.url);
    const current = chosen.get(page.kind);
    if (!current || size < current.size) chosen.set(page.kind, { url: page.url, size });
  }
  return [...chosen.values()].map((c) => c.url);
}

/** Size in bytes of a built page, for choosing the sample. */
function pageSize(outDir: string): (url: string) => number {
  return (url) => {
    try {
      return statSync(join(outDir, url, 'index.html')).size;
    } catch {
      return Number.MAX_SAFE_INTEGER;
    }
  };
}

export async function runChecks(outDir: string, data: SiteData, options: CheckOptions, log: Log): Promise<CheckSummary> {
  const outcomes: CheckOutcome[] = [];
  const cacheDir = options.cacheDir === undefined ? CHECK_CACHE_DIR : options.cacheDir;
  // html-validate and the links in a worker thread, on the other core while Chromium checks the pages.
  const started = performance.now();
  let staticMs = 0;
  const staticRun = staticChecksInWorker({ root: outDir, pending: data.edition.pdfUrl ? [data.edition.pdfUrl] : [], cacheDir }).then((r) => ((staticMs = performance.now() - started), r));
  // Handled below; this keeps a failing worker from counting as unhandled while Chromium still runs.
  staticRun.catch(() => {});

  if (options.axe !== 'none') {
    const paths = options.axe === 'all' ? allPaths(data) : samplePaths(data, pageSize(outDir));
    const server = await serveStatic(outDir);
    let session: Awaited<ReturnType<typeof launchBrowser>> | undefined;
    try {
      const browser = options.browser ?? (session = await launchBrowser()).browser;
      const axeCache = new PageCache<AxeViolation[]>(outDir, `${AXE_CHECK}|${AXE_WIDTH}`, { dir: cacheDir });
      const reflowCache = new PageCache<ReflowResult>(outDir, REFLOW_CHECK, { dir: cacheDir });
      const [report, reflow] = await Promise.all([
        runAxe(browser, server.origin, paths, { width: AXE_WIDTH, cache: axeCache }),
        runReflow(browser, server.origin, paths, reflowCache),
      ]);
      const scope = options.axe === 'all' ? 'alle pagina’s' : 'één pagina van elk type';
      outcomes.push({
        id: 'axe',
        label: `Automatische toegankelijkheidstest van ${scope}`,
        tool: `${report.tool} in Chromium (regels voor WCAG 2.1 A en AA en best practices)`,
        pages: report.pages,
        problems: report.violations.length,
        messages: report.violations.slice(0, MAX_MESSAGES).map(describeViolation),
        checkedPages: paths.map((url) => ({ url, problems: report.violations.filter((v) => v.url === url).length })),
      });
      outcomes.push({
        id: 'reflow',
        label: `Geen zijwaarts scrollen op een scherm van ${REFLOW_WIDTH} pixels breed, op ${scope}`,
        tool: `Chromium, venster ${REFLOW_WIDTH} CSS-pixels breed: de pagina mag niet breder zijn dan het venster (WCAG 2.1 succescriterium 1.4.10 Reflow)`,
        pages: reflow.pages,
        problems: reflow.problems.length,
        messages: reflow.problems.slice(0, MAX_MESSAGES),
        checkedPages: paths.map((url) => ({ url, problems: reflow.problems.filter((p) => p.startsWith(`${url}: `)).length })),
      });
      const hits = axeCache.stats.hits + reflowCache.stats.hits;
      log.info(`  axe en reflow in Chromium: ${formatDuration(performance.now() - started)}, ${plural(hits, 'uitkomst', 'uitkomsten')} uit de cache (pagina en bestanden ongewijzigd)`);
    } finally {
      await session?.close();
      await server.close();
    }
  }

  const { html, links } = await staticRun;
  log.info(`  HTML en links (worker): ${formatDuration(staticMs)}, ${plural(html.cached, 'HTML-controle', 'HTML-controles')} uit de cache (pagina ongewijzigd)`);
  outcomes.push({ id: 'html', label: 'Geldige HTML', tool: html.tool, pages: html.pages, problems: html.problems.length, messages: html.problems.slice(0, MAX_MESSAGES) });
  outcomes.push({
    id: 'links',
    label: 'Werkende links en niets van andere websites',
    tool: 'eigen linkcontrole (elke link naar deze site moet naar een bestaand bestand of een bestaande plek wijzen)',
    pages: links.pages,
    problems: links.problems.length,
    messages: links.problems.slice(0, MAX_MESSAGES),
  });

  for (const o of outcomes) {
    const line = `${o.label}: ${plural(o.problems, 'probleem', 'problemen')} op ${plural(o.pages, 'pagina', 'pagina’s')}`;
    if (o.problems === 0) log.info(`  ${line}`);
    else log.warn(`  ${line}`);
  }
  return { standard: STANDARD, outcomes };
}
