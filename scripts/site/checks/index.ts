// The automated checks over a built site: accessibility with axe and reflow at 320 px in Chromium, the charts'
// SVG, HTML validation and links in a worker thread beside it. Which pages axe, reflow and html-validate check is
// plan.ts's choice (issue 31: checks cost what can change); links are checked on every page, each chart's SVG
// once per content hash. The outcomes and the plan feed the accessibility statement. An unchanged page's result
// also comes from a per-page cache (cache.ts): it is the one computed for exactly the same page and files.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../lib/chromium.ts';
import { formatDuration, type Log } from '../../lib/log.ts';
import { formatNumber, plural } from '../../lib/nl.ts';
import { serveStatic } from '../../lib/static-server.ts';
import type { CheckOutcome, CheckSummary, SiteData } from '../types.ts';
import { AXE_CHECK, AXE_VERSION, describeViolation, type AxeReport, type AxeViolation } from './axe.ts';
import { CHECK_CACHE_DIR, PageCache } from './cache.ts';
import { CheckHistory, checkShape } from './history.ts';
import { htmlCheck } from './html.ts';
import { planChecks, sitePages, type CheckMode } from './plan.ts';
import { checkPages } from './pages.ts';
import { describeReflow, REFLOW_CHECK, REFLOW_WIDTH, type ReflowReport, type ReflowResult } from './reflow.ts';
import { staticChecksInWorker } from './static.ts';
import { validateSvgs, type SvgReport } from './svg.ts';

export const STANDARD = 'WCAG 2.1 niveau AA';
/** The statement lists at most this many messages per check. */
const MAX_MESSAGES = 50;
const AXE_WIDTH = 1280;

export interface CheckOptions {
  /** Which pages axe, reflow and html-validate check: `all`, or `changes` (plan.ts; the build's default). */
  readonly pages: CheckMode;
  /** Run the checks in Chromium (axe, reflow, the charts' SVG); false: HTML and links only (tests without a browser). */
  readonly chromium?: boolean;
  /** Folder of the per-page result cache and history (default .cache/checks/); null checks every page afresh. */
  readonly cacheDir?: string | null;
  /** A running Chromium to use (the PDF's); default: one is launched for the checks and closed after. */
  readonly browser?: Browser;
}

/** Size in bytes of a built page, for choosing the smallest and largest of each type. */
function pageSize(outDir: string): (url: string) => number {
  return (url) => {
    try {
      return statSync(join(outDir, url, 'index.html')).size;
    } catch {
      return Number.MAX_SAFE_INTEGER;
    }
  };
}

/** What the page checks' results depend on besides the page: each check's tool, version and options. */
function pageChecks(): string {
  return [`${AXE_CHECK}|${AXE_WIDTH}`, REFLOW_CHECK, htmlCheck()].join('\u0000');
}

