// A small trend line's geometry, shared by the site (SVG in a table cell) and the PDF (Typst curve): the points
// scaled into a unit box. Only the shape: the numbers themselves are shown in words beside the line.

/**
 * `points` (x: year, in drawing order) → `[x, y]` in 0..1 with y upwards; a single year or a flat line sits in the
 * middle. Rounded to three decimals, so the output is the same bytes on every machine.
 */
export function unitPoints(points: readonly { readonly year: number; readonly value: number }[]): [number, number][] {
  const span = (vs: number[]) => [Math.min(...vs), Math.max(...vs)] as const;
  const [x0, x1] = span(points.map((p) => p.year));
  const [y0, y1] = span(points.map((p) => p.value));
  const at = (v: number, lo: number, hi: number) => Math.round((hi === lo ? 0.5 : (v - lo) / (hi - lo)) * 1000) / 1000;
  return points.map((p) => [at(p.year, x0, x1), at(p.value, y0, y1)]);
}
