// Child-process entry for factsheets.ts: register tsx so the TypeScript modules load, then, for its share of the
// factsheets (one message), typeset all of them first and only then read them all back with poppler (READERS shells)
// and check them. A process that has forked pays for it in its next compilations (each poppler call made Typst's next
// factsheet take about twice the CPU time), so nothing is forked before the last compilation. Replies with each
// factsheet's outcome, or the first error.
import { register } from 'tsx/esm/api';

register();
const { typesetFactsheet, checkFactsheet } = await import('./factsheet-job.ts');
const { readPdfs } = await import('./inspect.ts');

/** Shells that read the typeset factsheets back side by side: poppler then keeps both cores busy. */
const READERS = 2;

const send = (message) => process.send(message);
const failed = (id, error) => send({ id, error: error instanceof Error ? error.message : String(error), hint: error?.hint ?? null });

process.on('message', async ({ jobs }) => {
  const typeset = [];
  for (const job of jobs) {
    try {
      typeset.push(typesetFactsheet(job));
    } catch (error) {
      return failed(job.id, error);
    }
  }
  let readings;
  try {
    const files = jobs.map((job) => job.file);
    const size = Math.ceil(files.length / READERS);
    const parts = Array.from({ length: Math.ceil(files.length / size) }, (_, r) => readPdfs(files.slice(r * size, (r + 1) * size)));
    readings = (await Promise.all(parts)).flat();
  } catch (error) {
    return failed(jobs[0].id, error);
  }
  for (const [i, job] of jobs.entries()) {
    const outcome = await checkFactsheet(job, typeset[i], readings[i]).catch((error) => error);
    if (outcome instanceof Error) return failed(job.id, outcome);
    send({ id: job.id, outcome });
  }
});
// Ends when the build disconnects.
process.on('disconnect', () => process.exit(0));
send({ ready: true });
