import { describe, expect, it } from 'vitest';
import { buildInstitutionPosition, relativePosition } from '../../../scripts/figures/charts/institution-position.ts';
import { inputs, meta } from '../fixtures.ts';
import { countMarks, renderChecked, texts } from '../helpers.ts';

describe('relativePosition', () => {
  it('maps P5..P95 to 0..1, flips “lower is better” and clamps outliers to the edge', () => {
    const row = { p5: 30, p95: 50, direction: 'hoger_beter' as const };
    expect(relativePosition(40, row)).toBeCloseTo(0.5);
    expect(relativePosition(35, row)).toBeCloseTo(0.25);
    expect(relativePosition(35, { ...row, direction: 'lager_beter' })).toBeCloseTo(0.75);
    expect(relativePosition(90, row)).toBeCloseTo(1.06);
    expect(relativePosition(40, { ...row, p95: 30 })).toBe(0.5);
  });
});

describe('institution-position', () => {
  const figure = buildInstitutionPosition(inputs['institution-position'], meta('positie'));

  it('draws a band and a quartile band per indicator and every known value', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'rect')).toBe(6);
    expect(countMarks(svg, 'symbol')).toBe(3 + 2 + 3);
    expect(texts(svg)).toEqual(expect.arrayContaining(['88% naar 90% · 89%', '52% naar 44%', '6,8 naar 7,2 · 7,0', 'P5', 'P95']));
  });

  it('counts the start values in the favourable and unfavourable quarter', () => {
    // Veiligheid 88 ≥ Q3 85 (favourable); werkdruk 52 ≥ Q3 47 with lower better (unfavourable); 6,8 in between.
    expect(figure.alt).toContain('Bij 1 indicator ligt de startwaarde in het gunstigste kwart, bij 1 indicator in het minst gunstige kwart.');
    expect(figure.alt).toContain('waar ROC Test staat');
  });
});
