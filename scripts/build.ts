// `npm run build -- [--snapshot <map>] [--out <map>]`: the whole pipeline on the newest (or chosen) snapshot.
import { parseCli, runCli } from './lib/cli.ts';
import { consoleLog, formatDuration } from './lib/log.ts';
import { build } from './pipeline.ts';
import { locateSnapshot } from './snapshot/locate.ts';

await runCli(async () => {
  const { values } = parseCli({ snapshot: { type: 'string' }, out: { type: 'string' } });
  const started = performance.now();
  const snapshotDir = locateSnapshot(values.snapshot);
  const outDir = values.out ?? '_site';
  consoleLog.info(`Build van snapshot ${snapshotDir} naar ${outDir}/`);
  await build({ snapshotDir, outDir, log: consoleLog });
  consoleLog.info(`Klaar in ${formatDuration(performance.now() - started)}: ${outDir}/ is bijgewerkt.`);
});
