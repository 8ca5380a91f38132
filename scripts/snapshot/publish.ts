// The snapshot as offered under /downloads/snapshot/: the input files as the build read them, after the
// disclosure rule. Realised values that the report suppresses (too few respondents) are left out of
// waarden.csv, so the raw input never publishes what the report keeps back.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCsv } from '../lib/csv.ts';
import { ReportError } from '../lib/errors.ts';
import { parseCsv } from './csv.ts';
import { decodeBytes } from './encoding.ts';
import { hashFile } from './load.ts';
import { FILES, SNAPSHOT_JSON } from './schema.ts';
import type { Snapshot, SourceRef } from './types.ts';

export interface PublishedFile {
  readonly name: string;
  /** UTF-8 text; CSV files in their own dialect (comma or semicolon), one record per line. */
  readonly content: string;
}

export interface PublishedSnapshot {
  /** Contract order: snapshot.json, then the CSV files. */
  readonly files: readonly PublishedFile[];
  /** Records left out of waarden.csv under the disclosure rule. */
  readonly leftOut: number;
}

/**
 * The published copy of `snapshot`. `suppressed` lists the records the disclosure rule keeps back: pass
 * compute's `Results.buildReport.suppressed` refs, so the downloads follow exactly the rule the report follows.
 * Throws a ReportError when the files changed on disk since the snapshot was loaded (another edition would
 * be published than the one the report was computed from).
 */
export function publishSnapshot(snapshot: Snapshot, suppressed: readonly SourceRef[]): PublishedSnapshot {
  const hash = createHash('sha256');
  const texts = new Map<string, string>();
  for (const file of [SNAPSHOT_JSON, ...FILES.map((f) => f.file)]) {
    const path = join(snapshot.dir, file);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    hashFile(hash, file, bytes);
    texts.set(file, decodeBytes(bytes).text);
  }
  if (hash.digest('hex').slice(0, 10) !== snapshot.hash) {
    throw new ReportError(
      `de snapshotmap ${snapshot.name} is tijdens de build gewijzigd; de downloads zouden niet passen bij het rapport`,
      'Start de build opnieuw zodra de bestanden klaar zijn.',
    );
  }
  const leaveOut = new Map<string, Set<number>>();
  for (const ref of suppressed) {
    const lines = leaveOut.get(ref.file) ?? new Set<number>();
    lines.add(ref.line);
    leaveOut.set(ref.file, lines);
  }
  let leftOut = 0;
  const files: PublishedFile[] = [];
  for (const [name, text] of texts) {
    if (name === SNAPSHOT_JSON) {
      files.push({ name, content: text });
      continue;
    }
    const table = parseCsv(text);
    const skip = leaveOut.get(name) ?? new Set<number>();
    const rows = table.rows.filter((r) => !skip.has(r.line));
    leftOut += table.rows.length - rows.length;
    files.push({ name, content: writeCsv(table.header, rows.map((r) => r.cells), { dialect: table.dialect }) });
  }
  if (leftOut !== suppressed.length) {
    // Every suppressed value has its own record; a mismatch means the refs do not belong to this snapshot.
    throw new ReportError(`de openbare kopie van de snapshot liet ${leftOut} van ${suppressed.length} afgeschermde waarden weg`, 'Meld dit aan het ontwikkelteam.');
  }
  return { files, leftOut };
}
