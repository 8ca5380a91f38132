// Formatting the site needs beyond running text: data-table cells by column format, file sizes and the
// per-figure CSV. Every reader-visible number goes through scripts/lib/nl.ts.
import type { FigureColumn, FigureRow } from '../figures/types.ts';
import { formatEuro, formatNumber, formatPercent, formatSigned } from '../lib/nl.ts';

type CellValue = FigureRow[string] | undefined;

/** Default decimals per format, as documented on `FigureColumn.decimals`. */
function decimalsOf(column: FigureColumn): number {
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

/** `812 bytes`, `2,1 kB`, `1,4 MB` (decimal units, as browsers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1e6) return `${formatNumber(bytes / 1000, 1)} kB`;
  return `${formatNumber(bytes / 1e6, 1)} MB`;
}

function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Machine-readable CSV: UTF-8, comma-separated, decimal point, header row of column keys, CRLF-free. */
export function figureCsv(columns: readonly FigureColumn[], rows: readonly FigureRow[]): string {
  const lines = [columns.map((c) => csvField(c.key)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c.key])).join(','));
  return `${lines.join('\n')}\n`;
}
