// The PDF stage of the build: print the print edition that Eleventy rendered at <site>/druk/ (from
// printEdition, scripts/site/print-view.ts) to <site>/downloads/<pdf file>, check it, and remove /druk/ so the print
// page is never published. The site's own /assets/ (print.css, the Source Sans 3 files) are served with it.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { join } from 'node:path';
import { ReportError } from '../lib/errors.ts';
import type { Log } from '../lib/log.ts';
import type { Report } from '../report/types.ts';
import { PUBLISHER, SERIES_TITLE } from '../report/edition.ts';
import { printPdf, type PrintOptions } from './print.ts';
import type { TocEntry } from './toc.ts';
import { PRINT_DIR } from '../lib/urls.ts';

/** Where Eleventy writes the print edition inside the site (templates/print/druk.11tydata.js). */
export { PRINT_DIR };

export interface PrintReportOptions {
  readonly report: Report;
  /** The built site: holds druk/index.html and /assets/; the PDF goes to downloads/. */
  readonly siteDir: string;
  readonly log: Log;
  /** Passed on to printPdf (Chromium path or a running Chromium, time limits). */
  readonly chromium?: string;
  readonly browser?: Browser;
  /** Where the last print's ToC page numbers and chapter layouts are remembered (printPdf's cacheDir). */
  readonly cacheDir?: string | null;
  readonly stepTimeoutMs?: number;
  /** Keep druk/ after printing (to inspect the HTML); default false. */
  readonly keepPrintPage?: boolean;
}

export interface PrintReportResult {
  /** Absolute path of the PDF. */
  readonly file: string;
  /** Site URL of the PDF, e.g. `/downloads/synthese-werkagenda-stagepact-2025.pdf`. */
  readonly url: string;
  readonly pages: number;
  readonly bytes: number;
  readonly ms: number;
  /** Time of each print pass (the ToC needs at least two). */
  readonly passMs: readonly number[];
  readonly tocEntries: readonly TocEntry[];
  readonly warnings: readonly string[];
}

type Metadata = Pick<PrintOptions, 'title' | 'author' | 'subject' | 'keywords' | 'referenceDate' | 'synthetic'>;

/** The PDF's document information, from the edition only. */
export function pdfMetadata(report: Report): Metadata {
  const e = report.edition;
  // The edition stamp (snapshot folder and content hash) makes the file traceable to the data it came from.
  const stamp = `snapshot ${e.snapshot}, kenmerk ${e.hash}`;
  return {
    title: e.title,
    author: PUBLISHER,
    subject: `${SERIES_TITLE}, rapportjaar ${e.reportYear}, peildatum ${e.referenceDateText}, ${stamp}${e.synthetic ? ' (fictieve instellingsgegevens)' : ''}`,
    keywords: ['mbo', 'Werkagenda mbo', 'Stagepact mbo', 'monitor', 'kwaliteitsplannen', `rapportjaar ${e.reportYear}`, stamp, ...(e.synthetic ? ['fictieve gegevens'] : [])],
    referenceDate: e.referenceDate,
    synthetic: e.synthetic,
  };
}

/** A plain file name under /downloads/, never a path. */
function assertFileName(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\.pdf$/.test(name)) {
    throw new ReportError(`ongeldige bestandsnaam voor de pdf: "${name}"`, 'Gebruik letters, cijfers, punten en koppeltekens, eindigend op .pdf.');
  }
  return name;
}

export async function printReport(options: PrintReportOptions): Promise<PrintReportResult> {
  const { report, siteDir, log } = options;
  const fileName = assertFileName(report.edition.pdfFile);
  const printDir = join(siteDir, PRINT_DIR);
  const htmlFile = join(printDir, 'index.html');
  if (!existsSync(htmlFile)) {
    throw new ReportError(
      `de printversie ${htmlFile} ontbreekt: de pdf kan niet worden gemaakt`,
      'De site-stap moet Eleventy de globale gegevens `print` (printEdition uit scripts/site/print-view.ts) meegeven.',
    );
  }
  const outDir = join(siteDir, 'downloads');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, fileName);
  try {
    const result = await printPdf({
      htmlFile,
      root: siteDir,
      outFile: file,
      ...pdfMetadata(report),
      log,
      ...(options.chromium ? { chromium: options.chromium } : {}),
      ...(options.browser ? { browser: options.browser } : {}),
      cacheDir: options.cacheDir ?? null,
      ...(options.stepTimeoutMs ? { stepTimeoutMs: options.stepTimeoutMs } : {}),
    });
    return {
      file,
      url: `/downloads/${fileName}`,
      pages: result.pages,
      bytes: statSync(file).size,
      ms: result.ms,
      passMs: result.passMs,
      tocEntries: result.tocEntries,
      warnings: result.warnings,
    };
  } finally {
    // Printed or not, the print page is no part of the published site.
    if (!options.keepPrintPage) rmSync(printDir, { recursive: true, force: true });
  }
}
