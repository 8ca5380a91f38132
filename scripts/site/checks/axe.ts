// axe-core in real Chromium over built pages: WCAG 2.0/2.1 A and AA rules plus axe's best practices.
// axe is injected with the page's CSP bypassed (it is the checker, not part of the site); closed <details>
// are opened first so the data tables behind "toon als tabel" are checked as well.
//
// Text inside the charts' SVG is left out of the color-contrast rule. That rule was 60–75% of axe's time on
// pages with charts (thousands of <text> nodes), and it can never report them: a chart is role="img" with a
// text alternative, so axe files its text under "needs review", which the build does not report. The chart
// theme's contrast is tested once instead (tests/figures/theme.test.ts). Every other rule still sees the charts.
//
// Of the other text, color-contrast checks one element per combination of text colour, font size and weight,
// text shadow and the backgrounds, opacity and positioning of the element and all its ancestors (its "contrast
// signature"): elements that share one have the same contrast, so the others add nothing but time (a table of a
// thousand cells in one style took 8 of the 9 seconds of axe on the downloads page; measured 2026-11-30).
// Elements without text of their own are all kept: the rule skips them at no cost.
//
// The drawing inside a chart (its marks, axes and text: every child of <svg role="img"> but <title> and <desc>) is
// taken out of the page before axe runs. A role="img" element's children are presentational: assistive technology
// reads the chart's name and description, never its marks, and axe can report nothing on them that the SVG check
// (svg.ts: unique ids, resolving references, a name, nothing that runs or takes focus) does not already cover,
// once per chart. They were two thirds of axe's time on a page with 40 charts (7,7 → 2,5 s, 2026-12-07); the
// chart itself, its name and description, stay in what axe checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';
import type { PageCache } from './cache.ts';

const require = createRequire(import.meta.url);
export const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');
export const AXE_VERSION = (require('axe-core/package.json') as { version: string }).version;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** Elements color-contrast looks at: all but the text of static and interactive charts (see above). */
export const CONTRAST_SELECTOR = 'body *:not(svg.chart-svg *):not(.figure-interactive svg *)';
/** The attribute that marks the elements color-contrast checks (one per contrast signature, see above). */
export const CONTRAST_MARK = 'data-axe-contrast';
/** The drawing of a chart, taken out before axe runs (see above). */
export const CHART_DRAWING = 'svg[role="img"] > :not(title):not(desc)';
/** What an axe result depends on besides the page: tool, rules, the contrast exclusion and sample, the charts' drawing. */
export const AXE_CHECK = `axe-core ${AXE_VERSION}|${AXE_TAGS.join(',')}|${CONTRAST_SELECTOR}|one per contrast signature|without ${CHART_DRAWING}`;

