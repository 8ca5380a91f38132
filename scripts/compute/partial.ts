// Partial years: a year whose values come from fewer institutions than the latest earlier year with values. The
// same rule as the edition check (snapshot/coverage.ts, `gedeeltelijk`) and "Wat is veranderd" (diff.ts), here for
// every year of a series, so a chart can mark each point that rests on a smaller group.

/** A partial year: its institution count and the latest earlier year it has fewer institutions than. */
export interface PartialYear {
  readonly year: number;
  readonly n: number;
  readonly earlierYear: number;
  readonly earlierN: number;
}

/**
 * Pure: the partial years among `counts` (institutions with a value per year, any order; years with n = 0 have no
 * values and are skipped), ascending by year. The first year with values is never partial.
 */
export function partialYears(counts: readonly { readonly year: number; readonly n: number }[]): PartialYear[] {
  const measured = counts.filter((c) => c.n > 0).sort((a, b) => a.year - b.year);
  const out: PartialYear[] = [];
  for (let i = 1; i < measured.length; i++) {
    const now = measured[i]!;
    const before = measured[i - 1]!;
    if (now.n < before.n) out.push({ year: now.year, n: now.n, earlierYear: before.year, earlierN: before.n });
  }
  return out;
}

/** Pure: each institution's latest year with rows (what its own page shows when the sector year is not its year). */
export function latestYearPerInstitution(rows: readonly { readonly institutionId: string; readonly year: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) if ((out.get(r.institutionId) ?? -Infinity) < r.year) out.set(r.institutionId, r.year);
  return out;
}
