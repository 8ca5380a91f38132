// The one visual theme for every chart, as data: font, sizes, colours, the Vega-Lite `config` and the nl-NL
// number and time locale. Chart specs refer to these named constants and never spell out a colour or a font.
// Colours are Okabe–Ito derived and darkened where needed so that every mark colour has a contrast of at
// least 3:1 against white and every text colour at least 4.5:1 (checked in tests/figures/theme.test.ts).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Config } from 'vega-lite';
import type { Effectiveness, Progress } from '../snapshot/types.ts';

// ---- Font ---------------------------------------------------------------------------------------------

export const FONT_FAMILY = 'Source Sans 3';
/** CSS font-family value; the family name must be quoted because it ends in a digit. */
export const FONT_STACK = '"Source Sans 3", "Source Sans Pro", Arial, sans-serif';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/source-sans-3/package.json')), 'files');

/** The woff files the site serves and the renderer measures text with (latin subset: covers €, −, é, ë). */
export const FONT_FILES: Readonly<Record<400 | 600 | 700, string>> = {
  400: join(fontDir, 'source-sans-3-latin-400-normal.woff'),
  600: join(fontDir, 'source-sans-3-latin-600-normal.woff'),
  700: join(fontDir, 'source-sans-3-latin-700-normal.woff'),
};

// ---- Sizes (px at a 640 px wide figure; A4 text width and the site column both show it at about this size) --

export const FIGURE_WIDTH = 640;
export const FONT_SIZE = { label: 12, title: 12, mark: 12, small: 11 } as const;
/** Height per category row: roomy for a handful of bars, dense for 50+ institutions. */
export const ROW_STEP = { roomy: 26, normal: 20, dense: 13 } as const;
/** Longest category label before it is cut with an ellipsis (measured with the real font). */
export const LABEL_LIMIT = 220;

/**
 * The narrow (phone) variant, scripts/figures/narrow.ts: drawn this wide with text this large, it shows text of at
 * least 11 CSS px in the ~280 px column of a 320 px screen. Category labels get a column of NARROW_LABEL_LIMIT px.
 */
export const NARROW_WIDTH = 320;
export const NARROW_FONT = 13;
export const NARROW_LABEL_LIMIT = 112;

// ---- Colours ------------------------------------------------------------------------------------------

export const INK = '#1F1F1F';
export const MUTED = '#595959';
export const WHITE = '#FFFFFF';
/** Gridlines are decorative and deliberately quiet. */
export const GRID = '#E3E3E3';
export const NEUTRAL = '#767676';

/** Categorical series: Okabe–Ito blue, vermillion, bluish green and reddish purple, plus indigo and brown. */
export const CATEGORICAL = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#332288', '#8A3B00'] as const;

/** Meaning-bound colours, so "start" is blue and "streefwaarde" orange in every chart (as in seed 000). */
export const SEMANTIC = {
  primary: '#0072B2',
  start: '#0072B2',
  target: '#D55E00',
  latest: INK,
  mean: INK,
  /** Q1–Q3 ranges drawn as bars behind a mean dot. */
  range: '#3C8DC8',
  reference: MUTED,
  zero: INK,
  mandatory: '#0A5A9C',
  optional: '#3C8DC8',
  regression: '#D55E00',
  missing: NEUTRAL,
} as const;

/**
 * Background tints for distribution bands (P5–P95, P25–P75). They are areas behind the data, not data marks,
 * so they are exempt from the 3:1 rule; the mean and target lines drawn over them carry the reading.
 */
export const BAND = { outer: '#DCEAF5', inner: '#A9CCE6' } as const;

/**
 * Goal colours by priority: blues for priority 1, oranges/browns for 2, green/purple for 3. Neighbouring
 * goals alternate dark/light so adjacent segments in a stacked bar stay distinct with colour-blindness.
 */
export const GOAL_FAMILIES: Readonly<Record<number, readonly string[]>> = {
  1: ['#1B2F6B', '#3C8DC8', '#0A5A9C', '#4F77C0', '#13406E'],
  2: ['#7A3500', '#D55E00', '#9A4F00'],
  3: ['#005F46', '#009E73', '#5B2C83', '#A6558C'],
};

