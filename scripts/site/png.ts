// A PNG next to each chart's SVG, for readers who paste charts into slides or documents. Rendered from the
// same static SVG with resvg (@resvg/resvg-js) and the report font (Adobe's Source Sans 3 TTF files: resvg
// reads no WOFF), at twice the drawn size on a white background. No system fonts: the result is the same on
// every machine. A chart costs about 0,1 s of CPU, so PNGs render in two worker threads beside Eleventy and are
// kept in the cache folder by a hash of the SVG: a build draws only the PNGs of figures whose content changed.
//
// The encoder (png-worker.mjs) is chosen by measurement (issue 31; 14 charts of the bundled edition at 2×, CPU
// time, best of three, 2026-12-07): resvg's own asPng took 335 ms and 1.691 kB beside 1.164 ms of drawing. Our own
// encoder, rows unfiltered as RGB (the charts are opaque): zlib level 1 171 ms / 1.524 kB, level 3 169 ms /
// 1.406 kB, level 4 218 ms / 1.147 kB, level 6 307 ms / 1.094 kB, level 9 1.166 ms / 995 kB; the Up filter at
// level 6 350 ms / 1.320 kB, RGBA at level 6 359 ms / 1.137 kB. Level 4 takes a third less time than resvg's
// encoder and makes files a third smaller; higher levels cost more than they save.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { writeFileAtomic } from '../lib/cache.ts';
import { ReportError } from '../lib/errors.ts';
import { NODE_MODULES } from './paths.ts';

const FONT_DIR = join(NODE_MODULES, 'source-sans', 'TTF');
export const PNG_FONT_FILES = ['Regular', 'Semibold', 'Bold'].map((style) => join(FONT_DIR, `SourceSans3-${style}.ttf`));

/** Pixels per SVG unit: sharp on a projector and on a high-density screen. */
export const PNG_SCALE = 2;

export const PNG_CACHE_DIR = resolve(import.meta.dirname, '..', '..', '.cache', 'png');
/** zlib level of the PNG encoder (see the measurement at the top). */
export const PNG_DEFLATE_LEVEL = 4;
/** What a PNG depends on besides its SVG: renderer, scale, encoder and the zlib that compresses. */
const VERSION = `resvg-${JSON.parse(readFileSync(join(NODE_MODULES, '@resvg', 'resvg-js', 'package.json'), 'utf8')).version}-x${PNG_SCALE}-rgb-none-z${PNG_DEFLATE_LEVEL}-zlib${process.versions.zlib}-v2`;

function checkFonts(): void {
  const missing = PNG_FONT_FILES.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new ReportError(`het lettertype voor de PNG-afbeeldingen ontbreekt: ${missing.join(', ')}`, 'Installeer de npm-pakketten opnieuw (npm ci); het pakket source-sans levert het lettertype.');
  }
}

