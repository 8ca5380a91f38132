// The judging rules every stage above compute shares: when a difference is a rise, a fall or "vrijwel gelijk", and
// whether it is better or worse. Pure functions of numbers; the words for them live in scripts/prose/wording.ts
// (and the method chapter states the tolerance, `TOLERANCE_TEXT`).
import { directionSign } from '../compute/direction.ts';
import { decimalsOf } from '../compute/typology.ts';
import type { Direction, Unit } from '../compute/types.ts';

/**
 * A difference smaller than this is described as "vrijwel gelijk" (and its size is not stressed):
 * half a percentage point for `procent`, five hundredths of a grade for `cijfer` (it shows as 0,0),
 * and for `aantal` and `euro` one percent of the starting level (at least half a unit).
 */
export function tolerance(unit: Unit, base = 0): number {
  switch (unit) {
    case 'procent':
      return 0.5;
    case 'cijfer':
      return 0.05;
    case 'aantal':
    case 'euro':
      return Math.max(0.5, Math.abs(base) / 100);
  }
}

export type Movement = 'stijging' | 'daling' | 'gelijk';

/** Whether `delta` (later minus earlier) is a rise, a fall or within the tolerance. */
export function movement(delta: number, unit: Unit, base = 0): Movement {
  if (Math.abs(delta) < tolerance(unit, base)) return 'gelijk';
  return delta > 0 ? 'stijging' : 'daling';
}

/** `verbetering`, `verslechtering` or null (neutraal, or within tolerance) for a raw difference. */
export function evaluation(delta: number, direction: Direction, unit: Unit, base = 0): 'verbetering' | 'verslechtering' | null {
  const sign = directionSign(direction);
  if (sign === 0 || movement(delta, unit, base) === 'gelijk') return null;
  return delta * sign > 0 ? 'verbetering' : 'verslechtering';
}

/**
 * A statement about the sector (a mean, a share, a verdict, a majority) needs at least this many institutions;
 * below it the text says there are too few to describe the sector (issue 23).
 */
export const MIN_INSTITUTIONS = 5;

/** One unit in the last decimal a value is published with: 1 for `22`, 0,1 for `6,8`. */
function publishedStep(values: readonly number[]): number {
  const decimals = Math.max(0, ...values.map(decimalsOf));
  return 10 ** -decimals;
}

/**
 * `movement` for a change between two published (rounded) values: within one unit of their last decimal the
 * difference may be rounding alone (41% and 42% can be 41,4% and 41,6%), so it is "vrijwel gelijk" too.
 */
export function publishedMovement(before: number, after: number, unit: Unit): Movement {
  const delta = after - before;
  if (Math.abs(delta) <= publishedStep([before, after]) + 1e-9) return 'gelijk';
  return movement(delta, unit, before);
}