/** One colour per goal, in the given goal order; a priority with more goals than shades reuses its shades. */
export function goalColours(goals: readonly { readonly priority: number }[]): string[] {
  const used = new Map<number, number>();
  return goals.map(({ priority }) => {
    const family = GOAL_FAMILIES[priority] ?? CATEGORICAL;
    const index = used.get(priority) ?? 0;
    used.set(priority, index + 1);
    return family[index % family.length]!;
  });
}

/** e-file progress answers, from "all activities" (dark blue) to "none" (dark orange). */
export const PROGRESS_COLOURS: Readonly<Record<Progress, string>> = {
  alle: '#0A5A9C',
  meeste: '#3C8DC8',
  helft: NEUTRAL,
  klein_deel: '#D55E00',
  geen: '#7A3500',
};

export const EFFECTIVENESS_COLOURS: Readonly<Record<Effectiveness, string>> = {
  heel_effectief: '#1B2F6B',
  effectief: '#0A5A9C',
  klein_beetje: '#3C8DC8',
  niet_effectief: '#D55E00',
  wisselt: '#A6558C',
  weet_niet: NEUTRAL,
};

// ---- Locale -------------------------------------------------------------------------------------------

/** d3-format locale: `1.234,5`, `€ 1.000`, a true minus sign (as scripts/lib/nl.ts writes it). */
export const NUMBER_LOCALE = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['€ ', ''],
  minus: '\u2212',
  percent: '%',
} as const;

/** d3-time-format locale for Dutch dates (`24 november 2026`). */
export const TIME_LOCALE = {
  dateTime: '%A %e %B %Y %X',
  date: '%d-%m-%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  shortDays: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
} as const;

/** Options vega-embed reads from a spec's `usermeta.embedOptions`, so the browser view formats like the SVG. */
export const EMBED_OPTIONS = {
  actions: false,
  renderer: 'svg',
  formatLocale: NUMBER_LOCALE,
  timeFormatLocale: TIME_LOCALE,
} as const;

// ---- Vega-Lite config ---------------------------------------------------------------------------------

const axisText = { labelFont: FONT_STACK, titleFont: FONT_STACK, labelFontSize: FONT_SIZE.label, titleFontSize: FONT_SIZE.title };

export const VEGA_LITE_CONFIG: Config = {
  font: FONT_STACK,
  background: WHITE,
  padding: { top: 4, right: 8, bottom: 4, left: 4 },
  // Per-item ARIA labels would repeat the data table inside an SVG that is role="img" with its own <desc>.
  aria: false,
  view: { stroke: null, continuousWidth: FIGURE_WIDTH, continuousHeight: 260 },
  // Titles live in the figure caption (Figure.title), never in the chart itself.
  title: { anchor: 'start', font: FONT_STACK, fontSize: FONT_SIZE.title, color: INK },
  axis: {
    ...axisText,
    labelColor: INK,
    titleColor: MUTED,
    titleFontWeight: 'normal',
    domain: false,
    ticks: false,
    labelPadding: 6,
    titlePadding: 10,
    gridColor: GRID,
    gridWidth: 1,
    labelLimit: LABEL_LIMIT,
  },
  axisBand: { grid: false, labelPadding: 8 },
  axisPoint: { grid: false },
  legend: {
    labelFont: FONT_STACK,
    titleFont: FONT_STACK,
    labelFontSize: FONT_SIZE.label,
    titleFontSize: FONT_SIZE.label,
    labelColor: INK,
    titleColor: MUTED,
    titleFontWeight: 'normal',
    orient: 'top',
    direction: 'horizontal',
    symbolType: 'square',
    symbolSize: 110,
    symbolStrokeWidth: 0,
    columnPadding: 16,
    labelLimit: 260,
    offset: 10,
  },
  range: { category: [...CATEGORICAL] },
  mark: { color: SEMANTIC.primary },
  bar: { color: SEMANTIC.primary, binSpacing: 1 },
  point: { filled: true, size: 55, color: SEMANTIC.primary, strokeWidth: 0, opacity: 1 },
  line: { strokeWidth: 2, color: SEMANTIC.primary },
  rule: { color: SEMANTIC.reference, strokeWidth: 1 },
  area: { color: BAND.outer },
  text: { font: FONT_STACK, fontSize: FONT_SIZE.mark, color: INK },
  tick: { color: INK, thickness: 2 },
};
