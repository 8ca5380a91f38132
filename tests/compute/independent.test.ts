// An independent recomputation of the bundled snapshot's sector table: the CSV files are read here with
// csv-parse alone and the contract's rules are applied by a few lines written from the data contract, not from
// scripts/compute. Every row of the downloadable sector.csv must agree (within its two-decimal rounding).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { resultTables } from '../../scripts/compute/tables.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';

const DIR = join(import.meta.dirname, '..', '..', 'data', 'snapshots', '2025-11-01');
const csv = (file: string) => parse(readFileSync(join(DIR, file), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];

interface Ind {
  unit: string;
  direction: string;
  minN: number | null;
}
const indicators = new Map<string, Ind>(
  csv('indicatoren.csv').map((r) => [r.indicator!, { unit: r.eenheid!, direction: r.richting!, minN: r.min_n ? Number(r.min_n) : null }]),
);
const sign = (i: Ind) => (i.direction === 'lager_beter' ? -1 : 1);
const possible = (i: Ind, v: number) => {
  if (i.unit === 'procent' && (v < 0 || v > 100)) return false;
  if (i.unit === 'cijfer' && (v < 1 || v > 10)) return false;
  if ((i.unit === 'aantal' || i.unit === 'euro') && v < 0) return false;
  return !(v === 0 && i.direction === 'hoger_beter' && (i.unit === 'procent' || i.unit === 'cijfer'));
};

/** Type-7 quantile: linear interpolation between order statistics. */
function quantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]!) - s[lo]!);
}
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

interface Cell {
  start: number | null;
  target: number | null;
  latest: number | null;
}

function recompute(): Map<string, Cell[]> {
  const groups = new Map<string, Record<string, string>[]>();
  for (const r of csv('waarden.csv')) {
    const key = [r.indicator, r.uitsplitsing, r.instelling].join('|');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out = new Map<string, Cell[]>();
  for (const [key, rows] of groups) {
    const [indicatorId, breakdown] = key.split('|') as [string, string];
    const ind = indicators.get(indicatorId)!;
    const starts = rows.filter((r) => r.soort === 'start').sort((a, b) => Number(a.herkomst !== 'kwaliteitsagenda') - Number(b.herkomst !== 'kwaliteitsagenda') || Number(a.jaar) - Number(b.jaar));
    const start = starts[0] ? Number(starts[0].waarde) : null;
    // The revision rule: the agenda's target if it can be meant; then each e-file row in herkomst order.
    let target: number | null = null;
    const agenda = rows.find((r) => r.soort === 'streef' && r.herkomst === 'kwaliteitsagenda');
    if (agenda && possible(ind, Number(agenda.waarde))) target = Number(agenda.waarde);
    for (const r of rows.filter((x) => x.soort === 'streef' && x.herkomst!.startsWith('e-file')).sort((a, b) => a.herkomst!.localeCompare(b.herkomst!))) {
      const v = Number(r.waarde);
      if (!possible(ind, v)) continue;
      if (target === null || ind.direction === 'neutraal' || sign(ind) * (v - target) > 0) target = v;
    }
    // Disclosure: a value with n below min_n (30 when the indicator has none but the value has an n) is left out.
    const disclosed = rows.filter((r) => r.soort === 'realisatie' && !(r.n !== '' && Number(r.n) < (ind.minN ?? 30)));
    const last = disclosed.sort((a, b) => Number(b.jaar) - Number(a.jaar))[0];
    const cells = out.get(`${indicatorId}|${breakdown}`) ?? [];
    cells.push({ start, target, latest: last ? Number(last.waarde) : null });
    out.set(`${indicatorId}|${breakdown}`, cells);
  }
  return out;
}

describe('independent recomputation of the bundled snapshot', () => {
  const snapshot = loadSnapshot(DIR).snapshot!;
  const previous = loadSnapshot(join(DIR, '..', '2024-11-01'), { asPrevious: true }).snapshot!;
  const sector = parse(resultTables(computeResults(snapshot, previous)).find((t) => t.file === 'sector.csv')!.csv, { columns: true }) as Record<string, string>[];
  const mine = recompute();

  it('covers every indicator and breakdown', () => {
    expect(sector.length).toBeGreaterThan(25);
    expect(new Set(sector.map((r) => `${r.indicator}|${r.uitsplitsing}`))).toEqual(new Set(mine.keys()));
  });

  it.each(sector.map((r) => [`${r.indicator} (${r.uitsplitsing})`, r] as const))('%s agrees', (_name, row) => {
    const cells = mine.get(`${row.indicator}|${row.uitsplitsing}`)!;
    const ind = indicators.get(row.indicator!)!;
    const starts = cells.flatMap((c) => (c.start === null ? [] : [c.start]));
    const targets = cells.flatMap((c) => (c.target === null ? [] : [c.target]));
    const improvements = cells.flatMap((c) => (c.start !== null && c.target !== null ? [sign(ind) * (c.target - c.start)] : []));
    const close = (csvValue: string | undefined, value: number | null) => {
      if (value === null || Number.isNaN(value)) expect(csvValue ?? '').toBe('');
      else expect(Math.abs(Number(csvValue) - value)).toBeLessThanOrEqual(0.005 + 1e-9);
    };
    expect(Number(row.n)).toBe(improvements.length);
    close(row.gem_start, starts.length ? mean(starts) : null);
    close(row.gem_streef, targets.length ? mean(targets) : null);
    close(row.gem_verbeterambitie, improvements.length ? mean(improvements) : null);
    close(row.q1_verbeterambitie, improvements.length ? quantile(improvements, 0.25) : null);
    close(row.mediaan_verbeterambitie, improvements.length ? quantile(improvements, 0.5) : null);
    close(row.q3_verbeterambitie, improvements.length ? quantile(improvements, 0.75) : null);
    if (ind.direction !== 'neutraal') {
      const both = cells.filter((c) => c.target !== null && c.latest !== null);
      const reached = both.filter((c) => sign(ind) * (c.latest! - c.target!) >= 0).length;
      expect(Number(row.n_streef_en_realisatie)).toBe(both.length);
      expect(Number(row.n_op_of_voorbij_streef)).toBe(reached);
    }
  });
});
