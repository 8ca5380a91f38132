import { describe, expect, it } from 'vitest';
import { buildAmbitionRange } from '../../../scripts/figures/charts/ambition-range.ts';
import { inputs, meta } from '../fixtures.ts';
import { measureText } from '../../../scripts/figures/measure.ts';
import { renderFigure } from '../../../scripts/figures/render.ts';
import { NARROW_FONT } from '../../../scripts/figures/theme.ts';
import { countMarks, renderChecked, texts } from '../helpers.ts';

describe('ambition-range', () => {
  const figure = buildAmbitionRange(inputs['ambition-range'], meta('ambitie'));

  it('draws a dot, a Q1–Q3 bar and a value label per indicator, and one zero line', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'symbol')).toBe(3);
    expect(countMarks(svg, 'rect')).toBe(3);
    expect(countMarks(svg, 'rule')).toBe(1);
    expect(texts(svg)).toEqual(expect.arrayContaining(['+3,0', '+26,0', '\u22122,0', '0', '+10', 'Verbeterambitie (procentpunt)']));
  });

  it('leaves room right of the widest range for its value label, also in the phone variant', async () => {
    const rendered = await renderFigure(figure);
    // The plot's width (its background rect) and each value label's left edge, both in the plot's coordinates.
    const plot = Number(/<path class="background" d="M0,0h([\d.]+)v/.exec(rendered.svgNarrow!)![1]);
    const labels = [...rendered.svgNarrow!.matchAll(/<text text-anchor="start" transform="translate\(([\d.-]+),[\d.-]+\)"[^>]*>([^<]+)</g)];
    const label = labels.find((m) => m[2] === '+26,0')!;
    expect(label).toBeDefined();
    expect(Number(label[1]) + measureText('+26,0', { fontSize: NARROW_FONT })).toBeLessThanOrEqual(plot);
  });

  it('names the highest and lowest mean ambition in the alt text', () => {
    expect(figure.alt).toContain('voor 3 indicatoren');
    expect(figure.alt).toContain('De hoogste gemiddelde ambitie is +26,0 procentpunt (Geslaagden rekenen)');
    expect(figure.alt).toContain('de laagste \u22122,0 procentpunt (Werkdruk (te) hoog)');
    expect(figure.alt).toContain('Bij 1 indicator is de gemiddelde ambitie negatief.');
  });

  it('keeps the numbers raw in the table and the input order', () => {
    expect(figure.data.map((r) => r.indicator)).toEqual(['Veiligheid op school', 'Geslaagden rekenen', 'Werkdruk (te) hoog']);
    expect(figure.data[1]).toEqual({ indicator: 'Geslaagden rekenen', gemiddelde: 26, q1: 14, q3: 35, n: 44 });
    expect(figure.columns.find((c) => c.key === 'gemiddelde')!.format).toBe('points');
  });

  it('skips indicators without a mean', () => {
    const f = buildAmbitionRange({ unit: 'cijfer', rows: [{ label: 'A', mean: Number.NaN, q1: 0, q3: 1, n: 3 }, { label: 'B', mean: 0.3, q1: 0.1, q3: 0.5, n: 9 }] }, meta('x'));
    expect(f.data).toHaveLength(1);
    expect(f.alt).toContain('De gemiddelde ambitie is +0,3 punt.');
  });
});
