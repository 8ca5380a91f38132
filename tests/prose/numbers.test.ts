// Reading numbers back out of Dutch text: tokens, labels and faithful rounding.
import { describe, expect, it } from 'vitest';
import { isLabelNumber, occurrences, scanNumbers, showsValue } from '../../scripts/prose/numbers.ts';

const raws = (text: string) => scanNumbers(text).map((t) => t.raw);

describe('scanNumbers', () => {
  it('reads Dutch numbers with thousands dots, decimal commas and signs', () => {
    expect(raws('Van 1.234,5 naar 41,2% en € 1,2 miljoen; r = −0,74 en +3,4 procentpunt.')).toEqual(['1.234,5', '41,2', '1,2', '−0,74', '+3,4']);
  });

  it('skips identifiers and ordinals glued to letters', () => {
    expect(raws('Q1–Q3, P5 tot P95, SP1, het 25e percentiel, e-file-2025 en I01.')).toEqual([]);
  });

  it('treats a school-year period as one token and a hyphen between numbers as no sign', () => {
    expect(raws('In 2024/25 en 2023-2027 of 2024–2027.')).toEqual(['2024/25', '2023', '2027', '2024', '2027']);
    expect(raws('(−3) en -2')).toEqual(['−3', '-2']);
  });
});

describe('isLabelNumber', () => {
  const goals = new Set(['1.3', '2.1', 'SP1']);
  const labelled = (text: string) => scanNumbers(text).map((t) => isLabelNumber(text, t, goals));

  it('allows years, periods, goal codes and the day of a date', () => {
    expect(labelled('In 2027, 2024/25, doelstelling 1.3 en op 1 november 2025.')).toEqual([true, true, true, true, true]);
  });

  it('allows numbers that name things: prioriteit 2, type 3, niveau 4, Tabel 2.12', () => {
    expect(labelled('Prioriteit 2, type 3, niveau 4 en Tabel 2.12.')).toEqual([true, true, true, true]);
  });

  it('does not allow other numbers', () => {
    expect(labelled('Er zijn 55 instellingen, 1.3 miljoen is geen code hier, en 3000 is geen jaar.')).toEqual([false, true, false]);
    expect(labelled('Op 1.4 staat niets.')).toEqual([false]);
  });
});

describe('occurrences', () => {
  it('finds a shown value only where it is not part of a longer number or word', () => {
    expect(occurrences('12 van 2012 en 12,5 en 12', '12')).toEqual([[0, 2], [23, 25]]);
    expect(occurrences('twee en tweede', 'twee')).toEqual([[0, 4]]);
    expect(occurrences('41,2% en 41,2%', '41,2%', 3)).toEqual([[9, 14]]);
  });
});

describe('showsValue', () => {
  it('accepts a rounding at the decimals shown, also of the absolute value', () => {
    expect(showsValue('41,2%', 41.249)).toBe(true);
    expect(showsValue('41,2%', 41.25)).toBe(true);
    expect(showsValue('41,2%', 41.26)).toBe(false);
    expect(showsValue('6,3 procentpunt', -6.2625)).toBe(true);
    expect(showsValue('−0,74', -0.7409)).toBe(true);
    expect(showsValue('18.000', 18000)).toBe(true);
    expect(showsValue('18.000', 18001)).toBe(false);
  });

  it('scales miljoen and miljard', () => {
    expect(showsValue('€ 1,2 miljoen', 1_230_000)).toBe(true);
    expect(showsValue('€ 1,2 miljoen', 1_260_000)).toBe(false);
    expect(showsValue('€ 2,3 miljard', 2_310_788_000)).toBe(true);
  });

  it('reads number words and bounds', () => {
    expect(showsValue('twee', 2)).toBe(true);
    expect(showsValue('Twaalf', 12)).toBe(true);
    expect(showsValue('drie', 2)).toBe(false);
    expect(showsValue('geen', 0)).toBe(true);
    expect(showsValue('< 0,001', 1.7e-9)).toBe(true);
    expect(showsValue('< 0,001', 0.002)).toBe(false);
  });
});
