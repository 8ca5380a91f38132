// The real tables: goals, indicators, national series and goals, measures. Complete, well formed and
// consistent with each other, so every page of the report has something true to stand on.
import { describe, expect, it } from 'vitest';
import { GOALS } from '../../scripts/generate/goals.ts';
import { INDICATORS } from '../../scripts/generate/indicators.ts';
import { MEASURES } from '../../scripts/generate/measures.ts';
import { knownFrom, NATIONAL_GOALS, NATIONAL_SERIES } from '../../scripts/generate/national.ts';
import { PROFILES } from '../../scripts/generate/profiles.ts';
import { generateEditions } from '../../scripts/generate/index.ts';

const AGENDA = ['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4'];
const BREAKDOWNS = ['totaal', 'entree', 'niveau 2', 'niveau 3', 'niveau 4', 'bol', 'bbl'];
const SURVEYS = /JOB|MTO|BPV|studentenpeiling|Schoolverlatersonderzoek|SBB-onderzoek/i;

describe('goals', () => {
  it('are the 12 Werkagenda goals and the 4 Stagepact themes, with the theme labels of seed 000', () => {
    expect(GOALS.map((g) => g.id)).toEqual([...AGENDA, 'SP1', 'SP2', 'SP3', 'SP4']);
    expect(GOALS.find((g) => g.id === '1.2')!.shortName).toBe('Studentenwelzijn');
    expect(GOALS.find((g) => g.id === '3.3')!.shortName).toBe('Werken in mbo');
    expect(GOALS.filter((g) => g.id.startsWith('SP')).every((g) => g.priority === 2)).toBe(true);
    for (const g of GOALS) expect(g.name.length).toBeGreaterThan(g.shortName.length);
  });
});

