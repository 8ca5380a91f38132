// The result CSVs for the fixture snapshot tests/fixtures/snapshots/2025-11-01. Expected cells were worked out by
// hand from its waarden.csv (noted per line); r and p with scipy.stats.pearsonr.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { describeColumns } from '../../scripts/compute/columns.ts';
import { resultTables } from '../../scripts/compute/tables.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'snapshots');
const load = (name: string) => {
  // The 2024 edition is only ever a previous edition (it holds realised values of 2025).
  const { snapshot, issues } = loadSnapshot(join(FIXTURES, name), { asPrevious: name === '2024-11-01' });
  if (!snapshot) throw new Error(issues.map((i) => i.message).join('\n'));
  return snapshot;
};
const results = computeResults(load('2025-11-01'), load('2024-11-01'));
const tables = resultTables(results);
const csv = (file: string) => tables.find((t) => t.file === file)!.csv;
const lines = (file: string) => csv(file).trimEnd().split('\n');
const line = (file: string, prefix: string) => lines(file).find((l) => l.startsWith(prefix));
/** One cell by column name, of the first line that starts with `prefix` (no field in these files holds a comma). */
const cell = (file: string, prefix: string, column: string) => {
  const header = lines(file)[0]!.split(',');
  expect(header, `${file} has ${column}`).toContain(column);
  return line(file, prefix)!.split(',')[header.indexOf(column)];
};

