// Generic checks of one table against its FileSpec: columns, required cells, types, unique keys.
// Returns every well-formed record (with a `valid` flag) and appends every violation to the sink.
import type { CsvTable, Dialect } from './csv.ts';
import { parseNumber } from './csv.ts';
import { msg } from './messages.ts';
import type { ColumnSpec, FileSpec } from './schema.ts';
import type { Issue } from './types.ts';

export type Cell = string | number | boolean | null;

export interface Row {
  readonly line: number;
  /** False when a cell failed its check; such rows still get their references checked. */
  readonly valid: boolean;
  /** Parsed cells; a cell that failed its check is absent. */
  readonly cells: Readonly<Record<string, Cell>>;
  /** 1-based column number of each known column, for messages that point at a cell. */
  readonly columnOf: (name: string) => number | undefined;
  /** The cell as written in the file (trimmed), to quote it back in messages. */
  readonly raw: (name: string) => string;
}

export interface IssueSink {
  error(line: number | undefined, column: number | undefined, message: string): void;
  notice(line: number | undefined, column: number | undefined, message: string): void;
}

export function issueSink(file: string, issues: Issue[]): IssueSink {
  const add = (severity: Issue['severity']) => (line: number | undefined, column: number | undefined, message: string) =>
    issues.push({ severity, file, line, column, message });
  return { error: add('fout'), notice: add('melding') };
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PERIOD = /^\d{4}(\/\d{2})?$/;

export function validateTable(table: CsvTable, spec: FileSpec, sink: IssueSink): Row[] {
  const positions = new Map<string, number>();
  table.header.forEach((name, i) => {
    if (positions.has(name)) sink.error(1, i + 1, msg.columnDuplicate(name));
    else positions.set(name, i);
  });
  let complete = true;
  for (const column of spec.columns) {
    if (column.required && !positions.has(column.name)) {
      sink.error(1, undefined, msg.columnMissing(column.name));
      complete = false;
    }
  }
  table.header.forEach((name, i) => {
    if (name !== '' && !spec.columns.some((c) => c.name === name)) sink.notice(1, i + 1, msg.columnUnknown(name));
  });
  // Without every required column no row can be typed; the missing column is the one error to fix first.
  if (!complete) return [];

  const columnOf = (name: string) => {
    const i = positions.get(name);
    return i === undefined ? undefined : i + 1;
  };
  const rows: Row[] = [];
  const seenKeys = new Map<string, number>();
  for (const record of table.rows) {
    if (record.cells.length !== table.header.length) {
      sink.error(record.line, undefined, msg.fieldCount(record.cells.length, table.header.length));
      continue;
    }
    const cells: Record<string, Cell> = {};
    let valid = true;
    for (const column of spec.columns) {
      const index = positions.get(column.name);
      const raw = index === undefined ? '' : (record.cells[index] ?? '').trim();
      const parsed = parseCell(raw, column, table.dialect);
      if (parsed.error !== undefined) {
        sink.error(record.line, columnOf(column.name), parsed.error);
        valid = false;
      } else {
        cells[column.name] = parsed.value;
      }
    }
    const keyValues = spec.key.map((k) => (record.cells[positions.get(k)!] ?? '').trim());
    const key = keyValues.join('\u0000');
    const first = seenKeys.get(key);
    if (first !== undefined) {
      sink.error(record.line, undefined, msg.duplicateKey(spec.key, keyValues, first));
      valid = false;
    } else {
      seenKeys.set(key, record.line);
    }
    const raw = (name: string) => (record.cells[positions.get(name) ?? -1] ?? '').trim();
    rows.push({ line: record.line, valid, cells, columnOf, raw });
  }
  return rows;
}

type Parsed = { value: Cell; error?: undefined } | { value?: undefined; error: string };

function parseCell(raw: string, column: ColumnSpec, dialect: Dialect): Parsed {
  if (raw === '') return column.required ? { error: msg.required(column.name) } : { value: null };
  const type = column.type;
  switch (type.kind) {
    case 'text':
      return { value: raw };
    case 'code': {
      // Dutch spreadsheets turn the goal code 1.3 into the number 1,3 on export; read it back as 1.3.
      const value = dialect === 'nl' && /^\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
      return CODE.test(value) ? { value } : { error: msg.notCode(column.name, raw) };
    }
    case 'period':
      return PERIOD.test(raw) ? { value: raw } : { error: msg.notPeriod(column.name, raw) };
    case 'bool':
      if (raw.toLowerCase() === 'ja') return { value: true };
      if (raw.toLowerCase() === 'nee') return { value: false };
      return { error: msg.notBool(column.name, raw) };
    case 'enum':
      return type.values.includes(raw) ? { value: raw } : { error: msg.notEnum(column.name, raw, type.values) };
    case 'int': {
      const value = parseNumber(raw, dialect);
      if (value === null || !Number.isInteger(value)) return { error: msg.notAnInteger(column.name, raw) };
      if (type.min !== undefined && value < type.min) return { error: msg.belowMin(column.name, raw, type.min) };
      if (type.max !== undefined && value > type.max) return { error: msg.aboveMax(column.name, raw, type.max) };
      return { value };
    }
    case 'number': {
      const value = parseNumber(raw, dialect);
      if (value === null) return { error: msg.notANumber(column.name, raw, dialect) };
      if (type.min !== undefined && value < type.min) return { error: msg.belowMin(column.name, raw, type.min) };
      return { value };
    }
  }
}
