// Assembling a Figure from a builder's parts: the metadata every builder receives, the empty-figure state,
// and small helpers for alt text. Chart modules call these so every Figure has the same shape.
import type { TopLevelSpec } from 'vega-lite';
import { narrowSpec, shortenAxisLabels } from './narrow.ts';
import { FONT_SIZE, LABEL_LIMIT } from './theme.ts';
import type { Figure, FigureColumn, FigureRow } from './types.ts';

/** What the caller (the figure registry) knows about a figure before its data is drawn. */
export interface FigureMeta {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  /** Source line without "Bron:". */
  readonly source: string;
  /** Notes the caller adds (e.g. about disclosure); builders append their own. */
  readonly notes?: readonly string[];
}

export interface ChartParts {
  readonly alt: string;
  readonly columns: readonly FigureColumn[];
  readonly data: readonly FigureRow[];
  readonly spec: TopLevelSpec;
  /** A hand-made phone variant; by default the wide spec is narrowed by scripts/figures/narrow.ts. */
  readonly narrowSpec?: TopLevelSpec;
  /** A variant for the printed page (scripts/figures/print.ts), where the builder makes one. */
  readonly printSpec?: TopLevelSpec;
  /** Words added to category labels where they fit the wide chart's label column (shortenAxisLabels). */
  readonly labelContext?: Readonly<Record<string, string>>;
  readonly notes?: readonly string[];
}

function base(meta: FigureMeta, chartType: string, notes: readonly string[]) {
  return {
    id: meta.id,
    chartType,
    number: null,
    title: meta.title,
    ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
    source: meta.source,
    notes: [...(meta.notes ?? []), ...notes],
  };
}

export function chartFigure(meta: FigureMeta, chartType: string, parts: ChartParts): Figure {
  // Category labels too long for the label column are cut in the middle, uniquely (the data keep full names).
  const spec = shortenAxisLabels(structuredClone(parts.spec), LABEL_LIMIT, FONT_SIZE.label, parts.labelContext);
  return {
    ...base(meta, chartType, parts.notes ?? []),
    type: 'figure',
    alt: parts.alt,
    columns: parts.columns,
    data: parts.data,
    spec,
    narrowSpec: parts.narrowSpec ?? narrowSpec(spec),
    ...(parts.printSpec ? { printSpec: shortenAxisLabels(structuredClone(parts.printSpec), LABEL_LIMIT, FONT_SIZE.label) } : {}),
  };
}

/** "No data" is a state: the templates show "Geen gegevens beschikbaar" with this reason. */
export function emptyFigure(meta: FigureMeta, chartType: string, reason: string, columns: readonly FigureColumn[] = []): Figure {
  return {
    ...base(meta, chartType, []),
    type: 'figure',
    alt: `Geen gegevens beschikbaar: ${reason}`,
    columns,
    data: [],
    spec: null,
    emptyReason: reason,
  };
}

/** Keep only finite numbers (null, undefined and NaN mean "no value"). */
export function isValue(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Index of the largest / smallest value by a key; ties keep the first (input order decides). */
export function extremes<T>(items: readonly T[], key: (item: T) => number): { max: T; min: T } {
  let max = items[0] as T;
  let min = items[0] as T;
  for (const item of items) {
    if (key(item) > key(max)) max = item;
    if (key(item) < key(min)) min = item;
  }
  return { max, min };
}

/** A column key / CSV header from a Dutch label: `Instroom bol (niveau 2)` → `instroom_bol_niveau_2`. */
export function slug(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The label context of rows that have one (`{ 'Instelling 14': 'ROC, Oost' }`), for ChartParts.labelContext. */
export function labelContext(rows: readonly { readonly label: string; readonly context?: string }[]): Record<string, string> {
  return Object.fromEntries(rows.flatMap((r) => (r.context ? [[r.label, r.context]] : [])));
}
