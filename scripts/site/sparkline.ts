// A small trend line for a table cell: the points in a fixed box, the last one marked. Only the shape: the numbers
// stand in words beside it (report/chapters/state.ts), so the line is hidden from assistive technology.
import { unitPoints } from '../lib/unit-points.ts';
import type { Sparkline } from './types.ts';

export const SPARK_WIDTH = 88;
export const SPARK_HEIGHT = 24;
/** Room for the dot and the stroke at the edges. */
const PAD = 3;

/** `points` in drawing order (x: year); at least two. */
export function sparkline(points: readonly { readonly year: number; readonly value: number }[]): Sparkline {
  const round = (v: number) => Math.round(v * 10) / 10;
  const xy = unitPoints(points).map(([x, y]) => [round(PAD + x * (SPARK_WIDTH - 2 * PAD)), round(PAD + (1 - y) * (SPARK_HEIGHT - 2 * PAD))] as const);
  const path = xy.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
  const [lx, ly] = xy.at(-1)!;
  return { width: SPARK_WIDTH, height: SPARK_HEIGHT, path, last: { x: lx, y: ly } };
}
