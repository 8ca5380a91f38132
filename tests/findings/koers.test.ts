// koers.csv against an independent recomputation (issue 23, "Done when"): a hand-made edition with a value exactly on
// its path (a tie that floating point decides wrongly), a breakdown that declines while another improves, and a
// target that plans no improvement. The expected numbers are computed here, in integers and with tabulated
// reference values, never by calling the code under test:
// - Student's t: upper 2,5% critical values t(0,975; ν) from the NIST/SEMATECH e-Handbook of Statistical Methods,
//   §1.3.6.7.2 "Critical values of the Student's t distribution" (ν = 5: 2,571; ν = 6: 2,447);
// - Wilson (1927) score interval, checked first against the worked examples of Newcombe (1998), "Two-sided
//   confidence intervals for the single proportion: comparison of seven methods", Statistics in Medicine 17,
//   857–872, Table I, method 3 (81/263: 0,2553–0,3662; 15/148: 0,0624–0,1605; 0/20: 0–0,1611).
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { courseTable } from '../../scripts/findings/tables.ts';
import { indicator, institutions, snapshot, type ValueSpec } from '../compute/build-snapshot.ts';

const T_975: Readonly<Record<number, number>> = { 5: 2.571, 6: 2.447 };
const Z_975 = 1.96;

/** Wilson score interval in percent, written out from Wilson (1927). */
function wilsonRef(count: number, n: number): [number, number] {
  const p = count / n;
  const z2 = Z_975 * Z_975;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z_975 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half)];
}

/** Mean and 95% t-interval with the tabulated quantile. */
function tRef(values: readonly number[]): { mean: number; low: number; high: number } {
  const n = values.length;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const half = T_975[n - 1]! * (sd / Math.sqrt(n));
  return { mean, low: mean - half, high: mean + half };
}

// [institution, start, target, latest, start year]: target year 2027, latest value 2025, values with at most two
// decimals (hundredths are the data's precision).
type Row = [string, number, number, number, number?];
const ENTREE: Row[] = [
  ['I01', 65.9, 73, 70.16], // exactly on its path: 3/5 × 7,1 = 4,26 = 70,16 − 65,9 (floating point says 4,25999…)
  ['I02', 50, 60, 57],
  ['I03', 40, 45, 44],
  ['I04', 30.5, 35.5, 33], // behind its path
  ['I05', 60, 70, 67.5],
  ['I06', 45, 50, 48.2],
  ['I07', 55, 54, 58], // a target that plans no improvement: never assessed, never "on course"
  ['I08', 40, 48, 44.5, 2023], // a later start: 2 of 4 years elapsed
];
const NIVEAU_4: Row[] = [
  ['I01', 40, 46, 38],
  ['I02', 42, 48, 40.5],
  ['I03', 38, 44, 36],
  ['I04', 45, 50, 43.2],
  ['I05', 41, 47, 39.9],
  ['I06', 39, 44, 37.5],
];

function specs(breakdown: string, rows: readonly Row[]): ValueSpec[] {
  return rows.flatMap(([id, start, target, latest, startYear]) => [
    [id, 'keuze', 'start', start, { breakdown, year: startYear ?? 2022 }],
    [id, 'keuze', 'streef', target, { breakdown, year: 2027 }],
    [id, 'keuze', 'realisatie', latest, { breakdown, year: 2025, origin: 'job-2025' }],
  ] as ValueSpec[]);
}

/** The course of one row in hundredths, exactly: gap × span × 100 = (L − S)·span − elapsed·(T − S). */
function expected(rows: readonly Row[], from2024 = false) {
  const assessed = rows.filter(([, s, t]) => Math.round(t * 100) > Math.round(s * 100));
  const per = assessed.map(([, s, t, l, sy = 2022]) => {
    const [S, T, L] = [s, t, l].map((v) => Math.round(v * 100)) as [number, number, number];
    const from = from2024 ? Math.max(sy, 2024) : sy;
    const span = 2027 - from;
    const elapsed = Math.min(span, 2025 - from);
    const gapUnits = (L - S) * span - elapsed * (T - S);
    return { actual: (L - S) / 100, planned: (elapsed * (T - S)) / span / 100, gap: gapUnits / span / 100, onPath: gapUnits >= 0 };
  });
  return { n: assessed.length, without: rows.length - assessed.length, per };
}

/** The rule of issue 23, written out again. */
function verdict(gap: { low: number; high: number }, actual: { low: number; high: number }, n: number): string {
  if (n < 5) return 'te-weinig-instellingen';
  if (actual.high < 0) return 'verslechterd';
  if (gap.low > 0) return 'voor-op-schema';
  if (gap.high < 0) return 'achter-op-schema';
  return actual.low > 0 ? 'op-schema' : 'onzeker';
}

const results = computeResults(
  snapshot({
    indicators: [indicator('keuze', 'procent', 'hoger_beter')],
    institutions: institutions('I01', 'I02', 'I03', 'I04', 'I05', 'I06', 'I07', 'I08'),
    values: [...specs('entree', ENTREE), ...specs('niveau 4', NIVEAU_4)],
  }),
  null,
);
const findings = findFindings(results);
const table = courseTable(results, findings);
const rows = parse(table.csv, { columns: true }) as Record<string, string>[];
const row = (breakdown: string) => rows.find((r) => r.uitsplitsing === breakdown)!;

