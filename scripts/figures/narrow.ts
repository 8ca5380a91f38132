// The narrow variant of a chart for phones (issue 16): the same Vega-Lite spec redrawn at NARROW_WIDTH px with
// larger text, fewer ticks on horizontal value axes, one-column legends and category labels re-wrapped (or
// uniquely shortened) to the narrower label column. At 320 px the site column is about 280 px wide, so text of
// NARROW_FONT px drawn in a NARROW_WIDTH px chart shows at 13 × 280 / 320 ≈ 11,4 CSS px, and at 360 px at 13.
// A pure function of the wide spec, so every builder gets a narrow variant without a second code path.
import type { TopLevelSpec } from 'vega-lite';
import { shortLabels } from './labels.ts';
import { measureText, wrapText } from './measure.ts';
import { FIGURE_WIDTH, NARROW_FONT, NARROW_LABEL_LIMIT, NARROW_WIDTH, VEGA_LITE_CONFIG } from './theme.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const LINE_HEIGHT = NARROW_FONT + 2;
/** Horizontal value axes at 320 px: about one tick per 70 px of plot. */
const NARROW_TICKS = 4;
/**
 * Legend label width: a legend starts where the plot starts, right of a category axis's labels, so the room it
 * has is about the narrow width minus that label column.
 */
const LEGEND_WIDTH = NARROW_WIDTH - NARROW_LABEL_LIMIT - 40;
const LEGEND_CHANNELS = ['color', 'shape', 'fill', 'stroke'] as const;
/** Category lists up to this long get wrapped labels; longer ones (institutions) a unique short label. */
const WRAP_ROWS = 20;
const WRAP_LINES = 3;
/** Axis titles longer than this are broken into lines (a horizontal axis title spans the plot, not the labels). */
const TITLE_WIDTH = { x: NARROW_WIDTH - NARROW_LABEL_LIMIT - 30, y: 240 } as const;

/** The theme at phone size: every text NARROW_FONT px, shorter label and legend limits. */
export const NARROW_CONFIG = (() => {
  const config = structuredClone(VEGA_LITE_CONFIG) as Json;
  const axis = config['axis'] as Json;
  Object.assign(axis, { labelFontSize: NARROW_FONT, titleFontSize: NARROW_FONT, labelLimit: NARROW_LABEL_LIMIT });
  const legend = config['legend'] as Json;
  // A horizontal legend does not wrap: one entry a line, long names wrapped (below).
  Object.assign(legend, { labelFontSize: NARROW_FONT, titleFontSize: NARROW_FONT, labelLimit: LEGEND_WIDTH + 4, columns: 1 });
  Object.assign(config['title'] as Json, { fontSize: NARROW_FONT });
  Object.assign(config['text'] as Json, { fontSize: NARROW_FONT });
  return config;
})();

/** Multi-line category labels at the narrow line height (the wide version lives in spec.ts). */
const NARROW_MULTILINE: Json = {
  labelExpr: "split(datum.label, '\\n')",
  labelLineHeight: LINE_HEIGHT,
  labelOffset: {
    condition: [
      { test: "length(split(datum.label, '\\n')) == 2", value: -LINE_HEIGHT / 2 },
      { test: "length(split(datum.label, '\\n')) == 3", value: -LINE_HEIGHT },
      { test: "length(split(datum.label, '\\n')) >= 4", value: -1.5 * LINE_HEIGHT },
    ],
    value: 0,
  },
};

const isMultiline = (axis: unknown) => isObject(axis) && typeof axis['labelExpr'] === 'string' && axis['labelExpr'].startsWith('split(datum.label');

/** Every object in the spec, depth first (encodings, layers, marks, legends, axes). */
function* objects(value: unknown): Generator<Json> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (isObject(value)) {
    yield value;
    for (const v of Object.values(value)) yield* objects(v);
  }
}

/** Every inline data row of the spec (top level, layers, concatenated panels). */
function dataRows(spec: Json): Json[] {
  const rows: Json[] = [];
  for (const o of objects(spec)) {
    const data = o['data'];
    if (isObject(data) && Array.isArray(data['values'])) for (const row of data['values']) if (isObject(row)) rows.push(row);
  }
  return rows;
}

/** Replace the values of `field` in data rows and in `sort` arrays of encodings on that field. */
function relabel(spec: Json, field: string, map: ReadonlyMap<string, string>): void {
  for (const row of dataRows(spec)) {
    const v = row[field];
    if (typeof v === 'string' && map.has(v)) row[field] = map.get(v)!;
  }
  for (const o of objects(spec)) {
    if (o['field'] === field && Array.isArray(o['sort'])) o['sort'] = o['sort'].map((v) => (typeof v === 'string' ? (map.get(v) ?? v) : v));
  }
}

