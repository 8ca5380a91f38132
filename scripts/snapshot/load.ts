// Stage 1: read a snapshot folder, enforce the data contract, return one frozen Snapshot.
// Nothing after this stage reads a CSV file.
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkCalendar } from './calendar.ts';
import { CsvError, parseCsv, type CsvTable, type Dialect } from './csv.ts';
import { decodeBytes, EncodingError, type Decoded } from './encoding.ts';
import { listFolder } from './folder.ts';
import { checkPlausibility } from './plausibility.ts';
import { checkReferences } from './references.ts';
import { checkValueRules } from './value-rules.ts';
import { parseMeta } from './meta.ts';
import { msg } from './messages.ts';
import { FILES, SNAPSHOT_JSON } from './schema.ts';
import type { Issue, Snapshot, SnapshotFile } from './types.ts';
import type { Row } from './validate.ts';
import { issueSink, validateTable } from './validate.ts';

export interface LoadResult {
  /** Present only when there is no error (notices allowed). */
  readonly snapshot: Snapshot | null;
  readonly issues: readonly Issue[];
  /** The checked rows per file, with their lines, for comparing with the previous edition (not part of the Snapshot). */
  readonly tables?: ReadonlyMap<string, readonly Row[]>;
}

/**
 * `asPrevious`: the folder is loaded as the previous edition of another; it was published already, so a rule that
 * concerns only the intake of new data (a realised year after its peildatum) warns instead of refusing.
 */
export function loadSnapshot(dir: string, { asPrevious = false } = {}): LoadResult {
  const issues: Issue[] = [];
  const name = basename(dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    issues.push({ severity: 'fout', file: name, message: msg.folderMissing(dir) });
    return { snapshot: null, issues };
  }

  const files: SnapshotFile[] = [];
  const hash = createHash('sha256');
  const decoded = new Map<string, Decoded>();
  const folder = listFolder(readdirSync(dir), [SNAPSHOT_JSON, ...FILES.map((f) => f.file)]);
  for (const stray of folder.strays) {
    if (folder.present.has(stray.expected)) issues.push({ severity: 'fout', file: stray.name, message: msg.strayBeside(stray.name, stray.expected, stray.how) });
  }
  for (const entry of folder.unknown) issues.push({ severity: 'melding', file: entry, message: msg.unknownFile() });
  const read = (file: string): string | null => {
    const sink = issueSink(file, issues);
    const path = join(dir, file);
    if (!folder.present.has(file)) {
      const strays = folder.strays.filter((s) => s.expected === file);
      sink.error(undefined, undefined, strays.length > 0 ? msg.strayInstead(strays.map((s) => s.name), file, strays[0]!.how) : msg.fileMissing());
      return null;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      sink.error(undefined, undefined, msg.fileUnreadable((error as NodeJS.ErrnoException).code ?? 'onbekende fout'));
      return null;
    }
    hashFile(hash, file, bytes);
    try {
      const result = decodeBytes(bytes);
      decoded.set(file, result);
      return result.text;
    } catch (error) {
      if (!(error instanceof EncodingError)) throw error;
      sink.error(error.line, undefined, error.message);
      return null;
    }
  };

  const metaText = read(SNAPSHOT_JSON);
  const meta = metaText === null ? null : parseMeta(metaText, issueSink(SNAPSHOT_JSON, issues));
  if (metaText !== null) files.push({ name: SNAPSHOT_JSON, bytes: Buffer.byteLength(metaText), dialect: 'json' });
  if (meta?.previous) {
    const sink = issueSink(SNAPSHOT_JSON, issues);
    const line = metaText!.slice(0, metaText!.indexOf('"vorige"')).split('\n').length;
    if (meta.previous === name) sink.error(line, undefined, msg.previousSelf());
    else if (!existsSync(join(dirname(dir), meta.previous))) sink.error(line, undefined, msg.previousMissing(meta.previous));
  }

  const tables = new Map<string, Row[]>();
  const dialects = new Map<string, Dialect>();
  const incomplete = new Set<string>();
  for (const spec of FILES) {
    const text = read(spec.file);
    const sink = issueSink(spec.file, issues);
    // A file that cannot be read stays absent from `tables`, so references to it are not reported
    // as missing a second time.
    if (text === null) continue;
    try {
      const table = parseCsv(text);
      files.push({ name: spec.file, bytes: Buffer.byteLength(text), dialect: table.dialect });
      const how = readAs(decoded.get(spec.file)!, table);
      if (how) sink.notice(undefined, undefined, msg.readAs(how));
      if (table.ignored.columns + table.ignored.rows > 0) sink.notice(undefined, undefined, msg.debris(table.ignored.columns, table.ignored.rows));
      if (table.header.length === 0) {
        sink.error(undefined, undefined, msg.emptyFile());
        continue;
      }
      const checked = validateTable(table, spec, sink);
      if (checked) tables.set(spec.file, checked.rows);
      if (checked && !checked.complete) incomplete.add(spec.file);
      dialects.set(spec.file, table.dialect);
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      sink.error(error.line, undefined, msg.csvSyntax(error.message));
    }
  }

  checkValueRules(tables, meta, issues, asPrevious);
  const data = checkReferences(tables, issues, dialects, incomplete);
  checkPlausibility(data, tables, dialects, issues);
  if (meta) checkCalendar(meta, tables, issues);
  const hasErrors = issues.some((i) => i.severity === 'fout');
  if (hasErrors || !meta) return { snapshot: null, issues: capIssues(sortIssues(issues)) };
  const snapshot: Snapshot = { name, dir, hash: hash.digest('hex').slice(0, 10), meta, files, ...data };
  return { snapshot: deepFreeze(snapshot), issues: capIssues(sortIssues(issues)), tables };
}

