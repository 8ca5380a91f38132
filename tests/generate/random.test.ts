// The seeded PRNG: reproducible, independent streams per label, and the distributions it promises.
import { describe, expect, it } from 'vitest';
import { Random } from '../../scripts/generate/random.ts';

const draws = (r: Random, n: number, f: (r: Random) => number) => Array.from({ length: n }, () => f(r));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

describe('Random', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = draws(Random.seeded(7), 5, (r) => r.next());
    expect(draws(Random.seeded(7), 5, (r) => r.next())).toEqual(a);
    expect(draws(Random.seeded(8), 5, (r) => r.next())).not.toEqual(a);
    for (const x of a) expect(x >= 0 && x < 1).toBe(true);
  });

  it('forks streams by label that do not depend on how much the parent drew', () => {
    const parent = Random.seeded(1);
    const before = draws(parent.fork('budget'), 3, (r) => r.next());
    draws(parent, 100, (r) => r.next());
    expect(draws(parent.fork('budget'), 3, (r) => r.next())).toEqual(before);
    expect(draws(parent.fork('values'), 3, (r) => r.next())).not.toEqual(before);
    expect(draws(parent.fork('a').fork('b'), 3, (r) => r.next())).not.toEqual(draws(parent.fork('ab'), 3, (r) => r.next()));
  });

  it('draws uniform, normal and log-normal values with the requested centre and spread', () => {
    const r = Random.seeded(42);
    const u = draws(r, 20000, (x) => x.next());
    expect(mean(u)).toBeCloseTo(0.5, 1);
    const z = draws(r, 20000, (x) => x.normal(10, 2));
    expect(mean(z)).toBeCloseTo(10, 1);
    expect(sd(z)).toBeCloseTo(2, 1);
    const l = draws(r, 20001, (x) => x.lognormal(100, 0.5)).sort((a, b) => a - b);
    expect(l[10000]! / 100).toBeCloseTo(1, 1); // the median
    const ints = draws(r, 5000, (x) => x.int(1, 3));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3]));
  });

  it('picks by weight, shuffles without losing items and never changes its input', () => {
    const r = Random.seeded(3);
    const picked = draws(r, 10000, (x) => x.weighted([0, 1], [1, 3]));
    expect(mean(picked)).toBeCloseTo(0.75, 1);
    const items = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const shuffled = r.shuffle(items);
    expect([...shuffled].sort()).toEqual([...items]);
    expect(shuffled).not.toEqual([...items]);
    expect(() => r.pick([])).toThrow();
  });
});
