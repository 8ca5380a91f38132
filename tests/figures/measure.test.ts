// Text measurement with Source Sans 3's real advance widths, and its effect on vega's layout.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { measureText, weightOf, wrapText } from '../../scripts/figures/measure.ts';
import { renderSpec } from '../../scripts/figures/render.ts';
import { topLevel } from '../../scripts/figures/spec.ts';
import { FONT_FILES, FONT_SIZE } from '../../scripts/figures/theme.ts';

const regular = fontkit.create(readFileSync(FONT_FILES[400]));
const shaped = (text: string, size: number) => (regular.layout(text).advanceWidth / regular.unitsPerEm) * size;

describe('measureText', () => {
  it('matches the font’s own shaped advance width within 1%', () => {
    for (const text of ['Veiligheid op school', 'Aandeel personeel dat werkdruk als (te) hoog ervaart', '1.234,5 € −3,4%']) {
      const ours = measureText(text, { fontSize: 12 });
      expect(Math.abs(ours - shaped(text, 12)) / shaped(text, 12)).toBeLessThan(0.01);
    }
  });

  it('is far from vega’s 0,8 em per character guess for ordinary labels', () => {
    const text = 'Veiligheid op school';
    expect(measureText(text, { fontSize: 12 })).toBeLessThan(0.6 * 0.8 * text.length * 12);
  });

  it('scales with size and weight', () => {
    const w12 = measureText('Begeleiding', { fontSize: 12 });
    expect(measureText('Begeleiding', { fontSize: 24 })).toBeCloseTo(2 * w12, 6);
    expect(measureText('Begeleiding', { fontSize: 12, fontWeight: 'bold' })).toBeGreaterThan(w12);
    expect([weightOf('bold'), weightOf(600), weightOf('normal'), weightOf(null)]).toEqual([700, 600, 400, 400]);
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines that fit, keeping every word', () => {
    const text = 'Investeren in extra capaciteit en kwaliteit op LOB, met name voor de opleidingen verbonden met de maatschappelijke opgaven';
    const lines = wrapText(text, 200, { fontSize: FONT_SIZE.label });
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measureText(line, { fontSize: FONT_SIZE.label })).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });
});

describe('vega layout with real metrics', () => {
  it('sizes the label column to the measured label width', async () => {
    const label = 'Aandeel gediplomeerden met werk';
    const spec = topLevel(
      {
        data: { values: [{ a: label, b: 10 }, { a: 'Kort', b: 20 }] },
        mark: 'bar',
        encoding: { y: { field: 'a', type: 'nominal', axis: { title: null } }, x: { field: 'b', type: 'quantitative', axis: { title: null } } },
      },
      { height: 60, description: 'test' },
    );
    const { svg } = await renderSpec(spec);
    // The plot starts after left padding (4) + the widest label + label padding (8).
    const x = Number(/<g fill="none" stroke-miterlimit="\d+" transform="translate\(([\d.]+),/.exec(svg)![1]);
    const expected = 4 + measureText(label, { fontSize: FONT_SIZE.label }) + 8;
    expect(Math.abs(x - expected)).toBeLessThan(3);
  });
});
