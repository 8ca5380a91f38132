// Every national figure the seed documents publish (data/bronnen/gepubliceerde-cijfers.csv) is in the bundled
// edition that can know it, with the same value, period and unit; reeksen.csv holds nothing else. A figure left out
// on purpose says why. Where the seed texts are on this machine, each figure is found at its locator.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPublishedFigures } from '../../scripts/generate/published.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import type { SeriesPoint } from '../../scripts/snapshot/types.ts';

const SNAPSHOTS = join(import.meta.dirname, '..', '..', 'data', 'snapshots');
const SEEDS = '/work/shared/seeds';
const figures = readPublishedFigures();
const included = figures.filter((f) => f.included);
const edition = (name: string) => loadSnapshot(join(SNAPSHOTS, name)).snapshot!;
const current = edition('2025-11-01');
const previous = edition('2024-11-01');
const key = (series: string, breakdown: string, period: string) => `${series}|${breakdown}|${period}`;
const byKey = (points: readonly SeriesPoint[]) => new Map(points.map((p) => [key(p.series, p.breakdown, p.period), p]));

describe('the list of published figures', () => {
  it('names a locator in a seed document for every figure, and a reason for every figure left out', () => {
    expect(included.length).toBeGreaterThan(140);
    for (const f of figures) {
      expect(f.locator, `line ${f.line}`).toMatch(/^00[0-4]:L\d+$/);
      expect(f.quote.length + f.reason.length, `line ${f.line}`).toBeGreaterThan(0);
      if (f.included) {
        expect(f.reason, `line ${f.line}`).toBe('');
        expect(f.firstEdition, `line ${f.line}`).toBeGreaterThanOrEqual(Number(f.period.slice(0, 4)));
      } else expect(f.reason.length, `line ${f.line}`).toBeGreaterThan(10);
    }
    const keys = included.map((f) => key(f.series, f.breakdown, f.period));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds the examples of the progress report 2025: bbl 28% and Studentenpeiling 33% in 2025, LLO 27 and 17', () => {
    const value = (series: string, breakdown: string, period: string) =>
      included.find((f) => f.series === series && f.breakdown === breakdown && f.period === period)?.value;
    // 003:L1480-1482 and Tabel 4.5 (L2272-2273).
    expect(value('moeite-stageplek-jobmonitor', 'bbl', '2025')).toBe(28);
    expect(value('moeite-stageplek-studentenpeiling', 'bol', '2024')).toBe(31);
    expect(value('moeite-stageplek-studentenpeiling', 'bol', '2025')).toBe(33);
    expect([value('llo-katalysator', 'totaal', '2024'), value('llo-katalysator', 'totaal', '2025')]).toEqual([20, 27]);
    expect([value('llo-katalysator-initiatieven', 'totaal', '2024'), value('llo-katalysator-initiatieven', 'totaal', '2025')]).toEqual([9, 17]);
  });
});

describe('the bundled editions', () => {
  it('2025-11-01 holds every included figure with the same value, period and unit', () => {
    const points = byKey(current.series);
    for (const f of included) {
      const p = points.get(key(f.series, f.breakdown, f.period));
      expect(p, `${f.series} ${f.breakdown} ${f.period} (line ${f.line})`).toBeDefined();
      expect({ value: p!.value, unit: p!.unit }, `${f.series} ${f.breakdown} ${f.period}`).toEqual({ value: f.value, unit: f.unit });
    }
  });

  it('2024-11-01 holds exactly the figures published by its peildatum: nothing first known in 2025', () => {
    const points = byKey(previous.series);
    for (const f of included) {
      const p = points.get(key(f.series, f.breakdown, f.period));
      if (f.firstEdition! <= 2024) expect(p?.value, `${f.series} ${f.breakdown} ${f.period}`).toBe(f.value);
      else expect(p, `${f.series} ${f.breakdown} ${f.period} is first known in ${f.firstEdition}`).toBeUndefined();
    }
    expect(previous.series.length).toBe(included.filter((f) => f.firstEdition! <= 2024).length);
  });

  it('hold nothing in reeksen.csv that is not in the list', () => {
    const listed = new Set(included.map((f) => key(f.series, f.breakdown, f.period)));
    for (const p of [...current.series, ...previous.series]) expect(listed.has(key(p.series, p.breakdown, p.period)), p.series).toBe(true);
  });
});

// The seed texts are not part of the repository; where they are (the project's machine), check every locator.
describe.skipIf(!existsSync(SEEDS))('the seed texts', () => {
  const seeds = new Map(
    readdirSync(SEEDS)
      .filter((f) => /^00\d_.*\.txt$/.test(f))
      .map((f) => [f.slice(0, 3), readFileSync(join(SEEDS, f), 'utf8').split('\n')]),
  );
  const WORDS: Record<number, string> = { 2: 'twee', 10: 'tien', 20: 'twintig' };

  it('show each included figure on its locator line (or the line next to it), as written there', () => {
    for (const f of included) {
      const [doc, line] = f.locator.split(':L') as [string, string];
      const text = seeds.get(doc)!.slice(Number(line) - 2, Number(line) + 1).join(' ');
      const v = f.value!;
      // Patterns: the digits, with thousands points, as a word, in thousands or in millions.
      const forms = [String(v), v.toLocaleString('nl-NL').replace('.', '\\.'), WORDS[v] ?? '', v % 1000 === 0 ? `${v / 1000} duizend` : '', v >= 1e6 ? `${v / 1e6} m(iljoen|ln)` : ''];
      const found = forms.filter(Boolean).some((form) => new RegExp(`(?<![\\d.])${form}(?!\\d)`, 'i').test(text));
      expect(found, `${f.series} ${f.breakdown} ${f.period} = ${v} at ${f.locator}`).toBe(true);
    }
  });
});
