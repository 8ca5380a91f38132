// Child-process entry for factsheets.ts: register tsx so the TypeScript modules load, then for each job (a factsheet's
// document) typeset it at once and check it while the next one is typeset; reply with its outcome or the error.
// A process of its own, not a thread: its poppler calls fork a small process, not the build's large one.
import { register } from 'tsx/esm/api';

register();
const { typesetFactsheet, checkFactsheet } = await import('./factsheet-job.ts');

const send = (message) => process.send(message);
const failed = (id, error) => send({ id, error: error instanceof Error ? error.message : String(error), hint: error?.hint ?? null });

process.on('message', (job) => {
  let typeset;
  try {
    typeset = typesetFactsheet(job);
  } catch (error) {
    failed(job.id, error);
    return;
  }
  checkFactsheet(job, typeset).then((outcome) => send({ id: job.id, outcome }), (error) => failed(job.id, error));
});
// Ends when the build disconnects.
process.on('disconnect', () => process.exit(0));
send({ ready: true });
