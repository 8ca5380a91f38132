// Which pages a build checks with axe, reflow and html-validate (issue 31, decision 1: checks cost what can
// change). Pages of one type come from one template; what differs between them is escaped data. So an ordinary
// build checks, of each page type, the smallest and the largest page, every page that holds editor text (its
// markup is the editor's), and every page whose stored result was computed with other templates or assets (that
// result no longer says anything). Every other page keeps the result stored for it by an earlier build with the
// same templates, or, never checked on its own, is stood for by the checked pages of its type. `all` checks every
// page (`npm run build -- --check all`; the tests on the fixture edition).
import type { CheckMode, CheckPlan, CheckReason, PageKind, PlannedPage, SiteData, SitePage, StoredResult } from '../types.ts';
import { comparisonPageList } from '../comparison-pages.ts';

export type { CheckMode, CheckPlan, CheckReason, StoredResult };

/** Every page of the site, in reading order, then the site-only pages. */
export function sitePages(data: SiteData): SitePage[] {
  return [...data.pages, data.downloads, data.search, data.accessibility, ...comparisonPageList(data)];
}

/** The page holds text from content/ (markup the templates do not control). */
export function holdsEditorText(page: SitePage): boolean {
  return page.content.some((block) => block.kind === 'editor');
}

/**
 * The plan for `pages`. `sizeOf`: a built page's size in bytes (ties keep the first in site order). `stored`: the
 * history of a page, null when it was never checked.
 */
export function planChecks(
  pages: readonly SitePage[],
  mode: CheckMode,
  sizeOf: (url: string) => number,
  stored: (url: string) => StoredResult | null,
): CheckPlan {
  const reasons = new Map<string, CheckReason[]>();
  const add = (url: string, reason: CheckReason) => reasons.set(url, [...(reasons.get(url) ?? []), reason]);
  const extremes = new Map<PageKind, { smallest: { url: string; size: number }; largest: { url: string; size: number } }>();
  for (const page of pages) {
    const size = sizeOf(page.url);
    const seen = extremes.get(page.kind);
    if (!seen) extremes.set(page.kind, { smallest: { url: page.url, size }, largest: { url: page.url, size } });
    else {
      if (size < seen.smallest.size) seen.smallest = { url: page.url, size };
      if (size > seen.largest.size) seen.largest = { url: page.url, size };
    }
  }
  for (const { smallest, largest } of extremes.values()) {
    add(smallest.url, 'smallest');
    if (largest.url !== smallest.url) add(largest.url, 'largest');
  }
  const checked: CheckPlan['checked'][number][] = [];
  const earlier: CheckPlan['earlier'][number][] = [];
  const represented: PlannedPage[] = [];
  for (const page of pages) {
    const { url, kind } = page;
    if (mode === 'all') add(url, 'all');
    if (holdsEditorText(page)) add(url, 'editor');
    const history = stored(url);
    if (history && !history.current) add(url, 'template');
    const why = reasons.get(url);
    if (why) checked.push({ url, kind, reasons: why });
    else if (history) earlier.push({ url, kind, edition: history.edition });
    else represented.push({ url, kind });
  }
  return { checked, earlier, represented };
}
