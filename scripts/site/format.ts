// Formatting the site needs beyond running text: data-table cells by column format, file sizes and the
// per-figure CSV files (machine and Dutch spreadsheet). Every reader-visible number goes through scripts/lib/nl.ts.
import type { FigureColumn, FigureRow } from '../figures/types.ts';
import { dutchDecimal, num, writeCsv } from '../lib/csv.ts';
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

/** `812 bytes`, `2,1 kB`, `1,4 MB` (decimal units, as browsers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1e6) return `${formatNumber(bytes / 1000, 1)} kB`;
  return `${formatNumber(bytes / 1e6, 1)} MB`;
}

/** Machine-readable CSV: UTF-8, comma-separated, decimal point, unrounded, header row of column keys. */
export function figureCsv(columns: readonly FigureColumn[], rows: readonly FigureRow[]): string {
  return writeCsv(
    columns.map((c) => c.key),
    rows.map((row) => columns.map((c) => row[c.key] ?? null)),
  );
}

const SPREADSHEET_UNITS: Readonly<Record<FigureColumn['format'], string>> = {
  text: '',
  integer: '',
  number: '',
  percent: ' (%)',
  points: ' (punten)',
  grade: ' (cijfer 1-10)',
  euro: ' (€)',
};

/**
 * The same data for a Dutch spreadsheet: semicolons, decimal comma, UTF-8 with BOM, Dutch column headings with
 * their unit, and every number rounded as the site shows it (without `%` or thousands separators, so the
 * spreadsheet reads it as a number).
 */
export function figureSpreadsheetCsv(columns: readonly FigureColumn[], rows: readonly FigureRow[]): string {
  return writeCsv(
    columns.map((c) => `${c.label}${SPREADSHEET_UNITS[c.format]}`),
    rows.map((row) =>
      columns.map((c) => {
        const value = row[c.key] ?? null;
        const cell = typeof value === 'number' && c.format !== 'text' ? num(value, decimalsOf(c)) : value;
        return typeof cell === 'string' ? dutchDecimal(cell) : cell;
      }),
    ),
    { dialect: 'nl', bom: true },
  );
}
