// The committed editions in data/snapshots/ are exactly the generator's output: nobody edits them by hand.
// To change them, change scripts/generate/ and run `npm run generate-snapshot`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, generateEditions } from '../../scripts/generate/index.ts';
import { loadWithPrevious } from '../../scripts/snapshot/previous.ts';

const SNAPSHOTS = join(import.meta.dirname, '..', '..', 'data', 'snapshots');
const fresh = generateEditions(BUNDLED);

describe('data/snapshots', () => {
  it.each(fresh.map((e) => [e.name, e] as const))('%s equals fresh generator output byte for byte', (name, edition) => {
    const dir = join(SNAPSHOTS, name);
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([...edition.files.keys()].sort());
    for (const [file, text] of edition.files) {
      expect(readFileSync(join(dir, file), 'utf8'), `${name}/${file} differs: run npm run generate-snapshot`).toBe(text);
    }
  });

  it('loads as the current edition with its previous one, synthetic and without notices', () => {
    const { current, previous, issues } = loadWithPrevious(join(SNAPSHOTS, '2025-11-01'));
    // In the synthetic data a few institutions spend more than their budget over the years: warnings, nothing else.
    expect(issues.filter((i) => !(i.severity === 'waarschuwing' && i.file === 'bestedingen.csv'))).toEqual([]);
    expect(current!.meta).toMatchObject({ reportYear: 2025, synthetic: true, previous: '2024-11-01', referenceDate: '2025-11-01' });
    expect(previous!.meta).toMatchObject({ reportYear: 2024, synthetic: true, previous: null });
    expect(current!.meta.explanation).toMatch(/Verzonnen zijn alle gegevens per instelling/);
    expect(current!.meta.explanation).toMatch(/Voortgangsrapportage prioriteit 2 \(2025\)/);
  });

  it('hold spending and e-file rows only for years closed at the peildatum: 2024 in 2025-11-01, none in 2024-11-01', () => {
    // The e-file over a year is due on 1 July of the year after (seed 001 L115); seed 003 reports spending in 2024.
    const { current, previous } = loadWithPrevious(join(SNAPSHOTS, '2025-11-01'));
    const years = (s: typeof current) => [...new Set([...s!.spending, ...s!.judgements, ...s!.measureUse].map((r) => r.year))];
    expect(years(current)).toEqual([2024]);
    expect(years(previous)).toEqual([]);
  });
});
