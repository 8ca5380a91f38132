// The PDF stage of the build: the Report's printed part as a document (document.ts), typeset by Typst with
// templates/pdf/report.typ into <site>/downloads/<pdf file>, then checked (verify.ts) before it is published: a
// PDF that fails is removed. One compilation lays out, numbers, places footnotes and floats and fills in the
// inhoudsopgave; nothing is repaired afterwards.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportError } from '../lib/errors.ts';
import { formatDuration, type Log } from '../lib/log.ts';
import type { Report } from '../report/types.ts';
import { documentHeadings, reportDocument, type ReportDocument } from './document.ts';
import { figuresOutsideSection, type LayoutMark } from './layout.ts';
import { MIN_PRINT_PT, printSize } from './print-size.ts';
import { typeset } from './typst.ts';
import { verifyPdf } from './verify.ts';

export interface PrintReportOptions {
  readonly report: Report;
  /** The output folder: the PDF goes to downloads/. */
  readonly siteDir: string;
  readonly log: Log;
}

export interface PrintReportResult {
  /** Absolute path of the PDF. */
  readonly file: string;
  /** Site URL of the PDF, e.g. `/downloads/synthese-werkagenda-stagepact-2025.pdf`. */
  readonly url: string;
  readonly pages: number;
  readonly bytes: number;
  /** Time of the Typst compilation and PDF export alone. */
  readonly typesetMs: number;
  readonly layout: readonly LayoutMark[];
  readonly document: ReportDocument;
  /** The PDF's text as read back by the check (`pdftotext -raw`), for the fact check. */
  readonly text: string;
  readonly warnings: readonly string[];
}

/** A plain file name under /downloads/, never a path. */
function assertFileName(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\.pdf$/.test(name)) {
    throw new ReportError(`ongeldige bestandsnaam voor de pdf: "${name}"`, 'Gebruik letters, cijfers, punten en koppeltekens, eindigend op .pdf.');
  }
  return name;
}

/** Typeset the report, write it under downloads/ and check it; a PDF that fails the check is not left behind. */
export async function printReport(options: PrintReportOptions): Promise<PrintReportResult> {
  const { report, siteDir, log } = options;
  const fileName = assertFileName(report.edition.pdfFile);
  const { document, files } = reportDocument(report);
  const result = typeset({ template: 'report.typ', document, files, date: report.edition.referenceDate });
  const outDir = join(siteDir, 'downloads');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, fileName);
  writeFileSync(file, result.pdf);

  const numbers = new Map(report.figures.flatMap((f) => (f.number ? [[f.id, f.number] as const] : [])));
  const outside = figuresOutsideSection(result.layout, numbers);
  const small = [...files.text].flatMap(([path, svg]) => {
    const size = printSize(svg).smallestPt;
    const id = path.replace(/^figuren\/|\.svg$/g, '');
    return size !== null && size < MIN_PRINT_PT ? [`${numbers.get(id) ?? id}: tekst van ${size.toFixed(1).replace('.', ',')} pt`] : [];
  });
  const check = await verifyPdf(file, { title: report.edition.title, synthetic: report.edition.synthetic, headings: documentHeadings(document) });
  const errors = [...check.errors, ...outside.map((o) => `figuur buiten zijn paragraaf: ${o}`)];
  if (errors.length > 0) {
    rmSync(file, { force: true });
    throw new ReportError(`de PDF voldoet niet: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? ` (en ${errors.length - 5} meer)` : ''}`);
  }
  const warnings = [...check.warnings, ...small.map((s) => `figuur te klein gedrukt (${s}, minder dan ${MIN_PRINT_PT} pt)`)];
  for (const warning of warnings) log.warn(`PDF: ${warning}`);
  log.info(`  pdf opgemaakt door Typst: ${formatDuration(result.ms)}`);
  return {
    file,
    url: `/downloads/${fileName}`,
    pages: result.pages,
    bytes: result.pdf.length,
    typesetMs: result.ms,
    layout: result.layout,
    document,
    text: check.text,
    warnings,
  };
}
