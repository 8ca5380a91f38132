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

describe('timeseries with only two distant values (issue 16)', () => {
  const figure = buildTimeseries(
    { unit: 'procent', series: [{ label: 'Aandeel', points: [{ period: '2016/17', value: 49 }, { period: '2023/24', value: 54 }] }] },
    meta('uitstroom'),
  );
  const layers = (figure.spec as unknown as { layer: { mark: { type: string; strokeDash?: number[] }; encoding?: { y?: { scale?: { domain: number[] } } } }[] }).layer;

  it('draws two marked values without a line between them, and says why', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'line')).toBe(0);
    expect(countMarks(svg, 'symbol')).toBe(2);
    expect(figure.notes).toContain(
      'Er zijn alleen de waarden in 2016/17 en 2023/24 gepubliceerd; de jaren daartussen zijn niet bekend, daarom verbindt geen lijn de punten.',
    );
  });

  it('starts the value axis at zero, so a change of 5 points does not fill the chart', () => {
    expect(layers[0]!.encoding!.y!.scale!.domain).toEqual([0, 60]);
  });
});

describe('timeseries with gaps between several values', () => {
  const figure = buildTimeseries(
    { unit: 'procent', series: [{ label: 'Bbl', points: ['2020', '2022', '2024', '2025'].map((period, i) => ({ period, value: i === 3 ? 28 : 22 })) }] },
    meta('moeite'),
  );

  it('connects the measurements with a dashed line and says so', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'line')).toBe(1);
    expect((figure.spec as unknown as { layer: { mark: object }[] }).layer[0]!.mark).toMatchObject({ type: 'line', strokeDash: [4, 3] });
    expect(figure.notes).toContain('Niet voor elke periode is een waarde bekend; de stippellijn verbindt alleen de bekende waarden.');
  });
});

describe('timeseries of counts and several lines (issue 16)', () => {
  const counts = buildTimeseries({ unit: 'aantal', series: [{ label: 'Meldingen', points: [{ period: '2023', value: 98 }, { period: '2024', value: 109 }] }] }, meta('meldingen'));
  const lines = buildTimeseries(
    {
      unit: 'procent',
      series: ['Entree', 'Niveau 2', 'Niveau 3'].map((label, i) => ({ label, points: [{ period: '2023', value: 40 + i * 0.5 }, { period: '2024', value: 42 + i * 0.5 }] })),
    },
    meta('niveaus'),
  );

  it('starts a count axis at zero and ends it on a tick', async () => {
    const domain = (counts.spec as unknown as { layer: { encoding: { y: { scale: { domain: number[] } } } }[] }).layer[0]!.encoding.y.scale.domain;
    expect(domain[0]).toBe(0);
    const { svg } = await renderChecked(counts);
    expect(texts(svg)).toContain('120');
  });

  it('names each line at its end, the names at least a line apart', async () => {
    const { svg } = await renderChecked(lines);
    const labels = [...svg.matchAll(/<text[^>]*transform="translate\(([\d.]+),([\d.]+)\)"[^>]*>(Entree|Niveau 2|Niveau 3)<\/text>/g)];
    expect(labels.map((m) => m[3]).sort()).toEqual(['Entree', 'Niveau 2', 'Niveau 3']);
    const ys = labels.map((m) => Number(m[2])).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13);
  });
});
