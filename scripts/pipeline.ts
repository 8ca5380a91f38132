// The build, stage by stage: load → compute → findings → figures/prose → outline → site (+ search) → pdf → fact check.
// Each stage is a function of the previous stage's typed result; this file only puts them in order, times
// them, and publishes the output folder atomically (a failed stage leaves the previous output untouched).
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { computeResults } from './compute/compute.ts';
import { type ResultTable, resultTables } from './compute/tables.ts';
import { courseTable } from './findings/tables.ts';
import { comparisonData } from './site/comparison.ts';
import type { Results } from './compute/types.ts';
import { buildFigures } from './figures/registry.ts';
import { renderFiguresCached } from './figures/cache.ts';
import type { FindingTitle, FindingTitles, RenderedFigure } from './figures/types.ts';
import { writeBuildReport, writeFailedBuildReport } from './build-report.ts';
import { findFindings } from './findings/findings.ts';
import { factRoot } from './findings/root.ts';
import type { Findings } from './findings/types.ts';
import { CACHE_DIR, cacheKey, readCache, writeCache } from './lib/cache.ts';
import { launchBrowser } from './lib/chromium.ts';
import { collectGarbage } from './lib/gc.ts';
import { ReportError } from './lib/errors.ts';
import type { Log, StageTiming } from './lib/log.ts';
import { timed } from './lib/log.ts';
import { formatNumber, plural } from './lib/nl.ts';
import { onInterrupt } from './lib/interrupt.ts';
import { INTERRUPTED, lockOutput, publishAtomically } from './lib/output.ts';
import { printReport } from './pdf/edition.ts';
import { factCheckPdf } from './pdf/factcheck.ts';
import { printFactsheets } from './pdf/factsheets.ts';
import { loadEditorText } from './prose/editor.ts';
import { assertFacts, checkTrace } from './prose/factcheck.ts';
import { writeProse } from './prose/prose.ts';
import { allParagraphs, type Prose } from './prose/types.ts';
import { outlineReport } from './report/outline.ts';
import type { Report } from './report/types.ts';
import { pngSource } from './site/assets.ts';
import { factCheckSite } from './site/factcheck.ts';
import { PngRenderer } from './site/png.ts';
import { checkSite, renderSite } from './site/render.ts';
import { writeSearchIndex } from './site/search-index.ts';
import { editionCoverage } from './snapshot/coverage.ts';
import { loadWithPrevious } from './snapshot/previous.ts';
import { publishSnapshot } from './snapshot/publish.ts';
import { formatRejection, formatWarnings } from './snapshot/report.ts';
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
  /** Which pages axe, reflow and html-validate check: what can have changed (default; checks/plan.ts) or all. */
  readonly check?: 'changes' | 'all';
  /** Skip the factsheets per institution (to measure what they cost); the published build always prints them. */
  readonly factsheets?: boolean;
  /** Reuse computed stages, rendered figures and check results from .cache/ when unchanged (default true). */
  readonly cache?: boolean;
  /** Another folder in place of .cache/ (the bench's cold builds start from an empty one). */
  readonly cacheRoot?: string;
  /** The caller holds the output folder's lock (build.ts takes it before loading these modules). */
  readonly locked?: boolean;
}

/** The cache folders of a build (under .cache/ or `cacheRoot`): null when caching is off. */
export function cacheDirs(options: Pick<BuildOptions, 'cache' | 'cacheRoot'>): { stages: string; figures: string; png: string; checks: string; factsheets: string } | null {
  if (options.cache === false) return null;
  const root = options.cacheRoot ?? dirname(CACHE_DIR);
  return { stages: join(root, 'stages'), figures: join(root, 'figures'), png: join(root, 'png'), checks: join(root, 'checks'), factsheets: join(root, 'factsheets') };
}

export interface BuildSummary {
  readonly snapshot: string;
  readonly timings: readonly StageTiming[];
  readonly pages: number;
  readonly figures: number;
  readonly pdfPages: number | null;
  /** Time of the Typst compilation of the PDF alone (null without a PDF). */
  readonly pdfTypesetMs: number | null;
  /** Factsheets written, and how many of them were typeset now (the others came from the cache); null without. */
  readonly factsheets: { readonly files: number; readonly rendered: number } | null;
  readonly reportFile: string;
}

const ROOT = resolve(import.meta.dirname, '..');

/** Where each editor text sits in the outline (1 = a chapter of its own, 2 = a section in a chapter). */
const EDITOR_LEVEL = (file: string) => (file.startsWith('reflectie/') || file === 'leeswijzer.md' ? 2 : 1);

