// axe and reflow in one visit per page: the page is loaded at 320 px, measured for reflow, its charts' drawing taken
// out (axe.ts), widened to 1280 px and checked with axe. One load instead of two (a page with 40 charts takes seconds
// to load and lay out); the results are the same as from two visits, since the site's scripts set nothing at load
// that depends on width.
import type { Browser } from 'puppeteer-core';
import { axeLoadedPage, loadFailure, loadPage, stripChartDrawings, visitPages, type AxeViolation } from './axe.ts';
import type { PageCache } from './cache.ts';
import { measureReflow, REFLOW_WIDTH, type ReflowResult } from './reflow.ts';

export interface PageResults {
  /** Per path, in path order. */
  readonly axe: readonly (readonly AxeViolation[])[];
  readonly reflow: readonly ReflowResult[];
}

/**
 * Check `paths` served at `origin` with reflow (at REFLOW_WIDTH) and axe (at `axeWidth`), in two tabs. A page
 * whose results are both in the caches is not visited; a page that loaded gets its results stored.
 */
export async function checkPages(
  browser: Browser,
  origin: string,
  paths: readonly string[],
  options: { readonly axeWidth: number; readonly axeCache: PageCache<AxeViolation[]>; readonly reflowCache: PageCache<ReflowResult> },
): Promise<PageResults> {
  const axe: AxeViolation[][] = paths.map(() => []);
  const reflow: ReflowResult[] = [];
  await visitPages(browser, origin, paths, 2, async (page, path, i, requests) => {
    const axeCached = options.axeCache.get(path);
    const reflowCached = options.reflowCache.get(path);
    if (axeCached && reflowCached) return void ((axe[i] = axeCached), (reflow[i] = reflowCached));
    await page.setViewport({ width: REFLOW_WIDTH, height: 640 });
    const status = await loadPage(page, origin, path);
    const failed = loadFailure(path, status);
    if (failed) return void ((axe[i] = [failed]), (reflow[i] = { scrollWidth: 0, clientWidth: REFLOW_WIDTH, status }));
    reflow[i] = { ...(await measureReflow(page)), status };
    // Without the charts' drawing (axe does not look at it) the page lays out again at 1280 px in less time.
    await stripChartDrawings(page);
    await page.setViewport({ width: options.axeWidth, height: 900 });
    axe[i] = await axeLoadedPage(page, path);
    const used = requests.paths();
    options.axeCache.set(path, axe[i]!, used);
    options.reflowCache.set(path, reflow[i]!, used);
  });
  return { axe, reflow };
}
