// Interrupting a build (issue 28): Ctrl-C (SIGINT, pressed twice) or SIGTERM while the site is being written removes
// the temporary folder and the lock, says so in Dutch, and leaves the previous site as it was; the build report
// says the build was interrupted. A second build refuses while one runs, and build.ts takes the lock before it
// loads the pipeline's modules (so the refusal comes at once).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runScript } from '../helpers/run-script.ts';
import { FIXTURES } from '../helpers/snapshot-copy.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function previousSite() {
  root = mkdtempSync(join(tmpdir(), 'mbo-interrupt-'));
  const out = join(root, '_site');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'vorige editie');
  return { root, out };
}

/** Start a build, wait until its temporary folder exists, send `signals`, and return how it ended. */
async function interruptBuild(signals: readonly NodeJS.Signals[]) {
  const { root, out } = previousSite();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts'), '--snapshot', join(FIXTURES, '2025-11-01'), '--out', out, '--no-cache'], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Poll for the temporary folder: the site is being written there.
  let started = false;
  while (!started && child.exitCode === null) {
    await new Promise((r) => setTimeout(r, 100));
    started = readdirSync(root).some((n) => n.startsWith('_site.tmp-'));
  }
  expect(started, stderr).toBe(true);
  for (const signal of signals) child.kill(signal);
  return { code: await exited, stderr, root, out };
}

describe('an interrupted build', () => {
  it.each([
    ['Ctrl-C twice', ['SIGINT', 'SIGINT'] as const, 130],
    ['SIGTERM', ['SIGTERM'] as const, 143],
  ])('%s removes the temporary folder and the lock and keeps the previous site', async (_name, signals, exitCode) => {
    const { code, stderr, root, out } = await interruptBuild(signals);
    expect(code).toBe(exitCode);
    expect(stderr).toContain('✖ build afgebroken; de vorige site is ongewijzigd');
    expect(readdirSync(root).sort()).toEqual(['_site', 'build-rapport.txt']);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('vorige editie');
    expect(readFileSync(join(root, 'build-rapport.txt'), 'utf8')).toContain('build afgebroken');
  }, 600_000);
});

describe('the output lock', () => {
  it('makes a second build refuse while one runs, and leaves the site alone', () => {
    const { out } = previousSite();
    mkdirSync(`${out}.lock`);
    writeFileSync(`${out}.lock/pid`, String(process.pid)); // this test process: alive
    const { status, stderr } = runScript('build.ts', ['--snapshot', join(FIXTURES, '2025-11-01'), '--out', out]);
    expect(status).toBe(1);
    expect(stderr).toContain(`er loopt al een build naar _site (proces ${process.pid})`);
    expect(existsSync(`${out}.lock`)).toBe(true); // not another build's lock to remove
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('vorige editie');
  });

  it('is taken in build.ts before the pipeline is loaded', () => {
    const source = readFileSync(join(ROOT, 'scripts', 'build.ts'), 'utf8');
    const staticImports = [...source.matchAll(/^import .* from '(.+)';$/gm)].map((m) => m[1]);
    expect(staticImports.every((p) => p!.startsWith('./lib/') || p!.startsWith('node:') || p === './snapshot/locate.ts'), staticImports.join(', ')).toBe(true);
    // The one-factsheet preview (`--instelling`) writes beside the output folder, not into it, so it takes no lock.
    expect(source.indexOf('lockOutput(')).toBeLessThan(source.indexOf("const { build } = await import('./pipeline.ts')"));
  });
});
