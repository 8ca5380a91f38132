// A disk cache for the computed stages (results, findings, rendered figures, prose), keyed by the snapshot's content hash
// and a hash of the code that computes them: editing content/ or templates/ never recomputes, while a change
// in the data or in the computing code always does.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const CACHE_DIR = join(ROOT, '.cache', 'stages');

/** Folders whose code determines the cached stages (templates and content do not). */
const CODE = ['scripts/snapshot', 'scripts/compute', 'scripts/findings', 'scripts/figures', 'scripts/prose', 'scripts/lib', 'package-lock.json'];

function hashTree(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) hashTree(hash, join(path, entry));
  } else {
    hash.update(path.slice(ROOT.length)).update('\u0000').update(readFileSync(path));
  }
}

const codeHashes = new Map<string, string>();
/**
 * A hash of the files and folders `paths` (relative to the repository root; folders recursively), computed once
 * per process: what a cache entry depends on besides its input.
 */
export function codeHash(paths: readonly string[]): string {
  const id = paths.join('\u0000');
  let digest = codeHashes.get(id);
  if (!digest) {
    const hash = createHash('sha256');
    for (const part of paths) hashTree(hash, join(ROOT, part));
    digest = hash.digest('hex').slice(0, 16);
    codeHashes.set(id, digest);
  }
  return digest;
}

export function codeVersion(): string {
  return codeHash(CODE);
}

export function cacheKey(...parts: readonly (string | null)[]): string {
  return createHash('sha256')
    .update([codeVersion(), ...parts.map((p) => p ?? '-')].join('\u0000'))
    .digest('hex')
    .slice(0, 24);
}

/** A cache entry as JSON; null when missing or damaged (it is then simply computed again). */
export function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Written via a temporary file and a rename, so a crash (or a build beside) never leaves half a cache entry. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

export function writeJsonAtomic(file: string, value: unknown): void {
  writeFileAtomic(file, JSON.stringify(value));
}

export function readCache<T>(key: string, dir = CACHE_DIR): T | null {
  return readJson<T>(join(dir, `${key}.json`));
}

export function writeCache(key: string, value: unknown, dir = CACHE_DIR): void {
  mkdirSync(dir, { recursive: true });
  // Keep only the newest few entries: each holds every rendered figure.
  for (const old of readdirSync(dir).filter((f) => f.endsWith('.json')).sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs).slice(4)) {
    rmSync(join(dir, old), { force: true });
  }
  writeJsonAtomic(join(dir, `${key}.json`), value);
}
