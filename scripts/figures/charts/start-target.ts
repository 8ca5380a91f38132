// Start and target value per institution for one indicator (seed 000 Figuur 2.3, seed 003 Figuur 2.15/3.2):
// a dumbbell per institution, sorted by start value, with the sector means of start and target as reference
// lines and, where measured, the latest realised value as a third mark.
import { formatNumber, plural } from '../../lib/nl.ts';
import type { Direction, Unit } from '../../snapshot/types.ts';
import { chartFigure, emptyFigure, labelContext, isValue, type FigureMeta } from '../figure.ts';
import { ONE_ROW, levelFormat, institutionRows, inlineData, legendScale, quantAxis, tooltip, topLevel, unitSuffix } from '../spec.ts';
import { PRINT_ROW_STEP, PRINT_SPLIT_ROWS, splitRows } from '../print.ts';
import { FONT_SIZE, GRID, ROW_STEP, SEMANTIC, WHITE } from '../theme.ts';
import type { Figure, FigureColumn } from '../types.ts';
import { formatLevel, formatMeasured } from '../../lib/units.ts';

/** Room for the institution names left of each column of the print variant, px. */
const PRINT_LABEL_WIDTH = 72;

export const CHART_TYPE = 'start-target';

export interface StartTargetRow {
  readonly label: string;
  /** Shown after the label where the chart has room: an institution's soort and region (`ROC, Oost`). */
  readonly context?: string;
  readonly start: number | null;
  readonly target: number | null;
  readonly latest?: number | null;
}

export interface StartTargetInput {
  readonly unit: Unit;
  readonly direction: Direction;
  readonly rows: readonly StartTargetRow[];
  readonly meanStart: number | null;
  readonly meanTarget: number | null;
  /** Legend names, e.g. `Startwaarde 2022`, `Streefwaarde 2027`, `Realisatie 2025`. */
  readonly labels?: { readonly start?: string; readonly target?: string; readonly latest?: string };
  /** Genuine targets (planning an improvement) reached beyond the sampling margin, of those with a recent value (computed upstream). */
  readonly reached?: { readonly count: number; readonly total: number };
  /** Value axis title without unit, e.g. the indicator's short name (default: the subtitle, else `Waarde`). */
  readonly valueTitle?: string;
}

function columns(unit: Unit, names: Names, withLatest: boolean): FigureColumn[] {
  // Levels with the decimals the text uses.
  const level = levelFormat(unit);
  return [
    { key: 'instelling', label: 'Instelling', format: 'text' },
    { key: 'start', label: names.start, ...level },
    { key: 'streef', label: names.target, ...level },
    ...(withLatest ? [{ key: 'realisatie', label: names.latest, ...level }] : []),
  ];
}

interface Names {
  readonly start: string;
  readonly target: string;
  readonly latest: string;
}

/** Highest start first; institutions without a start value last; ties by name. */
function order(a: StartTargetRow, b: StartTargetRow): number {
  const sa = isValue(a.start) ? a.start : -Infinity;
  const sb = isValue(b.start) ? b.start : -Infinity;
  return sb - sa || a.label.localeCompare(b.label, 'nl');
}

function range(values: readonly number[], unit: Unit): string {
  return `${formatMeasured(Math.min(...values), unit)} tot ${formatMeasured(Math.max(...values), unit)}`;
}

