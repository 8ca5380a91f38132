// Performance sanity check: ≈ 550 institutions × 30 indicators (≈ 77.000 values) should compute in well under a
// second on an idle machine. The bound is generous because CI shares two cores with Chromium and Eleventy
// (timings vary tenfold under that load); it catches an accidental quadratic step, which would take minutes here.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { resultTables } from '../../scripts/compute/tables.ts';
import { largeSnapshot } from './large-snapshot.ts';

describe('performance', () => {
  it('computes Results for 550 institutions × 30 indicators quickly', () => {
    const current = largeSnapshot(550, 30, 7);
    expect(current.values.length).toBeGreaterThan(70_000);
    const start = performance.now();
    const results = computeResults(current, null);
    const ms = performance.now() - start;
    expect(results.institutionOrder).toHaveLength(550);
    expect(results.indicatorOrder).toHaveLength(30);
    expect(ms).toBeLessThan(30_000);
    const tables = resultTables(results);
    expect(tables.find((t) => t.file === 'streefwaarden.csv')!.csv.split('\n').length).toBeGreaterThan(14_000);
  });
});
