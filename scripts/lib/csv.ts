// The one CSV writer, on csv-stringify (the csv project, like the reader's csv-parse). Two dialects, the same two
// the snapshot loader reads: `en` (comma, decimal point; software and the downloads) and `nl` (semicolon, decimal
// comma; what Dutch spreadsheet software exports and reads). UTF-8, `\n` after every line (the last included),
// RFC 4180 quoting, and also quoted: a cell with a line break or with space at either end (a spreadsheet would
// drop it). Used by the downloads (compute/tables.ts, site/), the published snapshot and the snapshot generator.
import { stringify } from 'csv-stringify/sync';
import { round } from './nl.ts';

export type Cell = string | number | boolean | null;
export type CsvDialect = 'en' | 'nl';

export interface CsvOptions {
  readonly dialect?: CsvDialect;
  /** Start with a byte-order mark, so a spreadsheet reads the file as UTF-8 (the downloads for spreadsheets). */
  readonly bom?: boolean;
}

/**
 * A number as plain text: rounded to `decimals`, without exponent or trailing zeros; `-0` becomes `0`;
 * null, undefined and NaN become the empty cell.
 */
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

/** A number cell: at most 10 decimals, never an exponent; a number that cannot be written so is a bug. */
function numberText(value: number): string {
  const text = Number.isFinite(value) ? num(value, 10) : '';
  if (text === '' || /e/i.test(text)) throw new Error(`CSV: het getal ${value} is niet als gewoon getal te schrijven`);
  return text;
}

function cellText(value: Cell, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'number') return dialect === 'nl' ? dutchDecimal(numberText(value)) : numberText(value);
  return value;
}

/**
 * One CSV file: the header and the rows as they are. Numbers get the dialect's decimal sign; text is written as
 * given (a caller that holds numbers as text converts them itself, e.g. with `dutchDecimal`).
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const dialect = options.dialect ?? 'en';
  const records = [header.map((h) => String(h)), ...rows.map((row) => row.map((cell) => cellText(cell, dialect)))];
  return stringify(records, {
    delimiter: dialect === 'nl' ? ';' : ',',
    bom: options.bom ?? false,
    record_delimiter: 'unix',
    eof: true,
    quoted_match: /^\s|\s$|[\r\n]/,
  });
}
