// Table cells as readers see them, by column format: shared by the site's data tables and the PDF's tables.
// Every number goes through scripts/lib/nl.ts.
import type { FigureColumn, FigureRow } from '../figures/types.ts';
import { formatEuro, formatNumber, formatPercent, formatSigned } from '../lib/nl.ts';

type CellValue = FigureRow[string] | undefined;

/** Default decimals per format, as documented on `FigureColumn.decimals`. */
export function decimalsOf(column: FigureColumn): number {
  if (column.decimals !== undefined) return column.decimals;
  return column.format === 'integer' || column.format === 'percent' || column.format === 'euro' ? 0 : 1;
}

export function isNumericColumn(column: FigureColumn): boolean {
  return column.format !== 'text';
}

/** Dutch text of one table cell: `1.234`, `41,2%`, `+3,4`, `€ 1,2 miljoen`; `–` when missing. */
export function formatCell(value: CellValue, column: FigureColumn): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string' || column.format === 'text') return String(value);
  if (!Number.isFinite(value)) return '–';
  const decimals = decimalsOf(column);
  switch (column.format) {
    case 'percent':
      return formatPercent(value, decimals);
    case 'points':
      return formatSigned(value, decimals);
    case 'euro':
      return formatEuro(value);
    default:
      return formatNumber(value, decimals);
  }
}

/** A total row is labelled `Totaal` in its first column (the figures stage's convention, e.g. budget tables). */
export function isTotalRow(label: FigureRow[string] | undefined): boolean {
  return typeof label === 'string' && /^totaal\b/i.test(label.trim());
}
