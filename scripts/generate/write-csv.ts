// Writing a table as CSV in either dialect the loader reads: `en` (comma, decimal point) or `nl`
// (semicolon, decimal comma, as Dutch spreadsheet software exports). Numbers are written without
// thousands separators so both dialects stay unambiguous.

export type Dialect = 'en' | 'nl';
export type Cell = string | number | boolean | null;

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export function toCsv(table: Table, dialect: Dialect): string {
  const separator = dialect === 'nl' ? ';' : ',';
  const line = (cells: readonly Cell[]) => cells.map((c) => cell(c, dialect, separator)).join(separator);
  return [line(table.header), ...table.rows.map(line)].join('\n') + '\n';
}

function cell(value: Cell, dialect: Dialect, separator: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return formatNumber(value, dialect);
  return quote(value, separator);
}

/** Shortest round-trip form; values are rounded before they get here, so no binary tails appear. */
export function formatNumber(value: number, dialect: Dialect): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to a CSV file`);
  const text = String(Object.is(value, -0) ? 0 : value);
  if (/e/i.test(text)) throw new Error(`cannot write ${value} without an exponent`);
  return dialect === 'nl' ? text.replace('.', ',') : text;
}

function quote(text: string, separator: string): string {
  const needs = text.includes(separator) || text.includes('"') || /[\r\n]/.test(text) || text.trim() !== text;
  return needs ? `"${text.replace(/"/g, '""')}"` : text;
}