export async function build(options: BuildOptions): Promise<BuildSummary> {
  // A second build into the same folder refuses here, before any work.
  const release = options.locked ? () => {} : lockOutput(options.outDir, (line) => options.log.info(line));
  // Each chart's PNG starts in a worker as soon as its SVG is drawn: vega keeps one core busy, resvg the other.
  const pngs = new PngRenderer(cacheDirs(options)?.png ?? null);
  const timings: StageTiming[] = [];
  const reportFile = join(dirname(resolve(options.outDir)), 'build-rapport.txt');
  // The editor must never read the previous build's report after a failure or an interrupt: this build writes its own.
  const fail = (error: unknown) => writeFailedBuildReport(reportFile, { snapshotDir: options.snapshotDir, error, timings });
  const unregister = onInterrupt(() => fail(new ReportError(INTERRUPTED)));
  try {
    return await runBuild(options, timings, reportFile, pngs);
  } catch (error) {
    fail(error);
    throw error;
  } finally {
    unregister();
    await pngs.close();
    release();
  }
}

async function runBuild(options: BuildOptions, timings: StageTiming[], reportFile: string, pngs: PngRenderer): Promise<BuildSummary> {
  const { log } = options;
  const stage: Stage = (name, run, summarize) => timed(log, timings, name, run, summarize);

  const editions = await stage('inlezen', () => loadWithPrevious(options.snapshotDir), summarizeLoad);
  if (editions.rejected || !editions.current) {
    throw new ReportError(formatRejection(editions.rejected ?? basename(options.snapshotDir), editions.issues).join('\n'));
  }
  const snapshot = editions.current;
  for (const line of formatWarnings(editions.issues, '', basename(reportFile))) log.warn(line);
  for (const warning of editionCoverage(snapshot, editions.previous).warnings) log.warn(`⚠ ${warning}`);

  const caches = cacheDirs(options);
  const { results, findings, figures, prose } = await computeStages(editions.current, editions.previous, stage, log, caches, (f) => {
    const svg = pngSource(f, { ...snapshot.meta, snapshot: snapshot.name });
    if (svg) pngs.prefetch([svg]);
  });
  const report = await stage(
    'rapport',
    () => outline(results, prose, figures, options.contentDir ?? join(ROOT, 'content'), log, findings, editions.previous),
    (r) => `${plural(r.chapters.filter((c) => c.print).length, 'hoofdstuk', 'hoofdstukken')} in de pdf, ${plural(r.figures.filter((f) => f.number).length, 'genummerde figuur of tabel', 'genummerde figuren en tabellen')}`,
  );

  const outcome = await publishAtomically(options.outDir, async (dir) => {
    // The input files are published only after the disclosure rule that compute applied.
    const published = publishSnapshot(snapshot, results.buildReport.suppressed.map((s) => s.ref));
    const extras = { tables: downloadTables(results, findings), snapshot: published, pdfFile: report.edition.pdfFile, checks: null, comparison: comparisonData(results) };
    const site = await stage(
      'site',
      () => renderSite({ report, outDir: dir, log, extras, search: false, pngs }).finally(() => pngs.close()),
      (s) => `${plural(s.pages, 'pagina', "pagina's")}, ${plural(s.files, 'bestand', 'bestanden')} erbij`,
    );
    // The figures leave much garbage (vega's dataflows) that V8 is in no hurry to collect; collect it once
    // before the checks and the PDF, which run for minutes beside it.
    collectGarbage();
    // The PDF, the checks of the site and the site's fact check are independent: run them side by side, the
    // checks in Chromium with html-validate and the links in a worker thread beside it. The PDF's fact check
    // follows the PDF.
    const chromium = await launchBrowser();
    const printed = options.pdf === false
      ? Promise.resolve(null)
      : stage('pdf', () => printReport({ report, siteDir: dir, log }), (p) => `${report.edition.pdfFile}: ${plural(p.pages, 'pagina', "pagina's")}`);
    const checking = stage('controles', () => checkSite({ report, outDir: dir, extras, context: site.context, data: site.data, log }, { pages: options.check ?? 'changes', cacheDir: caches?.checks ?? null, browser: chromium.browser }), (c) => checkSummary(c.checks));
    const siteFacts = stage('feitencontrole site', () => factCheckSite(dir, report), (f) => `${formatNumber(f.checked)} getallen op de pagina's gecontroleerd`);
    // The factsheets typeset in child processes beside the report's PDF (on the main thread); each is checked and
    // fact-checked in its worker.
    const sheets = options.factsheets === false
      ? Promise.resolve(null)
      : stage(
          'factsheets',
          () => printFactsheets({ report, siteDir: dir, log, cacheDir: caches?.factsheets ?? null }),
          (f) => `${plural(f.files.length, 'factsheet', 'factsheets')} (${formatNumber(f.rendered)} opgemaakt, ${formatNumber(f.files.length - f.rendered)} uit de cache), ${formatNumber(f.factCheck.checked)} getallen gecontroleerd`,
        );
    const pdfFacts = printed.then((pdf) => {
      if (!pdf) return null;
      if (!existsSync(pdf.file)) throw new ReportError(`de pdf ${report.edition.pdfFile} ontbreekt na het opmaken`);
      return stage('feitencontrole pdf', () => factCheckPdf(pdf.text, report), (f) => `${formatNumber(f.checked)} getallen in de pdf gecontroleerd`);
    });
    // pagefind (a process of its own) beside the PDF's fact check: only once the checks are done (axe never sees
    // the search page half-indexed).
    const indexed = checking.then(() => stage('zoekindex', () => writeSearchIndex(dir), (n) => `${plural(n, 'pagina', "pagina's")} doorzoekbaar`));
    const [pdf, checked, , printedSheets, ...facts] = await Promise.all([printed, checking, indexed, sheets, siteFacts, pdfFacts]).finally(() => chromium.close());
    assertFacts([...facts, printedSheets?.factCheck ?? null].filter((f) => f !== null));
    const problems = checked.checks.outcomes.reduce((n, o) => n + o.problems, 0);
    if (problems > 0) log.warn(`⚠ De controles vonden ${plural(problems, 'probleem', 'problemen')}; de lijst staat in build-rapport.txt.`);
    const factsheets = printedSheets ? { files: printedSheets.files.length, rendered: printedSheets.rendered } : null;
    return { pages: site.pages, pdfPages: pdf?.pages ?? null, pdfTypesetMs: pdf?.typesetMs ?? null, factsheets, checks: checked.checks };
  }, { locked: true });

  writeBuildReport(reportFile, { snapshot, results, editions, timings, checks: outcome.checks });
  log.info(`ℹ Buildrapport (niet gepubliceerd): ${reportFile}`);
  const { checks: _checks, ...published } = outcome;
  return { snapshot: snapshot.name, timings, figures: figures.length, ...published, reportFile };
}

