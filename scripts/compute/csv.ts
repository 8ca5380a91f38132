// Writing the downloadable CSV files with csv-stringify (the csv project, like the reader's csv-parse), in two
// dialects: `machine` (comma, decimal point, UTF-8, `\n` line ends, RFC 4180 quoting) for software, and `nl`
// (semicolon, decimal comma, UTF-8 with BOM) for Dutch spreadsheets, which read a comma file as one column.
import { stringify } from 'csv-stringify/sync';
import { round } from '../lib/nl.ts';

export type Cell = string | number | boolean | null;
export type CsvDialect = 'machine' | 'nl';

/** A column: header name and how to get the cell from a row. */
export interface Column<T> {
  readonly name: string;
  readonly get: (row: T) => Cell;
}

/** A number rounded to `decimals`, without exponent or trailing zeros; `-0` becomes `0`; null/NaN → empty. */
export function num(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const r = round(value, decimals);
  if (r === 0) return '0';
  // toFixed avoids exponent notation; then strip trailing zeros of the fraction.
  return r.toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

export const yesNo = (value: boolean | null | undefined): string => (value === null || value === undefined ? '' : value ? 'ja' : 'nee');

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** `41.25` → `41,25` for a Dutch spreadsheet; any text that is not a plain number stays as it is. */
export function dutchDecimal(text: string): string {
  return PLAIN_NUMBER.test(text) ? text.replace('.', ',') : text;
}

function cellText(value: Cell, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return yesNo(value);
  const text = typeof value === 'number' ? num(value, 10) : value;
  return dialect === 'nl' ? dutchDecimal(text) : text;
}

/**
 * One CSV file: a header row and the rows as they are, every line (the last included) ending with `\n`.
 * Numbers are written without exponent (at most 10 decimals); in the `nl` dialect plain numbers (also those
 * given as text, e.g. from `num`) get a decimal comma.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly Cell[])[], dialect: CsvDialect = 'machine'): string {
  const records = [header.map((h) => String(h)), ...rows.map((row) => row.map((cell) => cellText(cell, dialect)))];
  return stringify(records, {
    delimiter: dialect === 'nl' ? ';' : ',',
    bom: dialect === 'nl',
    record_delimiter: 'unix',
    eof: true,
  });
}

/** Render rows in the given order; every line, the last included, ends with `\n`. */
export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[], dialect: CsvDialect = 'machine'): string {
  return writeCsv(
    columns.map((c) => c.name),
    rows.map((row) => columns.map((c) => c.get(row))),
    dialect,
  );
}
