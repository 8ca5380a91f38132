// A PNG next to each chart's SVG, for readers who paste charts into slides or documents. Rendered from the
// same static SVG with resvg (@resvg/resvg-js) and the report font (Adobe's Source Sans 3 TTF files: resvg
// reads no WOFF), at twice the drawn size on a white background. No system fonts: the result is the same on
// every machine. A chart costs about 0,1 s of CPU, so PNGs render in two worker threads beside Eleventy and are
// kept in the cache folder by a hash of the SVG.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { ReportError } from '../lib/errors.ts';
import { NODE_MODULES } from './paths.ts';

const FONT_DIR = join(NODE_MODULES, 'source-sans', 'TTF');
export const PNG_FONT_FILES = ['Regular', 'Semibold', 'Bold'].map((style) => join(FONT_DIR, `SourceSans3-${style}.ttf`));

/** Pixels per SVG unit: sharp on a projector and on a high-density screen. */
export const PNG_SCALE = 2;

export const PNG_CACHE_DIR = resolve(import.meta.dirname, '..', '..', '.cache', 'png');
const VERSION = `resvg-${JSON.parse(readFileSync(join(NODE_MODULES, '@resvg', 'resvg-js', 'package.json'), 'utf8')).version}-x${PNG_SCALE}-v1`;

function checkFonts(): void {
  const missing = PNG_FONT_FILES.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new ReportError(`het lettertype voor de PNG-afbeeldingen ontbreekt: ${missing.join(', ')}`, 'Installeer de npm-pakketten opnieuw (npm ci); het pakket source-sans levert het lettertype.');
  }
}

const OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: 'zoom', value: PNG_SCALE },
  background: '#ffffff',
  font: { loadSystemFonts: false, fontFiles: PNG_FONT_FILES, defaultFontFamily: 'Source Sans 3' },
};

/**
 * resvg's images live in native memory that V8 does not see, so nothing prompts a garbage collection while
 * PNGs are rendered and each rendered image (a few MB) stays until one happens. 297 charts of 165 institutions
 * peaked at 2.302 MB; with a collection after every GC_EVERY images at 293 MB (measured 2026-11-30). The workers
 * collect in their own small heaps: in the build's main thread, with every figure in memory, the same
 * collections cost 3 s of the bundled site's 14 s.
 */
const GC_EVERY = 10;
/** Threads that render: one per core of the build machine (2), beside Eleventy on the main thread. */
const THREADS = 2;

/**
 * PNGs for many SVGs (strings of static chart SVG), in the same order: from the cache folder where a PNG of
 * exactly that SVG is kept, else rendered in worker threads (png-worker.mjs), so that the main thread stays free
 * for Eleventy. Rejects with the first worker error.
 */
export async function svgsToPng(svgs: readonly string[], cacheDir: string | null = PNG_CACHE_DIR): Promise<Buffer[]> {
  checkFonts();
  const out: Buffer[] = new Array(svgs.length);
  const keys = svgs.map((svg) => createHash('sha256').update(VERSION).update('\u0000').update(svg).digest('hex').slice(0, 32));
  const missing: number[] = [];
  keys.forEach((key, i) => {
    const cached = cacheDir ? join(cacheDir, `${key}.png`) : null;
    if (cached && existsSync(cached)) out[i] = readFileSync(cached);
    else missing.push(i);
  });
  await renderInWorkers(missing.map((i) => svgs[i]!), (j, png) => {
    const i = missing[j]!;
    out[i] = png;
    if (!cacheDir) return;
    mkdirSync(cacheDir, { recursive: true });
    const cached = join(cacheDir, `${keys[i]}.png`);
    writeFileSync(`${cached}.tmp`, png);
    renameSync(`${cached}.tmp`, cached);
  });
  return out;
}

/** Render `svgs` in up to THREADS workers, calling `done(index, png)` as each one is ready. */
async function renderInWorkers(svgs: readonly string[], done: (index: number, png: Buffer) => void): Promise<void> {
  if (svgs.length === 0) return;
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => (next < svgs.length ? worker.postMessage({ index: next, svg: svgs[next++] }) : resolve());
      worker.on('message', ({ index, png }: { index: number; png: Uint8Array }) => {
        done(index, Buffer.from(png.buffer, png.byteOffset, png.byteLength));
        send();
      });
      worker.once('error', (error) => reject(new ReportError(`een figuur kon niet als PNG worden getekend: ${error.message}`)));
      worker.once('exit', (code) => reject(new ReportError(`het maken van de PNG-afbeeldingen stopte onverwacht (code ${code})`)));
      send();
    });
  const workers = Array.from({ length: Math.min(THREADS, svgs.length) }, () => new Worker(new URL('./png-worker.mjs', import.meta.url), { workerData: { options: OPTIONS, gcEvery: GC_EVERY } }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
