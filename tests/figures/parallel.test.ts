// Rendering on both cores: with enough figures a worker thread shares the work, and the result (figures and
// warnings, in input order) is exactly what rendering one after another gives.
import { describe, expect, it } from 'vitest';
import { MIN_FOR_WORKER, renderFiguresInParallel } from '../../scripts/figures/parallel.ts';
import { renderFigures } from '../../scripts/figures/render.ts';
import { sample } from './fixtures.ts';

describe('renderFiguresInParallel', () => {
  it('gives the same figures and warnings, in input order, as rendering one by one', async () => {
    const kinds = ['timeseries', 'table', 'convergence'] as const;
    const figures = Array.from({ length: MIN_FOR_WORKER + 10 }, (_, i) => ({ ...sample(kinds[i % 3]!), id: `figuur-${i}`, title: `Figuur nummer ${i}` }));
    const warnings: string[] = [];
    const sequential = await renderFigures(figures, { info: () => {}, warn: (line) => void warnings.push(line) });
    const parallel = await renderFiguresInParallel(figures);
    expect(parallel.map((o) => o.figure)).toEqual(sequential);
    expect(parallel.flatMap((o) => o.warnings)).toEqual(warnings);
    expect(parallel[5]!.figure.svg).toContain('figuur-5');
  });
});
