// Reflow (WCAG 1.4.10, AA): at 320 CSS pixels wide no page may scroll sideways. axe does not test this, so
// each page is loaded in Chromium at that width (fonts loaded, the "toon als tabel" tables opened, as axe
// sees them) and `document.documentElement.scrollWidth` is compared with `clientWidth`. A page that is wider
// is a reported problem, like an axe violation: it is named on the accessibility page, the build goes on.
import type { Page } from 'puppeteer-core';

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

/** The page loaded in `page` (axe.ts loadPage, at REFLOW_WIDTH): its scrollable width and the viewport's. */
export function measureReflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}
