// Read helpers over Results for the figures, prose and site stages: they select and join, never compute.
// Every collection in Results is stored once; these give the other access paths (per institution, per goal)
// and resolve a fact key such as `sector.werkdruk.totaal.start.mean` or `budget.goals.1.3.share`.
import type {
  AmbitionBudgetCorrelation,
  BreakdownResult,
  EffortCorrelation,
  InstitutionIndicatorRow,
  Results,
} from './types.ts';

/** The breakdown shown by default: `totaal` when present, else the first in order; null without data. */
export function mainBreakdown(results: Results, indicatorId: string): BreakdownResult | null {
  const indicator = results.indicators[indicatorId];
  const first = indicator?.breakdowns.includes('totaal') ? 'totaal' : indicator?.breakdowns[0];
  return first === undefined ? null : (results.sector[indicatorId]?.[first] ?? null);
}

/** Every breakdown of an indicator, in order. */
export function breakdownsOf(results: Results, indicatorId: string): BreakdownResult[] {
  const indicator = results.indicators[indicatorId];
  if (!indicator) return [];
  return indicator.breakdowns.map((b) => results.sector[indicatorId]![b]!);
}

/** All rows of one institution, in indicator order then breakdown order (for /instelling/<code>/). */
export function rowsForInstitution(results: Results, institutionId: string): InstitutionIndicatorRow[] {
  const out: InstitutionIndicatorRow[] = [];
  for (const id of results.indicatorOrder) {
    for (const b of breakdownsOf(results, id)) {
      const row = b.rows.find((r) => r.institutionId === institutionId);
      if (row) out.push(row);
    }
  }
  return out;
}

/** The row of one institution for one indicator × breakdown, or null. */
export function rowOf(results: Results, institutionId: string, indicatorId: string, breakdown: string): InstitutionIndicatorRow | null {
  return results.sector[indicatorId]?.[breakdown]?.rows.find((r) => r.institutionId === institutionId) ?? null;
}

export function effortFor(results: Results, goalId: string, indicatorId?: string): EffortCorrelation[] {
  return results.effort.filter((e) => e.goalId === goalId && (indicatorId === undefined || e.indicatorId === indicatorId));
}

export function ambitionBudgetFor(results: Results, goalId: string): AmbitionBudgetCorrelation[] {
  return results.ambitionBudget.filter((e) => e.goalId === goalId);
}

/**
 * The value at a dotted path. Keys may themselves contain dots (goal `1.3`) or spaces (`niveau 3`): at each
 * step the longest key of the current object that matches the next path segments wins. Array steps are indices.
 * Returns undefined when the path does not exist.
 */
export function valueAt(results: Results, path: string): unknown {
  const parts = path.split('.');
  let node: unknown = results;
  let i = 0;
  while (i < parts.length) {
    if (node === null || typeof node !== 'object') return undefined;
    const record = node as Record<string, unknown>;
    let matched = 0;
    for (let j = parts.length; j > i; j--) {
      const key = parts.slice(i, j).join('.');
      if (Object.hasOwn(record, key)) {
        node = record[key];
        matched = j - i;
        break;
      }
    }
    if (matched === 0) return undefined;
    i += matched;
  }
  return node;
}