export async function runChecks(outDir: string, data: SiteData, options: CheckOptions, log: Log): Promise<CheckSummary> {
  const outcomes: CheckOutcome[] = [];
  const cacheDir = options.cacheDir === undefined ? CHECK_CACHE_DIR : options.cacheDir;
  const chromium = options.chromium ?? true;
  const history = new CheckHistory(cacheDir && join(cacheDir, 'history'), checkShape(pageChecks()));
  const plan = planChecks(sitePages(data), options.pages, pageSize(outDir), (url) => history.status(url));
  const paths = plan.checked.map((p) => p.url);
  // html-validate and the links in a worker thread, on the other core while Chromium checks the pages.
  const started = performance.now();
  let staticMs = 0;
  const staticRun = staticChecksInWorker({ root: outDir, pending: data.pending, cacheDir, htmlUrls: paths }).then(
    (r) => ((staticMs = performance.now() - started), r),
  );
  // Handled below; this keeps a failing worker from counting as unhandled while Chromium still runs.
  staticRun.catch(() => {});

  let axe: AxeReport | null = null;
  let reflow: ReflowReport | null = null;
  let svg: SvgReport | null = null;
  if (chromium) {
    const server = await serveStatic(outDir);
    let session: Awaited<ReturnType<typeof launchBrowser>> | undefined;
    try {
      const browser = options.browser ?? (session = await launchBrowser()).browser;
      const axeCache = new PageCache<AxeViolation[]>(outDir, `${AXE_CHECK}|${AXE_WIDTH}`, { dir: cacheDir });
      const reflowCache = new PageCache<ReflowResult>(outDir, REFLOW_CHECK, { dir: cacheDir });
      const [pages, svgs] = await Promise.all([
        checkPages(browser, server.origin, paths, { axeWidth: AXE_WIDTH, axeCache, reflowCache }),
        validateSvgs(browser, outDir, cacheDir),
      ]);
      svg = svgs;
      axe = { tool: `axe-core ${AXE_VERSION}`, pages: paths.length, violations: pages.axe.flat() };
      reflow = { pages: paths.length, problems: paths.flatMap((path, i) => describeReflow(path, pages.reflow[i]!) ?? []), results: pages.reflow };
      const hits = axeCache.stats.hits + reflowCache.stats.hits;
      log.info(
        `  axe, reflow en SVG in Chromium: ${formatDuration(performance.now() - started)}, ${plural(paths.length, 'pagina', 'pagina’s')} (${plural(hits, 'uitkomst', 'uitkomsten')} uit de cache: pagina en bestanden ongewijzigd), ${plural(svg.distinct, 'SVG', 'SVG’s')} (${formatNumber(svg.cached)} uit de cache)`,
      );
    } finally {
      await session?.close();
      await server.close();
    }
  }
  const { html, links } = await staticRun;
  log.info(`  HTML en links (worker): ${formatDuration(staticMs)}, ${plural(html.cached, 'HTML-controle', 'HTML-controles')} uit de cache (pagina ongewijzigd)`);

  // This build's results become each checked page's history; the pages it did not check keep theirs.
  const edition = data.edition.snapshot;
  const reflowOf = new Map(paths.map((url, i) => [url, reflow?.results[i] ?? null]));
  if (axe && reflow) {
    for (const url of paths) history.set(url, { edition, axe: axe.violations.filter((v) => v.url === url), reflow: reflowOf.get(url)!, html: html.problems[url] ?? [] });
  }
  const earlier = plan.earlier.map((p) => ({ ...p, record: history.get(p.url)! }));
  const from = (e: { edition: string }) => ` (uitkomst uit editie ${e.edition})`;

  const scope = options.pages === 'all' ? 'alle pagina’s' : 'de pagina’s die deze build controleerde';
  const problemsOn = (count: (url: string) => number) => paths.map((url) => ({ url, problems: count(url) }));
  if (axe && reflow) {
    const axeEarlier = earlier.flatMap((e) => e.record.axe.map((v) => describeViolation(v) + from(e)));
    outcomes.push({
      id: 'axe',
      label: `Automatische toegankelijkheidstest van ${scope}`,
      tool: `${axe.tool} in Chromium (regels voor WCAG 2.1 A en AA en best practices)`,
      pages: axe.pages,
      problems: axe.violations.length + axeEarlier.length,
      messages: [...axe.violations.map(describeViolation), ...axeEarlier].slice(0, MAX_MESSAGES),
      checkedPages: problemsOn((url) => axe!.violations.filter((v) => v.url === url).length),
    });
    const reflowEarlier = earlier.flatMap((e) => {
      const message = describeReflow(e.url, e.record.reflow);
      return message ? [message + from(e)] : [];
    });
    outcomes.push({
      id: 'reflow',
      label: `Geen zijwaarts scrollen op een scherm van ${REFLOW_WIDTH} pixels breed, op ${scope}`,
      tool: `Chromium, venster ${REFLOW_WIDTH} CSS-pixels breed: de pagina mag niet breder zijn dan het venster (WCAG 2.1 succescriterium 1.4.10 Reflow)`,
      pages: reflow.pages,
      problems: reflow.problems.length + reflowEarlier.length,
      messages: [...reflow.problems, ...reflowEarlier].slice(0, MAX_MESSAGES),
      checkedPages: problemsOn((url) => reflow!.problems.filter((p) => p.startsWith(`${url}: `)).length),
    });
  }
  const htmlChecked = paths.flatMap((url) => html.problems[url] ?? []);
  const htmlEarlier = earlier.flatMap((e) => e.record.html.map((m) => m + from(e)));
  outcomes.push({
    id: 'html',
    label: options.pages === 'all' ? 'Geldige HTML' : 'Geldige HTML, op de pagina’s die deze build controleerde',
    tool: html.tool,
    pages: html.pages,
    problems: htmlChecked.length + htmlEarlier.length,
    messages: [...htmlChecked, ...htmlEarlier].slice(0, MAX_MESSAGES),
    checkedPages: problemsOn((url) => (html.problems[url] ?? []).length),
  });
  if (svg) {
    outcomes.push({
      id: 'svg',
      label: 'Geldige grafieken (SVG)',
      tool: 'de XML-lezer van Chromium, met controles op unieke id’s, verwijzingen, een naam voor elke grafiek en geen uitvoerbare code',
      pages: svg.files,
      problems: svg.problems.length,
      messages: svg.problems.slice(0, MAX_MESSAGES),
    });
  }
  outcomes.push({
    id: 'links',
    label: 'Werkende links en niets van andere websites',
    tool: 'eigen linkcontrole (elke link naar deze site moet naar een bestaand bestand of een bestaande plek wijzen)',
    pages: links.pages,
    problems: links.problems.length,
    messages: links.problems.slice(0, MAX_MESSAGES),
  });

  for (const o of outcomes) {
    const line = `${o.label}: ${plural(o.problems, 'probleem', 'problemen')} op ${o.id === 'svg' ? plural(o.pages, 'grafiek', 'grafieken') : plural(o.pages, 'pagina', 'pagina’s')}`;
    if (o.problems === 0) log.info(`  ${line}`);
    else log.warn(`  ${line}`);
  }
  return { standard: STANDARD, outcomes, plan };
}
