// Running Eleventy programmatically on the templates, with the site data as global data. A failed run
// was seen to spin instead of failing, so every run has a time limit.
import Eleventy from '@11ty/eleventy';
import equal from 'fast-deep-equal/es6/index.js';
import { ReportError } from '../lib/errors.ts';
import { withTimeout } from '../lib/timeout.ts';
import { ELEVENTY_CONFIG, TEMPLATES_DIR } from './paths.ts';
import type { SiteData, SitePage } from './types.ts';
import { comparisonPageList } from './comparison-pages.ts';

/** The arrays the page templates paginate over (one page per item). */
export interface PageLists {
  readonly home: readonly SitePage[];
  readonly sections: readonly SitePage[];
  readonly downloads: readonly SitePage[];
  readonly search: readonly SitePage[];
  readonly accessibility: readonly SitePage[];
  readonly compare: readonly SitePage[];
  readonly peers: readonly SitePage[];
}

export function pageLists(data: SiteData): PageLists {
  return {
    home: data.pages.filter((p) => p.url === '/'),
    sections: data.pages.filter((p) => p.url !== '/'),
    downloads: [data.downloads],
    search: [data.search],
    accessibility: [data.accessibility],
    compare: data.compare ? [data.compare.index] : [],
    peers: data.compare?.groups ?? [],
  };
}

/**
 * The page lists with only the pages whose data differ between `before` and `after`, for a preview that
 * re-renders what an edit changed; all pages when anything the pages share (title, edition, navigation of the
 * footer, figures) differs. A page's HTML is a function of its own data and the shared data alone.
 */
export function changedPageLists(before: SiteData, after: SiteData): PageLists {
  // Deep comparison, not JSON: the figures' SVG strings are the same strings in both, compared in no time.
  // fast-deep-equal, not node:util's isDeepStrictEqual: the same answer on this plain data in less than half the
  // time (1.185 pages of 550 institutions: 250 against 600 ms, measured 2026-12-07).
  const shared = (d: SiteData) => ({ ...d, pages: null, downloads: null, search: null, accessibility: null, compare: null });
  const all = pageLists(after);
  if (!equal(shared(before), shared(after))) return all;
  const old = new Map([...before.pages, before.downloads, before.search, before.accessibility, ...comparisonPageList(before)].map((p) => [p.url, p]));
  const changed = (p: SitePage) => !equal(old.get(p.url), p);
  return {
    home: all.home.filter(changed),
    sections: all.sections.filter(changed),
    downloads: all.downloads.filter(changed),
    search: all.search.filter(changed),
    accessibility: all.accessibility.filter(changed),
    compare: all.compare.filter(changed),
    peers: all.peers.filter(changed),
  };
}

interface EleventyResult {
  readonly url?: string | false;
  readonly outputPath?: string | false;
}

/** Eleventy wraps the real cause (a template error, a missing layout) in its own errors. */
function errorChain(error: unknown): string {
  const messages: string[] = [];
  let current = error as { message?: string; originalError?: unknown; cause?: unknown } | undefined;
  while (current && messages.length < 5) {
    if (current.message && !messages.includes(current.message)) messages.push(current.message);
    current = (current.originalError ?? current.cause) as typeof current;
  }
  return messages.join(' — ') || String(error);
}

/** Render every page into `outDir`; returns the number of pages written. */
export interface EleventyOptions {
  readonly timeoutMs?: number;
}

export async function runEleventy(data: SiteData, outDir: string, options: EleventyOptions = {}): Promise<number> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const lists = pageLists(data);
  const elev = new Eleventy(TEMPLATES_DIR, outDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
    config: (cfg) => {
      cfg.addGlobalData('site', data);
      cfg.addGlobalData('lists', lists);
    },
  });
  // Eleventy would print to the console; the stage reports through its Log and errors instead.
  elev.disableLogger();
  const run = async () => {
    const written = (await elev.write()) as unknown;
    // write() resolves to [passthroughCopies, templates]; count the templates that produced a page.
    const templates = Array.isArray(written) ? (written.flat(2) as EleventyResult[]) : [];
    return templates.filter((t) => typeof t?.outputPath === 'string' && t.outputPath.endsWith('.html')).length;
  };
  try {
    return await withTimeout(run(), timeoutMs, 'Eleventy (het maken van de pagina’s)', 'Draai de build opnieuw met --debug en kijk welke pagina vastloopt.');
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError(`Eleventy kon de site niet maken: ${errorChain(error)}`, 'Controleer de templates in templates/ en de site-gegevens; draai met --debug voor details.');
  }
}
