// Improvement ambition per indicator (seed 000, Figuur 2.1): the sector mean as a dot on the Q1–Q3 range of
// the institutions, horizontal, with a zero line; positive always means "better" (sign-adjusted upstream).
import { plural } from '../../lib/nl.ts';
import type { Unit } from '../../snapshot/types.ts';
import { chartFigure, emptyFigure, extremes, isValue, type FigureMeta } from '../figure.ts';
import {
  MULTILINE_LABELS,
  ONE_ROW,
  bandAxis,
  columnFormat,
  inlineData,
  quantAxis,
  tooltip,
  topLevel,
  unitSuffix,
  wrapLabel,
} from '../spec.ts';
import { measureText } from '../measure.ts';
import { FONT_SIZE, LABEL_LIMIT, NARROW_FONT, NARROW_LABEL_LIMIT, NARROW_WIDTH, ROW_STEP, SEMANTIC, WHITE } from '../theme.ts';
import type { Figure, FigureColumn } from '../types.ts';
import { formatChange, formatChangeShort } from '../../lib/units.ts';

export const CHART_TYPE = 'ambition-range';

const LABEL_GAP = 6;
/** Plot width of the phone variant: the narrow chart minus its category label column (as narrow.ts's legends). */
const NARROW_PLOT = NARROW_WIDTH - NARROW_LABEL_LIMIT - 40;

export interface AmbitionRangeRow {
  /** Indicator name as readers know it. */
  readonly label: string;
  /** Sector mean of the sign-adjusted improvement ambition. */
  readonly mean: number;
  readonly q1: number;
  readonly q3: number;
  /** Institutions with both a start and a target value. */
  readonly n: number;
}

export interface AmbitionRangeInput {
  /** One unit per chart: ambitions in procentpunt and in rapportcijfer do not share an axis. */
  readonly unit: Unit;
  /** In display order (top to bottom). */
  readonly rows: readonly AmbitionRangeRow[];
}

function columns(unit: Unit): FigureColumn[] {
  const format = columnFormat(unit, true);
  return [
    { key: 'indicator', label: 'Indicator', format: 'text' },
    { key: 'gemiddelde', label: 'Gemiddelde verbeterambitie', format },
    { key: 'q1', label: 'Eerste kwartiel (Q1)', format },
    { key: 'q3', label: 'Derde kwartiel (Q3)', format },
    { key: 'n', label: 'Aantal instellingen', format: 'integer' },
  ];
}

export function buildAmbitionRange(input: AmbitionRangeInput, meta: FigureMeta): Figure {
  const { unit } = input;
  const rows = input.rows.filter((r) => isValue(r.mean) && isValue(r.q1) && isValue(r.q3));
  if (rows.length === 0) {
    return emptyFigure(meta, CHART_TYPE, 'er zijn geen indicatoren met zowel start- als streefwaarden.', columns(unit));
  }

  const data = rows.map((r) => ({ indicator: r.label, gemiddelde: r.mean, q1: r.q1, q3: r.q3, n: r.n }));
  const values = rows.map((r, i) => ({
    ...data[i],
    label: wrapLabel(r.label, LABEL_LIMIT),
    meanText: formatChangeShort(r.mean, unit),
    q1Text: formatChangeShort(r.q1, unit),
    q3Text: formatChangeShort(r.q3, unit),
  }));

  // Room on the right of each range for its value label (drawn LABEL_GAP px right of Q3), sized for the phone
  // variant's plot: narrowest, largest text, so the wide chart fits too. At least 12% of the range.
  const lo = Math.min(0, ...rows.map((r) => r.q1));
  const hi = Math.max(0, ...rows.map((r) => r.q3));
  const ends = values.map((v) => {
    const room = NARROW_PLOT - LABEL_GAP - measureText(v.meanText, { fontSize: NARROW_FONT });
    return lo + ((v.q3 - lo) * NARROW_PLOT) / Math.max(room, NARROW_PLOT / 2);
  });
  const domain = [lo, Math.max(hi + (hi - lo) * 0.12, ...ends)];
  const lines = Math.max(...values.map((v) => v.label.split('\n').length));
  const step = Math.max(ROW_STEP.roomy, lines * (FONT_SIZE.label + 2) + 10);

  const y = { field: 'label', type: 'nominal', sort: null, axis: bandAxis(null, MULTILINE_LABELS) };
  const x = { type: 'quantitative', scale: { domain, nice: false } };
  const tip = tooltip([
    ['indicator', 'Indicator'],
    ['meanText', 'Gemiddelde'],
    ['q1Text', 'Q1'],
    ['q3Text', 'Q3'],
    ['n', 'Aantal instellingen'],
  ]);

  const spec = topLevel(
    {
      data: inlineData(values),
      layer: [
        { data: ONE_ROW, mark: { type: 'rule', color: SEMANTIC.zero }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        {
          mark: { type: 'bar', color: SEMANTIC.range, height: { band: 0.45 }, cornerRadius: 2 },
          encoding: {
            x: { ...x, field: 'q1', axis: quantAxis(unit, { change: true, title: `Verbeterambitie${unitSuffix(unit, true)}` }) },
            x2: { field: 'q3' },
            y,
            tooltip: tip,
          },
        },
        {
          mark: { type: 'point', shape: 'circle', color: SEMANTIC.mean, size: 70, stroke: WHITE, strokeWidth: 1.5 },
          encoding: { x: { ...x, field: 'gemiddelde' }, y, tooltip: tip },
        },
        {
          mark: { type: 'text', align: 'left', dx: LABEL_GAP, baseline: 'middle' },
          encoding: { x: { ...x, field: 'q3' }, y, text: { field: 'meanText' } },
        },
      ],
    },
    { height: step * rows.length, description: meta.title },
  );

  const { max, min } = extremes(rows, (r) => r.mean);
  const negative = rows.filter((r) => r.mean < 0).length;
  const alt =
    `De figuur toont per indicator de gemiddelde verbeterambitie van de instellingen en de spreiding tussen het ` +
    `eerste en derde kwartiel, voor ${plural(rows.length, 'indicator', 'indicatoren')}. ` +
    (rows.length === 1
      ? `De gemiddelde ambitie is ${formatChange(max.mean, unit)}.`
      : `De hoogste gemiddelde ambitie is ${formatChange(max.mean, unit)} (${max.label}), ` +
        `de laagste ${formatChange(min.mean, unit)} (${min.label}).`) +
    (negative > 0 ? ` Bij ${plural(negative, 'indicator', 'indicatoren')} is de gemiddelde ambitie negatief.` : '');

  const notes = ['De stip is het gemiddelde; de balk loopt van het eerste tot het derde kwartiel (de middelste helft van de instellingen).'];
  return chartFigure(meta, CHART_TYPE, { alt, columns: columns(unit), data, spec, notes });
}
