// The printer's own check of what it wrote, run after every print: a PDF that fails here is never published.
// Errors are things a reader or a screen reader would notice; warnings are worth a look but do not stop the build.
import { readFile } from 'node:fs/promises';
import { flattenOutline, pdfLanguage, readBlankShares, readPdf, readXmp, splitPages, type Margins, type PdfFont, type PdfInfo, type PdfReading } from './inspect.ts';
import { SYNTHETIC_NOTICE } from './document.ts';
import { jargonIn } from '../lib/text.ts';

export const BODY_FONT = 'SourceSans3';

/** A4 in PDF points. */
const A4 = { width: 595.28, height: 841.89 };

export interface VerifyExpectations {
  readonly title: string;
  readonly synthetic: boolean;
  /** Every heading as its bookmark should read; each must be a bookmark, and every bookmark one of them. */
  readonly headings: readonly string[];
  /** Page 1 is a cover without a footer (the report; default) or an ordinary page (a factsheet). */
  readonly cover?: boolean;
  /** The number of pages the document must have (a factsheet: 2); default any. */
  readonly pages?: number;
  /** Measure half-empty pages mid-chapter (the report; default): a rendering of every page, skipped for a factsheet. */
  readonly halfEmpty?: boolean;
}

export interface Verification {
  readonly info: PdfInfo;
  readonly fonts: readonly PdfFont[];
  /** The whole text in reading order (`pdftotext -raw`): what the fact check searches. */
  readonly text: string;
  /** The same text per page (index 0 = page 1). */
  readonly pageTexts: readonly string[];
  readonly bookmarks: readonly string[];
  /** Pages more than half empty in the middle of a chapter (see halfEmptyPages). */
  readonly halfEmpty: readonly EmptyPage[];
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** The page margins of templates/pdf/styles.typ (`margins`: 24 mm top, 22 mm bottom). */
export const PAGE_MARGINS: Margins = { top: 24, bottom: 22 };

/** A page whose longest blank stretch is more than this share of its content area is "half empty". */
export const HALF_EMPTY = 0.5;

export interface EmptyPage {
  /** Page number (1 = cover). */
  readonly page: number;
  /** Longest blank stretch as a share of the content area (0..1). */
  readonly blank: number;
}

/** Header text of a page: its first non-empty line (report title and chapter). */
export function headerLine(pageText: string): string {
  return pageText.split('\n').find((l) => l.trim() !== '')?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * Pages more than half empty that are not the last page of their chapter (a chapter ends where the running
 * header changes, or at the last page). The cover is left out: it is designed that way.
 */
export function halfEmptyPages(blank: readonly number[], pageTexts: readonly string[], limit = HALF_EMPTY): EmptyPage[] {
  const headers = pageTexts.map(headerLine);
  return blank.flatMap((share, i) => {
    const lastOfChapter = i === blank.length - 1 || headers[i + 1] !== headers[i];
    return i > 0 && !lastOfChapter && share > limit ? [{ page: i + 1, blank: share }] : [];
  });
}

/** Footer text of a page: its last non-empty line. */
export function footerLine(pageText: string): string {
  const lines = pageText.split('\n').filter((l) => l.trim() !== '');
  return lines.at(-1)?.trim() ?? '';
}

/** Pure part of the check, so it can be tested on made-up inputs. */
export function judgePdf(info: PdfInfo, fonts: readonly PdfFont[], pageTexts: readonly string[], bookmarks: readonly string[], expect: VerifyExpectations) {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (info.pages === 0 || info.pages !== pageTexts.length) errors.push(`aantal pagina's onduidelijk (pdfinfo ${info.pages}, tekst ${pageTexts.length})`);
  if (expect.pages !== undefined && info.pages !== expect.pages) errors.push(`de PDF telt ${info.pages} pagina's in plaats van ${expect.pages}`);
  if (!info.tagged) errors.push('de PDF is niet getagd (niet toegankelijk voor schermlezers)');
  if (info.title !== expect.title) errors.push(`titel in de PDF is "${info.title}" in plaats van "${expect.title}"`);
  if (Math.abs(info.pageSize.width - A4.width) > 1 || Math.abs(info.pageSize.height - A4.height) > 1) {
    errors.push(`paginaformaat ${info.pageSize.width} × ${info.pageSize.height} pt is geen A4`);
  }
  const notEmbedded = fonts.filter((f) => !f.embedded).map((f) => f.name);
  if (notEmbedded.length > 0) errors.push(`niet ingebedde lettertypen: ${notEmbedded.join(', ')}`);
  if (!fonts.some((f) => f.name.includes(BODY_FONT))) errors.push('Source Sans 3 is niet gebruikt: de tekst staat in een ander lettertype');
  const others = fonts.filter((f) => !f.name.includes(BODY_FONT)).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
  if (others.length > 0) warnings.push(`naast Source Sans 3 gebruikt: ${[...new Set(others)].sort().join(', ')} (tekens die Source Sans 3 mist?)`);
  if (expect.headings.length > 0 && bookmarks.length === 0) errors.push('de PDF heeft geen bladwijzers');
  const headings = new Set(expect.headings);
  const marks = new Set(bookmarks);
  const strange = bookmarks.filter((b) => !headings.has(b));
  if (strange.length > 0) warnings.push(`bladwijzers die niet als kop in de tekst staan: ${strange.slice(0, 3).map((b) => `"${b}"`).join(', ')}`);
  const missing = expect.headings.filter((h) => !marks.has(h));
  if (bookmarks.length > 0 && missing.length > 0) errors.push(`koppen zonder bladwijzer: ${missing.slice(0, 3).map((h) => `"${h}"`).join(', ')}`);
  pageTexts.forEach((text, i) => {
    const page = i + 1;
    const bad = /\b(undefined|NaN|null|\[object Object\])\b/.exec(text);
    if (bad) errors.push(`pagina ${page} bevat "${bad[1]}"`);
    for (const j of jargonIn(text.replace(/-\n/g, '').replace(/\s+/g, ' '))) errors.push(`pagina ${page} bevat ${j}, niet bedoeld voor lezers`);
    if (page === 1 && expect.cover !== false) return; // the cover has no footer
    const footer = footerLine(text);
    if (!footer.endsWith(`pagina ${page} van ${pageTexts.length}`)) errors.push(`voettekst van pagina ${page} is "${footer}"`);
    if (expect.synthetic && !footer.includes(SYNTHETIC_NOTICE)) errors.push(`voettekst van pagina ${page} mist "${SYNTHETIC_NOTICE}"`);
  });
  return { errors, warnings };
}

/** The XMP packet must repeat the title and the catalog's language and identify the file as PDF/UA-1. */
export function xmpProblems(bytes: Uint8Array, title: string): string[] {
  const xmp = readXmp(bytes);
  if (!xmp) return ['de PDF heeft geen XMP-metadata'];
  const problems: string[] = [];
  if (xmp.title !== title) problems.push(`titel in de XMP-metadata is "${xmp.title}" in plaats van "${title}"`);
  const lang = pdfLanguage(bytes);
  if (xmp.language === '' || xmp.language !== lang) problems.push(`taal in de XMP-metadata is "${xmp.language}", in de catalogus "${lang ?? ''}"`);
  if (xmp.pdfUaPart !== 1) problems.push('de XMP-metadata noemt PDF/UA-1 niet (pdfuaid:part)');
  return problems;
}

/**
 * Read the PDF back with poppler (unless `reading` holds what readPdf would read) and judge it. The text is read
 * once, in reading order (`pdftotext -raw`), for the page checks here and for the caller's fact check: Typst writes a
 * page's running header first and its footer last, so a page's first and last lines are the same as in the layout
 * mode (checked on every page of the report).
 */
export async function verifyPdf(file: string, expect: VerifyExpectations, reading?: PdfReading): Promise<Verification> {
  const [{ info, fonts, text, outline }, bytes, blank] = await Promise.all([
    reading ?? readPdf(file),
    readFile(file),
    // Only a warning depends on it: a failed measurement is reported, not fatal.
    expect.halfEmpty === false ? Promise.resolve([] as number[]) : readBlankShares(file, PAGE_MARGINS).catch((error: Error) => error),
  ]);
  const pageTexts = splitPages(text);
  const bookmarks = flattenOutline(outline).map((e) => e.title.replace(/\s+/g, ' '));
  const judged = judgePdf(info, fonts, pageTexts, bookmarks, expect);
  const errors = [...judged.errors, ...xmpProblems(bytes, expect.title)];
  const halfEmpty = blank instanceof Error ? [] : halfEmptyPages(blank, pageTexts);
  // A warning, not an error: a chapter of full-page charts can leave a gap nothing can fill, and that is no
  // reason to withhold the report.
  const gaps = halfEmpty.map((p) => `pagina ${p.page} is voor ${Math.round(p.blank * 100)}% leeg midden in een hoofdstuk`);
  const unmeasured = blank instanceof Error ? [`halflege pagina's niet gemeten: ${blank.message}`] : [];
  return { info, fonts, text, pageTexts, bookmarks, halfEmpty, errors, warnings: [...judged.warnings, ...gaps, ...unmeasured] };
}
