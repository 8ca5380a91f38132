// One factsheet from its document to a checked PDF file: typeset by Typst (synchronous, the CPU-bound part), then the
// report's own PDF checks (tagged, fonts embedded, title, XMP, footer with the synthetic-data notice and "pagina N van
// 2" on both pages, a bookmark per heading, exactly two pages) and the fact check of its text (every traced number of
// its paragraphs in `pdftotext -raw` order, the text the PDF checks read). Run in the child processes of
// factsheets.ts, or inline for one factsheet.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkPdfText, countFacts } from '../prose/factcheck.ts';
import type { Paragraph } from '../prose/types.ts';
import { factsheetHeadings, type FactsheetDocument } from './factsheet.ts';
import type { PdfReading } from './inspect.ts';
import { typeset } from './typst.ts';
import { verifyPdf } from './verify.ts';

/** A factsheet has two pages: the overview and the detail per goal. */
export const FACTSHEET_PAGES = 2;

export interface FactsheetJob {
  readonly id: string;
  /** Where its PDF goes (absolute path). */
  readonly file: string;
  readonly document: FactsheetDocument;
  /** Its paragraphs in print order, for the fact check. */
  readonly paragraphs: readonly Paragraph[];
  readonly synthetic: boolean;
  /** The peildatum (ISO): the PDF's creation date. */
  readonly date: string;
}

export interface FactsheetOutcome {
  readonly id: string;
  readonly pages: number;
  readonly bytes: number;
  /** Time of the Typst compilation and PDF export alone. */
  readonly typesetMs: number;
  /** What the PDF checks found: errors stop the build, warnings are logged. */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  /** Traced numbers searched in its text, and those not found where they belong. */
  readonly checked: number;
  readonly problems: readonly string[];
}

const NO_FILES = { text: new Map<string, string>(), disk: new Map<string, string>() };

export interface Typeset {
  readonly pages: number;
  readonly bytes: number;
  readonly ms: number;
}

/** Typeset the factsheet and write its PDF to `job.file`. */
export function typesetFactsheet(job: FactsheetJob): Typeset {
  const result = typeset({ template: 'factsheet.typ', document: job.document, files: NO_FILES, date: job.date });
  writeFileSync(job.file, result.pdf);
  return { pages: result.pages, bytes: result.pdf.length, ms: result.ms };
}

/** The PDF checks and the fact check of a typeset factsheet (read with poppler unless `reading` holds it). */
export async function checkFactsheet(job: FactsheetJob, typeset: Typeset, reading?: PdfReading): Promise<FactsheetOutcome> {
  const expect = {
    title: job.document.meta.title,
    synthetic: job.synthetic,
    headings: factsheetHeadings(job.document),
    cover: false,
    pages: FACTSHEET_PAGES,
    halfEmpty: false,
  };
  const check = await verifyPdf(job.file, expect, reading);
  const name = basename(job.file);
  return {
    id: job.id,
    pages: typeset.pages,
    bytes: typeset.bytes,
    typesetMs: typeset.ms,
    errors: check.errors.map((e) => `${name}: ${e}`),
    warnings: check.warnings.map((w) => `${name}: ${w}`),
    checked: countFacts(job.paragraphs),
    problems: checkPdfText(check.text, job.paragraphs).map((m) => `${name}: ${m}`),
  };
}

export async function renderFactsheet(job: FactsheetJob): Promise<FactsheetOutcome> {
  return checkFactsheet(job, typesetFactsheet(job));
}
