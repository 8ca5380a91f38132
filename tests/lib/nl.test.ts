// Dutch formatting: the numbers and words every reader sees.
import { describe, expect, it } from 'vitest';
import {
  capitalize,
  formatDate,
  formatEuro,
  formatNumber,
  formatPercent,
  formatPoints,
  formatSigned,
  goalLabel,
  joinList,
  lowerFirst,
  numberWord,
  ordinal,
  parseNumber,
  parseNumberWord,
  plural,
  round,
} from '../../scripts/lib/nl.ts';

describe('nl formatting', () => {
  it('formats numbers with a decimal comma and thousands dots', () => {
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(18000)).toBe('18.000');
    expect(formatNumber(19300.4)).toBe('19.300');
    expect(formatNumber(0.05, 2)).toBe('0,05');
  });

  it('uses a true minus sign and never shows minus zero', () => {
    expect(formatNumber(-3.25, 1)).toBe('−3,3');
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatSigned(3.44, 1)).toBe('+3,4');
    expect(formatSigned(-2)).toBe('−2');
    expect(formatSigned(0.01)).toBe('0');
  });

  it('rounds half away from zero without binary surprises', () => {
    expect(round(2.675, 2)).toBe(2.68);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(-2.5)).toBe(-3);
    expect(formatNumber(0.5)).toBe('1');
  });

  it('formats percentages, points and money', () => {
    expect(formatPercent(42)).toBe('42%');
    expect(formatPercent(41.25, 1)).toBe('41,3%');
    expect(formatPoints(3.4)).toBe('3,4 procentpunt');
    expect(formatEuro(1_230_000)).toBe('€ 1,2 miljoen');
    expect(formatEuro(2_300_000_000)).toBe('€ 2,3 miljard');
    expect(formatEuro(850_000)).toBe('€ 850.000');
  });

  it('writes dates in Dutch', () => {
    expect(formatDate('2026-11-24')).toBe('24 november 2026');
    expect(formatDate('2025-03-01')).toBe('1 maart 2025');
  });

  it('chooses singular or plural', () => {
    expect(plural(1, 'instelling', 'instellingen')).toBe('1 instelling');
    expect(plural(12, 'instelling', 'instellingen')).toBe('12 instellingen');
    expect(plural(0, 'instelling', 'instellingen')).toBe('0 instellingen');
    expect(plural(1500, 'waarde', 'waarden')).toBe('1.500 waarden');
  });

  it('joins lists and writes ordinals and small numbers as words', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b'])).toBe('a en b');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b en c');
    expect(joinList(['a', 'b'], 'of')).toBe('a of b');
    expect(ordinal(3)).toBe('derde');
    expect(ordinal(14)).toBe('14e');
    expect(numberWord(1)).toBe('één');
    expect(numberWord(12)).toBe('twaalf');
    expect(numberWord(13)).toBe('13');
    expect(capitalize('één instelling')).toBe('Eén instelling'); // Dutch: the accent on the capital goes (Taalunie, 'Eén')
  });

  it('lower-cases a first letter except in abbreviations', () => {
    expect(lowerFirst('Aandeel personeel')).toBe('aandeel personeel');
    expect(lowerFirst('LC/LD-schalen')).toBe('LC/LD-schalen');
    expect(lowerFirst('A')).toBe('a');
    expect(lowerFirst('')).toBe('');
  });

  it('reads Dutch numbers back, and only Dutch numbers', () => {
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('18.000')).toBe(18000);
    expect(parseNumber('−3,4')).toBe(-3.4);
    expect(parseNumber('+2')).toBe(2);
    expect(parseNumber('0,05')).toBe(0.05);
    expect(parseNumber('1.3')).toBeNull();
    expect(parseNumber('12.34')).toBeNull();
    expect(parseNumber('4,5,6')).toBeNull();
    expect(parseNumber('twee')).toBeNull();
    for (const v of [0, 7, 41.2, -6.3, 1234567.8]) expect(parseNumber(formatNumber(v, 1))).toBe(v);
  });

  it('reads number words back', () => {
    expect(parseNumberWord('één')).toBe(1);
    expect(parseNumberWord('Twaalf')).toBe(12);
    expect(parseNumberWord('nul')).toBe(0);
    expect(parseNumberWord('dertien')).toBeNull();
    for (let n = 0; n <= 12; n++) expect(parseNumberWord(numberWord(n))).toBe(n);
  });
});

describe('names', () => {
  it('labels goals as seed 003 does, one label for prose and figures', () => {
    expect(goalLabel({ id: '2.1', shortName: 'Opleidingskeuze', isStagepact: false })).toBe('doelstelling 2.1 Opleidingskeuze');
    expect(goalLabel({ id: 'SP1', shortName: 'Stagebegeleiding', isStagepact: true })).toBe('Stagepact-thema SP1 Stagebegeleiding');
  });
});
