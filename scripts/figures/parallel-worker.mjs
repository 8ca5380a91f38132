// Worker-thread entry for parallel.ts: register tsx so the TypeScript modules load, then render claimed figures.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderClaimed } = await import('./parallel.ts');
await renderClaimed(workerData, (message) => parentPort.postMessage(message));
