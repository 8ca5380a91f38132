// A PNG next to each chart's SVG, for readers who paste charts into slides or documents. Rendered from the
// same static SVG with resvg (@resvg/resvg-js) and the report font (Adobe's Source Sans 3 TTF files: resvg
// reads no WOFF), at twice the drawn size on a white background. No system fonts: the result is the same on
// every machine. Rendering costs about 0,1 s a chart, so PNGs are kept in .cache/png/ by a hash of the SVG.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
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

export function svgToPng(svg: string): Buffer {
  checkFonts();
  return new Resvg(svg, OPTIONS).render().asPng();
}

/**
 * resvg's images live in native memory that V8 does not see, so nothing prompts a garbage collection while
 * PNGs are rendered and each rendered image (a few MB) stays until one happens. 297 charts of 165 institutions
 * peaked at 2.302 MB; with a collection after every GC_EVERY images at 293 MB, 6 % slower (measured 2026-11-30).
 * Node offers no other way to ask for one than exposing `gc`; without it (null) nothing is collected early.
 */
const GC_EVERY = 10;
const collectGarbage: (() => void) | null = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
})();

/** PNGs for many SVGs, in order: from the cache where possible, else rendered two at a time off the main thread. */
export async function svgsToPng(svgs: readonly string[], cacheDir: string | null = PNG_CACHE_DIR): Promise<Buffer[]> {
  checkFonts();
  const out: Buffer[] = new Array(svgs.length);
  let next = 0;
  let rendered = 0;
  const worker = async () => {
    while (next < svgs.length) {
      const i = next++;
      const key = createHash('sha256').update(VERSION).update('\u0000').update(svgs[i]!).digest('hex').slice(0, 32);
      const cached = cacheDir ? join(cacheDir, `${key}.png`) : null;
      if (cached && existsSync(cached)) {
        out[i] = readFileSync(cached);
        continue;
      }
      const png = (await renderAsync(svgs[i]!, OPTIONS)).asPng();
      if (++rendered % GC_EVERY === 0) collectGarbage?.();
      if (cached) {
        mkdirSync(cacheDir!, { recursive: true });
        writeFileSync(`${cached}.tmp`, png);
        renameSync(`${cached}.tmp`, cached);
      }
      out[i] = png;
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}
