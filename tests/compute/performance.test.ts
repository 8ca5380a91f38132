// Compute at the largest size the monitor is built for: ≈ 550 institutions × 30 indicators (≈ 77.000 values). How
// long it takes is measured by `npm run bench` (never by a timed test); this keeps the size itself working.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { resultTables } from '../../scripts/compute/tables.ts';
import { largeSnapshot } from './large-snapshot.ts';

describe('performance', () => {
  it('computes Results for 550 institutions × 30 indicators', () => {
    const current = largeSnapshot(550, 30, 7);
    expect(current.values.length).toBeGreaterThan(70_000);
    const results = computeResults(current, null);
    expect(results.institutionOrder).toHaveLength(550);
    expect(results.indicatorOrder).toHaveLength(30);
    const tables = resultTables(results);
    expect(tables.find((t) => t.file === 'streefwaarden.csv')!.csv.split('\n').length).toBeGreaterThan(14_000);
  });
});
