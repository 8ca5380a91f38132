// Ctrl-C and SIGTERM during a build: every registered cleanup runs once, synchronously, in reverse order of
// registration, and the process exits (130 for SIGINT, 143 for SIGTERM). The handlers stay installed until the
// process exits, so a second Ctrl-C (or tsx passing the same signal on) can never kill the process halfway
// through its cleanup, which a one-time handler allows: Node restores the default action when no handler is left.
import { writeSync } from 'node:fs';

const cleanups: (() => void)[] = [];
let interrupted = false;

function handle(signal: NodeJS.Signals): void {
  if (interrupted) return;
  interrupted = true;
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // One failing cleanup must not keep the others from running.
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/** Run `cleanup` if the process is interrupted; returns the function that unregisters it. */
export function onInterrupt(cleanup: () => void): () => void {
  if (cleanups.length === 0) {
    process.on('SIGINT', handle);
    process.on('SIGTERM', handle);
  }
  cleanups.push(cleanup);
  return () => {
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
    if (cleanups.length === 0 && !interrupted) {
      process.off('SIGINT', handle);
      process.off('SIGTERM', handle);
    }
  };
}

/** A line on stderr that is written before the process exits (a signal handler cannot wait for a stream). */
export function sayNow(line: string): void {
  try {
    writeSync(2, `${line}\n`);
  } catch {
    // stderr closed: nothing to tell
  }
}
