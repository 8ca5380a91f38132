// The judging rules every stage above compute shares: when a difference is a rise, a fall or "vrijwel gelijk", and
// whether it is better or worse. Pure functions of numbers; the words for them live in scripts/prose/wording.ts
// (and the method chapter states the tolerance, `TOLERANCE_TEXT`).
import { directionSign } from '../compute/direction.ts';
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
