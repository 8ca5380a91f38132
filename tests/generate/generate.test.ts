// The generator as a whole: reproducible bytes, snapshots the loader accepts at every size and in both
// dialects, and two editions that tell one consistent story.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEditions, type GenerateOptions } from '../../scripts/generate/index.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import type { Snapshot } from '../../scripts/snapshot/types.ts';
import { runScript } from '../helpers/run-script.ts';
import { content, generateAndLoad, removeWritten, writeEditions } from './editions.ts';

const base: GenerateOptions = { institutions: 55, seed: 2023, edition: 2025, dialect: 'en' };
afterAll(removeWritten);

describe('generateEditions', () => {
  it('gives byte-identical files for the same arguments, and different ones for another seed', () => {
    const a = generateEditions(base);
    const b = generateEditions(base);
    expect(a.map((e) => e.name)).toEqual(['2025-11-01', '2024-11-01']);
    for (let i = 0; i < a.length; i++) expect([...b[i]!.files]).toEqual([...a[i]!.files]);
    const other = generateEditions({ ...base, seed: 2024 });
    expect(other[0]!.files.get('waarden.csv')).not.toBe(a[0]!.files.get('waarden.csv'));
    // The real tables do not depend on the seed.
    expect(other[0]!.files.get('reeksen.csv')).toBe(a[0]!.files.get('reeksen.csv'));
  });

  it('writes only the asked edition when it names no previous one', () => {
    const only = generateEditions({ ...base, edition: 2024 });
    expect(only.map((e) => e.name)).toEqual(['2024-11-01']);
    expect([...only[0]!.files]).toEqual([...generateEditions(base)[1]!.files]);
  });

  it.each([55, 165, 550])('makes a snapshot the loader accepts without any notice for %i institutions', (n) => {
    const { current, issues } = generateAndLoad({ ...base, institutions: n });
    // In the synthetic data a few institutions spend more than their budget, and a few have a very low percentage
    // beside higher ones (it looks like a fraction): warnings, nothing else.
    const expected = (i: (typeof issues)[number]) =>
      i.severity === 'waarschuwing' && (i.file === 'bestedingen.csv' || (i.file === 'waarden.csv' && i.message.includes('lijkt een fractie')));
    expect(issues.filter((i) => !expected(i))).toEqual([]);
    expect(current.institutions).toHaveLength(n);
    expect(current.meta.synthetic).toBe(true);
    expect(current.meta.previous).toBe('2024-11-01');
    // Every institution has values; the newcomer and the merged one keep the current edition at n.
    expect(new Set(current.values.map((v) => v.institutionId)).size).toBe(n);
  });

  it('loads the previous edition it names as well', () => {
    const { root } = generateAndLoad(base);
    const { snapshot, issues } = loadSnapshot(join(root, '2024-11-01'));
    // In the synthetic data a few institutions spend more than their budget, and a few have a very low percentage
    // beside higher ones (it looks like a fraction): warnings, nothing else.
    const expected = (i: (typeof issues)[number]) =>
      i.severity === 'waarschuwing' && (i.file === 'bestedingen.csv' || (i.file === 'waarden.csv' && i.message.includes('lijkt een fractie')));
    expect(issues.filter((i) => !expected(i))).toEqual([]);
    expect(snapshot!.meta.reportYear).toBe(2024);
    expect(snapshot!.meta.previous).toBeNull();
  });

  it('gives the same Snapshot content in the nl dialect as in the en dialect', () => {
    const en = generateAndLoad(base).current;
    const nl = generateAndLoad({ ...base, dialect: 'nl' }).current;
    expect(nl.files.filter((f) => f.dialect !== 'json').every((f) => f.dialect === 'nl')).toBe(true);
    expect(en.files.filter((f) => f.dialect !== 'json').every((f) => f.dialect === 'en')).toBe(true);
    expect(content(nl)).toEqual(content(en));
    expect(nl.hash).not.toBe(en.hash);
  });
});

