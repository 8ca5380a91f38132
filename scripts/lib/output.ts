// Publishing a build atomically: everything is written to a temporary sibling folder that replaces the
// output folder only when every stage succeeded. A lock keeps two builds from swapping at once; an interrupted
// build (Ctrl-C, SIGTERM) removes its temporary folder and its lock and leaves the output folder as it was.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ReportError } from './errors.ts';
import { onInterrupt, sayNow } from './interrupt.ts';

export const INTERRUPTED = 'build afgebroken; de vorige site is ongewijzigd';

function acquireLock(lock: string, out: string, notice: (line: string) => void): void {
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
      // A crashed or killed build left its lock (and maybe its temporary folder): remove both, and say so.
      rmSync(lock, { recursive: true, force: true });
      const leftovers = staleTemporaryFolders(out);
      for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });
      notice(
        `ℹ De vergrendeling van een eerdere build${pid ? ` (proces ${pid})` : ''} die niet meer loopt, is verwijderd` +
          `${leftovers.length > 0 ? `, met ${leftovers.length === 1 ? 'zijn tijdelijke map' : `${leftovers.length} tijdelijke mappen`}` : ''}.`,
      );
    }
  }
  throw new ReportError(`kon de map ${basename(out)} niet vergrendelen`);
}

/** `_site.tmp-<pid>` and `_site.old-<pid>` of processes that no longer run. */
function staleTemporaryFolders(out: string): string[] {
  const prefix = basename(out);
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  if (!existsSync(dirname(out))) return [];
  return readdirSync(dirname(out)).flatMap((name) => {
    const m = pattern.exec(name);
    return m && !isAlive(Number(m[2])) ? [join(dirname(out), name)] : [];
  });
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
 * Take the output folder's lock before any work, so a second build refuses at once; returns the release. A stale
 * lock (its process is gone) is removed and reported through `notice`. Until released, an interrupt removes the
 * lock and says the previous output is unchanged. Pass `{ locked: true }` to publishAtomically while holding it.
 */
export function lockOutput(outDir: string, notice: (line: string) => void = () => {}): () => void {
  const out = resolve(outDir);
  const lock = `${out}.lock`;
  acquireLock(lock, out, notice);
  const unregister = onInterrupt(() => {
    rmSync(lock, { recursive: true, force: true });
    sayNow(`✖ ${INTERRUPTED}`);
  });
  return () => {
    unregister();
    rmSync(lock, { recursive: true, force: true });
  };
}

/**
 * Run `build(tmpDir)`; on success the temporary folder replaces `outDir`, on failure or interrupt `outDir` is left
 * exactly as it was and the temporary folder is removed. With `locked`, the caller holds (and releases) the lock.
 */
export async function publishAtomically<T>(outDir: string, build: (tmpDir: string) => Promise<T>, options: { locked?: boolean } = {}): Promise<T> {
  const out = resolve(outDir);
  const tmp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  const release = options.locked ? () => {} : lockOutput(out);
  const removeTmp = () => rmSync(tmp, { recursive: true, force: true });
  // Interrupted between the two renames below: the previous output goes back in place.
  const unregister = onInterrupt(() => {
    if (!existsSync(out) && existsSync(old)) renameSync(old, out);
    removeTmp();
  });
  try {
    removeTmp();
    mkdirSync(tmp, { recursive: true });
    const result = await build(tmp);
    if (existsSync(out)) renameSync(out, old);
    renameSync(tmp, out);
    rmSync(old, { recursive: true, force: true });
    return result;
  } finally {
    unregister();
    removeTmp();
    release();
  }
}
