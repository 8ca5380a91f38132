// The PDF's fact check: after printing, every traced number of the printed prose and finding titles is searched in
// the PDF's text, in reading order (scripts/prose/factcheck.ts, checkPdfText). The text is the one the PDF stage's
// own check read back from the file (`pdftotext -raw`, verify.ts), not read a second time.
import { checkPdfText, countFacts, uniqueParagraphs, type FactCheck } from '../prose/factcheck.ts';
import type { Report } from '../report/types.ts';
import { reportParagraphs } from '../report/walk.ts';

/** The printed PDF's text (`pdftotext -raw` of the file, as PrintReportResult.text holds it). */
export function factCheckPdf(text: string, report: Report): FactCheck {
  const problems: string[] = [];
  const printed = uniqueParagraphs(reportParagraphs(report.chapters, true));
  for (const message of checkPdfText(text, printed)) problems.push(`pdf: ${message}`);
  // Each printed finding title on its own: its place (caption or list of figures) does not follow the text order.
  const numbered = new Set(report.figures.filter((f) => f.number && f.titleParagraph).map((f) => f.titleParagraph));
  const printedTitles = (report.figureTitles ?? []).filter((t) => numbered.has(t.id));
  for (const message of checkPdfText(text, printedTitles, false)) problems.push(`pdf: ${message}`);
  return { checked: countFacts(printed) + countFacts(printedTitles), problems };
}
