// The build, stage by stage: load → compute → figures → prose → outline → site (+ search) → pdf → fact check.
// Each stage is a function of the previous stage's typed result; this file only puts them in order, times
// them, and publishes the output folder atomically (a failed stage leaves the previous output untouched).
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { computeResults } from './compute/compute.ts';
import { resultTables } from './compute/tables.ts';
import type { Results } from './compute/types.ts';
import { buildFigures } from './figures/registry.ts';
import { FIGURE_CACHE_DIR, renderFiguresCached } from './figures/cache.ts';
import type { RenderedFigure } from './figures/types.ts';
import { writeBuildReport } from './build-report.ts';
import { CACHE_DIR, cacheKey, readCache, writeCache } from './lib/cache.ts';
import { launchBrowser } from './lib/chromium.ts';
import { ReportError } from './lib/errors.ts';
import type { Log, StageTiming } from './lib/log.ts';
import { timed } from './lib/log.ts';
import { formatNumber, plural } from './lib/nl.ts';
import { publishAtomically } from './lib/output.ts';
import { printReport } from './pdf/edition.ts';
import { loadEditorText } from './prose/editor.ts';
import { checkTrace } from './prose/factcheck.ts';
import { writeProse } from './prose/prose.ts';
import { allParagraphs, type Prose } from './prose/types.ts';
import { factCheckOutput } from './report/factcheck.ts';
import { outlineReport } from './report/outline.ts';
import type { Report } from './report/types.ts';
import { CHECK_CACHE_DIR } from './site/checks/cache.ts';
import { checkSite, renderSite } from './site/render.ts';
import { writeSearchIndex } from './site/search-index.ts';
import { loadWithPrevious } from './snapshot/previous.ts';
import { formatRejection } from './snapshot/report.ts';
import type { Snapshot } from './snapshot/types.ts';
import type { CheckSummary } from './site/types.ts';

export interface BuildOptions {
  readonly snapshotDir: string;
  readonly outDir: string;
  readonly log: Log;
  /** Folder with the editor texts (default: content/ of the repository). */
  readonly contentDir?: string;
  /** Skip the PDF (for quick previews); the published build always prints it. */
  readonly pdf?: boolean;
  /** Which pages axe checks in Chromium: a sample of every page type (default) or all pages. */
  readonly axe?: 'sample' | 'all';
  /** Reuse computed stages, rendered figures and check results from .cache/ when unchanged (default true). */
  readonly cache?: boolean;
  /** Another folder in place of .cache/ (the bench's cold builds start from an empty one). */
  readonly cacheRoot?: string;
}

/** The cache folders of a build: null when caching is off. */
export function cacheDirs(options: Pick<BuildOptions, 'cache' | 'cacheRoot'>): { stages: string; figures: string; checks: string; pdf: string } | null {
  if (options.cache === false) return null;
  const root = options.cacheRoot;
  return root
    ? { stages: join(root, 'stages'), figures: join(root, 'figures'), checks: join(root, 'checks'), pdf: join(root, 'pdf') }
    : { stages: CACHE_DIR, figures: FIGURE_CACHE_DIR, checks: CHECK_CACHE_DIR, pdf: join(dirname(CACHE_DIR), 'pdf') };
}

export interface BuildSummary {
  readonly snapshot: string;
  readonly timings: readonly StageTiming[];
  readonly pages: number;
  readonly figures: number;
  readonly pdfPages: number | null;
  /** Time of each Chromium print pass (the table of contents needs at least two). */
  readonly pdfPassMs: readonly number[];
  readonly reportFile: string;
}

const ROOT = resolve(import.meta.dirname, '..');

/** Where each editor text sits in the outline (1 = a chapter of its own, 2 = a section in a chapter). */
const EDITOR_LEVEL = (file: string) => (file.startsWith('reflectie/') || file === 'leeswijzer.md' ? 2 : 1);

