// Worker-thread entry for png.ts: each message is an SVG string, each reply its PNG (or the error), rendered
// with resvg in this thread. Plain JavaScript, so the worker starts without loading TypeScript.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

const { options, gcEvery } = workerData;
// resvg's images live in native memory that V8 does not see (see png.ts): collect every `gcEvery` images.
// In this thread's small heap a full collection takes a few milliseconds.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');
let rendered = 0;

parentPort.on('message', (svg) => {
  try {
    const png = new Resvg(svg, options).render().asPng();
    if (++rendered % gcEvery === 0) collectGarbage();
    parentPort.postMessage({ png });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
