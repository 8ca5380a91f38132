// Realised values over the years for one indicator (seed 003 Figuur 2.14 and 3.1): the institutions' spread as
// two bands (P5–P95 light, P25–P75 darker), the mean as a line, and the mean target as a dashed rule. A period
// that rests on fewer institutions than the one before (`earlier`) shows its n under the year and in the tooltip.
import { formatNumber, plural } from '../../lib/nl.ts';
import type { Unit } from '../../snapshot/types.ts';
import { chartFigure, emptyFigure, isValue, type FigureMeta } from '../figure.ts';
import { byPeriod, levelFormat, inlineData, legendScale, periodDomain, quantAxis, tooltip, topLevel, unitSuffix } from '../spec.ts';
import { BAND, SEMANTIC, WHITE } from '../theme.ts';
import type { Figure, FigureColumn } from '../types.ts';
import { formatLevel } from '../../lib/units.ts';

export const CHART_TYPE = 'realised-bands';

export interface BandPeriod {
  readonly period: string;
  readonly mean: number;
  readonly p5: number;
  readonly p25: number;
  readonly p75: number;
  readonly p95: number;
  /** Institutions with a (disclosed) value in this period. */
  readonly n: number;
  /** Set when this period has fewer institutions than the latest earlier one (compute/partial.ts): that period and its n. */
  readonly earlier?: { readonly period: string; readonly n: number } | null;
}

export interface RealisedBandsInput {
  readonly unit: Unit;
  readonly valueTitle?: string;
  readonly periods: readonly BandPeriod[];
  readonly meanTarget?: number | null;
  /** Legend name of the target rule, e.g. `Gemiddelde streefwaarde 2027`. */
  readonly targetLabel?: string;
}

const MEAN = 'Gemiddelde';
const INNER = 'Middelste 50% (P25–P75)';
const OUTER = 'Middelste 90% (P5–P95)';

function columns(unit: Unit): FigureColumn[] {
  // Levels with the decimals the text uses.
  const level = levelFormat(unit);
  return [
    { key: 'periode', label: 'Periode', format: 'text' },
    { key: 'gemiddelde', label: 'Gemiddelde', ...level },
    { key: 'p5', label: 'P5', ...level },
    { key: 'p25', label: 'P25', ...level },
    { key: 'p75', label: 'P75', ...level },
    { key: 'p95', label: 'P95', ...level },
    { key: 'n', label: 'Aantal instellingen', format: 'integer' },
  ];
}

/** `34`, or for a partial period `34 (van de 49 in 2024)`. */
function nText(p: BandPeriod): string {
  return p.earlier ? `${formatNumber(p.n)} (van de ${formatNumber(p.earlier.n)} in ${p.earlier.period})` : formatNumber(p.n);
}

/** Partial periods get a second label line `n = 34` under the year; full periods keep the year alone. */
function partialLabels(periods: readonly BandPeriod[]): { labelExpr?: string; labelLineHeight?: number } {
  const marked = periods.filter((p) => p.earlier).map((p) => [p.period, [p.period, `n = ${formatNumber(p.n)}`]] as const);
  if (marked.length === 0) return {};
  return { labelExpr: `${JSON.stringify(Object.fromEntries(marked))}[datum.label] || datum.label`, labelLineHeight: 15 };
}