/** Category (y) encodings: field name and axis object. */
function bandEncodings(spec: Json): { field: string; axis: Json }[] {
  const found: { field: string; axis: Json }[] = [];
  for (const o of objects(spec)) {
    const y = o['y'];
    if (isObject(y) && (y['type'] === 'nominal' || y['type'] === 'ordinal') && typeof y['field'] === 'string' && isObject(y['axis'])) {
      found.push({ field: y['field'], axis: y['axis'] });
    }
  }
  return found;
}

/** The distinct string values of `field` in the spec's data. */
function categories(spec: Json, field: string): string[] {
  return [...new Set(dataRows(spec).map((r) => r[field]).filter((v): v is string => typeof v === 'string'))];
}

/** Re-wrap pre-wrapped category labels to the narrow column; returns the most lines a label now has. */
function rewrap(spec: Json, field: string): number {
  const values = new Set<string>();
  for (const row of dataRows(spec)) if (typeof row[field] === 'string') values.add(row[field] as string);
  const map = new Map<string, string>();
  let lines = 1;
  for (const v of values) {
    const wrapped = wrapText(v.replace(/\n/g, ' '), NARROW_LABEL_LIMIT, { fontSize: NARROW_FONT });
    lines = Math.max(lines, wrapped.length);
    map.set(v, wrapped.join('\n'));
  }
  relabel(spec, field, map);
  return lines;
}

const SHORT_LABEL_LOOKUP = '[datum.label] || datum.label';

/**
 * Single-line category labels that do not fit the label column: a map label → unique short label in the axis's
 * `labelExpr`, so the data (tooltips, sort order) keep the full name. `context` adds words to a label where the
 * label and they fit the column (an institution's soort and region: `Instelling 14 (ROC, Oost)`); the narrow variant
 * is made without it, so a phone shows the names alone.
 */
export function shortenAxisLabels(spec: TopLevelSpec, limit: number, fontSize: number, context: Readonly<Record<string, string>> = {}): TopLevelSpec {
  for (const { field, axis } of bandEncodings(spec as unknown as Json)) {
    if (axis['labels'] === false || axis['labelExpr'] !== undefined) continue;
    const values = new Set<string>();
    for (const row of dataRows(spec as unknown as Json)) if (typeof row[field] === 'string') values.add(row[field] as string);
    const size = typeof axis['labelFontSize'] === 'number' ? axis['labelFontSize'] : fontSize;
    const short = shortLabels([...values], limit, size);
    for (const [full, shown] of short) {
      const extra = context[full];
      const longer = extra ? `${full} (${extra})` : null;
      if (longer && shown === full && measureText(longer, { fontSize: size }) <= limit) short.set(full, longer);
    }
    const changed = [...short].filter(([full, s]) => full !== s);
    if (changed.length === 0) continue;
    axis['labelExpr'] = `${JSON.stringify(Object.fromEntries(changed))}${SHORT_LABEL_LOOKUP}`;
  }
  return spec;
}

/** A legend of one column whose long names are wrapped (an axis-style lookup from name to lines). */
function wrapLegend(spec: Json, encoding: unknown): void {
  if (!isObject(encoding) || typeof encoding['field'] !== 'string' || encoding['legend'] === null) return;
  const scale = encoding['scale'];
  const names =
    isObject(scale) && Array.isArray(scale['domain']) ? scale['domain'].filter((v): v is string => typeof v === 'string') : categories(spec, encoding['field']);
  const wrapped = names.map((n) => [n, wrapText(n, LEGEND_WIDTH, { fontSize: NARROW_FONT }).join('\n')] as const).filter(([n, w]) => n !== w);
  const legend = isObject(encoding['legend']) ? encoding['legend'] : {};
  Object.assign(legend, { columns: 1, labelLimit: LEGEND_WIDTH + 4 });
  if (wrapped.length > 0) legend['labelExpr'] = `split(${JSON.stringify(Object.fromEntries(wrapped))}[datum.label] || datum.label, '\\n')`;
  encoding['legend'] = legend;
}