export async function build(options: BuildOptions): Promise<BuildSummary> {
  const { log } = options;
  const timings: StageTiming[] = [];
  const stage: Stage = (name, run, summarize) => timed(log, timings, name, run, summarize);

  const editions = await stage('inlezen', () => loadWithPrevious(options.snapshotDir), summarizeLoad);
  if (editions.rejected || !editions.current) {
    throw new ReportError(formatRejection(editions.rejected ?? basename(options.snapshotDir), editions.issues).join('\n'));
  }
  const snapshot = editions.current;

  const caches = cacheDirs(options);
  const { results, figures, prose } = await computeStages(editions.current, editions.previous, stage, log, caches);
  const report = await stage(
    'rapport',
    () => outline(results, prose, figures, options.contentDir ?? join(ROOT, 'content'), log),
    (r) => `${plural(r.chapters.filter((c) => c.print).length, 'hoofdstuk', 'hoofdstukken')} in de pdf, ${plural(r.figures.filter((f) => f.number).length, 'genummerde figuur of tabel', 'genummerde figuren en tabellen')}`,
  );

  const outcome = await publishAtomically(options.outDir, async (dir) => {
    const extras = { tables: resultTables(results), snapshotDir: snapshot.dir, pdfFile: report.edition.pdfFile, checks: null };
    const site = await stage(
      'site',
      () => renderSite({ report, outDir: dir, log, extras, search: false, print: options.pdf !== false }),
      (s) => `${plural(s.pages, 'pagina', "pagina's")}, ${plural(s.files, 'bestand', 'bestanden')} erbij`,
    );
    // The PDF and the checks of the site are independent: run them side by side, in one Chromium (a launch
    // less), with html-validate and the links in a worker thread beside it.
    const chromium = await launchBrowser();
    const [pdf, checked] = await Promise.all([
      options.pdf === false
        ? null
        : stage('pdf', () => printReport({ report, siteDir: dir, log, browser: chromium.browser, tocCacheDir: caches?.pdf ?? null }), (p) => `${report.edition.pdfFile}: ${plural(p.pages, 'pagina', "pagina's")}`),
      stage('controles', () => checkSite({ report, outDir: dir, extras, context: site.context, data: site.data, log }, { axe: options.axe ?? 'sample', cacheDir: caches?.checks ?? null, browser: chromium.browser }), (c) => checkSummary(c.checks)),
    ]).finally(() => chromium.close());
    if (pdf && !existsSync(pdf.file)) throw new ReportError(`de pdf ${report.edition.pdfFile} ontbreekt na het afdrukken`);
    await stage('zoekindex', () => writeSearchIndex(dir), (n) => `${plural(n, 'pagina', "pagina's")} doorzoekbaar`);
    await stage('feitencontrole', () => factCheckOutput({ dir, report, pdfFile: pdf?.file ?? null }), (n) => `${formatNumber(n)} getallen in site en pdf gecontroleerd`);
    const problems = checked.checks.outcomes.reduce((n, o) => n + o.problems, 0);
    if (problems > 0) log.warn(`⚠ De controles vonden ${plural(problems, 'probleem', 'problemen')}; zie /toegankelijkheid/ in de site.`);
    return { pages: site.pages, pdfPages: pdf?.pages ?? null, pdfPassMs: pdf?.passMs ?? [] };
  });

  const reportFile = writeBuildReport(join(dirname(resolve(options.outDir)), 'build-rapport.txt'), { snapshot, results, editions, timings });
  log.info(`ℹ Buildrapport (niet gepubliceerd): ${reportFile}`);
  return { snapshot: snapshot.name, timings, figures: figures.length, ...outcome, reportFile };
}

type Stage = <T>(name: string, run: () => T | Promise<T>, summarize: (r: T) => string) => Promise<T>;

export interface ComputedStages {
  readonly results: Results;
  readonly figures: readonly RenderedFigure[];
  readonly prose: Prose;
}

/**
 * compute → figures → prose, or all three from the stage cache when neither the snapshot (nor its previous
 * edition) nor the code that computes them changed since the last build.
 */
export async function computeStages(
  current: Snapshot,
  previous: Snapshot | null,
  stage: Stage,
  log: Log,
  caches: { readonly stages: string; readonly figures: string } | null,
): Promise<ComputedStages> {
  const key = cacheKey(current.hash, previous?.hash ?? null);
  const cached = caches ? readCache<ComputedStages>(key, caches.stages) : null;
  if (cached) {
    log.info(`✓ ${'berekenen'.padEnd(12)} uit de cache (${key.slice(0, 8)}): resultaten, figuren en tekst ongewijzigd`);
    return cached;
  }
  const results = await stage('berekenen', () => computeResults(current, previous), summarizeResults);
  // Per figure from the render cache when the figure and the renderer are unchanged: a new snapshot
  // re-renders only the charts whose data changed.
  const { figures } = await stage(
    'figuren',
    async () => renderFiguresCached(buildFigures(results), log, caches?.figures ?? null),
    (f) => `${plural(f.figures.length, 'figuur of tabel', 'figuren en tabellen')}, ${formatNumber(f.figures.filter((x) => x.svg).length)} als SVG getekend (${formatNumber(f.figures.length - f.rendered)} uit de cache)`,
  );
  const prose = await stage('tekst', () => checkedProse(results), (p) => `${formatNumber(allParagraphs(p).length)} alinea's, alle getallen herleid`);
  if (caches) writeCache(key, { results, figures, prose }, caches.stages);
  return { results, figures, prose };
}

/** The Report, with the editor texts read fresh from `contentDir` (cheap: the preview reruns it on every edit). */
export function outline(results: Results, prose: Prose, figures: readonly RenderedFigure[], contentDir: string, log: Log): Report {
  return outlineReport({ results, prose, figures, editor: (file) => loadEditorText(file, { contentDir, log, sectionLevel: EDITOR_LEVEL(file) }) });
}

/** Prose whose every number is traced to Results; a mismatch is a bug and stops the build. */
function checkedProse(results: Results): Prose {
  const prose = writeProse(results);
  const problems = checkTrace(allParagraphs(prose), results);
  if (problems.length > 0) {
    throw new ReportError(`de gegenereerde tekst bevat getallen die niet uit de resultaten komen:\n${problems.slice(0, 20).join('\n')}`);
  }
  return prose;
}

function summarizeLoad(e: ReturnType<typeof loadWithPrevious>): string {
  if (!e.current) return 'afgekeurd';
  const s: Snapshot = e.current;
  return `${s.name}: ${plural(s.institutions.length, 'instelling', 'instellingen')}, ${plural(s.indicators.length, 'indicator', 'indicatoren')}, ${formatNumber(s.values.length)} waarden${e.previous ? `; vorige editie ${e.previous.name}` : ''}`;
}

function summarizeResults(r: Results): string {
  return `${plural(r.targetCounts.inForce, 'streefwaarde', 'streefwaarden')} geldig, ${plural(r.buildReport.ignoredTargets.length, 'streefwaarde', 'streefwaarden')} genegeerd, ${plural(r.method.suppressed, 'waarde', 'waarden')} afgeschermd`;
}

function checkSummary(checks: CheckSummary): string {
  return checks.outcomes.map((o) => `${o.id} ${o.problems === 0 ? 'in orde' : plural(o.problems, 'probleem', 'problemen')}`).join(', ');
}

export type { Report, RenderedFigure };
