// Numbered tables ("Tabel 2.3") share the Figure model with charts: no spec, only columns and rows, which the
// site renders as an HTML table and the PDF prints; the CSV download comes from the same rows.
import { joinList, plural } from '../../lib/nl.ts';
import { emptyFigure, type FigureMeta } from '../figure.ts';
import type { Figure, FigureColumn, FigureRow } from '../types.ts';

export const CHART_TYPE = 'table';

export interface TableInput {
  readonly columns: readonly FigureColumn[];
  readonly rows: readonly FigureRow[];
}

export function buildTable(input: TableInput, meta: FigureMeta): Figure {
  if (input.columns.length === 0 || input.rows.length === 0) {
    return { ...emptyFigure(meta, CHART_TYPE, 'er zijn geen gegevens voor deze tabel.', input.columns), type: 'table' };
  }
  // Rows keep only the declared columns, in column order, so the CSV and the HTML table agree; a site-local `url`
  // (not a column) is kept too: the site renders such a table as a linked, filterable directory.
  const data = input.rows.map((row) => {
    const cells = Object.fromEntries(input.columns.map((c) => [c.key, row[c.key] ?? null]));
    const url = row['url'];
    return (typeof url === 'string' && url.startsWith('/') ? { ...cells, url } : cells) as FigureRow;
  });
  return {
    id: meta.id,
    type: 'table',
    chartType: CHART_TYPE,
    number: null,
    title: meta.title,
    ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
    source: meta.source,
    notes: [...(meta.notes ?? [])],
    alt: `Tabel met ${plural(data.length, 'rij', 'rijen')} en de kolommen ${joinList(input.columns.map((c) => c.label.toLowerCase()))}.`,
    columns: input.columns,
    data,
    spec: null,
  };
}
