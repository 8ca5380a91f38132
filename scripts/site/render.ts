// The site stage: Report (+ extras) → a static site in `outDir`. Eleventy renders the pages from the
// site data; this module then adds fonts, chart scripts, figure files, downloads and the search index.
// With `check`, it runs the automated checks on the result and renders the pages again so the
// accessibility statement shows their outcome.
import { copyEditorImages } from './content.ts';
import { existsSync } from 'node:fs';
import type { Log } from '../lib/log.ts';
import type { Report } from '../report/types.ts';
import { copySiteAssets, copySnapshot, copyVendorAssets, listSnapshotFiles, writeComparisonData, writeDataPackage, writeFigureFiles, writeResultTables } from './assets.ts';
import { runChecks, type CheckOptions } from './checks/index.ts';
import { siteData } from './data.ts';
import { runEleventy } from './eleventy.ts';
import { FIGURE_EMBED_SCRIPT } from './paths.ts';
import { withPngRenderer, type PngRenderer } from './png.ts';
import { writeSearchIndex } from './search-index.ts';
import type { CheckSummary, SiteContext, SiteData, SiteExtras } from './types.ts';

export interface RenderOptions {
  readonly report: Report;
  readonly outDir: string;
  readonly extras: SiteExtras;
  readonly log: Log;
  /** Build the pagefind index (default true). */
  readonly search?: boolean;
  /** Run the automated checks and put their outcome on /toegankelijkheid/ (default: not run). */
  readonly check?: CheckOptions;
  /** Folder for rendered PNGs (default .cache/png; null: no cache, e.g. in tests). */
  readonly pngCache?: string | null;
  /** A running PNG renderer (the build's, fed while the figures were drawn); default: one with `pngCache`. */
  readonly pngs?: PngRenderer;
  /** Override what is normally read from disk (tests: force the interactive figures on). */
  readonly context?: Partial<SiteContext>;
}

export interface SiteSummary {
  readonly pages: number;
  readonly files: number;
  readonly searchPages: number;
  readonly checks: CheckSummary | null;
  readonly data: SiteData;
  readonly context: SiteContext;
}

export function siteContext(extras: SiteExtras): SiteContext {
  return {
    snapshotFiles: extras.snapshot ? listSnapshotFiles(extras.snapshot) : [],
    snapshotLeftOut: extras.snapshot?.leftOut ?? 0,
    interactiveFigures: existsSync(FIGURE_EMBED_SCRIPT),
  };
}

export async function renderSite(options: RenderOptions): Promise<SiteSummary> {
  const { report, outDir, log } = options;
  const context = { ...siteContext(options.extras), ...options.context };
  const data = siteData(report, options.extras, context);
  for (const warning of data.warnings) log.warn(`⚠ ${warning}`);

  // The figures' PNGs render off the main thread (resvg), beside Eleventy; both finish before anything goes on.
  const writeFigures = (pngs: PngRenderer) => writeFigureFiles(outDir, report.figures, report.edition, pngs);
  const figureFilesWritten = options.pngs ? writeFigures(options.pngs) : withPngRenderer(options.pngCache, writeFigures);
  const [eleventy, figureFiles] = await Promise.allSettled([runEleventy(data, outDir), figureFilesWritten]);
  if (eleventy.status === 'rejected') throw eleventy.reason;
  if (figureFiles.status === 'rejected') throw figureFiles.reason;
  const pages = eleventy.value;
  let files = copySiteAssets(outDir) + copyVendorAssets(outDir) + figureFiles.value;
  files += writeResultTables(outDir, options.extras.tables) + copyEditorImages(outDir, report.chapters);
  files += writeDataPackage(outDir, report, options.extras.tables);
  if (options.extras.snapshot) files += copySnapshot(outDir, options.extras.snapshot);
  if (options.extras.comparison) files += writeComparisonData(outDir, options.extras.comparison);

  const checked = options.check ? await checkSite({ report, outDir, extras: options.extras, context, data, log }, options.check) : null;
  const searchPages = options.search === false ? 0 : await writeSearchIndex(outDir);
  return { pages, files, searchPages, checks: checked?.checks ?? options.extras.checks, data: checked?.data ?? data, context };
}

export interface RenderedSite {
  readonly report: Report;
  readonly outDir: string;
  readonly extras: SiteExtras;
  readonly context: SiteContext;
  readonly data: SiteData;
  readonly log: Log;
}

/**
 * Run the automated checks on the rendered site and render the pages again so the accessibility statement
 * shows their outcome.
 */
export async function checkSite(site: RenderedSite, options: CheckOptions): Promise<{ checks: CheckSummary; data: SiteData }> {
  const checks = await runChecks(site.outDir, site.data, options, site.log);
  // Only the statement page changes; rendering all pages again keeps one code path for every page.
  const data = siteData(site.report, { ...site.extras, checks }, site.context);
  await runEleventy(data, site.outDir);
  return { checks, data };
}
