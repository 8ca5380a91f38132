// Starting Debian's Chromium for printing: a fixed set of flags, a fresh profile in a temporary folder, and a
// guarantee that the browser is closed and the profile removed whatever happens inside.
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ReportError } from '../lib/errors.ts';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  // Glyph advances without hinting, so line breaks do not depend on the machine's font settings.
  '--font-render-hinting=none',
];

/** The browser to use: CHROMIUM_PATH when set, otherwise Debian's Chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM;
}

function assertExecutable(path: string): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new ReportError(
      `Chromium is niet gevonden op ${path}; zonder Chromium kan de PDF niet worden gemaakt`,
      'Installeer Chromium met `bash scripts/setup.sh`, of wijs met de omgevingsvariabele CHROMIUM_PATH naar een Chromium-programma.',
    );
  }
}

/** Reject with a Dutch ReportError when `promise` takes longer than `ms`; the timer never keeps Node alive. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReportError(`${step} duurde langer dan ${Math.round(ms / 1000)} seconden en is afgebroken`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface BrowserOptions {
  readonly executablePath?: string;
  readonly launchTimeoutMs?: number;
  /** Upper bound for any single DevTools call (printing 80 pages is the slowest). */
  readonly protocolTimeoutMs?: number;
}

/** Run `use(browser)` with a freshly launched Chromium; always closes it and removes its profile. */
export async function withBrowser<T>(options: BrowserOptions, use: (browser: Browser) => Promise<T>): Promise<T> {
  const executablePath = options.executablePath ?? chromiumPath();
  assertExecutable(executablePath);
  const profile = mkdtempSync(join(tmpdir(), 'mbo-pdf-profile-'));
  let browser: Browser | undefined;
  try {
    const launchTimeout = options.launchTimeoutMs ?? 30_000;
    browser = await withTimeout(
      puppeteer.launch({
        executablePath,
        headless: true,
        pipe: true,
        args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`],
        timeout: launchTimeout,
        protocolTimeout: options.protocolTimeoutMs ?? 120_000,
      }),
      launchTimeout + 5_000,
      'Chromium starten',
    ).catch((error: unknown) => {
      if (error instanceof ReportError) throw error;
      throw new ReportError(`Chromium (${executablePath}) kon niet worden gestart: ${(error as Error).message.split('\n')[0]}`, 'Controleer de installatie met `bash scripts/setup.sh`.');
    });
    return await use(browser);
  } finally {
    if (browser) await withTimeout(browser.close(), 10_000, 'Chromium afsluiten').catch(() => browser?.process()?.kill('SIGKILL'));
    rmSync(profile, { recursive: true, force: true });
  }
}
