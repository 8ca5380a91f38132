// The site's fact check: after the pages are written, every number in their rendered prose (`data-paragraph`) is
// read back and compared with the values the sentences were traced to (scripts/prose/factcheck.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkRenderedHtml, countFacts, uniqueParagraphs, type FactCheck } from '../prose/factcheck.ts';
import type { Report } from '../report/types.ts';
import { reportParagraphs } from '../report/walk.ts';
import { PRINT_DIR } from './paths.ts';

/**
 * The site's pages (the print edition's page aside: it is checked through the PDF). Runs beside the PDF stage, so
 * it reads only the published pages.
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
    .filter((e) => e.isFile() && e.name.endsWith('.html') && relative(dir, e.parentPath).split(sep)[0] !== PRINT_DIR)
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
