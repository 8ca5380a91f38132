import { describe, expect, it } from 'vitest';
import { buildTypologyCounts, buildTypologyScatter } from '../../../scripts/figures/charts/typology.ts';
import { NEUTRAL } from '../../../scripts/figures/theme.ts';
import { inputs, meta } from '../fixtures.ts';
import { countMarks, renderChecked, texts } from '../helpers.ts';

describe('typology counts', () => {
  const figure = buildTypologyCounts(inputs.typology, meta('typen'));

  it('draws one bar and one count per type, the neutral type in grey', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'rect')).toBe(3);
    expect(texts(svg)).toEqual(expect.arrayContaining(['8', '9', '20']));
    expect(svg).toContain(`fill="${NEUTRAL}"`);
  });

  it('lists every type with its count', () => {
    expect(figure.alt).toContain('van de 37 instellingen');
    expect(figure.alt).toContain('Type 2: lage start, grote ambitie: 9');
    expect(figure.alt).toContain('Het grootste type is Geen uitgesproken profiel met 20 instellingen.');
  });
});

describe('typology scatter', () => {
  const figure = buildTypologyScatter(inputs['typology-scatter'], meta('typen-spreiding'));

  it('draws one point per institution and the two start cuts', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'symbol')).toBe(4);
    expect(countMarks(svg, 'rule')).toBe(2);
  });

  it('counts institutions per type in the alt text and keeps scores in the table', () => {
    expect(figure.alt).toContain('Type 1 (2); Type 2 (1); Geen uitgesproken profiel (1)');
    expect(figure.data[0]).toEqual({ instelling: 'A', startscore: 0.5, ambitiescore: -0.2, type: 'Type 1' });
  });
});
