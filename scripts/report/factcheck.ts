// The output fact check: after the site and the PDF are written, every number in their rendered prose is read
// back and compared with the values the sentences were traced to. Any mismatch stops the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PRINT_DIR } from '../site/paths.ts';
import { ReportError } from '../lib/errors.ts';
import { readRawText } from '../pdf/inspect.ts';
import { checkPdfText, checkRenderedHtml } from '../prose/factcheck.ts';
import type { Paragraph } from './types.ts';
import type { Report } from './types.ts';
import { reportParagraphs } from './walk.ts';

export interface FactCheck {
  /** Traced numbers checked. */
  readonly checked: number;
  /** One Dutch line per mismatch, naming the page or `pdf`. */
  readonly problems: readonly string[];
}

/**
 * The site's pages (the print edition's page aside: it is checked through the PDF). Runs beside the PDF stage, so
 * it reads only the published pages.
 */
export function factCheckSite(dir: string, report: Report): FactCheck {
  // Finding titles of figures (`data-paragraph` on the caption) are checked like any paragraph.
  const all = dedupe([...reportParagraphs(report.chapters), ...(report.figureTitles ?? [])]);
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-paragraph')) continue;
    for (const message of checkRenderedHtml(html, all)) problems.push(`${relative(dir, file)}: ${message}`);
  }
  return { checked: countFacts(all), problems };
}

/** The printed PDF's text. */
export async function factCheckPdf(pdfFile: string, report: Report): Promise<FactCheck> {
  const problems: string[] = [];
  const printed = dedupe(reportParagraphs(report.chapters, true));
  const text = await readRawText(pdfFile);
  for (const message of checkPdfText(text, printed)) problems.push(`pdf: ${message}`);
  // Each printed finding title on its own: its place (caption or list of figures) does not follow the text order.
  const numbered = new Set(report.figures.filter((f) => f.number && f.titleParagraph).map((f) => f.titleParagraph));
  const printedTitles = (report.figureTitles ?? []).filter((t) => numbered.has(t.id));
  for (const message of checkPdfText(text, printedTitles, false)) problems.push(`pdf: ${message}`);
  return { checked: countFacts(printed) + countFacts(printedTitles), problems };
}

/** Returns how many traced numbers were checked in all; throws a ReportError listing the mismatches. */
export function assertFacts(checks: readonly FactCheck[]): number {
  const problems = checks.flatMap((c) => c.problems);
  if (problems.length > 0) {
    throw new ReportError(
      `de feitencontrole vond ${problems.length} ${problems.length === 1 ? 'afwijking' : 'afwijkingen'} tussen tekst en resultaten:\n${problems.slice(0, 30).join('\n')}`,
      'Dit is een fout in de tekstsjablonen of de opmaak, niet in de gegevens; meld het aan het ontwikkelteam.',
    );
  }
  return checks.reduce((n, c) => n + c.checked, 0);
}

/** A paragraph can be placed twice (a goal page and an indicator page); check it once. */
function dedupe(paragraphs: readonly Paragraph[]): Paragraph[] {
  const seen = new Set<string>();
  return paragraphs.filter((p) => !seen.has(p.id) && seen.add(p.id));
}

const countFacts = (ps: readonly Paragraph[]) => ps.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.facts.length, 0), 0);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && relative(dir, e.parentPath).split(sep)[0] !== PRINT_DIR)
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