export function buildStartTarget(input: StartTargetInput, meta: FigureMeta): Figure {
  const { unit } = input;
  const names: Names = {
    start: input.labels?.start ?? 'Startwaarde',
    target: input.labels?.target ?? 'Streefwaarde',
    latest: input.labels?.latest ?? 'Laatste meting',
  };
  const rows = input.rows.filter((r) => isValue(r.start) || isValue(r.target)).slice().sort(order);
  const withLatest = rows.some((r) => isValue(r.latest));
  if (rows.length === 0) {
    return emptyFigure(meta, CHART_TYPE, 'er zijn geen start- of streefwaarden voor deze indicator.', columns(unit, names, withLatest));
  }

  const data = rows.map((r) => ({
    instelling: r.label,
    start: r.start,
    streef: r.target,
    ...(withLatest ? { realisatie: isValue(r.latest) ? r.latest : null } : {}),
  }));
  const text = (v: number | null | undefined) => (isValue(v) ? formatMeasured(v, unit) : 'onbekend');
  const values = rows.map((r, i) => ({
    ...data[i],
    startText: text(r.start),
    streefText: text(r.target),
    realisatieText: text(r.latest),
  }));
  const all = rows.flatMap((r) => [r.start, r.target, r.latest]).filter(isValue);
  const legend: [string, string][] = [
    [names.start, SEMANTIC.start],
    [names.target, SEMANTIC.target],
    ...(withLatest ? [[names.latest, SEMANTIC.latest] as [string, string]] : []),
  ];
  // Colour and shape share one domain so vega-lite merges them into a single legend.
  const tip = tooltip([
    ['instelling', 'Instelling'],
    ['startText', names.start],
    ['streefText', names.target],
    ...(withLatest ? [['realisatieText', names.latest] as const] : []),
  ]);
  // One long-format point layer, so colour and shape share a field and vega-lite draws a single legend.
  const points = values.flatMap((v, i) => {
    const r = rows[i]!;
    const marks: [string, number | null | undefined][] = [[names.start, r.start], [names.target, r.target], [names.latest, r.latest]];
    return marks.filter(([, value]) => isValue(value)).map(([reeks, waarde]) => ({ ...v, reeks, waarde }));
  });
  const domain = legend.map(([name]) => name);
  // The mean labels sit just above the plot, so the legend keeps its distance.
  const legendPlacement = { offset: 24 };
  const x = (field: string) => ({ field, type: 'quantitative' });
  const layout = institutionRows(rows.length, rows.length > 20 ? ROW_STEP.dense : ROW_STEP.normal, rows.length > 20 ? { labelFontSize: FONT_SIZE.small } : {});
  const point = layout.compact
    ? { type: 'point', size: 10, filled: true, strokeWidth: 0 }
    : { type: 'point', size: rows.length > 20 ? 40 : 60, stroke: WHITE, strokeWidth: 0.75 };

  // Reference lines for the sector means; the lower mean's label goes left of its line so the two never touch.
  const means = [
    ...(isValue(input.meanStart) ? [{ value: input.meanStart, colour: SEMANTIC.start }] : []),
    ...(isValue(input.meanTarget) ? [{ value: input.meanTarget, colour: SEMANTIC.target }] : []),
  ].sort((a, b) => a.value - b.value);
  const meanLayers = means.flatMap((m, i) => {
    const left = means.length === 2 && i === 0;
    return [
      { data: ONE_ROW, mark: { type: 'rule', color: m.colour, strokeDash: [4, 3], strokeWidth: 1.25 }, encoding: { x: { datum: m.value, type: 'quantitative' } } },
      {
        data: ONE_ROW,
        mark: { type: 'text', color: m.colour, y: -7, fontSize: FONT_SIZE.small, align: left ? 'right' : 'left', dx: left ? -3 : 3 },
        encoding: { x: { datum: m.value, type: 'quantitative' }, text: { value: `gem. ${formatLevel(m.value, unit)}` } },
      },
    ];
  });

  // The layers for a list of rows (all of them, or one column of the print variant, with fewer ticks).
  const layers = (part: readonly StartTargetRow[], ticks = 8) => {
    const names = new Set(part.map((r) => r.label));
    const y = { field: 'instelling', type: 'nominal', sort: part.map((r) => r.label), axis: layout.axis };
    return {
      data: inlineData(values.filter((v) => names.has(v.instelling))),
      layer: [
        {
          mark: { type: 'rule', color: GRID, strokeWidth: layout.compact ? 1 : 2 },
          encoding: {
            // Counts and money start at zero (vega's padding would push the axis below it).
            x: { ...x('start'), scale: unit === 'aantal' || unit === 'euro' ? { zero: true, nice: 8 } : { zero: false, nice: 8, padding: 6 }, axis: quantAxis(unit, { title: `${input.valueTitle ?? meta.subtitle ?? 'Waarde'}${unitSuffix(unit)}`, max: Math.max(...all), tickCount: ticks }) },
            x2: { field: 'streef' },
            y,
          },
        },
        ...meanLayers,
        {
          data: inlineData(points.filter((p) => names.has(p.instelling))),
          mark: point,
          encoding: {
            x: x('waarde'),
            y,
            color: { field: 'reeks', type: 'nominal', scale: legendScale(legend), title: null, legend: legendPlacement },
            shape: {
              field: 'reeks',
              type: 'nominal',
              scale: { domain, range: ['circle', 'circle', 'diamond'].slice(0, domain.length) },
              title: null,
              legend: legendPlacement,
            },
            tooltip: tip,
          },
        },
      ],
    };
  };
  const spec = topLevel(layers(rows), { height: layout.height, description: meta.title });
  // On paper a long list of institutions takes two columns, so the chart shares its page (scripts/figures/print.ts).
  const printSpec =
    !layout.compact && rows.length >= PRINT_SPLIT_ROWS
      ? splitRows(rows, PRINT_LABEL_WIDTH, (part, width) => ({ width, height: PRINT_ROW_STEP * part.length, ...layers(part, 3) }), meta.title)
      : undefined;

  const starts = rows.map((r) => r.start).filter(isValue);
  const targets = rows.map((r) => r.target).filter(isValue);
  const sentences = [
    `De figuur toont voor ${plural(rows.length, 'instelling', 'instellingen')} de startwaarde en de streefwaarde` +
      `${withLatest ? ' en, waar gemeten, de laatste meting' : ''}, gesorteerd op startwaarde.`,
  ];
  if (means.length === 2) {
    sentences.push(`Gemiddeld is de startwaarde ${formatLevel(input.meanStart!, unit)} en de streefwaarde ${formatLevel(input.meanTarget!, unit)}.`);
  }
  if (starts.length > 1) {
    sentences.push(
      `De startwaarden lopen uiteen van ${range(starts, unit)}` + (targets.length > 1 ? `, de streefwaarden van ${range(targets, unit)}.` : '.'),
    );
  }
  if (input.reached && input.reached.total > 0) {
    sentences.push(
      `${formatNumber(input.reached.count)} van de ${plural(input.reached.total, 'instelling', 'instellingen')} met een streefwaarde die verbetering plant en een recente meting ` +
        `${input.reached.count === 1 ? 'heeft' : 'hebben'} die streefwaarde al bereikt.`,
    );
  }
  const notes = [...(input.direction === 'lager_beter' ? ['Bij deze indicator is een lagere waarde beter.'] : []), ...(layout.note ? [layout.note] : [])];
  return chartFigure(meta, CHART_TYPE, { alt: sentences.join(' '), columns: columns(unit, names, withLatest), data, spec, ...(printSpec ? { printSpec } : {}), notes, labelContext: labelContext(rows) });
}
