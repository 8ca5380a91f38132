// The template filters: pure and safe on missing or odd input.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without type declarations (Eleventy loads it as is)
import { ariaCurrent, head, modifier } from '../../templates/_config/filters.js';

describe('template filters', () => {
  it('head takes the first (or last) n items and tolerates non-lists', () => {
    expect(head([1, 2, 3], 2)).toEqual([1, 2]);
    expect(head([1, 2, 3], -1)).toEqual([3]);
    expect(head(undefined, 2)).toEqual([]);
    expect(head('abc', 2)).toEqual([]);
  });

  it('ariaCurrent passes only the two values the navigation uses', () => {
    expect([ariaCurrent('page'), ariaCurrent('true'), ariaCurrent(null), ariaCurrent('"><script>')]).toEqual(['page', 'true', '', '']);
  });

  it('modifier builds a class only from a safe slug', () => {
    expect(modifier('goal', 'layout')).toBe('layout--goal');
    expect(modifier('Goal Page', 'layout')).toBe('');
    expect(modifier(undefined, 'layout')).toBe('');
  });
});
