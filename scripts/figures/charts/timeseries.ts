// National series over periods (seed 003 Figuur 2.2–2.12: instroom, uitstroom, vsv, practoraten), one line per
// series named at its end, with an optional national goal as a dashed rule (and a marker at the goal year).
import { capitalize, joinList } from '../../lib/nl.ts';
import type { Unit } from '../../snapshot/types.ts';
import { chartFigure, emptyFigure, extremes, isValue, slug, type FigureMeta } from '../figure.ts';
import { ONE_ROW, byPeriod, columnFormat, inlineData, legendScale, periodDomain, quantAxis, tooltip, topLevel, unitSuffix } from '../spec.ts';
import * as vega from 'vega';
import { measureText } from '../measure.ts';
import { CATEGORICAL, FONT_SIZE, NARROW_FONT, NARROW_WIDTH, SEMANTIC, WHITE } from '../theme.ts';
import type { Figure, FigureColumn } from '../types.ts';
import { formatMeasured } from '../../lib/units.ts';

export const CHART_TYPE = 'timeseries';

export interface TimeseriesInput {
  readonly unit: Unit;
  /** Axis title, e.g. `Aantal instromers`; the unit suffix is added. */
  readonly valueTitle?: string;
  readonly series: readonly {
    readonly label: string;
    readonly points: readonly { readonly period: string; readonly value: number | null }[];
  }[];
  /** A national goal, e.g. `{ value: 18000, label: 'Doel 2026: minder dan 18.000', period: '2026' }`. */
  readonly goal?: { readonly value: number; readonly label: string; readonly period?: string } | null;
  /** Start the value axis at zero (counts that should be read as sizes). */
  readonly zero?: boolean;
}

/** Plot height in px (both variants). */
const PLOT_HEIGHT = 260;
/** Value-axis ticks: vega-lite's default for the plot height (one per 40 px). */
const Y_TICKS = Math.ceil(PLOT_HEIGHT / 40);
/** Room a printed value needs above or below its point before it reaches the plot edge. */
const LABEL_ROOM = 24;
/** About the narrow variant's plot width (its value axis takes the rest). */
const NARROW_PLOT = NARROW_WIDTH - 70;
/** Least distance between two line names, in px. */
const LABEL_GAP = NARROW_FONT + 2;

/** The domain vega would draw for `nice: true`, computed here so label positions are known in advance. */
function niceDomain(min: number, max: number): [number, number] {
  // Rounded to the axis's own tick count, so the top of the plot is a tick and no value lies above the last one.
  const [a, b] = vega.scale('linear')().domain([min, max]).nice(Y_TICKS).domain() as [number, number];
  return [a, b];
}

/**
 * Line names at their end values, moved apart (top to bottom, then back inside the plot) until no two are closer
 * than LABEL_GAP px.
 */
export function spreadLabels<T extends { py: number }>(labels: readonly T[]): T[] {
  const sorted = labels.map((l) => ({ ...l })).sort((a, b) => a.py - b.py);
  for (let i = 1; i < sorted.length; i++) sorted[i]!.py = Math.max(sorted[i]!.py, sorted[i - 1]!.py + LABEL_GAP);
  const overflow = sorted.length > 0 ? sorted[sorted.length - 1]!.py - PLOT_HEIGHT : 0;
  if (overflow > 0) {
    sorted[sorted.length - 1]!.py -= overflow;
    for (let i = sorted.length - 2; i >= 0; i--) sorted[i]!.py = Math.min(sorted[i]!.py, sorted[i + 1]!.py - LABEL_GAP);
  }
  return sorted;
}

