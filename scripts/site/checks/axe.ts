// axe-core in real Chromium over built pages: WCAG 2.0/2.1 A and AA rules plus axe's best practices.
// axe is injected with the page's CSP bypassed (it is the checker, not part of the site); closed <details>
// are opened first so the data tables behind "toon als tabel" are checked as well.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';

const require = createRequire(import.meta.url);
export const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');
export const AXE_VERSION = (require('axe-core/package.json') as { version: string }).version;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

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
}

async function checkPage(page: Page, origin: string, path: string): Promise<AxeViolation[]> {
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  if (!response || !response.ok()) {
    return [{ url: path, rule: 'page-load', impact: 'critical', help: `pagina laadt niet (HTTP ${response?.status() ?? '?'})`, targets: [] }];
  }
  // Closed <details> (the "toon als tabel" tables) are part of the page too: open them so axe sees them.
  await page.evaluate(() => document.fonts.ready.then(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''))));
  await page.addScriptTag({ path: AXE_SCRIPT });
  const result = (await page.evaluate(
    (tags) => (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  )) as AxeResult;
  return result.violations.map((v) => ({ url: path, rule: v.id, impact: v.impact ?? 'minor', help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
}

/** Run axe on each URL path (e.g. `/instellingen/`) served at `origin`; violations come back in path order. */
export async function runAxe(browser: Browser, origin: string, paths: readonly string[], options: AxeOptions = {}): Promise<AxeReport> {
  const results: AxeViolation[][] = paths.map(() => []);
  let next = 0;
  const worker = async () => {
    const page = await browser.newPage();
    try {
      // axe is the checker, not part of the site: let it in past the page's CSP.
      await page.setBypassCSP(true);
      await page.setViewport({ width: options.width ?? 1280, height: 900 });
      while (next < paths.length) {
        const i = next++;
        results[i] = await checkPage(page, origin, paths[i]!);
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 2, paths.length) }, worker));
  return { tool: `axe-core ${AXE_VERSION}`, pages: paths.length, violations: results.flat() };
}
