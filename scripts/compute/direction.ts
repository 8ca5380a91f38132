// Which way an indicator improves: the one definition for compute, findings, prose and the snapshot generator.
import type { Direction } from '../snapshot/types.ts';

/**
 * +1 when higher is better, −1 when lower is better, 0 for `neutraal`: a neutral indicator has no better side,
 * so nothing may multiply a neutral difference into "better" or "worse".
 */
export function directionSign(direction: Direction): 1 | -1 | 0 {
  return direction === 'hoger_beter' ? 1 : direction === 'lager_beter' ? -1 : 0;
}

/**
 * The factor that puts a difference on the improvement scale (positive = better). A neutral indicator keeps its
 * plain difference (+1), so its ambition and change columns still show how far the values move; every verdict
 * (reached, attainment, course, development, the words better and worse) says nothing for `neutraal`.
 */
export function improvementSign(direction: Direction): 1 | -1 {
  return directionSign(direction) || 1;
}