describe('indicators', () => {
  it('cover every goal with at least one of at least 25 indicators, each slug unique', () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    for (const goal of AGENDA) expect(INDICATORS.some((i) => i.goal === goal)).toBe(true);
    for (const i of INDICATORS) expect(GOALS.some((g) => g.id === i.goal)).toBe(true);
  });

  it('have a short chart label of at most 30 characters and a one-sentence definition', () => {
    for (const i of INDICATORS) {
      expect(i.shortName.length, i.id).toBeLessThanOrEqual(30);
      expect(i.definition, i.id).toMatch(/^[A-Z][^.]*(\d,\d[^.]*)*\.$/);
      expect(i.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('set min_n 30 exactly for survey sources', () => {
    for (const i of INDICATORS) expect({ id: i.id, minN: i.minN }).toEqual({ id: i.id, minN: SURVEYS.test(i.source) ? 30 : null });
  });

  it('each have institution values (a profile) or a national series, and profiles name known indicators', () => {
    for (const i of INDICATORS) {
      const series = NATIONAL_SERIES.some((s) => s.indicator === i.id);
      expect({ id: i.id, data: Boolean(PROFILES[i.id]) || series }).toEqual({ id: i.id, data: true });
    }
    for (const id of Object.keys(PROFILES)) expect(INDICATORS.some((i) => i.id === id)).toBe(true);
  });
});

describe('national series and goals', () => {
  it('use known indicators, the goal of their indicator, lower-case breakdowns and unique keys', () => {
    const keys = new Set<string>();
    for (const s of NATIONAL_SERIES) {
      const indicator = INDICATORS.find((i) => i.id === s.indicator);
      if (s.indicator) expect({ series: s.id, goal: s.goal }).toEqual({ series: s.id, goal: indicator?.goal });
      if (indicator) expect(s.unit).toBe(indicator.unit);
      expect(s.source.length).toBeGreaterThan(10);
      for (const p of s.points) {
        // The label shows in legends and sentences ("Voor transport en logistiek …"): lower case, like the others.
        expect(p.breakdown).toMatch(/^[\p{Ll}0-9][\p{L}0-9 ,'-]*$/u);
        expect(p.period).toMatch(/^\d{4}(\/\d{2})?$/);
        const key = `${s.id}|${p.breakdown}|${p.period}`;
        expect(keys.has(key), key).toBe(false);
        keys.add(key);
      }
    }
    for (const g of NATIONAL_GOALS) expect(INDICATORS.some((i) => i.id === g.indicator)).toBe(true);
    // Seed 001:L137 and 002:L55-56; 002:L115-116.
    expect(NATIONAL_GOALS.find((g) => g.indicator === 'vsv')).toMatchObject({ year: 2026, value: 18000 });
    // 141 practoraten is the institutions' own ambition added up (002:L115-116), not a goal to hold their sum against.
    expect(NATIONAL_GOALS.find((g) => g.indicator === 'practoraten')).toBeUndefined();
  });

  it('hold the published values (spot checks against seed 003 and 002)', () => {
    const point = (id: string, period: string, breakdown = 'totaal') =>
      NATIONAL_SERIES.find((s) => s.id === id)!.points.find((p) => p.period === period && p.breakdown === breakdown)!.value;
    expect(point('instroom-mbo', '2019/20')).toBe(222742);
    expect(point('instroom-mbo', '2024/25')).toBe(208310);
    expect(point('stagevergoeding-bol', '2024', 'niveau 3')).toBe(49);
    expect(point('stagevergoeding-mediaan-bbl', '2024', 'niveau 4')).toBe(2280);
    expect(point('cao-stagevergoeding', '2024')).toBe(103);
    expect(point('meldingen-stagediscriminatie', '2023')).toBe(98);
    expect(point('mentaal-welzijn', '2024')).toBe(13);
    expect(point('practoraten', '2023')).toBe(76);
    expect(point('moeite-stageplek-jobmonitor', '2025', 'bbl')).toBe(28);
    expect(point('moeite-stageplek-studentenpeiling', '2025', 'bol')).toBe(33);
    expect(point('llo-katalysator', '2025')).toBe(27);
    expect(point('llo-katalysator-initiatieven', '2025')).toBe(17);
  });

  it('date each value to the first edition that could know it', () => {
    const series = (id: string) => NATIONAL_SERIES.find((s) => s.id === id)!;
    const at = (id: string, period: string) => knownFrom(series(id).points.find((p) => p.period === period)!);
    expect(at('instroom-mbo', '2023/24')).toBe('2024-11-01');
    expect(at('instroom-mbo', '2024/25')).toBe('2025-11-01');
    expect(at('mentaal-welzijn', '2024')).toBe('2024-11-01');
    expect(at('stagevergoeding-bol', '2023')).toBe('2025-11-01');
    // Diplomas of 2023/24 are counted after the year; the 2023 certificates of 2024 were provisional (003 note 25).
    expect(at('gediplomeerde-uitstroom-leerweg', '2023/24')).toBe('2025-11-01');
    expect(at('mbo-certificaten', '2023')).toBe('2025-11-01');
    // A survey of 2025 is known in the 2025 edition, not a year later.
    expect(at('moeite-stageplek-jobmonitor', '2025')).toBe('2025-11-01');
  });
});

describe('measures', () => {
  it('belong to the agenda goals, have unique codes and a share between 0 and 1', () => {
    expect(new Set(MEASURES.map((m) => m.id)).size).toBe(MEASURES.length);
    for (const m of MEASURES) {
      expect(AGENDA).toContain(m.goal);
      expect(m.id.startsWith(`${m.goal}-`)).toBe(true);
      expect(m.share).toBeGreaterThan(0);
      expect(m.share).toBeLessThanOrEqual(1);
    }
    for (const goal of AGENDA) expect(MEASURES.some((m) => m.goal === goal)).toBe(true);
  });
});

describe('generated institution data', () => {
  const [current] = generateEditions({ institutions: 55, seed: 2023, peildatum: '2025-11-01', dialect: 'en' });
  const rows = (file: string) => current!.files.get(file)!.trim().split('\n').slice(1);

  it('use anonymous codes and neutral names only', () => {
    // The last column is opgegaan_in: empty, or the code of the institution a former one merged into.
    const shape = /^I(\d{2}),Instelling \1,(roc|aoc|vakinstelling),(Noord|Oost|Zuid|West|Midden),(ja|nee),\d+,(I\d{2})?$/;
    for (const line of rows('instellingen.csv')) expect(line).toMatch(shape);
  });

  it('use only the allowed breakdown labels', () => {
    const used = new Set(rows('waarden.csv').map((l) => l.split(',')[2]));
    for (const b of used) expect(BREAKDOWNS).toContain(b);
    expect(used).toEqual(new Set(BREAKDOWNS));
  });
});
