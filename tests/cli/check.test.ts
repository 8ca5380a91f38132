// `npm run check`: a Dutch summary and exit 0, or every violation and exit 1 — never a stack trace.
import { afterEach, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.ts';
import { copyFixture, FIXTURES, type SnapshotCopy } from '../helpers/snapshot-copy.ts';

let copy: SnapshotCopy | undefined;
afterEach(() => copy?.remove());

describe('npm run check', () => {
  it('prints a short Dutch summary for a valid snapshot', () => {
    const { status, stdout } = runScript('check.ts', ['--snapshot', `${FIXTURES}/2025-11-01`]);
    expect(status).toBe(0);
    expect(stdout).toContain('Snapshot 2025-11-01');
    expect(stdout).toContain('6 instellingen, 6 indicatoren, 5 doelstellingen, 48 instellingswaarden, 4 reekswaarden, 0 meldingen.');
    expect(stdout).toContain('Vorige editie: 2024-11-01');
  });

  it('lists the violation with file, line and column and exits 1', () => {
    copy = copyFixture();
    copy.setLine('waarden.csv', 17, 'I05,werkdruk,totaal,streef,2027,140,,e-file');
    const { status, stdout, stderr } = runScript('check.ts', ['--snapshot', copy.dir]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain("waarden.csv:17:6: waarde 140 ligt buiten het bereik 0..100 van eenheid 'procent' (indicator 'werkdruk')");
    expect(stderr).toContain('1 fout gevonden');
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it('shows a plausibility warning prominently and still exits 0', () => {
    copy = copyFixture();
    copy.setLine('bestedingen.csv', 2, 'I01,1.3,2024,1300000');
    const { status, stdout } = runScript('check.ts', ['--snapshot', copy.dir]);
    expect(status).toBe(0);
    expect(stdout).toContain('⚠ 1 waarschuwing: controleer deze waarden voordat u publiceert.');
    expect(stdout).toContain('⚠ bestedingen.csv:2:4: I01 besteedde aan doelstelling 1.3 tot en met 2024 € 1,3 miljoen, meer dan de begroting van € 1,2 miljoen');
  });

  it('reports a broken snapshot.json in Dutch at line and column, without advice about CSV files', () => {
    copy = copyFixture();
    copy.write('snapshot.json', copy.read('snapshot.json').replace('"rapportjaar": 2025,', '"rapportjaar": 2025'));
    const { status, stderr } = runScript('check.ts', ['--snapshot', copy.dir]);
    expect(status).toBe(1);
    expect(stderr).toContain('snapshot.json:5:3: snapshot.json is geen geldige JSON: verwacht een komma of } na de waarde');
    expect(stderr).not.toMatch(/position|Expected|CSV-bestanden/);
  });

  it('names errors in the previous edition relative to the snapshot folder', () => {
    copy = copyFixture('2024-11-01');
    copy.setLine('instellingen.csv', 2, 'I01,Instelling 01,roc,Noord,soms,12000');
    const { status, stderr } = runScript('check.ts', ['--snapshot', `${copy.root}/2025-11-01`]);
    expect(status).toBe(1);
    expect(stderr).toContain("../2024-11-01/instellingen.csv:2:5: kolom 'randstad': 'soms' is geen ja/nee");
  });

  it('says in Dutch which snapshots exist when the named one does not', () => {
    const { status, stderr } = runScript('check.ts', ['--snapshot', 'bestaat-niet']);
    expect(status).toBe(1);
    expect(stderr).toContain("de snapshotmap 'bestaat-niet' bestaat niet");
  });

  it('rejects an unknown option with exit code 2', () => {
    const { status, stderr } = runScript('check.ts', ['--snap', 'x']);
    expect(status).toBe(2);
    expect(stderr).toContain('ongeldige optie');
  });
});
