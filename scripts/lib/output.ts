// Publishing a build atomically: everything is written to a temporary sibling folder that replaces the
// output folder only when every stage succeeded. A lock keeps two builds from swapping at once.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ReportError } from './errors.ts';

function acquireLock(lock: string, out: string): void {
  mkdirSync(dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(lock);
      writeFileSync(`${lock}/pid`, String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSafe(`${lock}/pid`));
      if (pid && isAlive(pid)) {
        throw new ReportError(
          `er loopt al een build naar ${basename(out)} (proces ${pid})`,
          'Wacht tot die build klaar is en start dan opnieuw.',
        );
      }
      rmSync(lock, { recursive: true, force: true }); // stale lock of a crashed build
    }
  }
  throw new ReportError(`kon de map ${basename(out)} niet vergrendelen`);
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take the output folder's lock before any work, so a second build refuses at once; returns the release.
 * Pass `{ locked: true }` to publishAtomically while holding it.
 */
export function lockOutput(outDir: string): () => void {
  const out = resolve(outDir);
  const lock = `${out}.lock`;
  acquireLock(lock, out);
  return () => rmSync(lock, { recursive: true, force: true });
}

/**
 * Run `build(tmpDir)`; on success the temporary folder replaces `outDir`, on failure `outDir` is left
 * exactly as it was and the temporary folder is removed. With `locked`, the caller holds (and releases) the lock.
 */
export async function publishAtomically<T>(outDir: string, build: (tmpDir: string) => Promise<T>, options: { locked?: boolean } = {}): Promise<T> {
  const out = resolve(outDir);
  const lock = `${out}.lock`;
  const tmp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  if (!options.locked) acquireLock(lock, out);
  const cleanup = () => {
    rmSync(tmp, { recursive: true, force: true });
    if (!options.locked) rmSync(lock, { recursive: true, force: true });
  };
  const onSignal = () => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const result = await build(tmp);
    if (existsSync(out)) renameSync(out, old);
    renameSync(tmp, out);
    rmSync(old, { recursive: true, force: true });
    return result;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanup();
  }
}
