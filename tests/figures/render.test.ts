// Rendering: Dutch axis labels, byte-identical output for the same figure, no SVG for tables and empty
// figures, results in input order.
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { renderFigure, renderFigures, renderSpec } from '../../scripts/figures/render.ts';
import { quantAxis, topLevel } from '../../scripts/figures/spec.ts';
import type { Unit } from '../../scripts/snapshot/types.ts';
import { sample } from './fixtures.ts';
import { texts } from './helpers.ts';

function barSpec(unit: Unit, values: number[], change = false): TopLevelSpec {
  return topLevel(
    {
      data: { values: values.map((v, i) => ({ k: `r${i}`, v })) },
      mark: 'bar',
      encoding: {
        y: { field: 'k', type: 'nominal', axis: { title: null } },
        x: { field: 'v', type: 'quantitative', axis: quantAxis(unit, { change, max: Math.max(...values) }) },
      },
    },
    { height: 40, description: 'test' },
  );
}

describe('Dutch axis labels', () => {
  it('groups thousands with a point (aantal)', async () => {
    const labels = texts((await renderSpec(barSpec('aantal', [1500, 200]))).svg);
    expect(labels).toContain('1.000');
    expect(labels).not.toContain('1,000');
  });

  it('appends % to percentages that are already 0..100', async () => {
    const labels = texts((await renderSpec(barSpec('procent', [42, 80]))).svg);
    expect(labels).toContain('40%');
    expect(labels).toContain('80%');
  });

  it('signs changes and uses a true minus', async () => {
    const labels = texts((await renderSpec(barSpec('procent', [-6, 8], true))).svg);
    expect(labels).toContain('+5');
    expect(labels).toContain('\u22125');
  });

  it('uses decimal commas for grades and millions for euros', async () => {
    const grades = texts((await renderSpec(barSpec('cijfer', [6.5, 7.25]))).svg);
    expect(grades).toContain('7,5');
    expect(grades).not.toContain('7.5');
    const euros = texts((await renderSpec(barSpec('euro', [2.5e6, 1e6]))).svg);
    expect(euros).toContain('€ 2 mln');
    expect(euros).toContain('€ 0,2 mln');
  });
});

describe('renderFigure', () => {
  it('is deterministic: same figure, same bytes, also after rendering others', async () => {
    const a = sample('start-target');
    const first = await renderFigure(a);
    await renderFigure(sample('budget-by-institution'));
    const second = await renderFigure(a);
    expect(second.svg).toBe(first.svg);
    expect(first.svg!.length).toBeGreaterThan(1000);
  });

  it('leaves tables and empty figures without an SVG', async () => {
    expect((await renderFigure(sample('table'))).svg).toBeNull();
    const empty = { ...sample('timeseries'), spec: null, emptyReason: 'er zijn geen waarden.' };
    expect((await renderFigure(empty)).svg).toBeNull();
  });

  it('reports vega-lite warnings through the log instead of the console', async () => {
    const figure = sample('convergence');
    const broken = { ...figure, spec: { ...figure.spec!, encoding: { x: { field: 'start', type: 'quantitative', aggregate: 'nonsense' } } } as unknown as TopLevelSpec };
    const warnings: string[] = [];
    await renderFigure(broken, { info: () => {}, warn: (line) => warnings.push(line) });
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatch(/^figuur test-convergence: /);
  });
});

describe('renderFigures', () => {
  it('renders in input order and keeps every figure field', async () => {
    const figures = [sample('timeseries'), sample('table'), sample('convergence')];
    const rendered = await renderFigures(figures);
    expect(rendered.map((f) => f.id)).toEqual(figures.map((f) => f.id));
    expect(rendered.map((f) => f.svg === null)).toEqual([false, true, false]);
    expect(rendered[2]).toMatchObject({ alt: figures[2]!.alt, notes: figures[2]!.notes, data: figures[2]!.data });
  });
});
