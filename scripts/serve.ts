// `npm run serve -- [--snapshot <map>] [--port 8080] [--content <map>] [--out <map>] [--cache <map>]`: a local preview with live reload for editors.
// Results, figures and prose come from the stage cache (computed once per snapshot and code version); an edit
// in content/ or templates/ only reruns the outline and Eleventy, so the page reloads within a second: after an
// edit in content/ alone, Eleventy renders only the pages whose data changed (when the navigation, edition and
// other shared data did not change), the rest stay as written. The preview is written to .cache/voorbeeld/,
// never to the published _site/.
import Eleventy from '@11ty/eleventy';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { comparisonData } from './site/comparison.ts';
import { parseCli, runCli } from './lib/cli.ts';
import { ReportError } from './lib/errors.ts';
import { consoleLog, formatDuration, timed, type StageTiming } from './lib/log.ts';
import { cacheDirs, computeStages, downloadTables, outline } from './pipeline.ts';
import { copyEditorImages } from './site/content.ts';
import { copySiteAssets, copyVendorAssets, writeComparisonData, writeDataPackage, writeFigureFiles, writeResultTables } from './site/assets.ts';
import { siteData } from './site/data.ts';
import { withPngRenderer } from './site/png.ts';
import { changedPageLists, pageLists, type PageLists } from './site/eleventy.ts';
import { ELEVENTY_CONFIG, PROJECT_ROOT, TEMPLATES_DIR } from './site/paths.ts';
import { siteContext } from './site/render.ts';
import type { SiteData, SiteExtras } from './site/types.ts';
import { loadWithPrevious } from './snapshot/previous.ts';
import { locateSnapshot } from './snapshot/locate.ts';
import { formatRejection } from './snapshot/report.ts';

await runCli(async () => {
  const { values } = parseCli({ snapshot: { type: 'string' }, port: { type: 'string' }, content: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' } });
  const port = Number(values.port ?? 8080);
  const log = consoleLog;
  const timings: StageTiming[] = [];
  const snapshotDir = locateSnapshot(values.snapshot);
  const editions = loadWithPrevious(snapshotDir);
  if (!editions.current || editions.rejected) {
    throw new ReportError(formatRejection(editions.rejected ?? snapshotDir, editions.issues).join('\n'));
  }
  const caches = cacheDirs({ cacheRoot: values.cache });
  const { results, findings, figures, prose } = await computeStages(editions.current, editions.previous, (name, run, summarize) => timed(log, timings, name, run, summarize), log, caches);

  // --content: another folder of editor texts (the bench edits a copy).
  const contentDir = values.content ? resolve(values.content) : join(PROJECT_ROOT, 'content');
  const outDir = values.out ? resolve(values.out) : join(PROJECT_ROOT, '.cache', 'voorbeeld');
  const extras: SiteExtras = { tables: downloadTables(results, findings), snapshot: null, pdfFile: null, checks: null, comparison: comparisonData(results) };
  const context = siteContext(extras);
  // Rebuilt before every Eleventy run: editor texts are read fresh, everything computed is reused.
  let data: SiteData;
  let lists: PageLists;
  /** Whether every file of the current change lies in contentDir (then unchanged pages need no new render). */
  let contentOnly = false;
  const refresh = () => {
    const started = performance.now();
    const report = outline(results, prose, figures, contentDir, log, findings, editions.previous);
    const before = data;
    data = siteData(report, extras, context);
    lists = contentOnly && before ? changedPageLists(before, data) : pageLists(data);
    return { report, ms: performance.now() - started };
  };
  const { report } = refresh();

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  copyVendorAssets(outDir);
  await withPngRenderer(caches?.png, (pngs) => writeFigureFiles(outDir, report.figures, report.edition, pngs));
  writeResultTables(outDir, extras.tables);
  writeDataPackage(outDir, report, extras.tables);
  if (extras.comparison) writeComparisonData(outDir, extras.comparison);
  copyEditorImages(outDir, report.chapters);

  const elev = new Eleventy(TEMPLATES_DIR, outDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
    runMode: 'serve',
    config: (cfg) => {
      cfg.addGlobalData('site', () => data);
      cfg.addGlobalData('lists', () => lists);
      cfg.addWatchTarget(contentDir);
      // An editor's save is one small write: 40 ms of quiet is enough (Eleventy waits 150 ms by default).
      cfg.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
      cfg.on('eleventy.beforeWatch', (changed: string[]) => {
        contentOnly = changed.length > 0 && changed.every((file) => resolve(file).startsWith(contentDir + sep));
      });
      cfg.on('eleventy.before', () => {
        copySiteAssets(outDir);
        // A slip in content/ (an image without alt text) is shown, and the preview keeps the last good pages.
        try {
          const { ms, report: fresh } = refresh();
          copyEditorImages(outDir, fresh.chapters);
          const pages = lists.home.length + lists.sections.length + lists.downloads.length + lists.search.length + lists.accessibility.length;
          log.info(`↻ Opnieuw opgebouwd uit de cache (${formatDuration(ms)}); ${pages === 1 ? '1 pagina wordt' : `${pages} pagina's worden`} vernieuwd…`);
        } catch (error) {
          if (!(error instanceof ReportError)) throw error;
          log.warn(`✖ ${error.message}`);
        }
      });
    },
  });
  await elev.init();
  await elev.watch();
  void elev.serve(port);
  log.info(`Voorbeeld van snapshot ${editions.current.name}: http://localhost:${port}/ — wijzigingen in content/ en templates/ verschijnen direct. Stop met Ctrl+C.`);
  // Keep running until the editor stops the preview.
  await new Promise(() => {});
});