type Stage = <T>(name: string, run: () => T | Promise<T>, summarize: (r: T) => string) => Promise<T>;

/**
 * A quick look at one institution's factsheet (`npm run build -- --instelling I14`): the stages up to the Report
 * (from the cache when unchanged), then that factsheet alone, checked like in the build, written beside the output
 * folder (`factsheet-I14.pdf`); the site is not touched. Returns the PDF's path.
 */
export async function buildFactsheet(options: BuildOptions, institutionId: string): Promise<string> {
  const { log } = options;
  const timings: StageTiming[] = [];
  const stage: Stage = (name, run, summarize) => timed(log, timings, name, run, summarize);
  const editions = await stage('inlezen', () => loadWithPrevious(options.snapshotDir), summarizeLoad);
  if (editions.rejected || !editions.current) {
    throw new ReportError(formatRejection(editions.rejected ?? basename(options.snapshotDir), editions.issues).join('\n'));
  }
  const caches = cacheDirs(options);
  const { results, findings, figures, prose } = await computeStages(editions.current, editions.previous, stage, log, caches);
  const wanted = results.institutionOrder.find((id) => id.toLowerCase() === institutionId.toLowerCase());
  if (!wanted) {
    throw new ReportError(`instelling ${institutionId} komt niet voor in snapshot ${editions.current.name}`, `Bekende codes: ${results.institutionOrder.slice(0, 8).join(', ')}${results.institutionOrder.length > 8 ? ', …' : ''}`, 2);
  }
  const report = outline(results, prose, figures, options.contentDir ?? join(ROOT, 'content'), log, findings, editions.previous);
  const file = join(dirname(resolve(options.outDir)), `factsheet-${wanted}.pdf`);
  const printed = await stage(
    'factsheets',
    () => printFactsheets({ report, siteDir: options.outDir, log, cacheDir: caches?.factsheets ?? null, only: [wanted], fileOf: () => file }),
    (f) => `${formatNumber(f.factCheck.checked)} getallen gecontroleerd`,
  );
  assertFacts([printed.factCheck]);
  return file;
}

export interface ComputedStages {
  readonly results: Results;
  readonly findings: Findings;
  readonly figures: readonly RenderedFigure[];
  readonly prose: Prose;
}

/**
 * compute → findings → prose → figures, or all four from the stage cache when neither the snapshot (nor its previous
 * edition) nor the code that computes them changed since the last build.
 */
