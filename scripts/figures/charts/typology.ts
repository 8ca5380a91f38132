// The institution types (seed 000 chapter 3, Figuur 3.1): how many institutions fall in each type, and where
// each institution sits on start score × ambition score, coloured and shaped by type (shape too, so the types
// stay apart without colour vision). The type assignment itself is computed upstream.
import { formatNumber, plural } from '../../lib/nl.ts';
import { chartFigure, emptyFigure, extremes, isValue, type FigureMeta } from '../figure.ts';
import { MULTILINE_LABELS, bandAxis, inlineData, legendScale, tooltip, topLevel, wrapLabel } from '../spec.ts';
import { measureText } from '../measure.ts';
import { CATEGORICAL, FIGURE_WIDTH, LABEL_LIMIT, NEUTRAL, ROW_STEP, SEMANTIC, WHITE } from '../theme.ts';
import type { Figure, FigureColumn } from '../types.ts';

export const COUNTS_TYPE = 'typology';
export const SCATTER_TYPE = 'typology-scatter';

export interface TypeRef {
  /** Stable key, e.g. `type-1` or `geen`. */
  readonly key: string;
  /** Dutch name, e.g. `Type 1: hoge startwaarden, beperkte ruimte voor verbetering`. */
  readonly label: string;
  /** "No clear profile": drawn in grey. */
  readonly neutral?: boolean;
}

const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'triangle-down', 'cross'] as const;

/** Colours and shapes per type, in the given order; the neutral type is a grey circle. */
function typeStyles(types: readonly TypeRef[]): { colours: string[]; shapes: string[] } {
  let next = 0;
  const styles = types.map((t) => {
    if (t.neutral) return { colour: NEUTRAL, shape: 'circle' };
    const i = next++;
    return { colour: CATEGORICAL[i % CATEGORICAL.length]!, shape: SHAPES[(i + 1) % SHAPES.length]! };
  });
  return { colours: styles.map((s) => s.colour), shapes: styles.map((s) => s.shape) };
}

// ---- Counts per type ------------------------------------------------------------------------------------

export interface TypologyCountsInput {
  readonly types: readonly (TypeRef & { readonly count: number })[];
}

const COUNT_COLUMNS: FigureColumn[] = [
  { key: 'type', label: 'Type', format: 'text' },
  { key: 'aantal', label: 'Aantal instellingen', format: 'integer' },
];

export function buildTypologyCounts(input: TypologyCountsInput, meta: FigureMeta): Figure {
  const types = input.types.filter((t) => isValue(t.count));
  const total = types.reduce((sum, t) => sum + t.count, 0);
  if (types.length === 0 || total === 0) return emptyFigure(meta, COUNTS_TYPE, 'er zijn geen instellingen getypeerd.', COUNT_COLUMNS);

  const { colours } = typeStyles(types);
  const data = types.map((t) => ({ type: t.label, aantal: t.count }));
  const values = types.map((t, i) => ({ ...data[i], label: wrapLabel(t.label, LABEL_LIMIT), colour: colours[i]! }));
  const spec = topLevel(
    {
      data: inlineData(values),
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, axis: bandAxis(null, MULTILINE_LABELS) },
        x: { field: 'aantal', type: 'quantitative', scale: { domain: [0, Math.max(...types.map((t) => t.count)) * 1.1], nice: false }, axis: { title: 'Aantal instellingen', format: ',~f', tickMinStep: 1 } },
      },
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.7 } },
          encoding: { color: { field: 'colour', type: 'nominal', scale: null }, tooltip: tooltip([['type', 'Type'], ['aantal', 'Aantal instellingen']]) },
        },
        { mark: { type: 'text', align: 'left', dx: 4, baseline: 'middle' }, encoding: { text: { field: 'aantal', type: 'quantitative', format: ',~f' } } },
      ],
    },
    { height: ROW_STEP.roomy * 1.4 * types.length, description: meta.title },
  );

  const { max } = extremes(types, (t) => t.count);
  const alt =
    `De figuur toont hoeveel van de ${plural(total, 'instelling', 'instellingen')} tot elk type behoren. ` +
    types.map((t) => `${t.label}: ${formatNumber(t.count)}`).join('; ') +
    `. Het grootste type is ${max.label.split(':')[0]} met ${plural(max.count, 'instelling', 'instellingen')}.`;
  return chartFigure(meta, COUNTS_TYPE, { alt, columns: COUNT_COLUMNS, data, spec });
}

// ---- Start score × ambition score -----------------------------------------------------------------------

