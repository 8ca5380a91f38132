// Shared Vega-Lite building blocks: the top-level wrapper every chart uses, axes per unit with Dutch number
// formatting, and the table formats per unit. Value text for labels, tooltips and alt text comes from
// scripts/lib/units.ts, the formatters the prose uses too. Pure helpers that return new objects; chart modules
// combine them and never repeat a spec fragment.
import type { TopLevelSpec } from 'vega-lite';
import { formatNumber } from '../lib/nl.ts';
import type { Unit } from '../snapshot/types.ts';
import { wrapText } from './measure.ts';
import { EMBED_OPTIONS, FIGURE_WIDTH, FONT_SIZE, VEGA_LITE_CONFIG } from './theme.ts';
import type { ColumnFormat, FigureColumn } from './types.ts';

/** A spec fragment under construction; the complete spec is checked by vega-lite's compiler and JSON schema. */
export type SpecObject = { readonly [key: string]: unknown };

export const SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v6.json';

// ---- Table formats ------------------------------------------------------------------------------------

/** Format of a data-table column of levels of `unit`, with the decimals the text uses (one for percentages). */
export function levelFormat(unit: Unit): Pick<FigureColumn, 'format' | 'decimals'> {
  return { format: columnFormat(unit), ...(unit === 'procent' ? { decimals: 1 } : {}) };
}

/** How the data table shows a level or a change of this unit. */
export function columnFormat(unit: Unit, change = false): ColumnFormat {
  if (unit === 'procent') return change ? 'points' : 'percent';
  if (unit === 'cijfer') return 'grade';
  if (unit === 'aantal') return 'integer';
  return 'euro';
}

/** Axis title suffix for a unit: `(%)`, `(procentpunt)`, `(rapportcijfer)`, `(€)`. */
export function unitSuffix(unit: Unit, change = false): string {
  if (unit === 'procent') return change ? ' (procentpunt)' : ' (%)';
  if (unit === 'cijfer') return change ? ' (punt)' : ' (rapportcijfer)';
  if (unit === 'euro') return ' (€)';
  return '';
}

// ---- Axes -----------------------------------------------------------------------------------------------

export interface AxisOptions {
  readonly title?: string | null;
  /** Signed values (ambitions, changes): positive labels get a `+`. */
  readonly change?: boolean;
  /** Largest absolute value shown; euro axes switch to `mln` above a million. */
  readonly max?: number;
  readonly grid?: boolean;
  readonly tickCount?: number;
}

/** Label expression and d3 format for a quantitative axis of `unit`, in the nl-NL locale of the view. */
export function quantAxis(unit: Unit, options: AxisOptions = {}): SpecObject {
  const plus = options.change ? "(datum.value > 0 ? '+' : '') + " : '';
  const base: SpecObject = {
    title: options.title ?? null,
    grid: options.grid ?? true,
    ...(options.tickCount ? { tickCount: options.tickCount } : {}),
  };
  // Tick step and label format are chosen together: no tick finer than the format's last decimal, so two ticks
  // never print the same label (a 0–0,5 scale showed "+0,1 +0,1 +0,1" with ticks every 0,05).
  switch (unit) {
    case 'procent':
      // Values are already 0..100, so the `%` is appended rather than produced by d3's `%` (which multiplies).
      return { ...base, format: ',.1~f', tickMinStep: 0.1, labelExpr: options.change ? `${plus}datum.label` : "datum.label + '%'" };
    case 'cijfer':
      return { ...base, format: ',.1~f', tickMinStep: 0.1, ...(options.change ? { labelExpr: `${plus}datum.label` } : {}) };
    case 'aantal':
      return { ...base, format: ',~f', tickMinStep: 1, ...(options.change ? { labelExpr: `${plus}datum.label` } : {}) };
    case 'euro': {
      const millions = (options.max ?? 0) >= 1e6;
      const value = millions ? "format(datum.value / 1000000, ',.1~f') + ' mln'" : "format(datum.value, ',.0f')";
      return { ...base, tickMinStep: millions ? 100000 : 1, labelExpr: `${plus}'€ ' + ${value}` };
    }
  }
}

/** A category axis (institutions, indicators, goals): no grid, labels cut at the theme's limit. */
export function bandAxis(title: string | null = null, extra: SpecObject = {}): SpecObject {
  return { title, grid: false, ...extra };
}

/**
 * One row per institution stays legible up to about 80 institutions (13 px a row). Beyond that a chart keeps
 * a fixed height, drops the names from the axis (they are in the data table) and says so in a note.
 */
export const COMPACT_ROWS = 80;
const COMPACT_HEIGHT = 640;

export interface RowLayout {
  readonly compact: boolean;
  readonly height: number;
  /** The y axis of an institution-per-row chart. */
  readonly axis: SpecObject;
  readonly note: string | null;
}