describe('the two editions', () => {
  const [current, previous] = (() => {
    const root = writeEditions(generateEditions(base));
    return ['2025-11-01', '2024-11-01'].map((name) => loadSnapshot(join(root, name)).snapshot!) as [Snapshot, Snapshot];
  })();
  const ids = (s: Snapshot) => new Set(s.institutions.map((i) => i.id));

  it('differ by one merged and one new institution', () => {
    const gone = [...ids(previous)].filter((id) => !ids(current).has(id));
    const added = [...ids(current)].filter((id) => !ids(previous).has(id));
    expect(gone).toEqual(['I56']);
    expect(added).toHaveLength(1);
    const explanation = current.meta.explanation;
    expect(explanation).toContain('is Instelling 56 opgegaan in Instelling');
    expect(explanation).toContain(`${current.institutions.find((i) => i.id === added[0])!.name} nieuw`);
    // The institution that absorbed the merged one has the students and budget of both.
    const into = /opgegaan in Instelling (\d+)/.exec(explanation)![1]!;
    const students = (s: Snapshot, id: string) => s.institutions.find((i) => i.id === id)!.students;
    expect(students(current, `I${into}`)).toBe(students(previous, `I${into}`) + students(previous, 'I56'));
    const budget = (s: Snapshot, ids: string[]) => s.budgets.filter((b) => ids.includes(b.institutionId)).reduce((t, b) => t + b.amount, 0);
    expect(budget(current, [`I${into}`])).toBe(budget(previous, [`I${into}`, 'I56']));
  });

  it('keep start values and quality-agenda targets, and add 2025 data only to the current edition', () => {
    const fixed = (s: Snapshot) =>
      new Map(
        s.values
          .filter((v) => ids(current).has(v.institutionId) && ids(previous).has(v.institutionId) && v.origin === 'kwaliteitsagenda')
          .map((v) => [`${v.institutionId}|${v.indicatorId}|${v.breakdown}|${v.kind}`, v.value]),
      );
    expect(fixed(current)).toEqual(fixed(previous));
    expect(Math.max(...previous.values.filter((v) => v.kind === 'realisatie').map((v) => v.year))).toBe(2024);
    expect(current.values.some((v) => v.kind === 'realisatie' && v.year === 2025)).toBe(true);
    expect(Math.max(...previous.spending.map((s) => s.year))).toBe(2024);
    expect(new Set(current.spending.map((s) => s.year))).toEqual(new Set([2024, 2025]));
    expect(new Set(current.judgements.map((j) => j.year))).toEqual(new Set([2024, 2025]));
  });

  it('have more e-file revisions in the current edition, some of which replace a 2024 one', () => {
    const efile = (s: Snapshot) => s.values.filter((v) => v.kind === 'streef' && v.origin === 'e-file');
    expect(efile(current).length).toBeGreaterThan(2 * efile(previous).length);
    const key = (v: Snapshot['values'][number]) => `${v.institutionId}|${v.indicatorId}|${v.breakdown}`;
    const before = new Map(efile(previous).map((v) => [key(v), v.value]));
    const changed = efile(current).filter((v) => before.has(key(v)) && before.get(key(v)) !== v.value);
    expect(changed.length).toBeGreaterThan(0);
  });

  it('know fewer national values in 2024, and only values published by then', () => {
    expect(previous.series.length).toBeLessThan(current.series.length);
    expect(previous.series.some((p) => p.period === '2024/25')).toBe(false);
    expect(previous.series.filter((p) => p.series === 'instroom-mbo').map((p) => p.period).at(-1)).toBe('2023/24');
    expect(previous.series.some((p) => p.series.startsWith('stagevergoeding'))).toBe(false);
  });
});

describe('npm run generate-snapshot', () => {
  it('writes the same files as generateEditions into DIR/<edition>/', () => {
    const out = writeEditions([]);
    const { status, stdout } = runScript('generate-snapshot.ts', ['--institutions', '12', '--seed', '5', '--out', out, '--dialect', 'nl']);
    expect(status).toBe(0);
    expect(stdout).toContain('12 instellingen');
    const expected = generateEditions({ institutions: 12, seed: 5, edition: 2025, dialect: 'nl' });
    for (const e of expected) {
      expect(readdirSync(join(out, e.name)).sort()).toEqual([...e.files.keys()].sort());
      for (const [file, text] of e.files) expect(readFileSync(join(out, e.name, file), 'utf8')).toBe(text);
    }
  });

  it('rejects a bad option in Dutch with exit code 2', () => {
    const { status, stderr } = runScript('generate-snapshot.ts', ['--institutions', 'veel', '--out', writeEditions([])]);
    expect(status).toBe(2);
    expect(stderr).toContain('--institutions moet een geheel getal van minstens 10 zijn, niet "veel"');
  });
});
