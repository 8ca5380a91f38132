// The automated checks over a built site (accessibility with axe in Chromium, HTML validation, links).
// The build runs them on its own output; their outcomes feed the accessibility statement.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from '../../lib/log.ts';
import { plural } from '../../lib/nl.ts';
import type { CheckOutcome, CheckSummary, SiteData } from '../types.ts';
import { describeViolation, runAxe } from './axe.ts';
import { launchBrowser } from '../../lib/chromium.ts';
import { validateHtml } from './html.ts';
import { checkLinks } from './links.ts';
import { serveStatic } from '../../lib/static-server.ts';

export const STANDARD = 'WCAG 2.1 niveau AA';
/** The statement lists at most this many messages per check. */
const MAX_MESSAGES = 50;

export interface CheckOptions {
  /** `all` pages, a `sample` (one page of each type), or `none` (skip axe, e.g. without Chromium). */
  readonly axe: 'all' | 'sample' | 'none';
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

  if (options.axe !== 'none') {
    const paths = options.axe === 'all' ? allPaths(data) : samplePaths(data, pageSize(outDir));
    const server = await serveStatic(outDir);
    let session: Awaited<ReturnType<typeof launchBrowser>> | undefined;
    try {
      session = await launchBrowser();
      const report = await runAxe(session.browser, server.origin, paths);
      outcomes.push({
        id: 'axe',
        label: options.axe === 'all' ? 'Automatische toegankelijkheidstest van alle pagina’s' : 'Automatische toegankelijkheidstest van één pagina van elk type',
        tool: `${report.tool} in Chromium (regels voor WCAG 2.1 A en AA en best practices)`,
        pages: report.pages,
        problems: report.violations.length,
        messages: report.violations.slice(0, MAX_MESSAGES).map(describeViolation),
      });
    } finally {
      await session?.close();
      await server.close();
    }
  }

  const html = await validateHtml(outDir);
  outcomes.push({ id: 'html', label: 'Geldige HTML', tool: html.tool, pages: html.pages, problems: html.problems.length, messages: html.problems.slice(0, MAX_MESSAGES) });

  // The PDF is printed after the site is built; the PDF stage checks that it exists.
  const links = checkLinks(outDir, { pending: data.edition.pdfUrl ? [data.edition.pdfUrl] : [] });
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
