// The site's fact check: after the pages are written, every number in their rendered prose (`data-paragraph`) is
// read back and compared with the values the sentences were traced to (scripts/prose/factcheck.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkRenderedHtml, countFacts, uniqueParagraphs, type FactCheck } from '../prose/factcheck.ts';
import type { Report } from '../report/types.ts';
import { reportParagraphs } from '../report/walk.ts';

/**
 * The site's pages. Runs beside the PDF stage.
 */
export function factCheckSite(dir: string, report: Report): FactCheck {
  // Finding titles of figures (`data-paragraph` on the caption) are checked like any paragraph.
  const all = uniqueParagraphs([...reportParagraphs(report.chapters), ...(report.figureTitles ?? [])]);
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-paragraph')) continue;
    for (const message of checkRenderedHtml(html, all)) problems.push(`${relative(dir, file)}: ${message}`);
  }
  return { checked: countFacts(all), problems };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
