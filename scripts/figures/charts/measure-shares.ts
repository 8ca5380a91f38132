// Which measures the institutions carried out (seed 003 Tabel 2.2/3.2): the share of institutions per measure,
// mandatory measures marked by colour and an asterisk, with "47 (94%)" printed beside each bar.
import { formatNumber, formatPercent, plural } from '../../lib/nl.ts';
import { chartFigure, emptyFigure, extremes, isValue, type FigureMeta } from '../figure.ts';
import { MULTILINE_LABELS, bandAxis, inlineData, legendScale, quantAxis, tooltip, topLevel, wrapLabel } from '../spec.ts';
import { FONT_SIZE, SEMANTIC } from '../theme.ts';
import type { Figure, FigureColumn } from '../types.ts';

export const CHART_TYPE = 'measure-shares';

export interface MeasureShareRow {
  readonly label: string;
  /** Institutions that carried out the measure, out of `total` that reported. */
  readonly count: number;
  readonly total: number;
  /** count / total × 100, as computed upstream. */
  readonly share: number;
  readonly mandatory: boolean;
}

export interface MeasureSharesInput {
  /** In display order (as in the e-file). */
  readonly rows: readonly MeasureShareRow[];
}

const COLUMNS: FigureColumn[] = [
  { key: 'maatregel', label: 'Maatregel', format: 'text' },
  { key: 'verplicht', label: 'Verplicht', format: 'text' },
  { key: 'aantal', label: 'Aantal instellingen', format: 'integer' },
  { key: 'totaal', label: 'Van het aantal instellingen', format: 'integer' },
  { key: 'aandeel', label: 'Aandeel instellingen', format: 'percent' },
];

const MANDATORY = 'Verplichte maatregel *';
const OPTIONAL = 'Andere maatregel';
const LABEL_WIDTH = 250;

export function buildMeasureShares(input: MeasureSharesInput, meta: FigureMeta): Figure {
  const rows = input.rows.filter((r) => isValue(r.share) && r.total > 0);
  if (rows.length === 0) return emptyFigure(meta, CHART_TYPE, 'er zijn geen maatregelen gerapporteerd.', COLUMNS);

  const data = rows.map((r) => ({ maatregel: r.label, verplicht: r.mandatory ? 'ja' : 'nee', aantal: r.count, totaal: r.total, aandeel: r.share }));
  const values = rows.map((r, i) => ({
    ...data[i],
    label: wrapLabel(r.mandatory ? `${r.label} *` : r.label, LABEL_WIDTH),
    soort: r.mandatory ? MANDATORY : OPTIONAL,
    valueText: `${formatNumber(r.count)} (${formatPercent(r.share)})`,
  }));
  const lines = Math.max(...values.map((v) => v.label.split('\n').length));
  const step = Math.max(26, lines * (FONT_SIZE.label + 2) + 10);
  const anyMandatory = rows.some((r) => r.mandatory);

  const spec = topLevel(
    {
      data: inlineData(values),
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, axis: bandAxis(null, { ...MULTILINE_LABELS, labelLimit: LABEL_WIDTH + 10 }) },
        x: {
          field: 'aandeel',
          type: 'quantitative',
          // Room beyond 100% for the "47 (94%)" labels.
          scale: { domain: [0, 122], nice: false },
          axis: { ...quantAxis('procent', { title: 'Aandeel instellingen dat de maatregel uitvoerde (%)' }), values: [0, 20, 40, 60, 80, 100] },
        },
      },
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.6 } },
          encoding: {
            color: {
              field: 'soort',
              type: 'nominal',
              title: null,
              scale: legendScale([[MANDATORY, SEMANTIC.mandatory], [OPTIONAL, SEMANTIC.optional]]),
              legend: anyMandatory ? {} : null,
            },
            tooltip: tooltip([['maatregel', 'Maatregel'], ['verplicht', 'Verplicht'], ['valueText', 'Aantal (aandeel)']]),
          },
        },
        { mark: { type: 'text', align: 'left', dx: 4, baseline: 'middle' }, encoding: { text: { field: 'valueText' } } },
      ],
    },
    { height: step * rows.length, description: meta.title },
  );

  const { max, min } = extremes(rows, (r) => r.share);
  const mandatory = rows.filter((r) => r.mandatory);
  const alt =
    `De figuur toont voor ${plural(rows.length, 'maatregel', 'maatregelen')} welk deel van de instellingen die uitvoerde. ` +
    `Het vaakst uitgevoerd: ${max.label} (${formatNumber(max.count)} van ${formatNumber(max.total)}, ${formatPercent(max.share)}); ` +
    `het minst vaak: ${min.label} (${formatNumber(min.count)} van ${formatNumber(min.total)}, ${formatPercent(min.share)}).` +
    (mandatory.length > 0
      ? ` Verplicht: ${mandatory.map((r) => `${r.label} (${formatPercent(r.share)})`).join('; ')}.`
      : '');
  const notes = anyMandatory ? ['* Verplichte maatregel.'] : [];
  return chartFigure(meta, CHART_TYPE, { alt, columns: COLUMNS, data, spec, notes });
}
