// Reading one CSV file (already decoded, see encoding.ts): dialect detection and line numbers as an editor sees them.
import { parse } from 'csv-parse/sync';

/** `en`: comma + decimal point; `nl`: semicolon + decimal comma (Dutch spreadsheet export). */
export type Dialect = 'en' | 'nl';

export interface CsvRow {
  /** 1-based line in the file where the record starts (header = line 1). */
  readonly line: number;
  readonly cells: readonly string[];
}

export type Delimiter = ',' | ';' | '\t';

export interface CsvTable {
  readonly dialect: Dialect;
  readonly delimiter: Delimiter;
  readonly header: readonly string[];
  /** Records with at least one non-empty cell; all-empty columns (no header, no cell) are already dropped. */
  readonly rows: readonly CsvRow[];
  /** Spreadsheet debris that was dropped: all-empty columns and all-empty records. */
  readonly ignored: { readonly columns: number; readonly rows: number };
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** The dialect is read from the header line: a semicolon outside quotes means the Dutch dialect. */
export function detectDialect(text: string): Dialect {
  return detectDelimiter(text) === ',' ? 'en' : 'nl';
}

/** The separator used most on the header line (outside quotes); a comma when there is none. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ',';
}

/**
 * What Excel can leave in a cell that no page can show as-is: non-breaking and zero-width spaces, soft
 * hyphens, direction marks, line breaks and other control characters. Line breaks and tabs become a space;
 * the invisible characters are removed. Quotes and other printable characters stay (the templates escape them).
 */
export function cleanCell(raw: string): string {
  return raw
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/ {2,}/g, ' ');
}

const SEP_HINT = /^"?sep=(.?)"?[,;\t]*$/i;

export function parseCsv(input: string): CsvTable {
  // One line-end convention (Windows CRLF, old Mac CR), so line numbers are the ones an editor sees.
  const text = input.replace(/\r\n?/g, '\n');
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const hint = SEP_HINT.exec(firstLine.trim());
  if (hint) {
    throw new CsvError(
      `regel 1 is '${firstLine.trim()}', een aanwijzing voor Excel en geen kopregel; verwijder die regel zodat de kopregel met de kolomnamen op regel 1 staat`,
      1,
    );
  }
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = (parse as (input: string, options: object) => typeof records)(text, {
      delimiter,
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
  const [head, ...body] = records.map((r, i) => ({ line: startLines[i] ?? r.info.lines, cells: r.record.map(cleanCell) }));
  if (!head) return { dialect: delimiter === ';' ? 'nl' : 'en', delimiter, header: [], rows: [], ignored: { columns: 0, rows: 0 } };
  const filled = body.filter((r) => r.cells.some((c) => c.trim() !== ''));
  // A column is debris when its header and every cell are empty (Excel's `;;;` after the last column).
  const width = Math.max(head.cells.length, ...filled.map((r) => r.cells.length));
  const keep = new Set<number>();
  for (let i = 0; i < width; i++) {
    if ((head.cells[i] ?? '').trim() !== '' || filled.some((r) => (r.cells[i] ?? '').trim() !== '')) keep.add(i);
  }
  // Dropping a column that is empty everywhere cannot change what any record holds.
  const project = (cells: readonly string[]) => (keep.size === width ? cells : cells.filter((_, i) => keep.has(i)));
  const rows = filled.map((r) => ({ line: r.line, cells: project(r.cells) }));
  const dropped = width - keep.size;
  const dialect: Dialect = delimiter === ';' ? 'nl' : delimiter === ',' ? 'en' : tabDialect(rows);
  return {
    dialect,
    delimiter,
    header: project(head.cells).map((h) => h.trim()),
    rows,
    ignored: { columns: dropped, rows: body.length - filled.length },
  };
}

/**
 * A tab-separated export writes numbers as displayed, so its notation is read from the numbers: a decimal comma
 * (`41,5`, `1.234,5`) is Dutch, a decimal point (`41.5`, `1,234.5`) English. `1,234` or `1.234` alone can be either
 * (a decimal or a thousands separator) and does not count. The side with more evidence wins. Without any, the
 * English notation: Dutch Excel never shows 208029 as `208,029`, an English one does.
 */
function tabDialect(rows: readonly CsvRow[]): Dialect {
  let nl = 0;
  let en = 0;
  for (const r of rows) {
    for (const raw of r.cells) {
      const c = raw.trim();
      if (/^-?\d{1,3}(\.\d{3})+,\d+$|^-?\d+,(\d{1,2}|\d{4,})$/.test(c)) nl++;
      else if (/^-?\d{1,3}(,\d{3})+\.\d+$|^-?\d+\.(\d{1,2}|\d{4,})$/.test(c)) en++;
    }
  }
  return nl > en ? 'nl' : 'en';
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
  } else if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(s)) {
    // English grouping with a decimal point (`1,234.5`) cannot mean anything else.
    normalized = s.replace(/,/g, '');
  } else {
    return null;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}
