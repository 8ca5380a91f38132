// Worker-thread entry for static.ts: register tsx so the TypeScript modules load, run the checks, send the result.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { staticChecks } = await import('./static.ts');
parentPort.postMessage(await staticChecks(workerData));
