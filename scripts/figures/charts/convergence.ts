// Catching up (seed 000 §2.2): per institution the start value against the improvement ambition, with a least
// squares line. A negative slope means institutions that start lower aim for bigger steps (convergence).
// r, p and n come from the computation stage and go in the notes; the line is drawn by vega-lite's regression
// transform, which is the same ordinary least squares fit. For "lower is better" indicators the computation
// correlates the start sign-adjusted (× −1), so catch-up is a negative r; the chart keeps the raw start on the x
// axis (readers know the real values), where the same least-squares line rises, and the note says why.
import { formatNumber, plural } from '../../lib/nl.ts';
import type { Direction, Unit } from '../../snapshot/types.ts';
import { chartFigure, emptyFigure, isValue, type FigureMeta } from '../figure.ts';
import {
  ONE_ROW,
  columnFormat,
  levelFormat,
  formatCorrelation,
  inlineData,
  quantAxis,
  tooltip,
  topLevel,
  unitSuffix,
} from '../spec.ts';
import { SEMANTIC, WHITE } from '../theme.ts';
import type { Figure, FigureColumn } from '../types.ts';
import { formatChangeShort, formatMeasured } from '../../lib/units.ts';

export const CHART_TYPE = 'convergence';

export interface ConvergencePoint {
  readonly label: string;
  readonly start: number;
  /** Sign-adjusted improvement ambition. */
  readonly ambition: number;
}

export interface ConvergenceInput {
  readonly unit: Unit;
  readonly points: readonly ConvergencePoint[];
  /** Pearson correlation between start and ambition, its two-sided p-value and n (null when undefined). */
  readonly r: number | null;
  readonly p: number | null;
  readonly n: number;
  /** `lager_beter`: r was computed on the start × −1; wording and note follow. */
  readonly direction?: Direction;
  /** The spread test that decides catch-up (Pitman–Morgan, q over the convergence table); absent when not tested. */
  readonly spread?: {
    readonly sdStart: number;
    readonly sdTarget: number;
    readonly q: number;
    readonly conclusion: 'inhaalslag' | 'uiteenlopen' | 'geen';
  } | null;
}

function columns(unit: Unit): FigureColumn[] {
  return [
    { key: 'instelling', label: 'Instelling', format: 'text' },
    { key: 'start', label: 'Startwaarde', ...levelFormat(unit) },
    { key: 'ambitie', label: 'Verbeterambitie', format: columnFormat(unit, true) },
  ];
}

/**
 * r described in words, without a verdict: r(start, ambition) leans negative by construction (regression to the
 * mean), so significance and catch-up are decided on the spread test instead (see `spreadNote`).
 */
export function describeRelation(r: number | null, p: number | null, n: number, direction: Direction = 'hoger_beter'): string {
  if (!isValue(r) || !isValue(p)) return `Er is te weinig spreiding om een samenhang te berekenen (n = ${formatNumber(n)}).`;
  const stats = `(${formatCorrelation(r, p, n)})`;
  // With a sign-adjusted start, r < 0 means: the less favourable the start, the bigger the ambition.
  const lower = direction === 'lager_beter' ? r > 0 : r < 0;
  const start = direction === 'lager_beter' ? (lower ? 'een lagere (gunstiger) startwaarde' : 'een hogere (ongunstiger) startwaarde') : lower ? 'een lagere startwaarde' : 'een hogere startwaarde';
  const meaning = `instellingen met ${start} hebben gemiddeld een grotere verbeterambitie`;
  if (p < 0.05) return `De samenhang is ${r < 0 ? 'negatief' : 'positief'} ${stats}: ${meaning}.`;
  if (p < 0.1) return `Er is een zwakke ${r < 0 ? 'negatieve' : 'positieve'} samenhang ${stats}: ${meaning}.`;
  return `Er is geen duidelijke samenhang tussen startwaarde en verbeterambitie ${stats}.`;
}

/** What the spread test says: the only ground for "inhaalslag" or "de verschillen worden groter". */
export function spreadNote(spread: NonNullable<ConvergenceInput['spread']>, unit: Unit): string {
  const q = spread.q < 0.001 ? 'q < 0,001' : `q = ${formatNumber(spread.q, 3)}`;
  // Grades spread by tenths: one more decimal than a change, so 0,25 and 0,32 do not both read 0,3.
  const size = (v: number) => formatChangeShort(v, unit, unit === 'cijfer' ? 2 : undefined).replace(/^[+−]/, '');
  const sd = `de spreiding (standaardafwijking) is ${size(spread.sdStart)} bij de startwaarden en ` +
    `${size(spread.sdTarget)} bij de streefwaarden (toets van Pitman en Morgan, ${q})`;
  if (spread.conclusion === 'inhaalslag') return `Inhaalslag: ${sd}; als de plannen worden gerealiseerd, worden de verschillen tussen instellingen kleiner.`;
  if (spread.conclusion === 'uiteenlopen') return `Geen inhaalslag: ${sd}; als de plannen worden gerealiseerd, worden de verschillen tussen instellingen groter.`;
  return `Geen conclusie over een inhaalslag: ${sd}, geen duidelijk verschil.`;
}

