// Generic checks of one table against its FileSpec: columns, required cells, types, unique keys.
// Returns every well-formed record (with a `valid` flag) and appends every violation to the sink.
import type { CsvTable, Dialect } from './csv.ts';
import { parseNumber } from './csv.ts';
import { msg } from './messages.ts';
import { forbiddenMarker } from '../lib/text.ts';
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
  /**
   * Plausible but doubtful: shown prominently by the check and the build report, does not stop the build. `kind`
   * names the kind in a few words ("besteding boven begroting"): the build groups more than five of a kind.
   */
  warning(line: number | undefined, column: number | undefined, message: string, kind?: string): void;
  notice(line: number | undefined, column: number | undefined, message: string): void;
}

export function issueSink(file: string, issues: Issue[]): IssueSink {
  const add = (severity: Issue['severity']) => (line: number | undefined, column: number | undefined, message: string, kind?: string) =>
    issues.push({ severity, file, line, column, message, ...(kind ? { kind } : {}) });
  return { error: add('fout'), warning: add('waarschuwing'), notice: add('melding') };
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PERIOD = /^\d{4}(\/\d{2})?$/;

/**
 * Check one table against its spec. Returns null when the header is unusable (a title row above it, another
 * separator, required columns missing): that is reported once at line 1, and the file then counts as unreadable,
 * so other files' references to it are not reported as missing. `complete` is false when a record could not be
 * read (wrong number of fields): the codes in the file are then not known in full.
 */
export function validateTable(table: CsvTable, spec: FileSpec, sink: IssueSink): { rows: Row[]; complete: boolean } | null {
  const positions = new Map<string, number>();
  table.header.forEach((name, i) => {
    if (name === '') return;
    if (positions.has(name)) sink.error(1, i + 1, msg.columnDuplicate(name));
    else positions.set(name, i);
  });
  if (!checkHeader(table, spec, sink)) return null;
  const unnamed = table.header.flatMap((name, i) => (name === '' ? [i + 1] : []));
  if (unnamed.length > 0) sink.notice(1, unnamed[0], msg.unnamedColumns(unnamed));
  table.header.forEach((name, i) => {
    if (name !== '' && !spec.columns.some((c) => c.name === name)) sink.notice(1, i + 1, msg.columnUnknown(name));
  });

  const columnOf = (name: string) => {
    const i = positions.get(name);
    return i === undefined ? undefined : i + 1;
  };
  const rows: Row[] = [];
  const seenKeys = new Map<string, number>();
  // A record with the wrong number of fields cannot be read at all: its codes are unknown, not absent.
  let incomplete = false;
  const padded: { line: number; columns: string[] }[] = [];
  const noise: { line: number; raw: string; value: number }[] = [];
  for (const record of table.rows) {
    const first = (record.cells[0] ?? '').trim();
    if (TOTALS.test(first)) {
      sink.error(record.line, 1, msg.totalsRow(first));
      continue;
    }
    if (isRepeatedHeader(record.cells, table.header)) {
      sink.error(record.line, undefined, msg.repeatedHeader());
      continue;
    }
    if (isFootnote(record.cells, table.header.length)) {
      sink.error(record.line, 1, msg.footnote(record.cells.filter((c) => c.trim() !== '').join(', ')));
      continue;
    }
    let fields = record.cells;
    if (fields.length !== table.header.length) {
      const shape = trailingShape(fields, table.header, spec);
      if (shape.kind === 'padded') {
        fields = shape.cells;
        if (shape.missing.length > 0) padded.push({ line: record.line, columns: shape.missing });
      } else {
        sink.error(record.line, undefined, shape.kind === 'required' ? msg.trailingRequired(fields.length, table.header.length, shape.missing) : msg.fieldCount(fields.length, table.header.length));
        incomplete = true;
        continue;
      }
    }
    const cells: Record<string, Cell> = {};
    let valid = true;
    for (const column of spec.columns) {
      const index = positions.get(column.name);
      const raw = index === undefined ? '' : (fields[index] ?? '').trim();
      const parsed = parseCell(raw, column, table.dialect);
      if (parsed.error !== undefined) {
        sink.error(record.line, columnOf(column.name), parsed.error);
        valid = false;
      } else {
        cells[column.name] = parsed.value;
        if (parsed.noise) noise.push({ line: record.line, raw, value: parsed.value as number });
      }
    }
    const keyValues = spec.key.map((k) => (record.cells[positions.get(k)!] ?? '').trim());
    const key = keyValues.join('\u0000');
    const firstLine = seenKeys.get(key);
    if (firstLine !== undefined) {
      sink.error(record.line, undefined, msg.duplicateKey(spec.key, keyValues, firstLine));
      valid = false;
    } else {
      seenKeys.set(key, record.line);
    }
    const raw = (name: string) => (fields[positions.get(name) ?? -1] ?? '').trim();
    rows.push({ line: record.line, valid, cells, columnOf, raw });
  }
  if (padded.length > 0) sink.notice(padded[0]!.line, undefined, msg.trailingEmpty(padded.length, padded[0]!.columns));
  if (noise.length > 0) sink.notice(noise[0]!.line, undefined, msg.floatNoise(noise.length, noise[0]!.raw, String(noise[0]!.value).replace('.', table.dialect === 'nl' ? ',' : '.')));
  return { rows, complete: !incomplete };
}

/** The header line once more, further down (two exports pasted together): every named column repeats its name. */
function isRepeatedHeader(cells: readonly string[], header: readonly string[]): boolean {
  const named = header.filter((h) => h !== '');
  return named.length > 1 && header.every((h, i) => (cells[i] ?? '').trim().toLowerCase() === h.toLowerCase());
}

/**
 * A note under the table (`Bron: DUO`, `* voorlopige cijfers`): text in the first field that is no code (every
 * file starts with a code column), and at most one other field filled, where a record fills most of its fields.
 */
function isFootnote(cells: readonly string[], width: number): boolean {
  const first = (cells[0] ?? '').trim();
  const filled = cells.filter((c) => c.trim() !== '').length;
  return first !== '' && !CODE.test(first) && /^[\p{L}*¹²³†(]/u.test(first) && filled <= 2 && filled < width / 2;
}

type TrailingShape = { kind: 'padded'; cells: readonly string[]; missing: string[] } | { kind: 'required'; missing: string[] } | { kind: 'other' };

/**
 * A record with another number of fields than the header. Fewer fields where every missing one is at the end and
 * optional (or not in the contract): Excel and ONLYOFFICE leave trailing empty cells off, so they are read as
 * empty. More fields where every extra one is empty: the same, the other way. Otherwise the record cannot be read.
 */
function trailingShape(cells: readonly string[], header: readonly string[], spec: FileSpec): TrailingShape {
  if (cells.length > header.length) {
    return cells.slice(header.length).every((c) => c.trim() === '') ? { kind: 'padded', cells: cells.slice(0, header.length), missing: [] } : { kind: 'other' };
  }
  const missing = header.slice(cells.length);
  const required = missing.filter((name) => spec.columns.some((c) => c.name === name && c.required));
  if (required.length > 0) return { kind: 'required', missing: required };
  return { kind: 'padded', cells: [...cells, ...missing.map(() => '')], missing: missing.filter((m) => m !== '') };
}

/** A first cell such as `Totaal` or `Eindtotaal`: a spreadsheet sum row, not a record. */
const TOTALS = /^(sub|eind)?tota(a)?l(en)?:?$|^som$|^grand total$/i;

/** One message for a header that cannot be the contract's header; true when the header can be used. */
function checkHeader(table: CsvTable, spec: FileSpec, sink: IssueSink): boolean {
  const required = spec.columns.filter((c) => c.required).map((c) => c.name);
  const missing = required.filter((name) => !table.header.includes(name));
  if (missing.length === 0) return true;
  const expected = spec.columns.map((c) => c.name);
  // A title or `sep=` line above the header: the column names appear on a later line.
  const below = table.rows.slice(0, 10).find((r) => required.every((name) => r.cells.some((c) => c.trim() === name)));
  if (below) sink.error(1, undefined, msg.headerBelow(below.line, table.header.filter(Boolean).join(' ')));
  else if (table.header.length === 1 && required.length > 1) sink.error(1, undefined, msg.oneColumnHeader(table.header[0]!, expected));
  else if (missing.length === 1) sink.error(1, undefined, msg.columnMissing(missing[0]!));
  else sink.error(1, undefined, msg.columnsMissing(missing, expected));
  return false;
}

type Parsed = { value: Cell; error?: undefined; noise?: boolean } | { value?: undefined; error: string };

/**
 * A binary float written out in full (`57.99999999999999`, `0.30000000000000004`), as Excel writes some computed
 * cells: ten or more decimals that round to at most six within a billionth. Returns the rounded value, or null.
 */
export function withoutFloatNoise(value: number, raw: string): number | null {
  if ((/[.,](\d+)$/.exec(raw)?.[1]?.length ?? 0) < 10) return null;
  for (let d = 0; d <= 6; d++) {
    const rounded = Number(value.toFixed(d));
    if (Math.abs(rounded - value) <= 1e-9 * Math.max(1, Math.abs(value))) return rounded;
  }
  return null;
}

/** Excel's error values (Dutch and English), e.g. `#N/B`, `#DEEL/0!`, `#WAARDE!`, `#N/A`, `#DIV/0!`. */
const EXCEL_ERROR = /^#(N\/B|N\/A|DEEL\/0!|DIV\/0!|WAARDE!|VALUE!|VERW!|REF!|NAAM\?|NAME\?|GETAL!|NUM!|LEEG!|NULL!|GEGEVENS_OPHALEN|GETTING_DATA|OVERLOOP!|SPILL!|BEREKENEN!|CALC!)$/i;
const SCIENTIFIC = /^-?\d+([.,]\d+)?[eE][+-]?\d+$/;
const DATE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/;
/** `1.038` or `1.234.567`: complete groups of three after a point. */
const POINT_GROUPING = /^-?\d{1,3}(\.\d{3})+$/;
const SPACE_GROUPING = /^-?\d{1,3}( \d{3})+([.,]\d+)?$/;
/** `1,234`: English thousands separators, as an English export writes a number 'as displayed'. */
const COMMA_GROUPING = /^-?\d{1,3}(,\d{3})+$/;

/**
 * In the comma-separated dialect the point is the decimal sign, so `1.038` reads as 1,038. Where the column holds
 * counts or money that reading is wrong; the per-unit check of `waarde` (references.ts) uses this too.
 */
export function looksGrouped(raw: string, dialect: Dialect): boolean {
  return dialect === 'en' && POINT_GROUPING.test(raw);
}

function parseCell(raw: string, column: ColumnSpec, dialect: Dialect): Parsed {
  if (raw === '') return column.required ? { error: msg.required(column.name) } : { value: null };
  if (EXCEL_ERROR.test(raw)) return { error: msg.excelError(column.name, raw) };
  const type = column.type;
  if (type.kind === 'int' || type.kind === 'number') {
    if (SCIENTIFIC.test(raw)) return { error: msg.scientific(column.name, raw) };
    if (SPACE_GROUPING.test(raw)) return { error: msg.spaceGrouping(column.name, raw) };
    if (dialect === 'en' && COMMA_GROUPING.test(raw)) return { error: msg.commaGrouping(column.name, raw) };
    if ((type.kind === 'int' || type.amount) && looksGrouped(raw, dialect)) return { error: msg.grouping(column.name, raw) };
    if (type.kind === 'int' && type.min !== undefined && type.min >= 1990 && DATE.test(raw)) return { error: msg.dateNotYear(column.name, raw) };
  }
  switch (type.kind) {
    case 'text': {
      // The prose stage stops on these markers of a broken template; refuse them here so the check accepts
      // nothing the build would then stop on.
      const marker = forbiddenMarker(raw);
      return marker === null ? { value: raw } : { error: msg.reservedText(column.name, raw, marker) };
    }
    case 'code': {
      // Dutch spreadsheets turn the goal code 1.3 into the number 1,3 on export; read it back as 1.3.
      const value = dialect === 'nl' && /^\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
      return CODE.test(value) ? { value } : { error: msg.notCode(column.name, raw) };
    }
    case 'period':
      if (DATE.test(raw)) return { error: msg.dateNotYear(column.name, raw) };
      return PERIOD.test(raw) ? { value: raw } : { error: msg.notPeriod(column.name, raw) };
    case 'bool':
      if (raw.toLowerCase() === 'ja') return { value: true };
      if (raw.toLowerCase() === 'nee') return { value: false };
      return { error: msg.notBool(column.name, raw) };
    case 'enum':
      return type.values.includes(raw) ? { value: raw } : { error: msg.notEnum(column.name, raw, type.values) };
    case 'int': {
      const read = parseNumber(raw, dialect);
      const rounded = read === null ? null : withoutFloatNoise(read, raw);
      const value = rounded ?? read;
      if (value === null || !Number.isInteger(value)) return { error: msg.notAnInteger(column.name, raw) };
      if (type.min !== undefined && value < type.min) return { error: msg.belowMin(column.name, raw, type.min) };
      if (type.max !== undefined && value > type.max) return { error: msg.aboveMax(column.name, raw, type.max) };
      return { value, noise: rounded !== null };
    }
    case 'number': {
      const read = parseNumber(raw, dialect);
      if (read === null) return { error: msg.notANumber(column.name, raw, dialect) };
      const rounded = withoutFloatNoise(read, raw);
      const value = rounded ?? read;
      if (type.min !== undefined && value < type.min) return { error: msg.belowMin(column.name, raw, type.min) };
      return { value, noise: rounded !== null };
    }
  }
}
