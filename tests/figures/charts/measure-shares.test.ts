import { describe, expect, it } from 'vitest';
import { buildMeasureShares } from '../../../scripts/figures/charts/measure-shares.ts';
import { SEMANTIC } from '../../../scripts/figures/theme.ts';
import { inputs, meta } from '../fixtures.ts';
import { countMarks, renderChecked, texts } from '../helpers.ts';

describe('measure-shares', () => {
  const figure = buildMeasureShares(inputs['measure-shares'], meta('maatregelen'));

  it('prints count and share beside each bar and marks the mandatory measure', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'rect')).toBe(3);
    expect(texts(svg)).toEqual(expect.arrayContaining(['47 (94%)', '46 (92%)', '12 (24%)', 'Investeren in LOB *']));
    expect(svg).toContain(`fill="${SEMANTIC.mandatory}"`);
    expect(figure.notes).toEqual(['* Verplichte maatregel.']);
  });

  it('names the most and least carried out measure and the mandatory one', () => {
    expect(figure.alt).toContain('Het vaakst uitgevoerd: Investeren in LOB (47 van 50, 94%)');
    expect(figure.alt).toContain('het minst vaak: Andere activiteit(en) (12 van 50, 24%)');
    expect(figure.alt).toContain('Verplicht: Investeren in LOB (94%).');
    expect(figure.data[0]).toEqual({ maatregel: 'Investeren in LOB', verplicht: 'ja', aantal: 47, totaal: 50, aandeel: 94 });
  });
});
