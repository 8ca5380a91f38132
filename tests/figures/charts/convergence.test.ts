import { describe, expect, it } from 'vitest';
import { buildConvergence, describeRelation } from '../../../scripts/figures/charts/convergence.ts';
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

  it('puts r, p and n in the notes in Dutch notation', () => {
    expect(figure.notes[0]).toContain('r = \u22120,45; p = 0,002; n = 5');
    expect(figure.alt).toContain('De samenhang is negatief en significant (r = \u22120,45; p = 0,002; n = 5)');
  });

  it('reads p by the methodology rule', () => {
    expect(describeRelation(0.3, 0.07, 40)).toMatch(/^Er is een zwakke positieve samenhang \(r = 0,30; p = 0,070; n = 40\)/);
    expect(describeRelation(-0.1, 0.5, 40)).toMatch(/^Er is geen significante samenhang/);
    expect(describeRelation(-0.6, 0.0001, 40)).toContain('p < 0,001');
    expect(describeRelation(null, null, 2)).toContain('te weinig spreiding');
  });
});
