import { describe, expect, it } from 'vitest';
import { buildTimeseries } from '../../../scripts/figures/charts/timeseries.ts';
import { periodDomain } from '../../../scripts/figures/spec.ts';
import { inputs, meta } from '../fixtures.ts';
import { countMarks, renderChecked, texts } from '../helpers.ts';

describe('periodDomain', () => {
  it('fills missing years and school years so spacing follows time', () => {
    expect(periodDomain(['2023', '2021', '2026'])).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    expect(periodDomain(['2019/20', '2017/18'])).toEqual(['2017/18', '2018/19', '2019/20']);
    expect(periodDomain(['2099/00', '2098/99'])).toEqual(['2098/99', '2099/00']);
    expect(periodDomain(['voorjaar', 'najaar'])).toEqual(['najaar', 'voorjaar']);
  });
});

describe('timeseries', () => {
  const figure = buildTimeseries(inputs.timeseries, meta('vsv'));

  it('draws the line, a point per period, the first and last value, and the goal', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'line')).toBe(1);
    expect(countMarks(svg, 'symbol')).toBe(3 + 1); // periods + goal marker
    expect(countMarks(svg, 'rule')).toBe(1);
    expect(texts(svg)).toEqual(expect.arrayContaining(['20.900', '23.900', 'Doel 2026: minder dan 18.000', '2024', '2025']));
    expect(texts(svg)).not.toContain('24.500'); // middle values are not labelled
  });

  it('describes start, end, extremes and goal', () => {
    expect(figure.alt).toContain('van 2021 tot 2023');
    expect(figure.alt).toContain('van 20.900 in 2021 naar 23.900 in 2023');
    expect(figure.alt).toContain('het hoogste niveau was 24.500 (2022)');
    expect(figure.alt).toMatch(/Doel 2026: minder dan 18\.000\.$/);
  });

  it('builds a wide table with unique column keys', () => {
    const f = buildTimeseries(
      { unit: 'procent', series: [{ label: 'Niveau 2', points: [{ period: '2024', value: 30 }] }, { label: 'niveau-2', points: [{ period: '2024', value: 31 }] }] },
      meta('x'),
    );
    expect(f.columns.map((c) => c.key)).toEqual(['periode', 'niveau_2', 'niveau_2_2']);
    expect(f.data).toEqual([{ periode: '2024', niveau_2: 30, niveau_2_2: 31 }]);
  });
});

describe('timeseries with gaps', () => {
  const figure = buildTimeseries(
    { unit: 'procent', series: [{ label: 'Aandeel', points: [{ period: '2016/17', value: 49 }, { period: '2023/24', value: 54 }] }] },
    meta('uitstroom'),
  );
  const layers = (figure.spec as unknown as { layer: { mark: { type: string; strokeDash?: number[] }; encoding?: { y?: { scale?: { domain: number[] } } } }[] }).layer;

  it('draws the line between two distant measurements dashed, and says why', () => {
    expect(layers[0]!.mark).toMatchObject({ type: 'line', strokeDash: [4, 3] });
    expect(figure.notes).toContain('Niet voor elke periode is een waarde bekend; de stippellijn verbindt alleen de bekende waarden.');
  });

  it('starts the value axis at zero, so a change of 5 points does not fill the chart', () => {
    expect(layers[0]!.encoding!.y!.scale!.domain).toEqual([0, 54]);
  });
});