export interface TypologyPoint {
  readonly label: string;
  /** (favourable − unfavourable starts) / indicators with a start value, −1..1. */
  readonly startScore: number;
  readonly ambitionScore: number;
  /** Key of a TypeRef. */
  readonly type: string;
}

export interface TypologyScatterInput {
  readonly types: readonly TypeRef[];
  readonly points: readonly TypologyPoint[];
  /** The 33rd and 67th percentile of the start score, drawn as dashed guides. */
  readonly startCuts?: readonly [number, number];
}

/**
 * Type names are long: two columns above the plot when the longest name fits half the figure, else one, so a
 * name is never cut (nor clipped at the figure's edge).
 */
function typeLegend(labels: readonly string[]) {
  const longest = Math.max(0, ...labels.map((l) => measureText(l)));
  const columns = longest + LEGEND_SYMBOL_ROOM <= FIGURE_WIDTH / 2 - 16 ? 2 : 1;
  return { columns, labelLimit: columns === 2 ? 320 : FIGURE_WIDTH - LEGEND_SYMBOL_ROOM, symbolType: 'circle' };
}
/** Symbol, its gap and the column padding of a legend entry, in px. */
const LEGEND_SYMBOL_ROOM = 40;

const SCATTER_COLUMNS: FigureColumn[] = [
  { key: 'instelling', label: 'Instelling', format: 'text' },
  { key: 'startscore', label: 'Startscore', format: 'number', decimals: 2 },
  { key: 'ambitiescore', label: 'Ambitiescore', format: 'number', decimals: 2 },
  { key: 'type', label: 'Type', format: 'text' },
];

export function buildTypologyScatter(input: TypologyScatterInput, meta: FigureMeta): Figure {
  const names = new Map(input.types.map((t) => [t.key, t.label]));
  const points = input.points.filter((p) => isValue(p.startScore) && isValue(p.ambitionScore) && names.has(p.type));
  if (points.length === 0) return emptyFigure(meta, SCATTER_TYPE, 'er zijn geen instellingen getypeerd.', SCATTER_COLUMNS);

  const { colours, shapes } = typeStyles(input.types);
  const data = points.map((p) => ({ instelling: p.label, startscore: p.startScore, ambitiescore: p.ambitionScore, type: names.get(p.type)! }));
  const values = data.map((d) => ({ ...d, startText: formatNumber(d.startscore, 2), ambitieText: formatNumber(d.ambitiescore, 2) }));
  const labels = input.types.map((t) => t.label);
  const axis = (title: string) => ({ title, format: ',.1~f', tickMinStep: 0.1 });
  const cuts = input.startCuts ?? null;

  const spec = topLevel(
    {
      data: inlineData(values),
      layer: [
        ...(cuts
          ? [
              {
                data: inlineData(cuts.map((value) => ({ value }))),
                mark: { type: 'rule', color: SEMANTIC.reference, strokeDash: [4, 3] },
                encoding: { x: { field: 'value', type: 'quantitative' } },
              },
            ]
          : []),
        {
          mark: { type: 'point', size: 70, filled: true, stroke: WHITE, strokeWidth: 0.75 },
          encoding: {
            x: { field: 'startscore', type: 'quantitative', scale: { domain: [-1, 1] }, axis: axis('Startscore (van laag naar hoog)') },
            y: { field: 'ambitiescore', type: 'quantitative', scale: { domain: [-1, 1] }, axis: axis('Ambitiescore (van laag naar hoog)') },
            color: {
              field: 'type',
              type: 'nominal',
              title: null,
              scale: legendScale(labels.map((l, i) => [l, colours[i]!])),
              legend: typeLegend(labels),
            },
            shape: { field: 'type', type: 'nominal', title: null, scale: { domain: labels, range: shapes }, legend: typeLegend(labels) },
            tooltip: tooltip([['instelling', 'Instelling'], ['type', 'Type'], ['startText', 'Startscore'], ['ambitieText', 'Ambitiescore']]),
          },
        },
      ],
    },
    { height: 340, description: meta.title },
  );

  const counts = input.types
    .map((t) => ({ label: t.label, count: points.filter((p) => p.type === t.key).length }))
    .filter((c) => c.count > 0);
  const alt =
    `Spreidingsdiagram van ${plural(points.length, 'instelling', 'instellingen')} naar startscore en ambitiescore, ` +
    `gekleurd naar type: ${counts.map((c) => `${c.label} (${formatNumber(c.count)})`).join('; ')}.`;
  const notes = cuts ? ['De stippellijnen markeren het 33e en 67e percentiel van de startscore.'] : [];
  return chartFigure(meta, SCATTER_TYPE, { alt, columns: SCATTER_COLUMNS, data, spec, notes });
}
