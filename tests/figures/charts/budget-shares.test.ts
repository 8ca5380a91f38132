import { describe, expect, it } from 'vitest';
import { buildBudgetByInstitution, buildBudgetShares } from '../../../scripts/figures/charts/budget-shares.ts';
import { GOAL_FAMILIES } from '../../../scripts/figures/theme.ts';
import { inputs, meta } from '../fixtures.ts';
import { countMarks, renderChecked, texts } from '../helpers.ts';

describe('budget-shares', () => {
  const figure = buildBudgetShares(inputs['budget-shares'], meta('budget'));

  it('sorts goals by share, largest first, with a % label per bar', async () => {
    expect(figure.data.map((r) => r.doelstelling)).toEqual(['3.3', '1.3', '2.2']);
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'rect')).toBe(3);
    expect(texts(svg)).toEqual(expect.arrayContaining(['21%', '18%', '9%', '3.3 Werken in mbo']));
  });

  it('describes the largest and smallest share', () => {
    expect(figure.alt).toContain('naar elk van 3 doelstellingen');
    expect(figure.alt).toContain('3.3 Werken in mbo (21%)');
    expect(figure.alt).toContain('2.2 Stage/bpv (9%)');
  });
});

describe('budget-by-institution', () => {
  const figure = buildBudgetByInstitution(inputs['budget-by-institution'], meta('budget-instelling'));

  it('stacks one segment per non-zero share and labels the wide ones with the goal code', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'rect')).toBe(8); // 3 + 3 + 2
    // Instelling B's 5% for 1.3 is below the 8% label threshold.
    expect(countMarks(svg, 'text')).toBe(7);
    expect(svg).toContain(`fill="${GOAL_FAMILIES[3]![0]}"`);
  });

  it('notes incomplete budgets and names the largest single share', () => {
    expect(figure.notes.some((n) => n.startsWith('Bij 1 instelling is een deel van de balk leeg'))).toBe(true);
    expect(figure.alt).toContain('voor 3 instellingen');
    expect(figure.alt).toContain('50% (1.3 Begeleiding bij Instelling A)');
  });

  it('has one table row per institution with a column per goal', () => {
    expect(figure.columns.map((c) => c.key)).toEqual(['instelling', '1.3', '2.2', '3.3']);
    expect(figure.data[2]).toEqual({ instelling: 'Instelling C', '1.3': 40, '2.2': 40, '3.3': null });
  });
});
