// Publishing is atomic: a failed build leaves the previous output exactly as it was.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../scripts/lib/errors.ts';
import { lockOutput, publishAtomically } from '../../scripts/lib/output.ts';
import { runScript } from '../helpers/run-script.ts';
import { copyFixture } from '../helpers/snapshot-copy.ts';

function existingSite() {
  const root = mkdtempSync(join(tmpdir(), 'mbo-out-'));
  const out = join(root, '_site');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'vorige editie');
  return { root, out };
}

describe('publishAtomically', () => {
  it('replaces the output folder when the build succeeds', async () => {
    const { root, out } = existingSite();
    await publishAtomically(out, async (dir) => writeFileSync(join(dir, 'index.html'), 'nieuwe editie'));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('nieuwe editie');
    expect(readdirSync(root)).toEqual(['_site']); // no temporary folder or lock left behind
  });

  it('leaves the previous output untouched when a stage fails', async () => {
    const { root, out } = existingSite();
    await expect(
      publishAtomically(out, async (dir) => {
        writeFileSync(join(dir, 'index.html'), 'half');
        throw new Error('stage crashed');
      }),
    ).rejects.toThrow('stage crashed');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('vorige editie');
    expect(readdirSync(root)).toEqual(['_site']);
  });

  it('refuses a second build into the same folder while one is running', async () => {
    const { out } = existingSite();
    let release!: () => void;
    const first = publishAtomically(out, () => new Promise<void>((resolve) => (release = resolve)));
    await expect(publishAtomically(out, async () => {})).rejects.toBeInstanceOf(ReportError);
    release();
    await first;
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('clears a stale lock left by a crashed build', async () => {
    const { out } = existingSite();
    mkdirSync(`${out}.lock`);
    writeFileSync(`${out}.lock/pid`, '999999999');
    await publishAtomically(out, async (dir) => writeFileSync(join(dir, 'index.html'), 'na crash'));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('na crash');
  });

  it('says so when it removes a stale lock, with the temporary folder the killed build left (issue 28)', () => {
    const { root, out } = existingSite();
    mkdirSync(`${out}.lock`);
    writeFileSync(`${out}.lock/pid`, '999999999');
    mkdirSync(`${out}.tmp-999999999`);
    writeFileSync(`${out}.tmp-999999999/index.html`, 'half');
    const notices: string[] = [];
    const release = lockOutput(out, (line) => notices.push(line));
    expect(notices).toEqual(['ℹ De vergrendeling van een eerdere build (proces 999999999) die niet meer loopt, is verwijderd, met zijn tijdelijke map.']);
    expect(readdirSync(root).sort()).toEqual(['_site', '_site.lock']);
    release();
    expect(readdirSync(root)).toEqual(['_site']);
  });
});

describe('npm run build with a bad snapshot', () => {
  it('exits 1 with the Dutch violation list and leaves the existing output as it was', () => {
    const { out } = existingSite();
    const copy = copyFixture();
    copy.setLine('waarden.csv', 17, 'I05,werkdruk,totaal,streef,2027,140,,e-file');
    const { status, stderr } = runScript('build.ts', ['--snapshot', copy.dir, '--out', out]);
    copy.remove();
    expect(status).toBe(1);
    expect(stderr).toContain('waarden.csv:17:6: waarde 140');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('vorige editie');
  });
});
