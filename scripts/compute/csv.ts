// A tiny CSV writer for the machine-readable result tables: comma-separated, decimal point, header row,
// RFC 4180 quoting (a field with a comma, quote or line break is quoted; quotes are doubled), `\n` line ends.
import { round } from '../lib/nl.ts';

export type Cell = string | number | boolean | null;

/** A column: header name and how to get the cell from a row. */
export interface Column<T> {
  readonly name: string;
  readonly get: (row: T) => Cell;
}

const NEEDS_QUOTES = /[",\r\n]/;

export function quote(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
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

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'number') return num(value);
  return quote(value);
}

/** Render rows in the given order; every line, the last included, ends with `\n`. */
export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => quote(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.get(row))).join(','));
  return lines.join('\n') + '\n';
}
