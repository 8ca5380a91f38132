// Stage 1: read a snapshot folder, enforce the data contract, return one frozen Snapshot.
// Nothing after this stage reads a CSV file.
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CsvError, decodeUtf8, parseCsv } from './csv.ts';
import { checkReferences } from './references.ts';
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
}

export function loadSnapshot(dir: string): LoadResult {
  const issues: Issue[] = [];
  const name = basename(dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    issues.push({ severity: 'fout', file: name, message: msg.folderMissing(dir) });
    return { snapshot: null, issues };
  }

  const files: SnapshotFile[] = [];
  const hash = createHash('sha256');
  const read = (file: string): string | null => {
    const sink = issueSink(file, issues);
    const path = join(dir, file);
    if (!existsSync(path)) {
      sink.error(undefined, undefined, msg.fileMissing());
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
      return decodeUtf8(bytes);
    } catch {
      sink.error(undefined, undefined, msg.notUtf8());
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
  for (const spec of FILES) {
    const text = read(spec.file);
    const sink = issueSink(spec.file, issues);
    // A file that cannot be read stays absent from `tables`, so references to it are not reported
    // as missing a second time.
    if (text === null) continue;
    try {
      const table = parseCsv(text);
      files.push({ name: spec.file, bytes: Buffer.byteLength(text), dialect: table.dialect });
      if (table.header.length === 0) {
        sink.error(undefined, undefined, msg.emptyFile());
      } else {
        tables.set(spec.file, validateTable(table, spec, sink));
      }
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      sink.error(error.line, undefined, msg.csvSyntax(error.message));
    }
  }
  const known = new Set([SNAPSHOT_JSON, ...FILES.map((f) => f.file)]);
  for (const entry of readdirSync(dir).sort()) {
    if (!known.has(entry) && !entry.startsWith('.')) {
      issues.push({ severity: 'melding', file: entry, message: 'onbekend bestand in de snapshotmap wordt genegeerd' });
    }
  }

  const data = checkReferences(tables, issues);
  const hasErrors = issues.some((i) => i.severity === 'fout');
  if (hasErrors || !meta) return { snapshot: null, issues: sortIssues(issues) };
  const snapshot: Snapshot = { name, dir, hash: hash.digest('hex').slice(0, 10), meta, files, ...data };
  return { snapshot: deepFreeze(snapshot), issues: sortIssues(issues) };
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
