// The importance score that ranks findings (home page, the two lists per goal). Documented in the method chapter
// (scripts/prose/paragraphs/findings-method.ts) and in README.md:
//
//   importance = polarity weight × size × reach
//
// - polarity weight: 1,2 for an attention point (a reader must act on it), 1,0 for a positive development,
//   0,8 for a mixed picture;
// - size: how clearly the data show the effect, capped at 3: the estimate divided by the half-width of its 95%
//   interval (so an effect twice its margin scores 2); for findings without an interval the rule of that kind
//   gives a documented size (see each rule);
// - reach: the share of institutions the finding is about (0..1); 1 for national series and whole goals.
import type { Polarity } from './types.ts';

export const POLARITY_WEIGHT: Readonly<Record<Polarity, number>> = { aandacht: 1.2, positief: 1, wisselend: 0.8 };
export const MAX_SIZE = 3;

export function importance(polarity: Polarity, size: number, reach: number): number {
  const s = Number.isFinite(size) ? Math.min(MAX_SIZE, Math.max(0, size)) : 0;
  const r = Number.isFinite(reach) ? Math.min(1, Math.max(0, reach)) : 0;
  // Rounded so that the order does not hang on the last bits of a float (byte-identical output).
  return Math.round(POLARITY_WEIGHT[polarity] * s * r * 1e6) / 1e6;
}

/** |estimate| / half-width of its interval; 0 without an interval or for a zero-width one. */
export function sizeAgainstInterval(estimate: number, interval: { low: number; high: number } | null): number {
  if (!interval) return 0;
  const half = (interval.high - interval.low) / 2;
  return half > 0 ? Math.abs(estimate) / half : MAX_SIZE;
}
