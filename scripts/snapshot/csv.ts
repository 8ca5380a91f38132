// Reading one CSV file: encoding, dialect detection and line numbers as an editor sees them.
import { parse } from 'csv-parse/sync';

/** `en`: comma + decimal point; `nl`: semicolon + decimal comma (Dutch spreadsheet export). */
export type Dialect = 'en' | 'nl';

export interface CsvRow {
  /** 1-based line in the file where the record starts (header = line 1). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly dialect: Dialect;
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** Decode UTF-8 strictly (a BOM is dropped), so a Latin-1 export is caught instead of garbled. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decode a snapshot file's bytes; throws on bytes that are not text. */
export function decodeBytes(bytes: Uint8Array): { text: string } {
  return { text: decodeUtf8(bytes) };
}

/** The dialect is read from the header line: a semicolon outside quotes means the Dutch dialect. */
export function detectDialect(text: string): Dialect {
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') return 'nl';
    else if (!quoted && ch === ',') return 'en';
  }
  return 'en';
}

export function parseCsv(text: string): CsvTable {
  const dialect = detectDialect(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = (parse as (input: string, options: object) => typeof records)(text, {
      delimiter: dialect === 'nl' ? ';' : ',',
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
    });
  } catch (error) {
    const e = error as { message: string; code?: string; lines?: number };
    // csv-parse reports an unclosed quote at the end of the file; the editor needs the line where it opened.
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? (unclosedQuoteLine(text) ?? e.lines) : e.lines;
    throw new CsvError(describeCsvError(e.message), line);
  }
  // csv-parse reports the line where a record ends; a record starts after the previous one
  // (plus any skipped empty lines, found by scanning the text).
  const startLines = recordStartLines(text, records.length);
  const [head, ...body] = records;
  if (!head) return { dialect, header: [], rows: [] };
  return {
    dialect,
    header: head.record.map((h) => h.trim()),
    rows: body.map((r, i) => ({ line: startLines[i + 1] ?? r.info.lines, cells: r.record })),
  };
}

/** Start line of each record: the first non-empty line after the previous record, honouring quotes. */
function recordStartLines(text: string, count: number): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length && starts.length <= count; i++) {
    const ch = text[i];
    if (atRecordStart && ch !== '\n' && ch !== '\r') {
      starts.push(line);
      atRecordStart = false;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === '\n') {
      line++;
      if (!quoted) atRecordStart = true;
    }
  }
  return starts;
}

function unclosedQuoteLine(text: string): number | undefined {
  let line = 1;
  let openedAt: number | undefined;
  for (const ch of text) {
    if (ch === '"') openedAt = openedAt === undefined ? line : undefined;
    else if (ch === '\n') line++;
  }
  return openedAt;
}

function describeCsvError(message: string): string {
  if (/quote/i.test(message)) return 'een aanhalingsteken (") is niet goed afgesloten';
  return message.replace(/^CsvError: /, '');
}

/** Parse a number in the file's dialect; returns null when it is not a number. */
export function parseNumber(raw: string, dialect: Dialect): number | null {
  const s = raw.trim().replace(/\u00a0/g, '');
  let normalized: string;
  if (dialect === 'nl') {
    // Allow thousands dots only in complete groups (1.234,5), never as a decimal separator.
    if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normalized = s.replace(/\./g, '').replace(',', '.');
    else if (/^-?\d+(,\d+)?$/.test(s)) normalized = s.replace(',', '.');
    else return null;
  } else if (/^-?\d+(\.\d+)?$/.test(s)) {
    normalized = s;
  } else {
    return null;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}
