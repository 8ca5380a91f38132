// Test helper: generate editions in memory, write them to a temporary snapshots folder and load them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEditions, type GenerateOptions, type GeneratedEdition } from '../../scripts/generate/index.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import type { Issue, Snapshot } from '../../scripts/snapshot/types.ts';

const roots: string[] = [];

export function writeEditions(editions: readonly GeneratedEdition[]): string {
  const root = mkdtempSync(join(tmpdir(), 'mbo-generate-'));
  roots.push(root);
  for (const e of editions) {
    mkdirSync(join(root, e.name));
    for (const [file, text] of e.files) writeFileSync(join(root, e.name, file), text);
  }
  return root;
}

export interface Loaded {
  readonly current: Snapshot;
  readonly issues: readonly Issue[];
  readonly root: string;
}

/** Generate, write and load the first (asked) edition; fails loudly when the loader rejects it. */
export function generateAndLoad(options: GenerateOptions): Loaded {
  const editions = generateEditions(options);
  const root = writeEditions(editions);
  const { snapshot, issues } = loadSnapshot(join(root, editions[0]!.name));
  if (!snapshot) throw new Error(`generated snapshot rejected:\n${issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join('\n')}`);
  return { current: snapshot, issues, root };
}

export function removeWritten(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

export { snapshotContent as content } from '../helpers/snapshot-copy.ts';
