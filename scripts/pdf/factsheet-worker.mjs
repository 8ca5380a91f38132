// Worker-thread entry for factsheets.ts: register tsx so the TypeScript modules load, then for each job (a factsheet's
// document) typeset it at once and check it while the next one is typeset; reply with its outcome or the error.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { typesetFactsheet, checkFactsheet } = await import('./factsheet-job.ts');

const failed = (id, error) => parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error), hint: error?.hint ?? null });

parentPort.on('message', (job) => {
  let typeset;
  try {
    typeset = typesetFactsheet(job);
  } catch (error) {
    failed(job.id, error);
    return;
  }
  checkFactsheet(job, typeset).then((outcome) => parentPort.postMessage({ id: job.id, outcome }), (error) => failed(job.id, error));
});
parentPort.postMessage({ ready: true });