describe('the reference values the recomputation rests on', () => {
  it('reproduce Newcombe (1998) Table I, method 3 (Wilson score interval)', () => {
    const [a, b] = wilsonRef(81, 263);
    expect(a).toBeCloseTo(25.53, 2);
    expect(b).toBeCloseTo(36.62, 2);
    const [c, d] = wilsonRef(15, 148);
    expect(c).toBeCloseTo(6.24, 2);
    expect(d).toBeCloseTo(16.05, 2);
    const [e, f] = wilsonRef(0, 20);
    expect(e).toBe(0);
    expect(f).toBeCloseTo(16.11, 2);
  });

  it('show the tie is real: in floating point the institution on its path lies behind it', () => {
    expect(70.16 - 65.9 >= (3 / 5) * (73 - 65.9)).toBe(false);
  });
});

describe('koers.csv on a hand-made edition', () => {
  it('has exactly the columns of issue 23 and one row per indicator × breakdown, unrounded with a decimal point', () => {
    expect(table.csv.split('\n')[0]).toBe(
      'indicator,uitsplitsing,n,gem_gepland,gem_gerealiseerd,gem_verschil,ci95_verschil_laag,ci95_verschil_hoog,ci95_gerealiseerd_laag,ci95_gerealiseerd_hoog,oordeel,n_op_of_boven_pad,n_zonder_verbetering,n_eerder_jaar,n_andere_bron,oordeel_pad_vanaf_2024',
    );
    expect(rows.map((r) => r.uitsplitsing)).toEqual(['entree', 'niveau 4']);
    expect(row('entree').gem_verschil).toMatch(/^0\.52857142\d*$/);
    expect(table.columns.every((c) => c.description.length > 0)).toBe(true);
  });

  it('counts the institution exactly on its path as on its path, and leaves the target without improvement out', () => {
    const e = expected(ENTREE);
    expect(e.per.filter((p) => p.onPath).length).toBe(6);
    expect(Number(row('entree').n)).toBe(e.n);
    expect(Number(row('entree').n_op_of_boven_pad)).toBe(6);
    expect(Number(row('entree').n_zonder_verbetering)).toBe(1);
    expect(e.without).toBe(1);
  });

  it('recomputes means, paired intervals and the verdict of every breakdown', () => {
    for (const [breakdown, data] of [['entree', ENTREE], ['niveau 4', NIVEAU_4]] as const) {
      const e = expected(data);
      const gap = tRef(e.per.map((p) => p.gap));
      const actual = tRef(e.per.map((p) => p.actual));
      const r = row(breakdown);
      expect(Number(r.gem_gepland)).toBeCloseTo(e.per.reduce((a, p) => a + p.planned, 0) / e.n, 9);
      expect(Number(r.gem_gerealiseerd)).toBeCloseTo(actual.mean, 9);
      expect(Number(r.gem_verschil)).toBeCloseTo(gap.mean, 9);
      // The tabulated quantile has three decimals: bounds agree to a thousandth of the half-width or better.
      expect(Number(r.ci95_verschil_laag)).toBeCloseTo(gap.low, 3);
      expect(Number(r.ci95_verschil_hoog)).toBeCloseTo(gap.high, 3);
      expect(Number(r.ci95_gerealiseerd_laag)).toBeCloseTo(actual.low, 3);
      expect(Number(r.ci95_gerealiseerd_hoog)).toBeCloseTo(actual.high, 3);
      expect(r.oordeel).toBe(verdict(gap, actual, e.n));
      const from2024 = expected(data, true);
      expect(r.oordeel_pad_vanaf_2024).toBe(verdict(tRef(from2024.per.map((p) => p.gap)), actual, from2024.n));
      expect(Number(r.n_eerder_jaar)).toBe(0);
      expect(Number(r.n_andere_bron)).toBe(0);
    }
  });

  it('gives the declining breakdown its own verdict beside the improving one', () => {
    expect(row('entree').oordeel).toBe('op-schema');
    expect(row('niveau 4').oordeel).toBe('verslechterd');
    expect(row('entree').oordeel_pad_vanaf_2024).toBe('voor-op-schema');
    const overall = findings.indicators['keuze']!;
    expect(overall.status).toBe('wisselend');
    expect(overall.worst).toBe('verslechterd');
  });

  it('puts the Wilson interval of the share on the path beside the verdict', () => {
    const onPath = findings.course['keuze']!['entree']!.onPath!;
    const [low, high] = wilsonRef(6, 7);
    expect(onPath.ci95!.low).toBeCloseTo(low, 1);
    expect(onPath.ci95!.high).toBeCloseTo(high, 1);
  });

  it('says too few institutions below five, and no data without any', () => {
    const few = computeResults(
      snapshot({ indicators: [indicator('keuze', 'procent', 'hoger_beter')], institutions: institutions('I01', 'I02', 'I03', 'I04'), values: specs('totaal', NIVEAU_4.slice(0, 4)) }),
      null,
    );
    expect(findFindings(few).course['keuze']!['totaal']!.status).toBe('te-weinig-instellingen');
    const none = computeResults(
      snapshot({ indicators: [indicator('keuze', 'procent', 'hoger_beter')], institutions: institutions('I01'), values: [['I01', 'keuze', 'start', 40, {}]] }),
      null,
    );
    expect(findFindings(none).course['keuze']!['totaal']!.status).toBe('geen-gegevens');
  });
});