/**
 * How a file was read when that differs from the standard (UTF-8, comma or semicolon), for one notice. An
 * encoding is named only when it is certain, with its evidence: UTF-16 by its byte order mark, Windows-1252 by the
 * first word it decoded (the editor can see whether that word reads right), UTF-8 by text outside ASCII (a file of
 * ASCII alone reads the same in every encoding, so none is named).
 */
function readAs(decoded: Decoded, table: CsvTable): string | null {
  const { encoding, evidence } = decoded;
  const named =
    encoding === 'UTF-16'
      ? "als UTF-16-tekst (Excel 'Unicode-tekst')"
      : encoding === 'Windows-1252'
        ? `als Windows-1252-tekst (Excel 'CSV (gescheiden door lijstscheidingsteken)')${evidence ? `, herkend aan '${evidence.word}' op regel ${evidence.line}` : ''}`
        : null;
  const tabs = table.delimiter === '\t' ? `met tabs als scheidingsteken en ${table.dialect === 'nl' ? 'decimale komma' : 'decimale punt'}` : null;
  const utf8 = encoding === 'UTF-8' && /[^\u0000-\u007f]/.test(decoded.text) ? 'als UTF-8-tekst' : null;
  const parts = [named ?? (tabs ? utf8 : null), tabs].filter(Boolean);
  return parts.length === 0 ? null : parts.join(' ');
}

/** Errors of one kind beyond this many per file are summed up in one line. */
const CAP = 5;

/**
 * One cause, a handful of lines: messages that differ only in the quoted value or the numbers (same file, same
 * column) are shown five times, then summed up in one line.
 */
export function capIssues(issues: readonly Issue[]): Issue[] {
  const shape = (i: Issue) => `${i.severity}|${i.file}|${i.column ?? ''}|${i.message.replace(/'[^']*'/g, "''").replace(/\d+([.,]\d+)*/g, '#')}`;
  const seen = new Map<string, { count: number; first: Issue; at: number }>();
  const out: Issue[] = [];
  for (const issue of issues) {
    // Warnings each name their own case (one institution's spending); only errors repeat one cause.
    if (issue.severity !== 'fout') {
      out.push(issue);
      continue;
    }
    const key = shape(issue);
    const entry = seen.get(key);
    if (!entry) seen.set(key, { count: 1, first: issue, at: -1 });
    else entry.count++;
    const count = seen.get(key)!.count;
    if (count <= CAP) out.push(issue);
    else if (count === CAP + 1) {
      seen.get(key)!.at = out.length;
      out.push(issue); // replaced by the summary below
    }
  }
  for (const { count, at } of seen.values()) {
    if (at < 0) continue;
    const sixth = out[at]!;
    out[at] = { severity: sixth.severity, file: sixth.file, line: sixth.line, message: msg.capped(count - CAP) };
  }
  return out;
}

/** The edition stamp covers every file's name and bytes, in contract order (snapshot.json first). */
export function hashFile(hash: Hash, file: string, bytes: Uint8Array): void {
  hash.update(file).update('\u0000').update(bytes).update('\u0000');
}

/** Issues in file order (contract order), then by line and column, so output is stable. */
function sortIssues(issues: Issue[]): Issue[] {
  const order = [SNAPSHOT_JSON, ...FILES.map((f) => f.file)];
  const rank = (file: string) => {
    const i = order.indexOf(file);
    return i < 0 ? order.length : i;
  };
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        rank(a.issue.file) - rank(b.issue.file) ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
        a.index - b.index,
    )
    .map((x) => x.issue);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