/** resvg's options: 2×, on white, the report font only. */
export const PNG_OPTIONS: ResvgRenderOptions = {
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
/** Threads that render, beside vega and then Eleventy on the main thread: one was 1–2 s slower on 2 cores. */
const THREADS = 2;
/** SVGs sent to a worker before it answers (see dispatch). */
const IN_FLIGHT = 8;

interface Job {
  readonly svg: string;
  resolve(png: Buffer): void;
  reject(error: Error): void;
}

/** A worker and the jobs it was sent, in order (it answers them in that order). */
interface Thread {
  readonly worker: Worker;
  readonly sent: Job[];
}

/**
 * Renders PNGs from SVG strings in THREADS worker threads (png-worker.mjs), each PNG once per SVG: from the cache
 * folder when a PNG of exactly that SVG is kept there, else rendered and kept. `prefetch` starts on SVGs before
 * they are needed (the build does so while the other figures are still being drawn, on the core that vega
 * leaves free); `render` gives them in order. Workers start with the first PNG not in the cache and stop with
 * `close`.
 */
export class PngRenderer {
  private readonly cacheDir: string | null;
  private readonly made = new Map<string, Promise<Buffer>>();
  private readonly queue: Job[] = [];
  private readonly threads: Thread[] = [];
  private failure: Error | null = null;

  /** `cacheDir`: where PNGs are kept (default .cache/png; null: no cache). */
  constructor(cacheDir?: string | null) {
    this.cacheDir = cacheDir === undefined ? PNG_CACHE_DIR : cacheDir;
    checkFonts();
  }

  /** Start rendering these SVGs; their PNGs come from `render`. */
  prefetch(svgs: readonly string[]): void {
    for (const svg of svgs) void this.png(svg).catch(() => {});
  }

  /** The PNG of each SVG, in order. Rejects with a ReportError when one cannot be drawn. */
  render(svgs: readonly string[]): Promise<Buffer[]> {
    return Promise.all(svgs.map((svg) => this.png(svg)));
  }

  /** Stop the workers (a later render starts new ones). */
  async close(): Promise<void> {
    this.made.clear();
    const threads = this.threads.splice(0);
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  private png(svg: string): Promise<Buffer> {
    const key = createHash('sha256').update(VERSION).update('\u0000').update(svg).digest('hex').slice(0, 32);
    let made = this.made.get(key);
    if (!made) {
      const cached = this.cacheDir ? join(this.cacheDir, `${key}.png`) : null;
      made = cached && existsSync(cached) ? Promise.resolve(readFileSync(cached)) : this.draw(svg).then((png) => (cached && keep(cached, png), png));
      this.made.set(key, made);
    }
    return made;
  }

  private draw(svg: string): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ svg, resolve, reject });
      if (this.threads.length < THREADS) this.threads.push(this.startThread());
      this.dispatch();
    });
  }

  /**
   * Up to IN_FLIGHT jobs per worker: while vega keeps the main thread busy, replies wait, and a worker with
   * only one job would sit idle until they are read.
   */
  private dispatch(): void {
    for (;;) {
      const thread = this.threads.reduce<Thread | null>((a, t) => (!a || t.sent.length < a.sent.length ? t : a), null);
      if (!thread || thread.sent.length >= IN_FLIGHT || this.queue.length === 0) return;
      const job = this.queue.shift()!;
      thread.sent.push(job);
      thread.worker.ref();
      thread.worker.postMessage(job.svg);
    }
  }

  private startThread(): Thread {
    // execArgv: [] — plain JavaScript, so not the TypeScript loader the build runs with.
    const worker = new Worker(new URL('./png-worker.mjs', import.meta.url), { workerData: { options: PNG_OPTIONS, gcEvery: GC_EVERY, deflateLevel: PNG_DEFLATE_LEVEL }, execArgv: [] });
    const thread: Thread = { worker, sent: [] };
    worker.on('message', (reply: { png: Uint8Array } | { error: string }) => {
      const job = thread.sent.shift()!;
      // An idle worker does not keep the process alive (a failed build ends without waiting for close).
      if (thread.sent.length === 0) worker.unref();
      if ('png' in reply) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      else job.reject(new ReportError(`een figuur kon niet als PNG worden getekend: ${reply.error}`));
      this.dispatch();
    });
    worker.once('error', (error) => this.fail(thread, new ReportError(`het maken van de PNG-afbeeldingen stopte: ${error.message}`)));
    worker.once('exit', (code) => thread.sent.length > 0 && this.fail(thread, new ReportError(`het maken van de PNG-afbeeldingen stopte onverwacht (code ${code})`)));
    worker.unref();
    return thread;
  }

  /** A worker that crashed takes its own jobs and every job still waiting with it. */
  private fail(thread: Thread, error: Error): void {
    this.failure = error;
    for (const job of [...thread.sent.splice(0), ...this.queue.splice(0)]) job.reject(error);
  }
}

function keep(file: string, png: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, png);
}

/** Run `use` with a PngRenderer of its own, closed afterwards. */
export async function withPngRenderer<T>(cacheDir: string | null | undefined, use: (pngs: PngRenderer) => Promise<T>): Promise<T> {
  const pngs = new PngRenderer(cacheDir);
  try {
    return await use(pngs);
  } finally {
    await pngs.close();
  }
}
