// `npm run build -- [--snapshot <map>] [--out <map>] [--no-cache] [--axe all]`: the whole pipeline on the newest
// (or chosen) snapshot, published atomically into the output folder (default _site/).
import { parseCli, runCli } from './lib/cli.ts';
import { ReportError } from './lib/errors.ts';
import { consoleLog, formatDuration } from './lib/log.ts';
import { lockOutput } from './lib/output.ts';
import { locateSnapshot } from './snapshot/locate.ts';

await runCli(async () => {
  const { values } = parseCli({
    snapshot: { type: 'string' },
    out: { type: 'string' },
    'no-cache': { type: 'boolean' },
    axe: { type: 'string' },
  });
  if (values.axe !== undefined && values.axe !== 'all' && values.axe !== 'sample') {
    throw new ReportError(`--axe ${values.axe} is onbekend`, "Gebruik --axe all (alle pagina's) of --axe sample (één pagina per soort, standaard).", 2);
  }
  const started = performance.now();
  const snapshotDir = locateSnapshot(values.snapshot);
  const outDir = values.out ?? '_site';
  // The lock before the pipeline's modules (many seconds to load): a second build refuses at once.
  const release = lockOutput(outDir, consoleLog.info);
  consoleLog.info(`Build van snapshot ${snapshotDir} naar ${outDir}/`);
  const { build } = await import('./pipeline.ts');
  const summary = await build({ snapshotDir, outDir, log: consoleLog, cache: !values['no-cache'], axe: values.axe as 'all' | 'sample' | undefined, locked: true }).finally(release);
  consoleLog.info(
    `Klaar in ${formatDuration(performance.now() - started)}: ${outDir}/ is bijgewerkt (${summary.pages} pagina's${summary.pdfPages ? `, pdf van ${summary.pdfPages} pagina's` : ''}).`,
  );
});
