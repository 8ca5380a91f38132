// HTML validation of the built pages with html-validate: its recommended rules, with two exceptions in
// htmlvalidate.json next to this file (also usable as `npx html-validate -c scripts/site/checks/htmlvalidate.json`):
// - long-title: a page title plus the report title is often longer than 70 characters, and should be;
// - prefer-native-element for `region`: a scrollable table sits in <div role="region" tabindex="0"
//   aria-label> so keyboard users can scroll it, without adding a <section> landmark per table.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { PageCache } from './cache.ts';
import { ResolvedOnceLoader, speedUpHtmlValidate } from './html-speed.ts';
import { listFiles, resolveSitePath } from './links.ts';

export const HTML_VALIDATE_CONFIG = join(import.meta.dirname, 'htmlvalidate.json');

export interface HtmlReport {
  readonly tool: string;
  readonly pages: number;
  /** Per validated page (URL path), its problems as html-validate words them: `/pad/index.html:regel:kolom: … (regel-id)`. */
  readonly problems: Readonly<Record<string, readonly string[]>>;
}

export function htmlValidateVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('html-validate/package.json') as { version: string }).version;
}

/** What an html-validate result depends on besides the page: tool, version and configuration. */
export function htmlCheck(): string {
  return `html-validate ${htmlValidateVersion()}|${readFileSync(HTML_VALIDATE_CONFIG, 'utf8')}`;
}

export interface HtmlOptions {
  /** URL paths of the pages to validate (e.g. `/instellingen/`); default every HTML file under `root`. */
  readonly urls?: readonly string[];
  /** Folder of the per-page result cache (cache.ts); null: validate every page. Default .cache/checks/. */
  readonly cacheDir?: string | null;
}

/** The URL path of an HTML file under the site root (`a/index.html` → `/a/`). */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Validate the pages at `urls` (default: every HTML file under `root`). A page's result depends on its HTML
 * alone, so a page whose bytes match an earlier build's takes that build's result from the cache: html-validate
 * is the costliest check (≈ 0,3 s per 100 kB page).
 */
export async function validateHtml(root: string, options: HtmlOptions = {}): Promise<HtmlReport & { cached: number }> {
  const configText = readFileSync(HTML_VALIDATE_CONFIG, 'utf8');
  const tool = `html-validate ${htmlValidateVersion()}`;
  const cache = new PageCache<string[]>(root, htmlCheck(), { dir: options.cacheDir, assets: false });
  let validator: HtmlValidate | null = null;
  const urls = options.urls ?? listFiles(root, '.html').map(pageUrl);
  const problems: Record<string, string[]> = {};
  for (const url of urls) {
    let found = cache.get(url);
    if (!found) {
      if (!validator) {
        speedUpHtmlValidate();
        validator = new HtmlValidate(new ResolvedOnceLoader(JSON.parse(configText) as ConfigData));
      }
      const file = resolveSitePath(root, url);
      const page = file ? relative(root, file).split(sep).join('/') : url;
      const report = await validator.validateString(file ? readFileSync(file, 'utf8') : '', page);
      found = report.results.flatMap((result) => result.messages.map((m) => `/${page}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`));
      cache.set(url, found);
    }
    problems[url] = found;
  }
  return { tool, pages: urls.length, problems, cached: cache.stats.hits };
}