export interface AxeViolation {
  readonly url: string;
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

export interface AxeReport {
  readonly tool: string;
  readonly pages: number;
  readonly violations: readonly AxeViolation[];
}

const IMPACT: Record<string, string> = { critical: 'kritiek', serious: 'ernstig', moderate: 'matig', minor: 'klein' };

export function describeViolation(v: AxeViolation): string {
  const count = v.targets.length === 1 ? '1 element' : `${v.targets.length} elementen`;
  return `${v.url}: ${v.rule} (${IMPACT[v.impact] ?? v.impact}) — ${v.help}; ${count}, bijvoorbeeld ${v.targets[0] ?? '?'}`;
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

export interface AxeOptions {
  /** Viewport width in CSS pixels (default 1280). */
  readonly width?: number;
  /** Pages checked at the same time, each in its own tab (default 2). */
  readonly concurrency?: number;
  /** Per-page results of earlier builds (cache.ts); an unchanged page is not checked again. */
  readonly cache?: PageCache<AxeViolation[]>;
}

/** Site paths requested by a tab since the last reset: what a page used besides its HTML. */
export function watchRequests(page: Page, origin: string): { reset(): void; paths(): string[] } {
  let seen = new Set<string>();
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${origin}/`)) seen.add(new URL(url).pathname);
  });
  return { reset: () => void (seen = new Set()), paths: () => [...seen].sort() };
}

/** Load `path` in `page`, fonts ready and closed <details> opened; its HTTP status (null: no response). */
export async function loadPage(page: Page, origin: string, path: string): Promise<number | null> {
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  if (!response?.ok()) return response?.status() ?? null;
  // Closed <details> (the "toon als tabel" tables) are part of the page too: open them so the checks see them.
  await page.evaluate(() => document.fonts.ready.then(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''))));
  return response.status();
}

/** The violation of a page that did not load (loadPage's status), else null. */
export function loadFailure(path: string, status: number | null): AxeViolation | null {
  if (status !== null && status >= 200 && status < 400) return null;
  return { url: path, rule: 'page-load', impact: 'critical', help: `pagina laadt niet (HTTP ${status ?? '?'})`, targets: [] };
}

/** Take the charts' drawing out of the loaded page (see the top of this file); a second call finds nothing. */
export async function stripChartDrawings(page: Page): Promise<void> {
  await page.evaluate((drawing) => document.querySelectorAll(drawing).forEach((e) => e.remove()), CHART_DRAWING);
}

/** axe on the page loaded in a tab of visitPages (loadPage), at its current viewport. */
export async function axeLoadedPage(page: Page, path: string): Promise<AxeViolation[]> {
  await stripChartDrawings(page);
  await markContrastSample(page);
  const result = (await page.evaluate(
    (tags, mark) => {
      const axe = (globalThis as unknown as { axe: { configure(c: unknown): void; run(ctx: unknown, opts: unknown): Promise<unknown> } }).axe;
      axe.configure({ rules: [{ id: 'color-contrast', selector: `[${mark}]` }] });
      return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    },
    AXE_TAGS,
    CONTRAST_MARK,
  )) as AxeResult;
  return result.violations.map((v) => ({ url: path, rule: v.id, impact: v.impact ?? 'minor', help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
}

/**
 * Mark the elements color-contrast is to check: of CONTRAST_SELECTOR's elements, every one without text of its own
 * and the first with text of each contrast signature (see the top of this file). Returns [marked, with text].
 */
export async function markContrastSample(page: Page): Promise<[number, number]> {
  // No named helper functions inside: the TypeScript loader would wrap them in a helper the page lacks.
  return page.evaluate(
    (selector, mark) => {
      const seen = new Set<string>();
      let marked = 0;
      let texts = 0;
      for (const el of document.querySelectorAll(selector)) {
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        if (ownText) {
          texts++;
          const own = getComputedStyle(el);
          const parts = [own.color, own.fontSize, own.fontWeight, own.textShadow, own.visibility, own.clip, own.clipPath, String(el.getClientRects().length > 0)];
          for (let a: Element | null = el; a; a = a.parentElement) {
            const cs = getComputedStyle(a);
            parts.push(`${cs.backgroundColor} ${cs.backgroundImage} ${cs.opacity} ${cs.position} ${cs.filter} ${cs.mixBlendMode}`);
          }
          const signature = parts.join('|');
          if (seen.has(signature)) continue;
          seen.add(signature);
        }
        el.setAttribute(mark, '');
        marked++;
      }
      return [marked, texts] as [number, number];
    },
    CONTRAST_SELECTOR,
    CONTRAST_MARK,
  );
}

/** Run axe on each URL path (e.g. `/instellingen/`) served at `origin`; violations come back in path order. */
export async function runAxe(browser: Browser, origin: string, paths: readonly string[], options: AxeOptions = {}): Promise<AxeReport> {
  const results: AxeViolation[][] = paths.map(() => []);
  await visitPages(browser, origin, paths, options.concurrency ?? 2, async (page, path, i, requests) => {
    const cached = options.cache?.get(path);
    if (cached) return void (results[i] = cached);
    await page.setViewport({ width: options.width ?? 1280, height: 900 });
    const failed = loadFailure(path, await loadPage(page, origin, path));
    results[i] = failed ? [failed] : await axeLoadedPage(page, path);
    // A page that did not load is checked again next time.
    if (!failed) options.cache?.set(path, results[i]!, requests.paths());
  });
  return { tool: `axe-core ${AXE_VERSION}`, pages: paths.length, violations: results.flat() };
}

type Requests = ReturnType<typeof watchRequests>;

let axeText: string | null = null;
function axeSource(): string {
  return (axeText ??= readFileSync(AXE_SCRIPT, 'utf8'));
}

/**
 * Visit `paths` (served at `origin`) in `concurrency` tabs, each path once. `visit` gets a tab that lets the
 * checker in past the page's CSP and has no browser cache, so every file a page uses is requested and shows in
 * `requests` (reset before each visit) for the page's cache entry. axe is in every document the tab loads, sent to
 * the tab once: injected per page (0,5 MB over the DevTools protocol each time), it made the 31 pages of a cold
 * build cost 18% more of Chromium's CPU (78 against 66 s, measured 2026-12-07).
 */
export async function visitPages(
  browser: Browser,
  origin: string,
  paths: readonly string[],
  concurrency: number,
  visit: (page: Page, path: string, index: number, requests: Requests) => Promise<void>,
): Promise<void> {
  let next = 0;
  const tab = async () => {
    const page = await browser.newPage();
    try {
      await page.setBypassCSP(true);
      await page.setCacheEnabled(false);
      await page.evaluateOnNewDocument(axeSource());
      const requests = watchRequests(page, origin);
      while (next < paths.length) {
        const i = next++;
        requests.reset();
        await visit(page, paths[i]!, i, requests);
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, tab));
}
