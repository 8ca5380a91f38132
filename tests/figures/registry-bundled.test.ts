// The figure registry on the bundled edition (55 institutions, 40 indicators, previous edition for the diff):
// every figure is built, every chart renders to SVG without a warning in reasonable time, and no text a reader
// sees (caption, notes, alt, cells, or the labels and tooltips inside a spec) holds undefined, NaN or null.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { figureIds } from '../../scripts/figures/ids.ts';
import { buildFigures } from '../../scripts/figures/registry.ts';
import { CHANGES_SHOWN } from '../../scripts/figures/registry/annex.ts';
import { renderFigures } from '../../scripts/figures/render.ts';
import { FONT_FILES } from '../../scripts/figures/theme.ts';
import type { Figure } from '../../scripts/figures/types.ts';
import type { Log } from '../../scripts/lib/log.ts';
import { formatCell } from '../../scripts/site/format.ts';
import { loadWithPrevious } from '../../scripts/snapshot/previous.ts';

const editions = loadWithPrevious(join(import.meta.dirname, '..', '..', 'data', 'snapshots', '2025-11-01'));
const results = computeResults(editions.current!, editions.previous);
const figures = buildFigures(results);

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
    // The 15 ranked movements, then the partial-year comparisons that are not among them (issue 18: marked, not ranked).
    const changes = results.diff!.sectorChanges;
    const ranked = changes.filter((c) => c.magnitude > 0).slice(0, CHANGES_SHOWN);
    const partial = changes.filter((c) => c.latestMean.partial && !ranked.includes(c));
    expect(ranked).toHaveLength(CHANGES_SHOWN);
    expect(figures.find((f) => f.id === figureIds.changesTable())!.data.length).toBe(CHANGES_SHOWN + partial.length);
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
    const start = performance.now();
    const rendered = await renderFigures(figures, log);
    const ms = performance.now() - start;
    const charts = rendered.filter((f) => f.svg);
    expect(warnings).toEqual([]);
    expect(charts.length).toBe(figures.filter((f) => f.type === 'figure' && !f.emptyReason).length);
    for (const f of charts) expect(f.svg, f.id).toMatch(/^<svg[^>]* class="chart-svg" role="img"/);
    // About 35 ms a chart on an idle 2-core machine; the bound leaves room for a busy one.
    expect(ms / charts.length).toBeLessThan(250);
  });
});
