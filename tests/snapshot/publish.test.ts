// The snapshot downloads are written from the validated Snapshot (issue 28): only the contract's columns and
// snapshot.json's known fields, never a column the check ignored, and what they hold loads back to the same data.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { publishSnapshot, RECORDS } from '../../scripts/snapshot/publish.ts';
import { FILES } from '../../scripts/snapshot/schema.ts';
import { copyFixture, FIXTURES, snapshotContent, type SnapshotCopy } from '../helpers/snapshot-copy.ts';

let copy: SnapshotCopy | undefined;
afterEach(() => copy?.remove());

const fixture = () => loadSnapshot(join(FIXTURES, '2025-11-01')).snapshot!;

/** instellingen.csv with two hidden columns an editor forgot: e-mail addresses and an internal remark. */
function plantHiddenColumns(c: SnapshotCopy): void {
  const lines = c.read('instellingen.csv').trimEnd().split('\n');
  c.write(
    'instellingen.csv',
    lines.map((l, i) => (i === 0 ? `${l},contactpersoon,opmerking_intern` : `${l},contact${i}@instelling${i}.example,cijfers nog niet vrijgegeven door CvB`)).join('\n') + '\n',
  );
  c.write('snapshot.json', c.read('snapshot.json').replace('"vorige"', '"opmerking": "intern: niet delen",\n  "vorige"'));
}

describe('publishSnapshot', () => {
  it('names every contract column of every file, and no other', () => {
    const s = fixture();
    for (const spec of FILES) {
      const records = RECORDS[spec.file]!(s);
      expect(records.length, spec.file).toBeGreaterThan(0);
      for (const r of records) expect(Object.keys(r).filter((k) => k !== 'ref'), spec.file).toEqual(spec.columns.map((c) => c.name));
    }
  });

  it('publishes no column and no field that the check ignored', () => {
    copy = copyFixture();
    plantHiddenColumns(copy);
    const { snapshot, issues } = loadSnapshot(copy.dir);
    expect(issues.map((i) => i.message)).toContain("onbekende kolom 'contactpersoon' wordt genegeerd");
    const published = publishSnapshot(snapshot!, []);
    const instellingen = published.files.find((f) => f.name === 'instellingen.csv')!.content;
    expect(instellingen.split('\n')[0]).toBe('instelling,naam,soort,regio,randstad,studenten');
    for (const file of published.files) {
      expect(file.content, file.name).not.toMatch(/@|vrijgegeven|contactpersoon|opmerking|niet delen/);
    }
  });

  it('leaves suppressed realisations out of waarden.csv', () => {
    const s = fixture();
    const ref = s.values.find((v) => v.institutionId === 'I03' && v.indicatorId === 'werkdruk' && v.kind === 'realisatie')!.ref;
    const published = publishSnapshot(s, [ref]);
    const rows = parse(published.files.find((f) => f.name === 'waarden.csv')!.content, { columns: true }) as Record<string, string>[];
    expect(published.leftOut).toBe(1);
    expect(rows).toHaveLength(s.values.length - 1);
    expect(rows.some((r) => r.instelling === 'I03' && r.soort === 'realisatie' && r.indicator === 'werkdruk')).toBe(false);
  });

  it('writes files that load back to the same data, in the dialect they were read in', () => {
    copy = copyFixture();
    copy.write('begroting.csv', copy.read('begroting.csv').replace(/,/g, ';').replace(/;1\.3;/g, ';1,3;'));
    const s = loadSnapshot(copy.dir).snapshot!;
    // The published snapshot.json names its previous edition: that folder must exist beside it.
    const root = mkdtempSync(join(tmpdir(), 'mbo-published-'));
    const dir = join(root, '2025-11-01');
    try {
      mkdirSync(dir);
      mkdirSync(join(root, '2024-11-01'));
      for (const f of publishSnapshot(s, []).files) writeFileSync(join(dir, f.name), f.content);
      const again = loadSnapshot(dir);
      expect(again.issues).toEqual([]);
      expect(snapshotContent(again.snapshot!)).toEqual(snapshotContent(s));
      expect(again.snapshot!.files.find((f) => f.name === 'begroting.csv')!.dialect).toBe('nl');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
