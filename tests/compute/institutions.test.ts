// Per-institution summary: how many of its targets the latest realised values reached.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { FIXTURES } from '../helpers/snapshot-copy.ts';

const results = computeResults(loadSnapshot(join(FIXTURES, '2025-11-01')).snapshot!, null);

describe('institution results', () => {
  it('counts targets reached over rows with both a target and a latest value (by hand from waarden.csv)', () => {
    // I01: werkdruk 43 vs target 38 (lager_beter) no; rekenen 55 vs 70 no → 0 of 2.
    expect(results.institutions.I01!.reached).toMatchObject({ count: 0, denominator: 2, share: 0 });
    // I02: werkdruk 47 vs 40 no (e-file 44 is less ambitious, ignored); rekenen 71 vs 68 yes; stage-school bol 37 vs 45 no.
    expect(results.institutions.I02!.reached.count).toBe(1);
    expect(results.institutions.I02!.reached.denominator).toBe(3);
    // I03: werkdruk 2024 has n = 22 < 30 (suppressed, so no latest value); stage-school bol 46 vs 44 lies within the
    // sampling margin around the target (1,96·√(0,44·0,56/64)·100 = 12,2 pp), so not "bereikt" (issue 23) → 0 of 1.
    expect(results.institutions.I03!.reached).toMatchObject({ count: 0, denominator: 1, share: 0 });
    // I06 has a start and a target but no realised value.
    expect(results.institutions.I06!.reached).toEqual({ count: 0, denominator: 0, share: null, ci95: null });
  });
});
