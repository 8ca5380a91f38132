// The generator as a whole: reproducible bytes, snapshots the loader accepts at every size, in both dialects and
// at every peildatum, editions that follow the monitoring calendar and tell one consistent story.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEditions, type GenerateOptions } from '../../scripts/generate/index.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import type { Snapshot } from '../../scripts/snapshot/types.ts';
import { runScript } from '../helpers/run-script.ts';
import { content, generateAndLoad, removeWritten, writeEditions } from './editions.ts';

const base: GenerateOptions = { institutions: 55, seed: 2023, peildatum: '2025-11-01', dialect: 'en' };
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
    const only = generateEditions({ ...base, peildatum: '2024-11-01' });
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

  // The calendar check (snapshot/calendar.ts) refuses a spending year that had not ended at the peildatum.
  it.each(['2024-11-01', '2025-11-01', '2026-11-01', '2025-05-01'])('makes editions at peildatum %s that pass the check', (peildatum) => {
    const editions = generateEditions({ ...base, peildatum });
    const root = writeEditions(editions);
    for (const e of editions) {
      const { snapshot, issues } = loadSnapshot(join(root, e.name));
      expect(issues.filter((i) => i.severity === 'fout'), e.name).toEqual([]);
      // Over-budget spending is the only warning the synthetic data give (see above).
      expect(issues.filter((i) => i.severity === 'waarschuwing' && i.file !== 'bestedingen.csv' && i.file !== 'waarden.csv')).toEqual([]);
      const closed = Number(e.name.slice(0, 4)) - (e.name.slice(5) >= '07-01' ? 1 : 2);
      for (const rows of [snapshot!.spending, snapshot!.judgements, snapshot!.measureUse]) {
        expect(rows.every((r) => r.year <= closed), e.name).toBe(true);
      }
    }
    expect(editions.map((e) => e.name)[0]).toBe(peildatum);
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

describe('the editions of 2024, 2025 and 2026', () => {
  const [e2026, current, previous] = (() => {
    const root = writeEditions(generateEditions({ ...base, peildatum: '2026-11-01' }));
    return ['2026-11-01', '2025-11-01', '2024-11-01'].map((name) => loadSnapshot(join(root, name)).snapshot!) as [Snapshot, Snapshot, Snapshot];
  })();
  const ids = (s: Snapshot) => new Set(s.institutions.map((i) => i.id));

  it('write the same 2025 and 2024 editions as the generator at 2025-11-01', () => {
    const fromLater = generateEditions({ ...base, peildatum: '2026-11-01' }).slice(1);
    const direct = generateEditions(base);
    expect(fromLater.map((e) => e.name)).toEqual(direct.map((e) => e.name));
    for (let i = 0; i < direct.length; i++) expect([...fromLater[i]!.files]).toEqual([...direct[i]!.files]);
  });

  it('differ by one merged and one new institution', () => {
    const gone = [...ids(previous)].filter((id) => !ids(current).has(id));
    const added = [...ids(current)].filter((id) => !ids(previous).has(id));
    expect(gone).toEqual(['I56']);
    expect(added).toHaveLength(1);
    expect(ids(e2026)).toEqual(ids(current));
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

  it('keep start values and quality-agenda targets, and add each year\'s data from its own edition on', () => {
    const fixed = (s: Snapshot) =>
      new Map(
        s.values
          .filter((v) => ids(current).has(v.institutionId) && ids(previous).has(v.institutionId) && v.origin === 'kwaliteitsagenda')
          .map((v) => [`${v.institutionId}|${v.indicatorId}|${v.breakdown}|${v.kind}`, v.value]),
      );
    expect(fixed(current)).toEqual(fixed(previous));
    const lastMeasured = (s: Snapshot) => Math.max(...s.values.filter((v) => v.kind === 'realisatie').map((v) => v.year));
    expect([lastMeasured(previous), lastMeasured(current), lastMeasured(e2026)]).toEqual([2024, 2025, 2026]);
  });

  it('follow the monitoring calendar: spending and e-file only over years whose e-file was due (seed 003: 2024 in 2025)', () => {
    const years = (rows: readonly { year: number }[]) => [...new Set(rows.map((r) => r.year))].sort();
    // 1 November 2024: no e-file yet, so no spending, measures carried out, judgements or e-file targets; the plans are there.
    expect([previous.spending, previous.measureUse, previous.judgements].map(years)).toEqual([[], [], []]);
    expect(previous.values.some((v) => v.origin === 'e-file')).toBe(false);
    expect(previous.budgets.length).toBeGreaterThan(0);
    // 1 November 2025: the e-file over 2024, the first of the four years; 1 November 2026: also 2025.
    expect([current.spending, current.measureUse, current.judgements].map(years)).toEqual([[2024], [2024], [2024]]);
    expect([e2026.spending, e2026.measureUse, e2026.judgements].map(years)).toEqual([[2024, 2025], [2024, 2025], [2024, 2025]]);
    expect(current.meta.explanation).toContain('tot en met 2024 (het eerste van de vier jaren van de kwaliteitsmiddelen');
    expect(previous.meta.explanation).toContain('nog geen e-file');
  });

  it('take the e-file targets of the first e-file in 2025; the e-file over 2025 replaces some of them in 2026', () => {
    const efile = (s: Snapshot) => s.values.filter((v) => v.kind === 'streef' && v.origin === 'e-file');
    expect(efile(current).length).toBeGreaterThan(100);
    const key = (v: Snapshot['values'][number]) => `${v.institutionId}|${v.indicatorId}|${v.breakdown}`;
    const before = new Map(efile(current).map((v) => [key(v), v.value]));
    const changed = efile(e2026).filter((v) => before.has(key(v)) && before.get(key(v)) !== v.value);
    expect(changed.length).toBeGreaterThan(0);
    expect(efile(e2026).length).toBeGreaterThan(efile(current).length);
  });

  it('know fewer national values in 2024, and only values published by then', () => {
    expect(previous.series.length).toBeLessThan(current.series.length);
    expect(previous.series.some((p) => p.period === '2024/25' || p.period === '2025')).toBe(false);
    expect(previous.series.filter((p) => p.series === 'instroom-mbo').map((p) => p.period).at(-1)).toBe('2023/24');
    expect(previous.series.some((p) => p.series.startsWith('stagevergoeding'))).toBe(false);
    expect(e2026.series).toEqual(current.series);
  });
});

describe('npm run generate-snapshot', () => {
  it('writes the same files as generateEditions into DIR/<edition>/', () => {
    const out = writeEditions([]);
    const { status, stdout } = runScript('generate-snapshot.ts', ['--institutions', '12', '--seed', '5', '--out', out, '--dialect', 'nl']);
    expect(status).toBe(0);
    expect(stdout).toContain('12 instellingen');
    const expected = generateEditions({ institutions: 12, seed: 5, peildatum: '2025-11-01', dialect: 'nl' });
    for (const e of expected) {
      expect(readdirSync(join(out, e.name)).sort()).toEqual([...e.files.keys()].sort());
      for (const [file, text] of e.files) expect(readFileSync(join(out, e.name, file), 'utf8')).toBe(text);
    }
  });

  it('rejects a bad option in Dutch with exit code 2', () => {
    const { status, stderr } = runScript('generate-snapshot.ts', ['--institutions', 'veel', '--out', writeEditions([])]);
    expect(status).toBe(2);
    expect(stderr).toContain('--institutions moet een geheel getal van minstens 10 zijn, niet "veel"');
    const early = runScript('generate-snapshot.ts', ['--peildatum', '1-11-2023', '--out', writeEditions([])]);
    expect(early.status).toBe(2);
    expect(early.stderr).toContain('--peildatum moet een datum JJJJ-MM-DD in 2024 of later zijn, niet "1-11-2023"');
  });
});
