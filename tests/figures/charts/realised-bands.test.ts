import { describe, expect, it } from 'vitest';
import { buildRealisedBands } from '../../../scripts/figures/charts/realised-bands.ts';
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
    expect(figure.alt).toContain('Het gemiddelde ging van 31% naar 37%');
    expect(figure.alt).toContain('in 2025 lag de middelste helft van de 25 instellingen tussen 31% en 42%');
    expect(figure.alt).toContain('De gemiddelde streefwaarde is 45%.');
  });
});
