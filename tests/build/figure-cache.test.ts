// The per-figure render cache: a cached figure is exactly what rendering gives, and only a figure whose
// content changed is rendered again.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figureKey, renderFiguresCached } from '../../scripts/figures/cache.ts';
import { renderFigures } from '../../scripts/figures/render.ts';
import { sample } from '../figures/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'mbo-figcache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('render cache per figure', () => {
  it('renders once, then serves the same bytes from the cache, and re-renders only a changed figure', async () => {
    const figures = [sample('timeseries'), sample('table'), sample('convergence')];
    const fresh = await renderFigures(figures);
    const first = await renderFiguresCached(figures, undefined, dir);
    expect(first.rendered).toBe(3);
    expect(first.figures).toEqual(fresh);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(3);

    const again = await renderFiguresCached(figures, undefined, dir);
    expect(again.rendered).toBe(0);
    expect(again.figures).toEqual(fresh);

    const changed = [figures[0]!, figures[1]!, { ...figures[2]!, title: 'Een andere titel' }];
    expect(figureKey(changed[2]!)).not.toBe(figureKey(figures[2]!));
    const third = await renderFiguresCached(changed, undefined, dir);
    expect(third.rendered).toBe(1);
    expect(third.figures).toEqual(await renderFigures(changed));
  });

  it('renders everything without a cache folder', async () => {
    const figures = [sample('timeseries')];
    expect((await renderFiguresCached(figures, undefined, null)).rendered).toBe(1);
  });

  it('hands each figure to onFigure as soon as it is ready, from the cache or rendered, in order', async () => {
    const figures = [sample('timeseries'), sample('table')];
    const seen: string[] = [];
    const { figures: out } = await renderFiguresCached(figures, undefined, dir, (f) => seen.push(f.id));
    expect(seen).toEqual(out.map((f) => f.id));
    const seenAgain: unknown[] = [];
    await renderFiguresCached(figures, undefined, dir, (f) => seenAgain.push(f));
    expect(seenAgain).toEqual(out);
  });
});
