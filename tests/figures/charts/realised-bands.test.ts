import { describe, expect, it } from 'vitest';
import { buildRealisedBands } from '../../../scripts/figures/charts/realised-bands.ts';
import { renderSpec } from '../../../scripts/figures/render.ts';
import { BAND } from '../../../scripts/figures/theme.ts';
import { inputs, meta } from '../fixtures.ts';
import { countMarks, renderChecked, texts } from '../helpers.ts';

describe('realised-bands', () => {
  const figure = buildRealisedBands(inputs['realised-bands'], meta('banden'));

  it('draws two bands, the mean line with its points and the target rule, with one legend', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'area')).toBe(2);
    expect(countMarks(svg, 'line')).toBe(1);
    expect(countMarks(svg, 'symbol')).toBe(3);
    expect(countMarks(svg, 'rule')).toBe(1);
    expect(svg).toContain(`fill="${BAND.outer}"`);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Gemiddelde', 'Middelste 50% (P25–P75)', 'Gemiddelde streefwaarde 2027', '2023']));
  });

  it('states the mean’s development, the last spread and the target', () => {
    expect(figure.alt).toContain('van 2022 tot 2025');
    // Means and quartiles are statistics: the unit's precision, as in the text (scripts/lib/units.ts).
    expect(figure.alt).toContain('Het gemiddelde ging van 31,0% naar 37,0%');
    expect(figure.alt).toContain('in 2025 lag de middelste helft van de 25 instellingen tussen 31,0% en 42,0%');
    expect(figure.alt).toContain('De gemiddelde streefwaarde is 45,0%.');
  });

  describe('a partial year (fewer institutions than the latest earlier year)', () => {
    const periods = [
      { period: '2023', mean: 7.1, p5: 6.5, p25: 6.9, p75: 7.3, p95: 7.6, n: 49 },
      { period: '2024', mean: 7.2, p5: 6.6, p25: 7.0, p75: 7.4, p95: 7.7, n: 49 },
      { period: '2025', mean: 7.4, p5: 6.8, p25: 7.1, p75: 7.6, p95: 7.9, n: 34, earlier: { period: '2024', n: 49 } },
    ];
    const partial = buildRealisedBands({ unit: 'cijfer', periods }, meta('deels'));
    // A year label with its n is two lines (tspans); a full year's label is the year alone.
    const yearLabels = (svg: string) =>
      [...svg.matchAll(/<text[^>]*>((?:<tspan[^>]*>[^<]*<\/tspan>)+|[^<]*)<\/text>/g)]
        .map((m) => m[1]!.replace(/<tspan[^>]*>([^<]*)<\/tspan>/g, '$1|'))
        .filter((t) => /^20\d\d/.test(t));

    it('shows n under the partial year only, wide and narrow', async () => {
      for (const spec of [partial.spec!, partial.narrowSpec!]) {
        const { svg } = await renderSpec(spec);
        expect(yearLabels(svg)).toEqual(['2023', '2024', '2025|n = 34|']);
      }
      // Without partial years, no year carries an n.
      const { svg } = await renderChecked(figure);
      expect(svg).not.toContain('n = ');
    });

    it('gives n in the tooltip and the data table, and names the partial year in the alt text', () => {
      const values = (partial.spec as unknown as { data: { values: { periode: string; nText: string }[] } }).data.values;
      expect(values.map((v) => v.nText)).toEqual(['49', '49', '34 (van de 49 in 2024)']);
      expect(JSON.stringify(partial.spec)).toContain('"field":"nText","title":"Aantal instellingen"');
      expect(partial.data.map((d) => d['n'])).toEqual([49, 49, 34]);
      expect(partial.alt).toContain('In 2025 zijn er waarden van 34 van de 49 instellingen van 2024.');
      expect(figure.alt).not.toContain('zijn er waarden van');
    });
  });
});