export function buildTimeseries(input: TimeseriesInput, meta: FigureMeta): Figure {
  const { unit } = input;
  const series = input.series
    .map((s) => ({ ...s, points: s.points.filter((p) => isValue(p.value)).slice().sort((a, b) => byPeriod(a.period, b.period)) }))
    .filter((s) => s.points.length > 0);
  // Column keys from the series names, made unique (two series may slug alike; `periode` is taken).
  const seen = new Set(['periode']);
  const keys = series.map((s) => {
    let key = slug(s.label) || 'reeks';
    for (let i = 2; seen.has(key); i++) key = `${slug(s.label) || 'reeks'}_${i}`;
    seen.add(key);
    return key;
  });
  const columns: FigureColumn[] = [
    { key: 'periode', label: 'Periode', format: 'text' },
    ...series.map((s, i): FigureColumn => ({ key: keys[i]!, label: s.label, format: columnFormat(unit) })),
  ];
  if (series.length === 0) return emptyFigure(meta, CHART_TYPE, 'er zijn geen waarden voor deze reeks.', columns);

  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort(byPeriod);
  const goal = input.goal && isValue(input.goal.value) ? input.goal : null;
  const domain = periodDomain([...periods, ...(goal?.period ? [goal.period] : [])]);
  const data = periods.map((period) => ({
    periode: period,
    ...Object.fromEntries(series.map((s, i) => [keys[i]!, s.points.find((p) => p.period === period)?.value ?? null])),
  }));
  const single = series.length === 1;
  const index = new Map(domain.map((p, i) => [p, i]));
  // Only two published values far apart (e.g. 2016/17 and 2023/24): no line, which would suggest a trend nobody
  // measured between them, but two marked values and a note. A series with more values gets a line, dashed where
  // periods are missing.
  const endpointsOnly = (s: (typeof series)[number]) =>
    s.points.length === 2 && index.get(s.points[1]!.period)! - index.get(s.points[0]!.period)! > 1;
  const loose = series.filter(endpointsOnly);
  const gaps = series.some((s) => !endpointsOnly(s) && s.points.length > 1 && s.points.length < index.get(s.points[s.points.length - 1]!.period)! - index.get(s.points[0]!.period)! + 1);
  const few = series.every((s) => s.points.length <= 3);

  const all = [...series.flatMap((s) => s.points.map((p) => p.value!)), ...(goal ? [goal.value] : [])];
  // Counts and amounts are sizes: their axis starts at zero. So does a series of a few far-apart values.
  const fromZero = input.zero || unit === 'aantal' || unit === 'euro' || ((gaps || loose.length > 0) && few);
  const [d0, d1] = niceDomain(fromZero ? Math.min(0, ...all) : Math.min(...all), Math.max(...all));
  /** Pixel height of a value from the top of the plot. */
  const py = (v: number) => (d1 === d0 ? PLOT_HEIGHT / 2 : PLOT_HEIGHT * (1 - (v - d0) / (d1 - d0)));

  // A single series gets its first and last value printed, as CBS does: above the point, or below it when the
  // line leaves the point upwards, unless that would reach the axis labels under the plot (or the top).
  const endLabel = (s: (typeof series)[number], j: number): { endLabel: string; below: boolean } => {
    const n = s.points.length;
    if (!single || (j !== 0 && j !== n - 1)) return { endLabel: '', below: false };
    const neighbour = s.points[j === 0 ? 1 : n - 2];
    const y = py(s.points[j]!.value!);
    const wantsBelow = neighbour !== undefined && neighbour.value! > s.points[j]!.value!;
    const below = y < LABEL_ROOM ? true : y > PLOT_HEIGHT - LABEL_ROOM ? false : wantsBelow;
    return { endLabel: formatMeasured(s.points[j]!.value!, unit), below };
  };
  const points = series.flatMap((s) =>
    s.points.map((p, j) => ({
      reeks: s.label,
      periode: p.period,
      waarde: p.value,
      waardeText: formatMeasured(p.value!, unit),
      verbonden: !endpointsOnly(s),
      ...endLabel(s, j),
    })),
  );

  // Several series: each named at its last value, right of the line, moved apart so no two names overlap.
  const lineLabels = single ? [] : spreadLabels(series.map((s) => ({ reeks: s.label, periode: s.points[s.points.length - 1]!.period, py: py(s.points[s.points.length - 1]!.value!) })))
    .map((l) => ({ ...l, labelY: d0 + (1 - l.py / PLOT_HEIGHT) * (d1 - d0) }));
  const labelRoom = Math.max(0, ...lineLabels.map((l) => measureText(l.reeks, { fontSize: NARROW_FONT }) + 12));
  // Room right of the last period for the names: the point scale's padding (in steps) for the narrow variant's plot.
  const padding = single ? 0.5 : Math.min(3, Math.max(0.5, (labelRoom * (domain.length - 1)) / Math.max(1, NARROW_PLOT - 2 * labelRoom)));

  const x = { field: 'periode', type: 'ordinal', scale: { type: 'point', domain, padding }, axis: { title: null, labelAngle: 0, labelOverlap: 'greedy' } };
  const y = {
    field: 'waarde',
    type: 'quantitative',
    // An explicit, already rounded domain (not `unionWith`, not `nice`), so layers from different data never
    // disagree about it and the label positions computed above are where vega draws them.
    scale: { domain: [d0, d1], nice: false },
    axis: quantAxis(unit, { title: `${input.valueTitle ?? 'Waarde'}${unitSuffix(unit)}`, max: Math.max(...all), tickCount: Y_TICKS }),
  };
  const colour = single
    ? { value: SEMANTIC.primary }
    : { field: 'reeks', type: 'nominal', title: null, legend: null, scale: legendScale(series.map((s, i) => [s.label, CATEGORICAL[i % CATEGORICAL.length]!])) };
  const goalLayers = goal
    ? [
        { data: ONE_ROW, mark: { type: 'rule', color: SEMANTIC.target, strokeDash: [5, 3], strokeWidth: 1.5 }, encoding: { y: { datum: goal.value, type: 'quantitative' } } },
        {
          // With a goal marker at the right the label moves to the left end of the rule.
          data: ONE_ROW,
          mark: goal.period
            ? { type: 'text', color: SEMANTIC.target, align: 'left', baseline: 'bottom', dy: -3, fontSize: FONT_SIZE.small, x: 0 }
            : { type: 'text', color: SEMANTIC.target, align: 'right', baseline: 'bottom', dy: -3, fontSize: FONT_SIZE.small, x: 'width' },
          encoding: { y: { datum: goal.value, type: 'quantitative' }, text: { value: goal.label } },
        },
        ...(goal.period
          ? [{
              data: inlineData([{ periode: goal.period, waarde: goal.value }]),
              mark: { type: 'point', shape: 'diamond', size: 90, filled: true, color: SEMANTIC.target, stroke: WHITE, strokeWidth: 1 },
              encoding: { x: { field: 'periode', type: 'ordinal' }, y: { field: 'waarde', type: 'quantitative' } },
            }]
          : []),
      ]
    : [];

  const spec = topLevel(
    {
      data: inlineData(points),
      layer: [
        // The series layer comes first: it owns the axes; the goal layers are drawn on top.
        {
          transform: [{ filter: 'datum.verbonden' }],
          mark: { type: 'line', strokeWidth: gaps ? 1.5 : 2.25, ...(gaps ? { strokeDash: [4, 3] } : {}) },
          encoding: { x, y, color: colour, detail: { field: 'reeks' } },
        },
        {
          mark: { type: 'point', size: loose.length > 0 ? 60 : 36, filled: true, stroke: WHITE, strokeWidth: 0.75 },
          encoding: { x, y, color: colour, tooltip: tooltip([['reeks', 'Reeks'], ['periode', 'Periode'], ['waardeText', 'Waarde']]) },
        },
        ...(single
          ? [
              // The first value's label runs to the right of its point and the last one's to the left, so neither
              // reaches into the value axis's labels or past the plot.
              ...(['first', 'last'] as const).flatMap((end) =>
                [false, true].map((below) => ({
                  transform: [{ filter: `datum.endLabel != '' && datum.periode ${end === 'first' ? '==' : '!='} ${JSON.stringify(periods[0])} && ${below ? '' : '!'}datum.below` }],
                  mark: { type: 'text', dy: below ? 13 : -11, fontSize: FONT_SIZE.small, align: end === 'first' ? 'left' : 'right', dx: end === 'first' ? -4 : 4 },
                  encoding: { x, y, text: { field: 'endLabel' } },
                })),
              ),
            ]
          : [
              {
                data: inlineData(lineLabels.map(({ reeks, periode, labelY }) => ({ reeks, periode, labelY }))),
                mark: { type: 'text', align: 'left', baseline: 'middle', dx: 8, fontSize: FONT_SIZE.small },
                encoding: { x, y: { field: 'labelY', type: 'quantitative' }, text: { field: 'reeks' }, color: colour },
              },
            ]),
        ...goalLayers,
      ],
    },
    { height: PLOT_HEIGHT, description: meta.title },
  );

  const describe = (s: (typeof series)[number]) => {
    const first = s.points[0]!;
    const last = s.points[s.points.length - 1]!;
    if (s.points.length === 1) return `${s.label}: ${formatMeasured(first.value!, unit)} in ${first.period}`;
    const { max, min } = extremes(s.points, (p) => p.value!);
    return (
      `${s.label}: van ${formatMeasured(first.value!, unit)} in ${first.period} naar ${formatMeasured(last.value!, unit)} in ${last.period}` +
      (single ? `; het hoogste niveau was ${formatMeasured(max.value!, unit)} (${max.period}), het laagste ${formatMeasured(min.value!, unit)} (${min.period})` : '')
    );
  };
  const span = periods.length > 1 ? `van ${periods[0]} tot ${periods[periods.length - 1]}` : `in ${periods[0]}`;
  const alt =
    `Lijndiagram ${span} met ${single ? 'één reeks' : joinList(series.map((s) => s.label))}. ` +
    series.map((s) => `${capitalize(describe(s))}.`).join(' ') +
    (goal ? ` ${capitalize(goal.label)}${goal.label.includes(formatMeasured(goal.value, unit)) ? '' : ` (${formatMeasured(goal.value, unit)})`}.` : '');
  const notes = [
    ...(gaps ? ['Niet voor elke periode is een waarde bekend; de stippellijn verbindt alleen de bekende waarden.'] : []),
    ...(loose.length > 0
      ? [
          `${single ? 'Er zijn' : `Voor ${joinList(loose.map((s) => s.label.toLowerCase()))} zijn`} alleen de waarden in ` +
            `${joinList([...new Set(loose.flatMap((s) => s.points.map((p) => p.period)))].sort(byPeriod))} gepubliceerd; ` +
            'de jaren daartussen zijn niet bekend, daarom verbindt geen lijn de punten.',
        ]
      : []),
  ];
  return chartFigure(meta, CHART_TYPE, { alt, columns, data, spec, notes });
}
