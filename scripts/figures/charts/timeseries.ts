// National series over periods (seed 003 Figuur 2.2–2.12: instroom, uitstroom, vsv, practoraten), one line per
// series, with an optional national goal as a dashed rule (and a marker at the goal year when it has one).
import { capitalize, joinList } from '../../lib/nl.ts';
import type { Unit } from '../../snapshot/types.ts';
import { chartFigure, emptyFigure, extremes, isValue, slug, type FigureMeta } from '../figure.ts';
import { ONE_ROW, byPeriod, columnFormat, formatLevel, inlineData, legendScale, periodDomain, quantAxis, tooltip, topLevel, unitSuffix } from '../spec.ts';
import { CATEGORICAL, FONT_SIZE, SEMANTIC, WHITE } from '../theme.ts';
import type { Figure, FigureColumn } from '../types.ts';

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
  // A series measured in only a few of the periods on the axis: the line between its points is no trend, so it
  // is drawn dashed, and with so few values the axis starts at zero so a small change does not look steep.
  const gaps = series.some((s) => s.points.length < domain.length);
  const few = series.every((s) => s.points.length <= 3);
  // A single series gets its first and last value printed, as CBS does: above the point, or below it when
  // the line leaves the point upwards, so the label never sits on the line.
  const endLabel = (s: (typeof series)[number], j: number): { endLabel: string; below: boolean } => {
    const n = s.points.length;
    if (!single || (j !== 0 && j !== n - 1)) return { endLabel: '', below: false };
    const neighbour = s.points[j === 0 ? 1 : n - 2];
    return { endLabel: formatLevel(s.points[j]!.value!, unit), below: neighbour !== undefined && neighbour.value! > s.points[j]!.value! };
  };
  const points = series.flatMap((s) =>
    s.points.map((p, j) => ({ reeks: s.label, periode: p.period, waarde: p.value, waardeText: formatLevel(p.value!, unit), ...endLabel(s, j) })),
  );
  const all = [...points.map((p) => p.waarde!), ...(goal ? [goal.value] : [])];

  const x = { field: 'periode', type: 'ordinal', scale: { domain }, axis: { title: null, labelAngle: 0, labelOverlap: 'greedy' } };
  const y = {
    field: 'waarde',
    type: 'quantitative',
    // An explicit domain (not `unionWith`) so layers from different data never disagree about it.
    scale: { domain: [input.zero || (gaps && few) ? Math.min(0, ...all) : Math.min(...all), Math.max(...all)], nice: true },
    axis: quantAxis(unit, { title: `${input.valueTitle ?? 'Waarde'}${unitSuffix(unit)}`, max: Math.max(...all) }),
  };
  const colour = single
    ? { value: SEMANTIC.primary }
    : { field: 'reeks', type: 'nominal', title: null, scale: legendScale(series.map((s, i) => [s.label, CATEGORICAL[i % CATEGORICAL.length]!])) };
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
        { mark: { type: 'line', strokeWidth: gaps ? 1.5 : 2.25, ...(gaps ? { strokeDash: [4, 3] } : {}) }, encoding: { x, y, color: colour, detail: { field: 'reeks' } } },
        {
          mark: { type: 'point', size: 36, filled: true, stroke: WHITE, strokeWidth: 0.75 },
          encoding: { x, y, color: colour, tooltip: tooltip([['reeks', 'Reeks'], ['periode', 'Periode'], ['waardeText', 'Waarde']]) },
        },
        ...(single
          ? [
              { transform: [{ filter: "datum.endLabel != '' && !datum.below" }], mark: { type: 'text', dy: -11, fontSize: FONT_SIZE.small }, encoding: { x, y, text: { field: 'endLabel' } } },
              { transform: [{ filter: "datum.endLabel != '' && datum.below" }], mark: { type: 'text', dy: 13, fontSize: FONT_SIZE.small }, encoding: { x, y, text: { field: 'endLabel' } } },
            ]
          : []),
        ...goalLayers,
      ],
    },
    { height: 260, description: meta.title },
  );

  const describe = (s: (typeof series)[number]) => {
    const first = s.points[0]!;
    const last = s.points[s.points.length - 1]!;
    if (s.points.length === 1) return `${s.label}: ${formatLevel(first.value!, unit)} in ${first.period}`;
    const { max, min } = extremes(s.points, (p) => p.value!);
    return (
      `${s.label}: van ${formatLevel(first.value!, unit)} in ${first.period} naar ${formatLevel(last.value!, unit)} in ${last.period}` +
      (single ? `; het hoogste niveau was ${formatLevel(max.value!, unit)} (${max.period}), het laagste ${formatLevel(min.value!, unit)} (${min.period})` : '')
    );
  };
  const span = periods.length > 1 ? `van ${periods[0]} tot ${periods[periods.length - 1]}` : `in ${periods[0]}`;
  const alt =
    `Lijndiagram ${span} met ${single ? 'één reeks' : joinList(series.map((s) => s.label))}. ` +
    series.map((s) => `${capitalize(describe(s))}.`).join(' ') +
    (goal ? ` ${capitalize(goal.label)}${goal.label.includes(formatLevel(goal.value, unit)) ? '' : ` (${formatLevel(goal.value, unit)})`}.` : '');
  const notes = gaps ? ['Niet voor elke periode is een waarde bekend; de stippellijn verbindt alleen de bekende waarden.'] : [];
  return chartFigure(meta, CHART_TYPE, { alt, columns, data, spec, notes });
}
