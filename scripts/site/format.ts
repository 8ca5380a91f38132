// Formatting the site needs beyond running text: data-table cells by column format, file sizes and the
// per-figure CSV files (machine and Dutch spreadsheet). Every reader-visible number goes through scripts/lib/nl.ts.
import type { FigureColumn, FigureRow } from '../figures/types.ts';
import { dutchDecimal, num, writeCsv } from '../lib/csv.ts';
import { formatNumber } from '../lib/nl.ts';
import { decimalsOf } from '../report/cells.ts';

export { decimalsOf, formatCell, isNumericColumn } from '../report/cells.ts';

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