/** The phone-size variant of a wide chart spec (a new object; the input is not changed). */
export function narrowSpec(wide: TopLevelSpec, options: { readonly rewrap?: boolean } = {}): TopLevelSpec {
  const spec = structuredClone(wide) as unknown as Json;
  if (typeof spec['width'] === 'number') spec['width'] = NARROW_WIDTH;
  spec['config'] = structuredClone(NARROW_CONFIG);
  // The drawn width, which figure-embed.js compares with the column (a concatenation has no top-level width).
  if (isObject(spec['usermeta'])) spec['usermeta']['figureWidth'] = NARROW_WIDTH;
  const shrink = FIGURE_WIDTH - NARROW_WIDTH;
  for (const panel of Array.isArray(spec['vconcat']) ? spec['vconcat'] : []) {
    if (isObject(panel) && typeof panel['width'] === 'number') panel['width'] = Math.max(120, panel['width'] - shrink);
  }

  for (const o of objects(spec)) {
    if (typeof o['fontSize'] === 'number') o['fontSize'] = Math.max(o['fontSize'], NARROW_FONT);
    if (typeof o['labelFontSize'] === 'number') o['labelFontSize'] = Math.max(o['labelFontSize'], NARROW_FONT);
    for (const channel of LEGEND_CHANNELS) wrapLegend(spec, o[channel]);
    for (const channel of ['x', 'y'] as const) {
      const enc = o[channel];
      const axis = isObject(enc) ? enc['axis'] : undefined;
      if (isObject(axis) && typeof axis['title'] === 'string' && measureText(axis['title'], { fontSize: NARROW_FONT }) > TITLE_WIDTH[channel]) {
        axis['title'] = wrapText(axis['title'], TITLE_WIDTH[channel], { fontSize: NARROW_FONT });
      }
    }
    // Horizontal value axes get fewer ticks (their labels would otherwise be thinned at random).
    const x = o['x'];
    if (isObject(x) && x['type'] === 'quantitative' && isObject(x['axis'])) {
      const axis = x['axis'];
      axis['tickCount'] = Math.min(typeof axis['tickCount'] === 'number' ? axis['tickCount'] : NARROW_TICKS, NARROW_TICKS);
      // A 0–100% share axis: both ends and the middle (vega would thin 0, 20 … 100 to 0, 40, 80).
      const domain = isObject(x['scale']) ? x['scale']['domain'] : undefined;
      if (Array.isArray(domain) && domain[0] === 0 && domain[1] === 100 && axis['values'] === undefined) axis['values'] = [0, 50, 100];
      // A rounded domain is rounded to the same ticks, so the plot ends on a tick.
      if (isObject(x['scale']) && x['scale']['nice'] !== undefined && x['scale']['nice'] !== false) x['scale']['nice'] = axis['tickCount'];
    }
    if (isObject(x) && x['type'] === 'ordinal' && isObject(x['axis'])) x['axis']['labelOverlap'] = 'greedy';
  }

  // Category labels: wrapped ones re-wrapped (rows grow to fit), single-line ones shortened uniquely.
  let lines = 1;
  const rewrapped = new Set<string>();
  for (const { field, axis } of bandEncodings(spec)) {
    // Short labels made for the wide column are made again for the narrow one.
    if (typeof axis['labelExpr'] === 'string' && axis['labelExpr'].endsWith(SHORT_LABEL_LOOKUP)) delete axis['labelExpr'];
    // A builder that made its own narrow labels (rewrap: false) chose their column too.
    if (axis['labelLimit'] !== undefined && options.rewrap !== false) axis['labelLimit'] = NARROW_LABEL_LIMIT + 10;
    if (axis['labels'] === false) continue;
    const multiline = isMultiline(axis);
    // A short list of single-line labels is wrapped too, unless a label would need more than WRAP_LINES lines.
    const short =
      !multiline &&
      axis['labelExpr'] === undefined &&
      categories(spec, field).length <= WRAP_ROWS &&
      categories(spec, field).every((v) => wrapText(v, NARROW_LABEL_LIMIT, { fontSize: NARROW_FONT }).length <= WRAP_LINES);
    if (multiline || (short && options.rewrap !== false)) Object.assign(axis, structuredClone(NARROW_MULTILINE));
    if (options.rewrap === false || (!multiline && !short)) continue;
    if (!rewrapped.has(field)) lines = Math.max(lines, rewrap(spec, field));
    rewrapped.add(field);
  }
  if (rewrapped.size > 0 && typeof spec['height'] === 'number') {
    const field = [...rewrapped][0]!;
    const rows = new Set(dataRows(spec).map((r) => r[field]).filter((v) => typeof v === 'string')).size;
    if (rows > 0) spec['height'] = Math.max(spec['height'], rows * (lines * LINE_HEIGHT + 8));
  }
  return shortenAxisLabels(spec as unknown as TopLevelSpec, NARROW_LABEL_LIMIT, NARROW_FONT);
}
