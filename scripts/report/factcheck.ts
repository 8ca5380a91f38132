// The output fact check: after the site and the PDF are written, every number in their rendered prose is read
// back and compared with the values the sentences were traced to. Any mismatch stops the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ReportError } from '../lib/errors.ts';
import { readRawText } from '../pdf/inspect.ts';
import { checkPdfText, checkRenderedHtml } from '../prose/factcheck.ts';
import type { Paragraph } from './types.ts';
import type { Report } from './types.ts';
import { reportParagraphs } from './walk.ts';

export interface FactCheckInput {
  readonly dir: string;
  readonly report: Report;
  /** Absolute path of the printed PDF, or null when this build made none. */
  readonly pdfFile: string | null;
}

/** Returns how many traced numbers were checked; throws a ReportError listing the mismatches. */
export async function factCheckOutput(input: FactCheckInput): Promise<number> {
  // Finding titles of figures (`data-paragraph` on the caption) are checked like any paragraph.
  const titles = input.report.figureTitles ?? [];
  const all = dedupe([...reportParagraphs(input.report.chapters), ...titles]);
  const problems: string[] = [];
  for (const file of htmlFiles(input.dir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-paragraph')) continue;
    for (const message of checkRenderedHtml(html, all)) problems.push(`${relative(input.dir, file)}: ${message}`);
  }
  let checked = countFacts(all);
  if (input.pdfFile) {
    const printed = dedupe(reportParagraphs(input.report.chapters, true));
    const text = await readRawText(input.pdfFile);
    for (const message of checkPdfText(text, printed)) problems.push(`pdf: ${message}`);
    checked += countFacts(printed);
    // Each printed finding title on its own: its place (caption or list of figures) does not follow the text order.
    const numbered = new Set(input.report.figures.filter((f) => f.number && f.titleParagraph).map((f) => f.titleParagraph));
    const printedTitles = titles.filter((t) => numbered.has(t.id));
    for (const t of printedTitles) for (const message of checkPdfText(text, [t])) problems.push(`pdf: ${message}`);
    checked += countFacts(printedTitles);
  }
  if (problems.length > 0) {
    throw new ReportError(
      `de feitencontrole vond ${problems.length} ${problems.length === 1 ? 'afwijking' : 'afwijkingen'} tussen tekst en resultaten:\n${problems.slice(0, 30).join('\n')}`,
      'Dit is een fout in de tekstsjablonen of de opmaak, niet in de gegevens; meld het aan het ontwikkelteam.',
    );
  }
  return checked;
}

/** A paragraph can be placed twice (a goal page and an indicator page); check it once. */
function dedupe(paragraphs: readonly Paragraph[]): Paragraph[] {
  const seen = new Set<string>();
  return paragraphs.filter((p) => !seen.has(p.id) && seen.add(p.id));
}

const countFacts = (ps: readonly Paragraph[]) => ps.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.facts.length, 0), 0);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