export function buildRealisedBands(input: RealisedBandsInput, meta: FigureMeta): Figure {
  const { unit } = input;
  const periods = input.periods
    .filter((p) => [p.mean, p.p5, p.p25, p.p75, p.p95].every(isValue))
    .slice()
    .sort((a, b) => byPeriod(a.period, b.period));
  if (periods.length === 0) return emptyFigure(meta, CHART_TYPE, 'er zijn nog geen gerealiseerde waarden gemeten.', columns(unit));

  const target = isValue(input.meanTarget) ? input.meanTarget : null;
  const targetName = input.targetLabel ?? 'Gemiddelde streefwaarde';
  const data = periods.map((p) => ({ periode: p.period, gemiddelde: p.mean, p5: p.p5, p25: p.p25, p75: p.p75, p95: p.p95, n: p.n }));
  const values = data.map((d) => ({
    ...d,
    meanText: formatLevel(d.gemiddelde, unit),
    nText: nText(periods.find((p) => p.period === d.periode)!),
    innerText: `${formatLevel(d.p25, unit)} – ${formatLevel(d.p75, unit)}`,
    outerText: `${formatLevel(d.p5, unit)} – ${formatLevel(d.p95, unit)}`,
  }));
  const all = [...periods.flatMap((p) => [p.p5, p.p95]), ...(target === null ? [] : [target])];
  const legend: [string, string][] = [
    [MEAN, SEMANTIC.mean],
    [INNER, BAND.inner],
    [OUTER, BAND.outer],
    ...(target === null ? [] : [[targetName, SEMANTIC.target] as [string, string]]),
  ];
  // Every layer tags its rows with its legend name, so all layers share one colour scale and one legend.
  const series = (name: string) => [{ calculate: JSON.stringify(name), as: 'reeks' }];
  const colour = { field: 'reeks', type: 'nominal', title: null, scale: legendScale(legend) };
  const x = {
    field: 'periode',
    type: 'ordinal',
    scale: { type: 'point', padding: 0.25, domain: periodDomain(periods.map((p) => p.period)) },
    axis: { title: null, labelAngle: 0, ...partialLabels(periods) },
  };
  const y = (field: string) => ({ field, type: 'quantitative' });
  // Counts start at zero; the domain is rounded to the axis's 7 ticks (260 px), so the plot ends on a tick.

  const spec = topLevel(
    {
      data: inlineData(values),
      layer: [
        {
          transform: series(OUTER),
          mark: { type: 'area', opacity: 1 },
          encoding: {
            x,
            y: { ...y('p5'), scale: { domain: [unit === 'aantal' || unit === 'euro' ? Math.min(0, ...all) : Math.min(...all), Math.max(...all)], nice: 7 }, axis: quantAxis(unit, { title: `${input.valueTitle ?? 'Waarde'}${unitSuffix(unit)}`, max: Math.max(...all), tickCount: 7 }) },
            y2: { field: 'p95' },
            color: colour,
          },
        },
        { transform: series(INNER), mark: { type: 'area', opacity: 1 }, encoding: { x, y: y('p25'), y2: { field: 'p75' }, color: colour } },
        ...(target === null
          ? []
          : [
              {
                data: inlineData([{ reeks: targetName, streef: target }]),
                mark: { type: 'rule', strokeDash: [5, 3], strokeWidth: 1.75 },
                encoding: { y: y('streef'), color: colour },
              },
            ]),
        { transform: series(MEAN), mark: { type: 'line', strokeWidth: 2.25 }, encoding: { x, y: y('gemiddelde'), color: colour } },
        {
          transform: series(MEAN),
          mark: { type: 'point', size: 40, filled: true, stroke: WHITE, strokeWidth: 0.75 },
          encoding: {
            x,
            y: y('gemiddelde'),
            color: colour,
            tooltip: tooltip([['periode', 'Periode'], ['meanText', 'Gemiddelde'], ['innerText', 'P25–P75'], ['outerText', 'P5–P95'], ['nText', 'Aantal instellingen']]),
          },
        },
      ],
    },
    { height: 260, description: meta.title },
  );

  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  const alt =
    (periods.length === 1
      ? `De figuur toont het gemiddelde en de spreiding tussen instellingen in ${first.period}: gemiddeld ${formatLevel(first.mean, unit)}, ` +
        `de middelste helft van de instellingen tussen ${formatLevel(first.p25, unit)} en ${formatLevel(first.p75, unit)}.`
      : `De figuur toont het gemiddelde en de spreiding tussen instellingen van ${first.period} tot ${last.period}. ` +
        `Het gemiddelde ging van ${formatLevel(first.mean, unit)} naar ${formatLevel(last.mean, unit)}; in ${last.period} lag de middelste helft ` +
        `van de ${plural(last.n, 'instelling', 'instellingen')} tussen ${formatLevel(last.p25, unit)} en ${formatLevel(last.p75, unit)}.`) +
    (target === null ? '' : ` De gemiddelde streefwaarde is ${formatLevel(target, unit)}.`) +
    periods
      .filter((p) => p.earlier)
      .map((p) => ` In ${p.period} zijn er waarden van ${formatNumber(p.n)} van de ${plural(p.earlier!.n, 'instelling', 'instellingen')} van ${p.earlier!.period}.`)
      .join('');
  const notes = ['Het donkere vlak loopt van het 25e tot het 75e percentiel van de instellingen, het lichtere vlak van het 5e tot het 95e.'];
  return chartFigure(meta, CHART_TYPE, { alt, columns: columns(unit), data, spec, notes });
}
