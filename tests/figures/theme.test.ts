// The theme's promises, checked numerically: WCAG contrast of every colour, colour-blind separation of the
// palettes (simulated protanopia, deuteranopia, tritanopia), and the nl-NL number locale.
import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { DEFICIENCIES, contrastRatio, deltaE, minDistance, readableOn, simulate } from '../../scripts/figures/colour.ts';
import {
  BAND,
  CATEGORICAL,
  EFFECTIVENESS_COLOURS,
  FONT_STACK,
  GOAL_FAMILIES,
  INK,
  MUTED,
  NEUTRAL,
  NUMBER_LOCALE,
  PROGRESS_COLOURS,
  SEMANTIC,
  VEGA_LITE_CONFIG,
  WHITE,
  goalColours,
} from '../../scripts/figures/theme.ts';

describe('colour arithmetic', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 5);
    // #767676 is the well-known lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777')).toBeLessThan(4.5);
  });

  it('leaves greys unchanged under colour-blindness simulation', () => {
    for (const d of DEFICIENCIES) {
      expect(deltaE(simulate('#FFFFFF', d), '#FFFFFF')).toBeLessThan(1);
      expect(deltaE(simulate('#000000', d), '#000000')).toBeLessThan(1);
    }
    // Red and green collapse for a deuteranope: the simulation must show that.
    expect(deltaE(simulate('#D55E00', 'deuteranopia'), simulate('#3A7D00', 'deuteranopia'))).toBeLessThan(deltaE('#D55E00', '#3A7D00') / 2);
  });

  it('picks the readable label colour on a filled mark', () => {
    expect(readableOn('#1B2F6B', INK, WHITE)).toBe(WHITE);
    expect(readableOn(BAND.outer, INK, WHITE)).toBe(INK);
  });
});

describe('theme colours', () => {
  const markColours = [
    ...CATEGORICAL,
    ...Object.entries(SEMANTIC).map(([, c]) => c),
    ...Object.values(GOAL_FAMILIES).flat(),
    ...Object.values(PROGRESS_COLOURS),
    ...Object.values(EFFECTIVENESS_COLOURS),
    NEUTRAL,
  ];

  it.each(markColours)('graphical colour %s has at least 3:1 contrast against white', (colour) => {
    expect(contrastRatio(colour)).toBeGreaterThanOrEqual(3);
  });

  it.each([INK, MUTED])('text colour %s has at least 4.5:1 contrast against white', (colour) => {
    expect(contrastRatio(colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the band tints light enough for dark text on top', () => {
    for (const tint of Object.values(BAND)) expect(contrastRatio(INK, tint)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the categorical palette apart for normal and colour-blind vision', () => {
    expect(minDistance(CATEGORICAL)).toBeGreaterThanOrEqual(15);
    for (const d of DEFICIENCIES) expect(minDistance(CATEGORICAL, d), d).toBeGreaterThanOrEqual(15);
  });

  it('keeps neighbouring segments of stacked bars apart for colour-blind vision', () => {
    const stacks = [
      Object.values(GOAL_FAMILIES).flat(),
      Object.values(PROGRESS_COLOURS),
      Object.values(EFFECTIVENESS_COLOURS),
    ];
    for (const stack of stacks) {
      for (let i = 1; i < stack.length; i++) {
        for (const d of [undefined, ...DEFICIENCIES]) {
          const [a, b] = d ? [simulate(stack[i - 1]!, d), simulate(stack[i]!, d)] : [stack[i - 1]!, stack[i]!];
          expect(deltaE(a, b), `${stack[i - 1]} / ${stack[i]} ${d ?? 'normaal'}`).toBeGreaterThanOrEqual(10);
        }
      }
    }
  });

  it('gives goals their priority family in order', () => {
    const colours = goalColours([{ priority: 1 }, { priority: 1 }, { priority: 2 }, { priority: 3 }, { priority: 1 }]);
    expect(colours).toEqual([GOAL_FAMILIES[1]![0], GOAL_FAMILIES[1]![1], GOAL_FAMILIES[2]![0], GOAL_FAMILIES[3]![0], GOAL_FAMILIES[1]![2]]);
  });
});

describe('Vega-Lite config and locale', () => {
  it('formats numbers the Dutch way through vega', () => {
    const nl = (vega as unknown as { locale: (n: object) => { format: (s: string) => (v: number) => string } }).locale(NUMBER_LOCALE);
    expect(nl.format(',.1f')(1234.5)).toBe('1.234,5');
    expect(nl.format(',~f')(18000)).toBe('18.000');
    expect(nl.format('$,.0f')(1500)).toBe('€ 1.500');
    expect(nl.format(',.1f')(-2.5)).toBe('\u22122,5');
  });

  it('uses the report font everywhere and keeps titles out of the chart', () => {
    expect(VEGA_LITE_CONFIG.font).toBe(FONT_STACK);
    expect(FONT_STACK.startsWith('"Source Sans 3"')).toBe(true);
    expect(VEGA_LITE_CONFIG.axis?.labelFont).toBe(FONT_STACK);
    expect(VEGA_LITE_CONFIG.legend?.labelFont).toBe(FONT_STACK);
    expect(VEGA_LITE_CONFIG.title?.anchor).toBe('start');
  });
});
