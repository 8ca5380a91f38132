// The PDF's fact check: after printing, every traced number of the printed prose and finding titles is searched in
// the PDF's text, in reading order (scripts/prose/factcheck.ts, checkPdfText).
import { checkPdfText, countFacts, uniqueParagraphs, type FactCheck } from '../prose/factcheck.ts';
import type { Report } from '../report/types.ts';
import { reportParagraphs } from '../report/walk.ts';
import { readRawText } from './inspect.ts';

/** The printed PDF's text. */
export async function factCheckPdf(pdfFile: string, report: Report): Promise<FactCheck> {
  const problems: string[] = [];
  const printed = uniqueParagraphs(reportParagraphs(report.chapters, true));
  const text = await readRawText(pdfFile);
  for (const message of checkPdfText(text, printed)) problems.push(`pdf: ${message}`);
  // Each printed finding title on its own: its place (caption or list of figures) does not follow the text order.
  const numbered = new Set(report.figures.filter((f) => f.number && f.titleParagraph).map((f) => f.titleParagraph));
  const printedTitles = (report.figureTitles ?? []).filter((t) => numbered.has(t.id));
  for (const message of checkPdfText(text, printedTitles, false)) problems.push(`pdf: ${message}`);
  return { checked: countFacts(printed) + countFacts(printedTitles), problems };
}
