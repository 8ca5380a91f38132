// Reflow (WCAG 1.4.10, AA): at 320 CSS pixels wide no page may scroll sideways. axe does not test this, so
// each page is loaded in Chromium at that width (fonts loaded, the "toon als tabel" tables opened, as axe
// sees them) and `document.documentElement.scrollWidth` is compared with `clientWidth`. A page that is wider
// is a reported problem, like an axe violation: it is named on the accessibility page, the build goes on.
import type { Browser } from 'puppeteer-core';
import { watchRequests } from './axe.ts';
import type { PageCache } from './cache.ts';

export const REFLOW_WIDTH = 320;
export const REFLOW_CHECK = `reflow|scrollWidth<=clientWidth|${REFLOW_WIDTH}`;

/** What one page measured: its scrollable width and the viewport's, in CSS pixels; null when it did not load. */
export interface ReflowResult {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly status: number | null;
}

export interface ReflowReport {
  readonly pages: number;
  /** Dutch, one per page that is too wide or did not load, in path order. */
  readonly problems: readonly string[];
  /** What each page measured, in path order. */
  readonly results: readonly ReflowResult[];
}

export function describeReflow(path: string, r: ReflowResult): string | null {
  if (r.status !== null && (r.status < 200 || r.status >= 400)) return `${path}: pagina laadt niet (HTTP ${r.status})`;
  if (r.scrollWidth <= r.clientWidth) return null;
  return `${path}: ${r.scrollWidth} px breed bij een venster van ${r.clientWidth} px; de pagina schuift opzij`;
}

/** Measure every path (e.g. `/instellingen/`) served at `origin` at 320 px; problems come back in path order. */
export async function runReflow(browser: Browser, origin: string, paths: readonly string[], cache?: PageCache<ReflowResult>): Promise<ReflowReport> {
  const results: ReflowResult[] = [];
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: REFLOW_WIDTH, height: 640 });
    await page.setCacheEnabled(false);
    const requests = watchRequests(page, origin);
    for (const path of paths) {
      const cached = cache?.get(path);
      if (cached) {
        results.push(cached);
        continue;
      }
      requests.reset();
      const response = await page.goto(origin + path, { waitUntil: 'load' });
      const status = response?.status() ?? null;
      const size = await page.evaluate(async () => {
        await document.fonts.ready;
        document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
        const root = document.documentElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      const result = { ...size, status };
      results.push(result);
      if (response?.ok()) cache?.set(path, result, requests.paths());
    }
  } finally {
    await page.close();
  }
  return { pages: paths.length, problems: paths.flatMap((path, i) => describeReflow(path, results[i]!) ?? []), results };
}
