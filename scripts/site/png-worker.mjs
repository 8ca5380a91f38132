// Worker-thread entry for png.ts: each message is an SVG string, each reply its PNG (or the error), rendered
// with resvg in this thread. Plain JavaScript, so the worker starts without loading TypeScript.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

const { options, gcEvery, deflateLevel } = workerData;
// resvg's images live in native memory that V8 does not see (see png.ts): collect every `gcEvery` images, then
// let the event loop turn, for the native memory is only freed in the finalizers that run there. Rendering
// straight through the queued messages instead peaked at 2,6 GB for 297 charts, against 0,5 GB (2026-11-30).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');
const pending = [];
let rendered = 0;
let running = false;

parentPort.on('message', (svg) => {
  pending.push(svg);
  if (!running) void renderPending();
});

async function renderPending() {
  running = true;
  while (pending.length > 0) {
    const svg = pending.shift();
    try {
      const image = new Resvg(svg, options).render();
      parentPort.postMessage({ png: encodePng(image.width, image.height, image.pixels) });
    } catch (error) {
      parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
    if (++rendered % gcEvery === 0) {
      collectGarbage();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  running = false;
}

// The PNG encoder (see png.ts for the measurement behind its settings): the image as 8-bit RGB (the charts are
// drawn on white, so every pixel is opaque), every row unfiltered, zlib at `deflateLevel`. Deterministic: the
// same pixels and the same zlib give the same bytes.
function encodePng(width, height, rgba) {
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0, at = 0, from = 0; y < height; y++) {
    raw[at++] = 0; // filter type None
    for (let x = 0; x < width; x++, from += 4) {
      if (rgba[from + 3] !== 255) throw new Error('de afbeelding is niet overal ondoorzichtig');
      raw[at++] = rgba[from];
      raw[at++] = rgba[from + 1];
      raw[at++] = rgba[from + 2];
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // truecolour (RGB)
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: deflateLevel })), chunk('IEND', Buffer.alloc(0))]);
}

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
