// The figure registry on the bundled edition (55 institutions, 40 indicators, previous edition for the diff):
// every figure is built, every chart renders to SVG without a warning in reasonable time, and no text a reader
// sees (caption, notes, alt, cells, or the labels and tooltips inside a spec) holds undefined, NaN or null.
// Issue 16: no axis repeats a label, count axes start at zero, every chart has a readable narrow variant.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { figureIds } from '../../scripts/lib/ids.ts';
import { CHANGES_SHOWN } from '../../scripts/figures/registry/annex.ts';
import { renderFigures } from '../../scripts/figures/render.ts';
import { FONT_FILES } from '../../scripts/figures/theme.ts';
import type { Figure, RenderedFigure } from '../../scripts/figures/types.ts';
import type { Log } from '../../scripts/lib/log.ts';
import { formatCell } from '../../scripts/site/format.ts';
import { loadWithPrevious } from '../../scripts/snapshot/previous.ts';
import { stagesOf } from '../helpers/stages.ts';

const editions = loadWithPrevious(join(import.meta.dirname, '..', '..', 'data', 'snapshots', '2025-11-01'));
const results = computeResults(editions.current!, editions.previous);
const { figures } = stagesOf(results);

const FORBIDDEN = /undefined|NaN|\bnull\b|Infinity|\[object/;

/** Every string inside a value (spec data, labels, tooltips). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function readerTexts(f: Figure): string[] {
  const cells = f.data.flatMap((row) => f.columns.map((c) => formatCell(row[c.key], c)));
  return [f.title, f.subtitle ?? '', f.source, ...f.notes, f.alt, f.emptyReason ?? '', ...f.columns.map((c) => c.label), ...cells];
}

describe('the bundled edition', () => {
  it('has a figure for every place and a drawn chart wherever there are data', () => {
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    // One start–target chart per indicator × breakdown; non-empty wherever institutions have a start or target.
    for (const id of results.indicatorOrder) {
      for (const b of results.indicators[id]!.breakdowns) {
        const f = figures.find((x) => x.id === figureIds.startTarget(id, b))!;
        const any = results.sector[id]![b]!.rows.some((r) => r.start !== null || r.target !== null);
        expect(Boolean(f.emptyReason), f.id).toBe(!any);
      }
    }
    // Per institution: the position chart and the value table are never empty (every institution has values).
    for (const id of results.institutionOrder) {
      expect(figures.find((f) => f.id === figureIds.institutionPosition(id))!.emptyReason).toBeUndefined();
      expect(figures.find((f) => f.id === figureIds.institutionValues(id))!.emptyReason).toBeUndefined();
    }
    // The 15 ranked movements and nothing else: a row that did not move is no change (issue 28).
    const changes = results.diff!.sectorChanges;
    const ranked = changes.filter((c) => c.magnitude > 0).slice(0, CHANGES_SHOWN);
    expect(ranked).toHaveLength(CHANGES_SHOWN);
    expect(figures.find((f) => f.id === figureIds.changesTable())!.data.length).toBe(CHANGES_SHOWN);
  });

  it('has no forbidden text in captions, notes, alt texts, cells or specs', () => {
    for (const f of figures) {
      for (const text of [...readerTexts(f), ...strings(f.spec)]) expect(text, f.id).not.toMatch(FORBIDDEN);
      for (const text of readerTexts(f)) expect(text, f.id).not.toMatch(/\d\.\d+ ?(%|procent|punt)/);
    }
  });

  it('writes captions, notes and cells only with characters the report font has (no fallback font in the PDF)', () => {
    const font = fontkit.create(readFileSync(FONT_FILES[400]));
    const missing = new Set<string>();
    for (const f of figures) {
      const printed = readerTexts(f).filter((t) => t !== f.alt);
      for (const ch of printed.join('')) if (!/\s/.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.add(`${ch} (${f.id})`);
    }
    expect([...missing]).toEqual([]);
  });

  it('renders every chart to SVG without a warning', async () => {
    const warnings: string[] = [];
    const log: Log = { info: () => {}, warn: (m) => void warnings.push(m) };
    rendered = await renderFigures(figures, log);
    const charts = rendered.filter((f) => f.svg);
    expect(warnings).toEqual([]);
    expect(charts.length).toBe(figures.filter((f) => f.type === 'figure' && !f.emptyReason).length);
    for (const f of charts) expect(f.svg, f.id).toMatch(/^<svg[^>]* class="chart-svg" role="img"/);
  }, 300_000);

  // Issue 16: what a reader reads off the axes.
  describe('axes and labels of every chart, wide and narrow', () => {
    const variants = () => rendered.flatMap((f) => (f.svg ? [{ id: f.id, svg: f.svg }, { id: `${f.id} (smal)`, svg: f.svgNarrow ?? '' }] : []));

    it('never repeat a tick or category label on one axis', () => {
      expect(rendered.length).toBeGreaterThan(0);
      const repeated: string[] = [];
      for (const { id, svg } of variants()) {
        for (const labels of axisLabels(svg)) {
          const twice = labels.filter((l, i) => labels.indexOf(l) !== i);
          if (twice.length > 0) repeated.push(`${id}: ${labels.join(' | ')}`);
        }
      }
      expect(repeated).toEqual([]);
    });

    it('start count and money axes at zero', () => {
      let checked = 0;
      for (const f of rendered) {
        const valueColumn = f.chartType === 'timeseries' ? f.columns[1] : f.columns.find((c) => ['start', 'gemiddelde'].includes(c.key));
        if (!f.svg || !valueColumn || !['integer', 'euro'].includes(valueColumn.format) || !['timeseries', 'realised-bands', 'start-target'].includes(f.chartType)) continue;
        for (const svg of [f.svg, f.svgNarrow!]) expect(axisLabels(svg).flat(), f.id).toEqual(expect.arrayContaining([expect.stringMatching(/^(€ )?0$/)]));
        checked++;
      }
      expect(checked).toBeGreaterThan(5);
    });

    it('have a narrow variant for every chart whose text is at least 11 px in the 280 px column of a 320 px screen', () => {
      const COLUMN = 280;
      expect(rendered.length).toBeGreaterThan(0);
      for (const f of rendered.filter((x) => x.svg)) {
        expect(f.svgNarrow, f.id).toMatch(/^<svg[^>]* class="chart-svg chart-svg--narrow" role="img"/);
        const width = Number(/viewBox="0 0 ([\d.]+) /.exec(f.svgNarrow!)![1]);
        const sizes = [...f.svgNarrow!.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
        expect(sizes.length, f.id).toBeGreaterThan(0);
        expect(Math.min(...sizes) * Math.min(1, COLUMN / width), f.id).toBeGreaterThanOrEqual(11);
      }
    });
  });
});

let rendered: RenderedFigure[] = [];

/** The labels of each axis (tick labels of a value axis, category names of a band axis) in an SVG. */
function axisLabels(svg: string): string[][] {
  return [...svg.matchAll(/<g class="mark-text role-axis-label"[^>]*>(.*?)<\/g>/g)].map((m) =>
    [...m[1]!.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((t) => t[1]!.replace(/<tspan[^>]*>(.*?)<\/tspan>/g, '$1 ').trim()),
  );
}
