// A render cache per figure: the SVG of a figure is a function of the figure (spec, id, title, alt text) and of
// the rendering code, so a changed snapshot re-renders only the charts whose figure changed. Entries live in
// .cache/figures/<key>.json; the key hashes the figure as JSON and the renderer version below. A cached entry
// holds exactly what renderFigure returned (and the warnings it gave), so output is the same either way.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { codeHash, readJson, writeJsonAtomic } from '../lib/cache.ts';
import type { Log } from '../lib/log.ts';
import { renderFigure } from './render.ts';
import type { Figure, RenderedFigure } from './types.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIGURE_CACHE_DIR = join(ROOT, '.cache', 'figures');

/**
 * What the rendering depends on besides the figure: the modules next to this file (render, svg, measure,
 * theme, …; the chart builders in charts/ and registry/ only shape the spec, which is hashed itself), the
 * shared helpers in scripts/lib and every package version (vega, vega-lite, fontkit, the font files).
 */
export function rendererVersion(): string {
  const modules = readdirSync(import.meta.dirname).filter((n) => n.endsWith('.ts')).sort().map((n) => `scripts/figures/${n}`);
  return codeHash([...modules, 'scripts/lib', 'package-lock.json']);
}

export function figureKey(figure: Figure): string {
  return createHash('sha256').update(rendererVersion()).update('\u0000').update(JSON.stringify(figure)).digest('hex').slice(0, 32);
}

interface Entry {
  /** What renderFigure added to the figure (the SVG and any other rendered form). */
  readonly rendered: Record<string, unknown>;
  readonly warnings: readonly string[];
}

export interface CachedRender {
  readonly figures: RenderedFigure[];
  /** Figures actually rendered (the others came from the cache). */
  readonly rendered: number;
}

/**
 * renderFigures with a per-figure cache in `dir` (null: no cache), in input order. Warnings of a cached figure
 * are given again, so a build from the cache reports the same as one without. `onFigure` sees each rendered
 * figure as soon as it is ready (the build starts its PNG then).
 */
export async function renderFiguresCached(
  figures: readonly Figure[],
  log?: Log,
  dir: string | null = FIGURE_CACHE_DIR,
  onFigure: (figure: RenderedFigure) => void = () => {},
): Promise<CachedRender> {
  const out: RenderedFigure[] = [];
  let rendered = 0;
  if (dir) mkdirSync(dir, { recursive: true });
  for (const figure of figures) {
    const file = dir ? join(dir, `${figureKey(figure)}.json`) : null;
    const entry = file ? readJson<Entry>(file) : null;
    if (entry) {
      for (const warning of entry.warnings) log?.warn(warning);
      out.push({ ...figure, ...entry.rendered } as RenderedFigure);
      onFigure(out.at(-1)!);
      continue;
    }
    const warnings: string[] = [];
    const result = await renderFigure(figure, { info: (line) => log?.info(line), warn: (line) => (warnings.push(line), log?.warn(line)) });
    rendered++;
    out.push(result);
    onFigure(result);
    // vega resolves its promises without touching the event loop; let other work (the PNG workers' replies) in.
    await new Promise((resolve) => setImmediate(resolve));
    if (file) {
      const added = Object.fromEntries(Object.entries(result).filter(([k, v]) => !(k in figure) || (figure as unknown as Record<string, unknown>)[k] !== v));
      writeJsonAtomic(file, { rendered: added, warnings } satisfies Entry);
    }
  }
  return { figures: out, rendered };
}