export async function computeStages(
  current: Snapshot,
  previous: Snapshot | null,
  stage: Stage,
  log: Log,
  caches: { readonly stages: string; readonly figures: string } | null,
  onFigure?: (figure: RenderedFigure) => void,
): Promise<ComputedStages> {
  const key = cacheKey(current.hash, previous?.hash ?? null);
  const cached = caches ? readCache<ComputedStages>(key, caches.stages) : null;
  if (cached) {
    log.info(`✓ ${'berekenen'.padEnd(12)} uit de cache (${key.slice(0, 8)}): resultaten, bevindingen, figuren en tekst ongewijzigd`);
    return cached;
  }
  const results = await stage('berekenen', () => computeResults(current, previous), summarizeResults);
  const findings = await stage('bevindingen', () => findFindings(results), summarizeFindings);
  const prose = await stage('tekst', () => checkedProse(results, findings), (p) => `${formatNumber(allParagraphs(p).length)} alinea's, alle getallen herleid`);
  // Per figure from the render cache when the figure and the renderer are unchanged: a new snapshot
  // re-renders only the charts whose data changed.
  const { figures } = await stage(
    'figuren',
    async () => renderFiguresCached(buildFigures(results, findings, findingTitles(prose)), log, caches?.figures ?? null, onFigure),
    (f) => `${plural(f.figures.length, 'figuur of tabel', 'figuren en tabellen')}, ${formatNumber(f.figures.filter((x) => x.svg).length)} als SVG getekend (${formatNumber(f.figures.length - f.rendered)} uit de cache)`,
  );
  if (caches) writeCache(key, { results, findings, figures, prose }, caches.stages);
  return { results, findings, figures, prose };
}

/** The facts of a previous edition, computed once per Snapshot object (a pure function of it). */
const PREVIOUS_FACTS = new WeakMap<Snapshot, ReturnType<typeof factRoot>>();

/** The Report, with the editor texts read fresh from `contentDir` (cheap: the preview reruns it on every edit). */
export function outline(
  results: Results,
  prose: Prose,
  figures: readonly RenderedFigure[],
  contentDir: string,
  log: Log,
  findings: Findings,
  previous: Snapshot | null,
): Report {
  const facts = factRoot(results, findings);
  // The previous edition's results are only computed when an editor text quotes a live number, and once per
  // edition (the preview reruns this on every edit).
  const previousFacts = () => {
    if (!previous) return null;
    let before = PREVIOUS_FACTS.get(previous);
    if (!before) {
      const r = computeResults(previous, null);
      before = factRoot(r, findFindings(r));
      PREVIOUS_FACTS.set(previous, before);
    }
    return before;
  };
  return outlineReport({
    results,
    findings,
    prose,
    figures,
    editor: (file) => loadEditorText(file, { contentDir, log, sectionLevel: EDITOR_LEVEL(file), facts, previous: previousFacts }),
  });
}

/** The CSV downloads: the result tables of compute and koers.csv of the findings stage. */
export function downloadTables(results: Results, findings: Findings): ResultTable[] {
  return [...resultTables(results), courseTable(results, findings)];
}

/** The prose's finding headlines as the titles of the figures that show them (figures and prose are siblings). */
export function findingTitles(prose: Prose): FindingTitles {
  const titles: Record<string, FindingTitle> = {};
  for (const [figureId, p] of Object.entries(prose.findings.titles)) titles[figureId] = { text: p.sentences[0]!.text, paragraph: p.id };
  return titles;
}

/** Prose whose every number is traced to Results (or to the findings derived from them); a mismatch stops the build. */
function checkedProse(results: Results, findings: Findings): Prose {
  const prose = writeProse(results, findings);
  const problems = checkTrace(allParagraphs(prose), factRoot(results, findings));
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

function summarizeFindings(f: Findings): string {
  const count = (p: string) => f.items.filter((i) => i.polarity === p).length;
  return `${plural(f.items.length, 'bevinding', 'bevindingen')}: ${formatNumber(count('positief'))} positief, ${formatNumber(count('aandacht'))} aandachtspunt, ${formatNumber(count('wisselend'))} wisselend`;
}
/** What each check is called in progress lines and the build report (editor words, not tool names). */
export const CHECK_WORDS: Readonly<Record<string, string>> = { axe: 'toegankelijkheid', reflow: 'smal scherm', html: 'HTML', svg: 'grafieken', links: 'links' };

function checkSummary(checks: CheckSummary): string {
  return checks.outcomes.map((o) => `${CHECK_WORDS[o.id] ?? o.label} ${o.problems === 0 ? 'in orde' : plural(o.problems, 'probleem', 'problemen')}`).join(', ');
}

export type { Report, RenderedFigure };
