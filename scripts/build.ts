// `npm run build -- [--snapshot <map>] [--out <map>] [--no-cache] [--check all]`: the whole pipeline on the newest
// (or chosen) snapshot, published atomically into the output folder (default _site/).
// `npm run build -- --instelling I14`: only that institution's factsheet, beside the output folder (a quick look).
import { relative } from 'node:path';
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
    check: { type: 'string' },
    instelling: { type: 'string' },
  });
  if (values.check !== undefined && values.check !== 'all') {
    throw new ReportError(`--check ${values.check} is onbekend`, "Gebruik --check all om alle pagina's te controleren; zonder deze optie controleert de build wat veranderd kan zijn.", 2);
  }
  const started = performance.now();
  const snapshotDir = locateSnapshot(values.snapshot);
  const outDir = values.out ?? '_site';
  if (values.instelling !== undefined) {
    const { buildFactsheet } = await import('./pipeline.ts');
    const file = await buildFactsheet({ snapshotDir, outDir, log: consoleLog, cache: !values['no-cache'] }, values.instelling);
    consoleLog.info(`Klaar in ${formatDuration(performance.now() - started)}: factsheet in ${relative(process.cwd(), file)} (de site is niet bijgewerkt).`);
    return;
  }
  // The lock before the pipeline's modules (many seconds to load): a second build refuses at once.
  const release = lockOutput(outDir, consoleLog.info);
  consoleLog.info(`Build van snapshot ${snapshotDir} naar ${outDir}/`);
  const { build } = await import('./pipeline.ts');
  const summary = await build({ snapshotDir, outDir, log: consoleLog, cache: !values['no-cache'], check: values.check === 'all' ? 'all' : 'changes', locked: true }).finally(release);
  consoleLog.info(
    `Klaar in ${formatDuration(performance.now() - started)}: ${outDir}/ is bijgewerkt (${summary.pages} pagina's${summary.pdfPages ? `, pdf van ${summary.pdfPages} pagina's` : ''}).`,
  );
});
