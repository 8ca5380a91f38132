// `npm run serve -- [--snapshot <map>] [--port 8080] [--content <map>] [--out <map>] [--cache <map>]`: a local preview with live reload for editors.
// Results, figures and prose come from the stage cache (computed once per snapshot and code version); an edit
// in content/ or templates/ only reruns the outline and Eleventy, so the page reloads within seconds.
// The preview is written to .cache/voorbeeld/, never to the published _site/.
import Eleventy from '@11ty/eleventy';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resultTables } from './compute/tables.ts';
import { parseCli, runCli } from './lib/cli.ts';
import { ReportError } from './lib/errors.ts';
import { consoleLog, formatDuration, timed, type StageTiming } from './lib/log.ts';
import { cacheDirs, computeStages, outline } from './pipeline.ts';
import { copyEditorImages } from './site/content.ts';
import { copySiteAssets, copyVendorAssets, writeDataPackage, writeFigureFiles, writeResultTables } from './site/assets.ts';
import { siteData } from './site/data.ts';
import { pageLists } from './site/eleventy.ts';
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
  const { results, findings, figures, prose } = await computeStages(editions.current, editions.previous, (name, run, summarize) => timed(log, timings, name, run, summarize), log, cacheDirs({ cacheRoot: values.cache }));

  // --content: another folder of editor texts (the bench edits a copy).
  const contentDir = values.content ? resolve(values.content) : join(PROJECT_ROOT, 'content');
  const outDir = values.out ? resolve(values.out) : join(PROJECT_ROOT, '.cache', 'voorbeeld');
  const extras: SiteExtras = { tables: resultTables(results), snapshot: null, pdfFile: null, checks: null };
  const context = siteContext(extras);
  // Rebuilt before every Eleventy run: editor texts are read fresh, everything computed is reused.
  let data: SiteData;
  const refresh = () => {
    const started = performance.now();
    const report = outline(results, prose, figures, contentDir, log, findings, editions.previous);
    data = siteData(report, extras, context);
    return { report, ms: performance.now() - started };
  };
  const { report } = refresh();

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  copyVendorAssets(outDir);
  await writeFigureFiles(outDir, report.figures);
  writeResultTables(outDir, extras.tables);
  writeDataPackage(outDir, report, extras.tables);
  copyEditorImages(outDir, report.chapters);

  const elev = new Eleventy(TEMPLATES_DIR, outDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
    runMode: 'serve',
    config: (cfg) => {
      cfg.addGlobalData('site', () => data);
      cfg.addGlobalData('lists', () => pageLists(data));
      cfg.addWatchTarget(contentDir);
      cfg.on('eleventy.before', () => {
        copySiteAssets(outDir);
        // A slip in content/ (an image without alt text) is shown, and the preview keeps the last good pages.
        try {
          const { ms, report: fresh } = refresh();
          copyEditorImages(outDir, fresh.chapters);
          log.info(`↻ Opnieuw opgebouwd uit de cache (${formatDuration(ms)}); pagina's worden vernieuwd…`);
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
