// Issue 16: category labels cut to the label column stay unique (two long names that share their first 40
// characters printed identically), and the full name stays in the tooltip and the table.
import { describe, expect, it } from 'vitest';
import { buildStartTarget } from '../../scripts/figures/charts/start-target.ts';
import { middleEllipsis, shortLabels } from '../../scripts/figures/labels.ts';
import { measureText } from '../../scripts/figures/measure.ts';
import { meta } from './fixtures.ts';
import { renderChecked } from './helpers.ts';

const LONG = [
  'Regionaal Opleidingencentrum voor Techniek en Zorg Noord-Holland Noord',
  'Regionaal Opleidingencentrum voor Techniek en Zorg Noord-Holland Zuid',
  'Regionaal Opleidingencentrum voor Techniek en Zorg Noord-Brabant Oost',
];

describe('shortLabels', () => {
  it('keeps labels that fit and cuts the others in the middle, within the width', () => {
    const short = shortLabels(['Instelling 01', ...LONG], 160, 12);
    expect(short.get('Instelling 01')).toBe('Instelling 01');
    for (const name of LONG) {
      expect(short.get(name)).toContain('…');
      expect(measureText(short.get(name)!, { fontSize: 12 })).toBeLessThanOrEqual(160);
    }
    expect(short.get(LONG[0]!)).toMatch(/^Regionaal .*Noord$/);
  });

  it('gives names that share a long beginning and ending different labels', () => {
    const names = ['Stichting voor beroepsonderwijs in de regio A Noord', 'Stichting voor beroepsonderwijs in de regio B Noord', ...LONG];
    for (const width of [60, 100, 160]) {
      const short = shortLabels(names, width, 12);
      expect(new Set(short.values()).size, `width ${width}`).toBe(names.length);
    }
  });

  it('cuts in the middle, not at the end', () => {
    expect(middleEllipsis('abcdefghijklmnopqrstuvwxyz', measureText('abcdef…uvwxyz', { fontSize: 12 }), 12)).toBe('abcdef…uvwxyz');
  });
});

describe('a chart with long institution names', () => {
  const figure = buildStartTarget(
    { unit: 'procent', direction: 'hoger_beter', meanStart: 50, meanTarget: 55, rows: LONG.map((label, i) => ({ label, start: 40 + i, target: 50 + i })) },
    meta('lang'),
  );

  it('prints a unique label per institution, wide and narrow, and keeps the full name in tooltip and table', async () => {
    for (const spec of [figure.spec!, figure.narrowSpec!]) {
      const { svg } = await renderChecked({ ...figure, spec });
      const labels = [...svg.matchAll(/<text[^>]*>(Regionaa[^<]*)<\/text>/g)].map((m) => m[1]);
      expect(labels).toHaveLength(3);
      expect(new Set(labels).size).toBe(3);
      expect(labels.every((l) => l!.includes('…'))).toBe(true);
    }
    expect(JSON.stringify(figure.spec)).toContain(`"instelling":"${LONG[0]}"`);
    expect(figure.data.map((r) => r['instelling'])).toEqual(expect.arrayContaining(LONG));
  });
});
