// One institution against the sector, for every indicator at once (the 55 institution pages). Indicators have
// different units, so each strip is rescaled to its own sector spread: P5 at the left edge, P95 at the right,
// flipped for "lower is better" so right always means favourable. The real values are printed beside each strip.
// One unit chart with a handful of layers: cheap enough to render for every institution.
import { plural } from '../../lib/nl.ts';
import type { Direction, Unit } from '../../snapshot/types.ts';
import { chartFigure, emptyFigure, isValue, type FigureMeta } from '../figure.ts';
import { MULTILINE_LABELS, ONE_ROW, bandAxis, inlineData, legendScale, tooltip, topLevel, wrapLabel } from '../spec.ts';
import { measureText, wrapText } from '../measure.ts';
import { narrowSpec } from '../narrow.ts';
import { BAND, FONT_SIZE, INK, MUTED, NARROW_FONT, SEMANTIC, WHITE } from '../theme.ts';
import type { Figure, FigureColumn } from '../types.ts';
import { formatLevel, formatMeasured } from '../../lib/units.ts';

export const CHART_TYPE = 'institution-position';

export interface PositionRow {
  readonly label: string;
  readonly unit: Unit;
  readonly direction: Direction;
  /** Sector distribution of the institutions' start values (or latest values), computed upstream. */
  readonly p5: number;
  readonly q1: number;
  readonly q3: number;
  readonly p95: number;
  readonly start?: number | null;
  readonly target?: number | null;
  readonly latest?: number | null;
}

export interface InstitutionPositionInput {
  readonly institution: string;
  readonly rows: readonly PositionRow[];
  readonly labels?: { readonly start?: string; readonly target?: string; readonly latest?: string };
}

/** Marks beyond P5/P95 are drawn just outside the band rather than off the chart. */
const CLAMP: readonly [number, number] = [-0.06, 1.06];
/** Where the value text column starts, in the rescaled units (the band spans 0..1). */
const TEXT_AT = 1.12;
const DOMAIN_END = 2.05;
/** The narrow variant's label column: wide enough for `65,9% naar 73% · 70,1%` at the narrow text size. */
const NARROW_LABELS = Math.ceil(measureText('65,9% naar 73,0% · 70,1%', { fontSize: NARROW_FONT }));

/** Position of `value` within P5..P95 (0..1), favourable to the right. */
export function relativePosition(value: number, row: Pick<PositionRow, 'p5' | 'p95' | 'direction'>): number {
  const span = row.p95 - row.p5;
  const raw = span > 0 ? (value - row.p5) / span : 0.5;
  const oriented = row.direction === 'lager_beter' ? 1 - raw : raw;
  return Math.min(CLAMP[1], Math.max(CLAMP[0], oriented));
}

function columns(): FigureColumn[] {
  return [
    { key: 'indicator', label: 'Indicator', format: 'text' },
    { key: 'eenheid', label: 'Eenheid', format: 'text' },
    { key: 'start', label: 'Startwaarde', format: 'number' },
    { key: 'streef', label: 'Streefwaarde', format: 'number' },
    { key: 'realisatie', label: 'Laatste meting', format: 'number' },
    { key: 'p25', label: 'Sector P25', format: 'number' },
    { key: 'p75', label: 'Sector P75', format: 'number' },
  ];
}

export function buildInstitutionPosition(input: InstitutionPositionInput, meta: FigureMeta): Figure {
  const names = {
    start: input.labels?.start ?? 'Startwaarde',
    target: input.labels?.target ?? 'Streefwaarde',
    latest: input.labels?.latest ?? 'Laatste meting',
  };
  const rows = input.rows.filter((r) => [r.p5, r.q1, r.q3, r.p95].every(isValue) && [r.start, r.target, r.latest].some(isValue));
  if (rows.length === 0) {
    return emptyFigure(meta, CHART_TYPE, `er zijn geen waarden van ${input.institution} om met de sector te vergelijken.`, columns());
  }

  const data = rows.map((r) => ({
    indicator: r.label,
    eenheid: r.unit,
    start: r.start ?? null,
    streef: r.target ?? null,
    realisatie: r.latest ?? null,
    p25: r.q1,
    p75: r.q3,
  }));
  const text = (v: number | null | undefined, unit: Unit) => (isValue(v) ? formatMeasured(v, unit) : '–');
  const strips = rows.map((r) => {
    const [a, b] = [relativePosition(r.q1, r), relativePosition(r.q3, r)].sort((x, y) => x - y);
    return {
      label: wrapLabel(r.label, 200),
      indicator: r.label,
      q0: a,
      q1: b,
      summary: `${text(r.start, r.unit)} naar ${text(r.target, r.unit)}` + (isValue(r.latest) ? ` · ${text(r.latest, r.unit)}` : ''),
      sectorText: `${formatLevel(r.q1, r.unit)} – ${formatLevel(r.q3, r.unit)}`,
    };
  });
  const marks = rows.flatMap((r, i) =>
    (
      [
        [names.start, r.start],
        [names.target, r.target],
        [names.latest, r.latest],
      ] as const
    )
      .filter(([, v]) => isValue(v))
      .map(([reeks, v]) => ({ label: strips[i]!.label, indicator: r.label, reeks, pos: relativePosition(v!, r), valueText: formatMeasured(v!, r.unit) })),
  );

  const legend: [string, string][] = [[names.start, SEMANTIC.start], [names.target, SEMANTIC.target], [names.latest, SEMANTIC.latest]];
  const head = `${names.start} naar ${names.target.toLowerCase()} · ${names.latest.toLowerCase()}`;
  const spec = positionSpec(strips, marks, legend, head, meta.title, false);
  // On a phone the values move under the indicator name (a last label line) and the strip gets the full width.
  const narrowLabels = new Map(
    strips.map((s) => [s.label, [...wrapText(s.indicator, NARROW_LABELS, { fontSize: NARROW_FONT }), s.summary].join('\n')]),
  );
  const relabel = <T extends { label: string }>(items: readonly T[]) => items.map((item) => ({ ...item, label: narrowLabels.get(item.label)! }));
  const narrow = narrowSpec(positionSpec(relabel(strips), relabel(marks), legend, head, meta.title, true), { rewrap: false });

  // Quartile of the start value, read off the same rescaled strip the reader sees.
  const startQuartile = rows.flatMap((r, i) => (isValue(r.start) ? [{ pos: relativePosition(r.start, r), strip: strips[i]! }] : []));
  const favourable = startQuartile.filter((s) => s.pos >= s.strip.q1).length;
  const unfavourable = startQuartile.filter((s) => s.pos <= s.strip.q0).length;
  const alt =
    `De figuur toont voor ${plural(rows.length, 'indicator', 'indicatoren')} waar ${input.institution} staat ten opzichte van de ` +
    `andere instellingen: start, streefwaarde en laatste meting op de spreiding in de sector. ` +
    `Bij ${plural(favourable, 'indicator', 'indicatoren')} ligt de startwaarde in het gunstigste kwart, ` +
    `bij ${plural(unfavourable, 'indicator', 'indicatoren')} in het minst gunstige kwart.`;
  const notes = [
    'Elke balk loopt van het 5e tot het 95e percentiel van de instellingen; het donkere deel is de middelste helft. ' +
      'Rechts (op een smal scherm onder de naam) staan startwaarde naar streefwaarde · laatste meting. Waarden buiten de balk staan op de rand.',
  ];
  return chartFigure(meta, CHART_TYPE, { alt, columns: columns(), data, spec, narrowSpec: narrow, notes });
}

