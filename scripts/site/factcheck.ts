// The site's fact check: after the pages are written, every number in their rendered prose (`data-paragraph`) is
// read back and compared with the values the sentences were traced to (scripts/prose/factcheck.ts), and every page's
// text is searched for words meant for developers or editors (scripts/lib/text.ts, jargonIn).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkRenderedHtml, countFacts, uniqueParagraphs, type FactCheck } from '../prose/factcheck.ts';
import type { Report } from '../report/types.ts';
import { reportParagraphs } from '../report/walk.ts';
import { jargonIn } from '../lib/text.ts';

/**
 * The site's pages. Runs beside the PDF stage.
 */
export function factCheckSite(dir: string, report: Report): FactCheck {
  // Finding titles of figures (`data-paragraph` on the caption) are checked like any paragraph.
  const all = uniqueParagraphs([...reportParagraphs(report.chapters), ...(report.figureTitles ?? [])]);
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const page = relative(dir, file);
    // The downloads page names the files it offers; no other page names a file.
    for (const j of jargonIn(visibleText(html), { fileNames: page.startsWith('downloads') })) problems.push(`${page}: de pagina bevat ${j}, niet bedoeld voor lezers`);
    if (!html.includes('data-paragraph')) continue;
    for (const message of checkRenderedHtml(html, all)) problems.push(`${page}: ${message}`);
  }
  return { checked: countFacts(all), problems };
}

/** The text a reader sees in the page's main part (scripts, styles and tags dropped, a few entities decoded). */
function visibleText(html: string): string {
  const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;
  return main
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
