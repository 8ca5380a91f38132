// The fact root: Results with the Findings under `findings`, so a sentence can trace a number the findings stage
// derived (`findings.course.werkdruk.totaal.meanPlanned`) exactly like one from compute
// (`sector.werkdruk.totaal.start.mean`). The prose Writer and the fact check both read this object.
import type { Results } from '../compute/types.ts';
import type { Findings } from './types.ts';

export type FactRoot = Results & { readonly findings: Findings };

export function factRoot(results: Results, findings: Findings): FactRoot {
  return { ...results, findings };
}

/** Results of a fact root, or plain Results: the findings, when there are any. */
export function findingsOf(results: Results): Findings | null {
  return (results as Partial<FactRoot>).findings ?? null;
}

/** Path of a finding's course result, e.g. `findings.course.werkdruk.totaal`. */
export const coursePath = (indicatorId: string, breakdown: string) => `findings.course.${indicatorId}.${breakdown}`;
export const seriesTrendPath = (slug: string) => `findings.series.${slug}`;
export const spendingPath = (goalId: string) => `findings.spending.${goalId}`;
export const judgementPath = (goalId: string) => `findings.judgements.${goalId}`;
export const coveragePath = (goalId: string) => `findings.coverage.${goalId}`;
