// Test helper: a writable copy of a fixture snapshot that a test can break line by line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Snapshot } from '../../scripts/snapshot/types.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'snapshots');

export interface SnapshotCopy {
  /** Folder of the current edition (2025-11-01) inside the copy. */
  readonly dir: string;
  readonly root: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replace 1-based line `line` of `file` (header = line 1). */
  setLine(file: string, line: number, text: string): void;
  appendLine(file: string, text: string): void;
  remove(): void;
}

export function copyFixture(edition = '2025-11-01'): SnapshotCopy {
  const root = mkdtempSync(join(tmpdir(), 'mbo-snapshot-'));
  cpSync(FIXTURES, root, { recursive: true });
  const dir = join(root, edition);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  return {
    dir,
    root,
    read,
    write,
    setLine(file, line, text) {
      const lines = read(file).split('\n');
      if (line < 1 || line > lines.length) throw new Error(`${file} has no line ${line}`);
      lines[line - 1] = text;
      write(file, lines.join('\n'));
    },
    appendLine(file, text) {
      write(file, read(file).replace(/\n?$/, '\n') + text + '\n');
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The part of a Snapshot that must not depend on how the files were written (dialect, folder, hash). */
export const snapshotContent = (s: Snapshot) => ({
  meta: s.meta,
  goals: s.goals,
  indicators: s.indicators,
  institutions: s.institutions,
  mergers: s.mergers,
  values: s.values,
  series: s.series,
  nationalGoals: s.nationalGoals,
  budgets: s.budgets,
  spending: s.spending,
  measures: s.measures,
  measureUse: s.measureUse,
  judgements: s.judgements,
});
