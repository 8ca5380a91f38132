// Starting Debian's Chromium for the PDF, the accessibility checks and the tests: one set of flags, a fresh
// profile in a temporary folder, no network services of its own, and a guarantee that the browser is closed
// and the profile removed whatever happens.
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ReportError } from './errors.ts';
import { onInterrupt } from './interrupt.ts';
import { withTimeout } from './timeout.ts';

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
      `Chromium is niet gevonden op ${path}; zonder Chromium kunnen de pdf en de toegankelijkheidstest niet worden gemaakt`,
      'Installeer Chromium met `bash scripts/setup.sh`, of wijs met de omgevingsvariabele CHROMIUM_PATH naar een Chromium-programma.',
    );
  }
}

export interface BrowserOptions {
  readonly executablePath?: string;
  readonly launchTimeoutMs?: number;
  /** Upper bound for any single DevTools call (printing 150 pages is the slowest). */
  readonly protocolTimeoutMs?: number;
}

export interface BrowserSession {
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(options: BrowserOptions = {}): Promise<BrowserSession> {
  const executablePath = options.executablePath ?? chromiumPath();
  assertExecutable(executablePath);
  const profile = mkdtempSync(join(tmpdir(), 'mbo-chromium-'));
  const launchTimeout = options.launchTimeoutMs ?? 30_000;
  let browser: Browser;
  try {
    browser = await withTimeout(
      puppeteer.launch({
        executablePath,
        headless: true,
        pipe: true,
        args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`],
        timeout: launchTimeout,
        protocolTimeout: options.protocolTimeoutMs ?? 120_000,
        // Interrupts are handled in one place (lib/interrupt.ts); puppeteer's own handler would exit first.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      }),
      launchTimeout + 5_000,
      'Chromium starten',
    );
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    if (error instanceof ReportError) throw error;
    throw new ReportError(`Chromium (${executablePath}) kon niet worden gestart: ${(error as Error).message.split('\n')[0]}`, 'Controleer de installatie met `bash scripts/setup.sh`.');
  }
  const unregister = onInterrupt(() => {
    browser.process()?.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  });
  return {
    browser,
    close: async () => {
      unregister();
      await withTimeout(browser.close(), 10_000, 'Chromium afsluiten').catch(() => browser.process()?.kill('SIGKILL'));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Run `use(browser)` with a freshly launched Chromium; always closes it and removes its profile. */
export async function withBrowser<T>(options: BrowserOptions, use: (browser: Browser) => Promise<T>): Promise<T> {
  const session = await launchBrowser(options);
  try {
    return await use(session.browser);
  } finally {
    await session.close();
  }
}