describe('result tables for the fixture snapshot', () => {
  it('writes every required file with the required leading columns', () => {
    const required: Record<string, string> = {
      'sector.csv': 'indicator,uitsplitsing,n,gem_start,gem_streef,gem_verbeterambitie,q1_verbeterambitie,mediaan_verbeterambitie,q3_verbeterambitie',
      'streefwaarden.csv': 'instelling,indicator,uitsplitsing,start,streef_origineel,streef,herkomst_streef,genegeerd',
      'doelbereik.csv': 'instelling,indicator,uitsplitsing,jaar,realisatie,streef,op_of_voorbij_streef',
      'convergentie.csv': 'indicator,uitsplitsing,n,r,p',
      'typologie.csv': 'instelling,start_score,ambitie_score,type',
      'inzet-en-ontwikkeling.csv': 'doelstelling,indicator,uitsplitsing,inzet,n,r,p',
      'doelbereik-sector.csv':
        'indicator,uitsplitsing,n,bereikt,niet_bereikt,binnen_marge,streef_zonder_verbetering,aandeel_bereikt,ci95_laag,ci95_hoog',
    };
    for (const [file, header] of Object.entries(required)) expect(lines(file)[0]!.startsWith(header)).toBe(true);
    for (const t of tables) {
      expect(t.csv.endsWith('\n')).toBe(true);
      const width = t.csv.split('\n')[0]!.split(',').length;
      // No field in these files contains a comma, so every line has the header's width.
      for (const l of t.csv.trimEnd().split('\n')) expect(l.split(',').length, `${t.file}: ${l}`).toBe(width);
    }
  });

  it('sector.csv: means and quartiles of the improvement ambition', () => {
    // rekenen: starts 40, 35, 50 (mean 41,67); targets 70, 68, 65 (67,67); ambitions 30, 33, 15 → mean 26, Q1 22,5, median 30, Q3 31,5.
    expect(line('sector.csv', 'rekenen,')).toMatch(/^rekenen,totaal,3,41.67,67.67,26,22.5,30,31.5,/);
    // lc-ld: starts 40,5 28 62 55 (46,375 → 46,38); targets 50 45 64 58 (54,25); ambitions 9,5 17 2 3 →
    // mean 7,875 → 7,88, Q1 2,75, median 6,25, Q3 11,375 → 11,38.
    expect(line('sector.csv', 'lc-ld,')).toMatch(/^lc-ld,totaal,4,46.38,54.25,7.88,2.75,6.25,11.38,/);
    // werkdruk 2024: I01 43, I02 47, I04 36 shown (mean 42); I03 (n = 22) left out and counted.
    expect(line('sector.csv', 'werkdruk,')).toMatch(/,2024,3,42,3,0,0,1,/);
    // Paired means: gem_streef_gepaard − gem_start_gepaard = gem_ambitie (rekenen: 67,67 − 41,67 = 26).
    expect(Number(cell('sector.csv', 'rekenen,', 'gem_streef_gepaard')) - Number(cell('sector.csv', 'rekenen,', 'gem_start_gepaard'))).toBeCloseTo(
      Number(cell('sector.csv', 'rekenen,', 'gem_ambitie')),
      3,
    );
    // t-interval of the mean ambition 30, 33, 15: sd = √93 = 9,6437; scipy t.ppf(0.975, 2) = 4.302652729749462;
    // 26 ± 4,3027·9,6437/√3 = 26 ± 23,9562 → 2,0438 .. 49,9562 (scipy 1.17 ttest_1samp([30,33,15]).confidence_interval()).
    expect(Number(cell('sector.csv', 'rekenen,', 'ci95_laag'))).toBeCloseTo(26 - (4.302652729749462 * Math.sqrt(93)) / Math.sqrt(3), 3);
    expect(Number(cell('sector.csv', 'rekenen,', 'ci95_hoog'))).toBeCloseTo(26 + (4.302652729749462 * Math.sqrt(93)) / Math.sqrt(3), 3);
  });

  it('streefwaarden.csv: target in force, original and the ignored revision', () => {
    expect(line('streefwaarden.csv', 'I02,werkdruk,')).toMatch(
      /^I02,werkdruk,totaal,52,40,40,kwaliteitsagenda,e-file 44: minder ambitieus dan de geldende streefwaarde 40; een neerwaartse bijstelling wordt niet overgenomen,kwaliteitsagenda,-12,12,/,
    );
    expect(line('streefwaarden.csv', 'I05,werkdruk,')).toMatch(/^I05,werkdruk,totaal,41,37,33,e-file,,opwaarts,-8,8,/);
    expect(line('streefwaarden.csv', 'I04,werkdruk,')).toMatch(/^I04,werkdruk,totaal,38,,32,e-file,,nieuw,-6,6,/);
    expect(line('streefwaarden.csv', 'I01,lc-ld,')).toMatch(/^I01,lc-ld,totaal,40.5,50,50,kwaliteitsagenda,,kwaliteitsagenda,9.5,9.5,/);
    // Latest value and where it came from: I04 werkdruk 2024 (mto-2024), the breakdown's latest year.
    expect(line('streefwaarden.csv', 'I04,werkdruk,')).toMatch(/,2024,36,mto-2024,nee,nee,15.4541,binnen-marge$/);
  });

  it('doelbereik.csv: reached in both directions, suppressed value absent', () => {
    // Margin 1,96·√(0,44·0,56/64)·100 = 12,1613 procentpunt: 46 vs target 44 cannot be told apart.
    expect(line('doelbereik.csv', 'I03,stage-school,')).toBe('I03,stage-school,bol,2025,46,44,ja,64,job-2025,12.1613,binnen-marge,ja');
    // A register value (no n) has no sampling margin.
    expect(line('doelbereik.csv', 'I02,rekenen,')).toBe('I02,rekenen,totaal,2024,71,68,ja,,duo,,bereikt,ja');
    // Lower is better: 36 is above the target 32, but within 1,96·√(0,32·0,68/35)·100 = 15,4541.
    expect(line('doelbereik.csv', 'I04,werkdruk,')).toBe('I04,werkdruk,totaal,2024,36,32,nee,35,mto-2024,15.4541,binnen-marge,ja');
    expect(line('doelbereik.csv', 'I03,werkdruk,')).toBeUndefined();
    expect(lines('doelbereik.csv')).toHaveLength(1 + 7);
  });

  it('convergentie.csv, typologie.csv and inzet-en-ontwikkeling.csv', () => {
    // scipy: pearsonr([40.5, 28, 62, 55], [9.5, 17, 2, 3]) = (−0.9856961358546356, p = 0.014303864145364553).
    expect(line('convergentie.csv', 'lc-ld,')).toMatch(/^lc-ld,totaal,4,-0.9857,0.0143,significant,/);
    // werkdruk is lager_beter: x = −start. scipy: pearsonr([-45,-52,-33,-38,-41,-48], [7,12,3,6,8,48]) = (−0.5133, p = 0.2976).
    expect(line('convergentie.csv', 'werkdruk,')).toMatch(/^werkdruk,totaal,6,-0.5133,0.2976,niet,/);
    // Counts scale with institution size: no convergence for `aantal` indicators.
    expect(line('convergentie.csv', 'vsv,')).toMatch(/^vsv,totaal,0,,,niet,/);
    // I02 has the least favourable start on all six indicators and the most favourable ambition on all six.
    expect(line('typologie.csv', 'I02,')).toMatch(/^I02,-1,1,2,laag,,6,0,6,/);
    // werkdruk change (sign-adjusted): I01 +2, I02 +5; measure 3.3-werkdruk: I01 no, I02 yes.
    // One institution per group: too few to compare (minimum 5 per group), so no q.
    expect(line('inzet-en-ontwikkeling.csv', '3.3,werkdruk,totaal,maatregel:3.3-werkdruk,')).toBe(
      '3.3,werkdruk,totaal,maatregel:3.3-werkdruk,2,,,niet,1,5,1,2,,,,,ja',
    );
    // Budget share of 3.3: I01 54,05%, I02 47,69%, I04 100% vs change 2, 5, 2 → scipy r = −0.5934023546706959, p = 0.5955686311635144.
    expect(line('inzet-en-ontwikkeling.csv', '3.3,werkdruk,totaal,begrotingsaandeel,')).toMatch(/^3.3,werkdruk,totaal,begrotingsaandeel,3,-0.5934,0.5956,niet,/);
  });

  it('describes every column of every file in Dutch, and refuses an undocumented one', () => {
    for (const t of tables) {
      expect(t.columns.map((c) => c.name).join(','), t.file).toBe(lines(t.file)[0]);
      for (const c of t.columns) expect(c.description.length, `${t.file} ${c.name}`).toBeGreaterThan(5);
    }
    expect(() => describeColumns('sector.csv', ['indicator', 'nieuwe_kolom'])).toThrow(/sector.csv: de kolom nieuwe_kolom heeft geen beschrijving/);
  });

  it('is deterministic', () => {
    const again = resultTables(computeResults(load('2025-11-01'), load('2024-11-01')));
    expect(again).toEqual(tables);
  });
});
