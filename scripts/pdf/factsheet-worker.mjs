// Child-process entry for factsheets.ts: register tsx so the TypeScript modules load, then, for its share of the
// factsheets (one message), typeset all of them first and only then check them. A process that has forked pays for
// it in its next compilations (each poppler call made Typst's next factsheet take about twice the CPU time), so no
// poppler process starts before the last compilation. Replies with each factsheet's outcome, or the first error.
import { register } from 'tsx/esm/api';

register();
const { typesetFactsheet, checkFactsheet } = await import('./factsheet-job.ts');

/** Factsheets checked at a time: each check runs four poppler processes side by side. */
const CHECKS_IN_FLIGHT = 2;

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
  let next = 0;
  const checker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const outcome = await checkFactsheet(jobs[i], typeset[i]).catch((error) => error);
      if (outcome instanceof Error) return failed(jobs[i].id, outcome);
      send({ id: jobs[i].id, outcome });
    }
  };
  await Promise.all(Array.from({ length: CHECKS_IN_FLIGHT }, checker));
});
// Ends when the build disconnects.
process.on('disconnect', () => process.exit(0));
send({ ready: true });