export function buildConvergence(input: ConvergenceInput, meta: FigureMeta): Figure {
  const { unit } = input;
  const points = input.points.filter((pt) => isValue(pt.start) && isValue(pt.ambition));
  if (points.length < 3) {
    return emptyFigure(meta, CHART_TYPE, 'minder dan drie instellingen hebben zowel een start- als een streefwaarde.', columns(unit));
  }

  const data = points.map((pt) => ({ instelling: pt.label, start: pt.start, ambitie: pt.ambition }));
  const values = data.map((d) => ({ ...d, startText: formatMeasured(d.start, unit), ambitieText: formatChangeShort(d.ambitie, unit) }));
  const x = {
    field: 'start',
    type: 'quantitative',
    scale: { zero: false, nice: 8 },
    // About eight ticks (and a domain rounded to the same ticks, so no value lies beyond the last one): vega's default for 640 px puts a label every 2% and the last two collide.
    axis: quantAxis(unit, { title: `Startwaarde${unitSuffix(unit)}`, max: Math.max(...data.map((d) => d.start)), tickCount: 8 }),
  };
  const y = {
    field: 'ambitie',
    type: 'quantitative',
    // Domain and ticks rounded alike (vega-lite's default tick count for 300 px), so the plot ends on a tick.
    scale: { nice: 8 },
    axis: quantAxis(unit, { title: `Verbeterambitie${unitSuffix(unit, true)}`, change: true, tickCount: 8 }),
  };

  const spec = topLevel(
    {
      data: inlineData(values),
      layer: [
        { data: ONE_ROW, mark: { type: 'rule', color: SEMANTIC.zero }, encoding: { y: { datum: 0, type: 'quantitative' } } },
        {
          mark: { type: 'point', shape: 'circle', size: 55, color: SEMANTIC.primary, stroke: WHITE, strokeWidth: 0.75 },
          encoding: { x, y, tooltip: tooltip([['instelling', 'Instelling'], ['startText', 'Startwaarde'], ['ambitieText', 'Verbeterambitie']]) },
        },
        {
          transform: [{ regression: 'ambitie', on: 'start' }],
          mark: { type: 'line', color: SEMANTIC.regression, strokeWidth: 2 },
          encoding: { x: { field: 'start', type: 'quantitative' }, y: { field: 'ambitie', type: 'quantitative' } },
        },
      ],
    },
    { height: 300, description: meta.title },
  );

  const statistics = isValue(input.r) && isValue(input.p) ? formatCorrelation(input.r, input.p, input.n) : `n = ${formatNumber(input.n)}`;
  const alt =
    `Spreidingsdiagram met de startwaarde en de verbeterambitie van ${plural(points.length, 'instelling', 'instellingen')}, ` +
    `met een trendlijn. ${describeRelation(input.r, input.p, input.n, input.direction)}` +
    (input.spread ? ` ${spreadNote(input.spread, unit)}` : '');
  // The spread test's result is a row of the tables beside these charts (the Sectorbeeld's spread table, an indicator's
  // Ambities table) and stays in the alternative text; the description r goes with the chart's subtitle, so ten charts
  // of one chapter do not repeat one note shape (issue 27).
  const notes = [
    // Notes in the same words on every figure are said once a chapter (report/notes.ts).
    'De lijn is de kleinste-kwadratenlijn. De correlatie is alleen een beschrijving: toevallige meetverschillen in de startwaarde komen met ' +
      'het omgekeerde teken terug in de ambitie, waardoor zij vanzelf naar een negatieve waarde neigt.',
    ...(input.direction === 'lager_beter'
      ? [
          'Bij deze indicator is een lagere waarde beter. De correlatie is berekend met de startwaarde in de richting van beter ' +
            '(maal −1), zodat een negatieve r ook hier betekent dat een ongunstiger start samengaat met een grotere ambitie; de figuur ' +
            'toont de gewone startwaarde, waarin dat als een stijgende lijn te zien is.',
        ]
      : []),
  ];
  return chartFigure({ ...meta, subtitle: `${meta.subtitle} (Pearson-correlatie: ${statistics})` }, CHART_TYPE, { alt, columns: columns(unit), data, spec, notes });
}
