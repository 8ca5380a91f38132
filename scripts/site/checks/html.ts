// HTML validation of the built pages with html-validate: its recommended rules, with two exceptions in
// htmlvalidate.json next to this file (also usable as `npx html-validate -c scripts/site/checks/htmlvalidate.json`):
// - long-title: a page title plus the report title is often longer than 70 characters, and should be;
// - prefer-native-element for `region`: a scrollable table sits in <div role="region" tabindex="0"
//   aria-label> so keyboard users can scroll it, without adding a <section> landmark per table.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { PageCache } from './cache.ts';
import { ResolvedOnceLoader, speedUpHtmlValidate } from './html-speed.ts';
import { listFiles } from './links.ts';

export const HTML_VALIDATE_CONFIG = join(import.meta.dirname, 'htmlvalidate.json');

export interface HtmlReport {
  readonly tool: string;
  readonly pages: number;
  readonly problems: readonly string[];
}

export function htmlValidateVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('html-validate/package.json') as { version: string }).version;
}

export interface HtmlOptions {
  /** Folder of the per-page result cache (cache.ts); null: validate every page. Default .cache/checks/. */
  readonly cacheDir?: string | null;
}

/**
 * Validate every HTML file under `root` (the print edition aside). A page's result depends on its HTML alone,
 * so a page whose bytes match an earlier build's takes that build's result from the cache: html-validate is
 * the costliest check (≈ 0,3 s per 100 kB page, half a minute for the bundled site).
 */
export async function validateHtml(root: string, options: HtmlOptions = {}): Promise<HtmlReport & { cached: number }> {
  const configText = readFileSync(HTML_VALIDATE_CONFIG, 'utf8');
  const tool = `html-validate ${htmlValidateVersion()}`;
  const cache = new PageCache<string[]>(root, `${tool}|${configText}`, { dir: options.cacheDir, assets: false });
  let validator: HtmlValidate | null = null;
  const pages = listFiles(root, '.html');
  const problems: string[] = [];
  for (const page of pages) {
    const url = `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
    let found = cache.get(url);
    if (!found) {
      if (!validator) {
        speedUpHtmlValidate();
        validator = new HtmlValidate(new ResolvedOnceLoader(JSON.parse(configText) as ConfigData));
      }
      const report = await validator.validateString(readFileSync(join(root, page), 'utf8'), page);
      found = report.results.flatMap((result) => result.messages.map((m) => `/${page}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`));
      cache.set(url, found);
    }
    problems.push(...found);
  }
  return { tool, pages: pages.length, problems, cached: cache.stats.hits };
}
