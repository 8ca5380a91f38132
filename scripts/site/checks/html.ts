// HTML validation of the built pages with html-validate: its recommended rules, with two exceptions in
// htmlvalidate.json next to this file (also usable as `npx html-validate -c scripts/site/checks/htmlvalidate.json`):
// - long-title: a page title plus the report title is often longer than 70 characters, and should be;
// - prefer-native-element for `region`: a scrollable table sits in <div role="region" tabindex="0"
//   aria-label> so keyboard users can scroll it, without adding a <section> landmark per table.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
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

export async function validateHtml(root: string): Promise<HtmlReport> {
  const config = JSON.parse(readFileSync(HTML_VALIDATE_CONFIG, 'utf8')) as ConfigData;
  const validator = new HtmlValidate(config);
  const pages = listFiles(root, '.html');
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(join(root, page), 'utf8'), page);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`/${page}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
    }
  }
  return { tool: `html-validate ${htmlValidateVersion()}`, pages: pages.length, problems };
}
