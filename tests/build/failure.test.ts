// A build that fails in a late stage (here: Chromium is missing) says in Dutch what to do and leaves the
// previously published output exactly as it was.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.ts';
import { FIXTURES } from '../helpers/snapshot-copy.ts';

it('keeps the previous output and explains in Dutch when Chromium is missing', () => {
  const root = mkdtempSync(join(tmpdir(), 'mbo-fail-'));
  const out = join(root, '_site');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'vorige editie');
  const { status, stderr } = runScript('build.ts', ['--snapshot', join(FIXTURES, '2025-11-01'), '--out', out, '--no-cache'], {
    CHROMIUM_PATH: '/nonexistent/chromium',
  });
  expect(status).toBe(1);
  expect(stderr).toContain('Chromium is niet gevonden op /nonexistent/chromium');
  expect(stderr).toContain('bash scripts/setup.sh');
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  // No temporary folder or lock left behind; the failed build wrote its own report (issue 18), not the old one.
  expect(readdirSync(root).sort()).toEqual(['_site', 'build-rapport.txt']);
  expect(readFileSync(join(root, 'build-rapport.txt'), 'utf8')).toContain('is mislukt');
  expect(readdirSync(out)).toEqual(['index.html']);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('vorige editie');
  rmSync(root, { recursive: true, force: true });
}, 300_000);
