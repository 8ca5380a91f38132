// One formatter per unit (scripts/lib/units.ts): a statistic at the unit's precision, a measured value as given,
// differences and changes with their unit word, the same in text, figures and tables.
import { describe, expect, it } from 'vitest';
import { formatChange, formatChangeShort, formatDifference, formatLevel, formatMeasured, formatMeasuredDifference } from '../../scripts/lib/units.ts';

describe('statistics: the unit’s precision, whatever the value', () => {
  it('writes percentages with one decimal, also a whole one (42 reads 42,0% in text and figure alike)', () => {
    expect(formatLevel(42, 'procent')).toBe('42,0%');
    expect(formatLevel(41.25, 'procent')).toBe('41,3%');
    expect(formatLevel(6.84, 'cijfer')).toBe('6,8');
  });

  it('writes counts whole from 100 or when whole, small averages with a decimal', () => {
    expect(formatLevel(19300, 'aantal')).toBe('19.300');
    expect(formatLevel(1234.5, 'aantal')).toBe('1.235');
    expect(formatLevel(12, 'aantal')).toBe('12');
    expect(formatLevel(2.4, 'aantal')).toBe('2,4');
    expect(formatLevel(1_200_000, 'euro')).toBe('€ 1,2 miljoen');
  });

  it('writes differences without sign and changes with it, the unit word after', () => {
    expect(formatDifference(-3.44, 'procent')).toBe('3,4 procentpunt');
    expect(formatDifference(0.3, 'cijfer')).toBe('0,3 punt');
    expect(formatDifference(-1250, 'aantal')).toBe('1.250');
    expect(formatChange(2.6, 'procent')).toBe('+2,6 procentpunt');
    expect(formatChange(-0.3, 'cijfer')).toBe('\u22120,3 punt');
    expect(formatChange(0.04, 'procent')).toBe('0,0 procentpunt');
    expect(formatChangeShort(1200, 'aantal')).toBe('+1.200');
    expect(formatChangeShort(-1_200_000, 'euro')).toBe('\u2212€ 1,2 miljoen');
    expect(formatChangeShort(0, 'euro')).toBe('€ 0');
  });
});

describe('measured values: as they were given', () => {
  it('shows decimals only where the value has them', () => {
    expect(formatMeasured(42, 'procent')).toBe('42%');
    expect(formatMeasured(41.3, 'procent')).toBe('41,3%');
    expect(formatMeasured(208310, 'aantal')).toBe('208.310');
    expect(formatMeasured(850000, 'euro')).toBe('€ 850.000');
    expect(formatMeasured(704_000_000, 'euro')).toBe('€ 704,0 miljoen');
    expect(formatMeasuredDifference(-1, 'procent')).toBe('1 procentpunt');
    expect(formatMeasuredDifference(2310, 'aantal')).toBe('2.310');
  });
});