type Strip = {
  readonly label: string;
  readonly indicator: string;
  readonly q0: number;
  readonly q1: number;
  readonly summary: string;
  readonly sectorText: string;
};

/**
 * The strips with their marks; `narrow` leaves out the value column on the right (the values are then the last
 * line of each label) so the strips span the plot.
 */
function positionSpec(
  strips: readonly Strip[],
  marks: readonly { label: string }[],
  legend: [string, string][],
  head: string,
  description: string,
  narrow: boolean,
) {
  const domain = legend.map(([n]) => n);
  const lineHeight = (narrow ? NARROW_FONT : FONT_SIZE.label) + 2;
  const lines = Math.max(...strips.map((s) => s.label.split('\n').length));
  const step = Math.max(30, lines * lineHeight + 10);
  const x = (field: string) => ({ field, type: 'quantitative' });
  const y = {
    field: 'label',
    type: 'nominal',
    sort: strips.map((s) => s.label),
    axis: bandAxis(null, { ...MULTILINE_LABELS, ...(narrow ? { labelLimit: NARROW_LABELS + 4 } : {}) }),
  };
  const values = narrow
    ? []
    : [
        {
          mark: { type: 'text', align: 'left', baseline: 'middle', color: INK, fontSize: FONT_SIZE.small },
          encoding: { x: { datum: TEXT_AT, type: 'quantitative' }, y, text: { field: 'summary' } },
        },
        {
          // Column head for the printed values.
          data: ONE_ROW,
          mark: { type: 'text', align: 'left', baseline: 'bottom', color: MUTED, fontSize: FONT_SIZE.small, y: -4 },
          encoding: { x: { datum: TEXT_AT, type: 'quantitative' }, text: { value: head } },
        },
      ];
  return topLevel(
    {
      data: inlineData(strips),
      layer: [
        {
          mark: { type: 'bar', color: BAND.outer, height: { band: 0.6 } },
          encoding: {
            x: {
              datum: 0,
              type: 'quantitative',
              scale: { domain: [CLAMP[0] - 0.02, narrow ? CLAMP[1] + 0.02 : DOMAIN_END], nice: false },
              axis: {
                title: 'Positie binnen de sector: van ongunstig (links) naar gunstig (rechts)',
                values: [0, 1],
                labelExpr: "datum.value == 0 ? 'P5' : 'P95'",
                grid: false,
                titleAnchor: 'start',
              },
            },
            x2: { datum: 1 },
            y,
          },
        },
        {
          mark: { type: 'bar', color: BAND.inner, height: { band: 0.6 } },
          encoding: { x: x('q0'), x2: { field: 'q1' }, y, tooltip: tooltip([['indicator', 'Indicator'], ['sectorText', 'Middelste helft van de sector']]) },
        },
        {
          data: inlineData(marks),
          mark: { type: 'point', size: 70, filled: true, stroke: WHITE, strokeWidth: 1, opacity: 1 },
          encoding: {
            x: x('pos'),
            y,
            color: { field: 'reeks', type: 'nominal', title: null, scale: legendScale(legend), legend: { offset: 24 } },
            shape: { field: 'reeks', type: 'nominal', title: null, scale: { domain, range: ['circle', 'circle', 'diamond'] }, legend: { offset: 24 } },
            tooltip: tooltip([['indicator', 'Indicator'], ['reeks', 'Waarde'], ['valueText', 'Niveau']]),
          },
        },
        ...values,
      ],
    },
    { height: step * strips.length, description },
  );
}
