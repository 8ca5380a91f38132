// Progress reporting is injected, so stages never touch the console and tests can capture it.
import { formatNumber } from './nl.ts';

export interface Log {
  info(line: string): void;
  warn(line: string): void;
}

export const consoleLog: Log = {
  info: (line) => process.stdout.write(`${line}\n`),
  warn: (line) => process.stderr.write(`${line}\n`),
};

export const silentLog: Log = { info: () => {}, warn: () => {} };

export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
  readonly summary: string;
}

/** Run one stage, print `✓ stage — summary (1,2 s)` and keep the timing for the build report. */
export async function timed<T>(
  log: Log,
  timings: StageTiming[],
  stage: string,
  run: () => T | Promise<T>,
  summarize: (result: T) => string,
): Promise<T> {
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  const summary = summarize(result);
  timings.push({ stage, ms, summary });
  log.info(`✓ ${stage.padEnd(12)} ${summary} (${formatDuration(ms)})`);
  return result;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${formatNumber(ms)} ms` : `${formatNumber(ms / 1000, 1)} s`;
}