export function institutionRows(count: number, step: number, axisExtra: SpecObject = {}): RowLayout {
  if (count <= COMPACT_ROWS) return { compact: false, height: step * count, axis: bandAxis(null, axisExtra), note: null };
  return {
    compact: true,
    height: COMPACT_HEIGHT,
    axis: bandAxis(`${formatNumber(count)} instellingen`, { labels: false, ticks: false, domain: false }),
    // The count is the axis title; without it the note reads the same under every figure, so a chapter says it once.
    note: 'Bij zo veel instellingen staan de namen niet in de figuur; de tabel bij de figuur geeft ze.',
  };
}

const LINE_HEIGHT = FONT_SIZE.label + 2;

/**
 * Multi-line category labels: the builder wraps with the real font, the axis splits on `\n`. Vega anchors a
 * multi-line label's first line at the band centre, so labels of two or three lines are lifted to centre them.
 */
export const MULTILINE_LABELS: SpecObject = {
  labelExpr: "split(datum.label, '\\n')",
  labelLineHeight: LINE_HEIGHT,
  labelOffset: {
    condition: [
      { test: "length(split(datum.label, '\\n')) == 2", value: -LINE_HEIGHT / 2 },
      { test: "length(split(datum.label, '\\n')) >= 3", value: -LINE_HEIGHT },
    ],
    value: 0,
  },
};

/** Wrap a label to lines no wider than `maxWidth` px at the axis label size, joined with `\n`. */
export function wrapLabel(text: string, maxWidth: number): string {
  return wrapText(text, maxWidth, { fontSize: FONT_SIZE.label }).join('\n');
}

// ---- Periods ------------------------------------------------------------------------------------------

/** `2017/18` < `2018/19`, `2024` < `2025`; numeric-aware so `2024/25` sorts after `2024`. */
export const byPeriod = (a: string, b: string) => a.localeCompare(b, 'nl', { numeric: true });

/**
 * The x domain: the periods with data plus the goal period, with missing years filled in when all periods are
 * years (`2023`, `2026` → 2023…2026) or school years (`2017/18` …), so the axis spacing follows time.
 */
export function periodDomain(periods: readonly string[]): string[] {
  const sorted = [...new Set(periods)].sort(byPeriod);
  const years = sorted.map((p) => /^(\d{4})$/.exec(p) ?? /^(\d{4})\/(\d{2})$/.exec(p));
  if (sorted.length < 2 || years.some((m) => !m)) return sorted;
  const school = years[0]![2] !== undefined;
  if (years.some((m) => (m![2] !== undefined) !== school)) return sorted;
  const first = Number(years[0]![1]);
  const last = Number(years[years.length - 1]![1]);
  if (last - first > 60) return sorted;
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const y = first + i;
    return school ? `${y}/${String((y + 1) % 100).padStart(2, '0')}` : String(y);
  });
}

// ---- Top level ------------------------------------------------------------------------------------------

export interface TopLevelOptions {
  /** Plot height in px (for category rows: rows × step, so `autosize: fit-x` applies without a warning). */
  readonly height: number;
  readonly description: string;
}

/**
 * The complete, self-contained spec: schema, theme config, width fitted to the figure including axes,
 * and the nl-NL locale for vega-embed in `usermeta`, so the `.vl.json` the site serves renders like the SVG.
 */
export function topLevel(body: SpecObject, options: TopLevelOptions): TopLevelSpec {
  return {
    $schema: SCHEMA_URL,
    description: options.description,
    width: FIGURE_WIDTH,
    height: options.height,
    autosize: { type: 'fit-x', contains: 'padding' },
    config: VEGA_LITE_CONFIG,
    usermeta: { embedOptions: EMBED_OPTIONS, figureWidth: FIGURE_WIDTH },
    ...body,
  } as unknown as TopLevelSpec;
}

/** Inline data values, copied so the spec never shares objects with the figure's table rows. */
export function inlineData(rows: readonly SpecObject[]): SpecObject {
  return { values: rows.map((row) => ({ ...row })) };
}

/**
 * Data for annotation layers (reference rules, their labels): one empty row. Without it such a layer inherits
 * the chart's data and draws its rule or label once per row, stacked on top of each other.
 */
export const ONE_ROW: SpecObject = { values: [{}] };

/** Tooltip entries for pre-formatted Dutch text fields (tooltips never use d3's formatting). */
export function tooltip(entries: readonly (readonly [field: string, title: string])[]): SpecObject[] {
  return entries.map(([field, title]) => ({ field, title, type: 'nominal' }));
}

/**
 * A colour (and optionally shape) scale with a fixed domain, for legends that name series drawn by separate
 * layers (`color: {datum: 'Startwaarde'}`): one legend, in the order given.
 */
export function legendScale(entries: readonly (readonly [label: string, colour: string])[]): SpecObject {
  return { domain: entries.map(([label]) => label), range: entries.map(([, colour]) => colour) };
}

/** Relationship strength in Dutch notation: `r = −0,45; p = 0,002; n = 50`. */
export function formatCorrelation(r: number, p: number, n: number): string {
  const pText = p < 0.001 ? 'p < 0,001' : `p = ${formatNumber(p, 3)}`;
  return `r = ${formatNumber(r, 2)}; ${pText}; n = ${formatNumber(n)}`;
}
