// The site stage: Report (+ extras) → a static site in `outDir`. Eleventy renders the pages from the
// site data; this module then adds fonts, chart scripts, figure files, downloads and the search index.
// With `check`, it runs the automated checks on the result and renders the pages again so the
// accessibility statement shows their outcome.
import { existsSync } from 'node:fs';
import type { Log } from '../lib/log.ts';
import type { Report } from '../report/types.ts';
import { copySnapshot, copyVendorAssets, listSnapshotFiles, writeFigureFiles, writeResultTables } from './assets.ts';
import { runChecks, type CheckOptions } from './checks/index.ts';
import { siteData } from './data.ts';
import { runEleventy } from './eleventy.ts';
import { printEdition } from '../pdf/edition-view.ts';
import { FIGURE_EMBED_SCRIPT } from './paths.ts';
import { writeSearchIndex } from './search-index.ts';
import type { CheckSummary, SiteContext, SiteData, SiteExtras } from './types.ts';

export interface RenderOptions {
  readonly report: Report;
  readonly outDir: string;
  readonly extras: SiteExtras;
  readonly log: Log;
  /** Also render the print edition (/druk/) that the PDF stage prints and then removes (default false). */
  readonly print?: boolean;
  /** Build the pagefind index (default true). */
  readonly search?: boolean;
  /** Run the automated checks and put their outcome on /toegankelijkheid/ (default: not run). */
  readonly check?: CheckOptions;
  /** Override what is normally read from disk (tests: force the interactive figures on). */
  readonly context?: Partial<SiteContext>;
}

export interface SiteSummary {
  readonly pages: number;
  readonly files: number;
  readonly searchPages: number;
  readonly checks: CheckSummary | null;
  readonly data: SiteData;
}

export function siteContext(extras: SiteExtras): SiteContext {
  return {
    snapshotFiles: extras.snapshotDir ? listSnapshotFiles(extras.snapshotDir) : [],
    interactiveFigures: existsSync(FIGURE_EMBED_SCRIPT),
  };
}

export async function renderSite(options: RenderOptions): Promise<SiteSummary> {
  const { report, outDir, log } = options;
  const context = { ...siteContext(options.extras), ...options.context };
  let data = siteData(report, options.extras, context);
  for (const warning of data.warnings) log.warn(`⚠ ${warning}`);

  const print = options.print ? printEdition(report) : null;
  const pages = await runEleventy(data, outDir, { print });
  let files = copyVendorAssets(outDir);
  files += writeFigureFiles(outDir, report.figures);
  files += writeResultTables(outDir, options.extras.tables);
  if (options.extras.snapshotDir) files += copySnapshot(outDir, options.extras.snapshotDir, context.snapshotFiles);

  let checks: CheckSummary | null = options.extras.checks;
  if (options.check) {
    checks = await runChecks(outDir, data, options.check, log);
    // Only the statement page changes; rendering all pages again keeps one code path for every page.
    data = siteData(report, { ...options.extras, checks }, context);
    await runEleventy(data, outDir, { print });
  }

  const searchPages = options.search === false ? 0 : await writeSearchIndex(outDir);
  return { pages, files, searchPages, checks, data };
}
