import { describe, expect, it } from 'vitest';
import { buildConvergence, describeRelation, spreadNote } from '../../../scripts/figures/charts/convergence.ts';
import { inputs, meta } from '../fixtures.ts';
import { countMarks, renderChecked } from '../helpers.ts';

describe('convergence', () => {
  const figure = buildConvergence(inputs.convergence, meta('convergentie'));

  it('draws one point per institution, a zero line and one regression line', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'symbol')).toBe(5);
    expect(countMarks(svg, 'line')).toBe(1);
    expect(countMarks(svg, 'rule')).toBe(1);
  });

  it('puts r, p and n with the subtitle in Dutch notation', () => {
    expect(figure.subtitle).toContain('(Pearson-correlatie: r = \u22120,45; p = 0,002; n = 5)');
    // r is only described: significance and catch-up are decided on the spread test.
    expect(figure.alt).toContain('De samenhang is negatief (r = \u22120,45; p = 0,002; n = 5)');
  });

  it('describes r without calling it significant', () => {
    expect(describeRelation(0.3, 0.07, 40)).toMatch(/^Er is een zwakke positieve samenhang \(r = 0,30; p = 0,070; n = 40\)/);
    expect(describeRelation(-0.1, 0.5, 40)).toMatch(/^Er is geen duidelijke samenhang/);
    expect(describeRelation(-0.6, 0.0001, 40)).not.toContain('significant');
    expect(describeRelation(-0.6, 0.0001, 40)).toContain('p < 0,001');
    expect(describeRelation(null, null, 2)).toContain('te weinig spreiding');
  });

  it('says inhaalslag only from the spread test', () => {
    expect(spreadNote({ sdStart: 6.11, sdTarget: 4.24, q: 0.0013, conclusion: 'inhaalslag' }, 'procent')).toBe(
      'Inhaalslag: de spreiding (standaardafwijking) is 6,1 bij de startwaarden en 4,2 bij de streefwaarden (toets van Pitman en Morgan, q = 0,001); als de plannen worden gerealiseerd, worden de verschillen tussen instellingen kleiner.',
    );
    expect(spreadNote({ sdStart: 7.84, sdTarget: 14.31, q: 0.00001, conclusion: 'uiteenlopen' }, 'procent')).toMatch(/^Geen inhaalslag: .*q < 0,001.*groter\.$/);
    expect(spreadNote({ sdStart: 7.2, sdTarget: 6.1, q: 0.29, conclusion: 'geen' }, 'procent')).toMatch(/^Geen conclusie over een inhaalslag/);
  });
});
