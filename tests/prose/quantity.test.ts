// The Dutch quantity-word table (issue 14): a word only where it is true of the number.
import { describe, expect, it } from 'vitest';
import { quantityRange, quantityWord } from '../../scripts/prose/quantity.ts';

describe('quantity words', () => {
  it('never says "ruim een kwart" for 31% or "bijna een kwart" for 20% (the cases named in issue 14)', () => {
    expect(quantityWord(31)).not.toBe('ruim een kwart');
    expect(quantityWord(20)).not.toBe('bijna een kwart');
    expect(quantityWord(27)).toBe('ruim een kwart');
    expect(quantityWord(29)).toBe('ruim een kwart');
    expect(quantityWord(23)).toBe('bijna een kwart');
    expect(quantityWord(22)).toBe('ruim een vijfde'); // nearer to a fifth than to a quarter
  });

  it('gives every word only for shares inside its own range, over the whole scale', () => {
    for (let tenths = 0; tenths <= 1000; tenths++) {
      const share = tenths / 10;
      const word = quantityWord(share);
      if (word === null) continue;
      const range = quantityRange(word);
      if (range === null) continue; // majority words have no exact range
      expect(share, `${share}% → ${word}`).toBeGreaterThanOrEqual(range[0] - 1e-9);
      expect(share, `${share}% → ${word}`).toBeLessThanOrEqual(range[1] + 1e-9);
    }
  });

  it('falls back to the plain number between the bands', () => {
    expect(quantityWord(42)).toBeNull();
    expect(quantityWord(38)).toBeNull();
    expect(quantityWord(null)).toBeNull();
    expect(quantityWord(Number.NaN)).toBeNull();
  });

  it('reads the ends of the scale', () => {
    expect(quantityWord(0)).toBe('geen');
    expect(quantityWord(100)).toBe('alle');
    expect(quantityWord(97)).toBe('vrijwel alle');
    expect(quantityWord(3)).toBe('vrijwel geen');
    expect(quantityWord(10)).toBe('een tiende');
  });
});
