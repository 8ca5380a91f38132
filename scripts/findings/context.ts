// What every finding rule reads: Results and the data the findings stage derived (under `findings.` in the fact
// root, root.ts). A rule returns data only; the words for each finding are scripts/prose/findings/.
import type { Results } from '../compute/types.ts';
import type { Finding, Findings } from './types.ts';

export interface RuleContext {
  readonly results: Results;
  /** Findings without `items` yet (the rules are making them). */
  readonly data: Omit<Findings, 'items' | 'byGoal' | 'lists' | 'standing' | 'top' | 'counts' | 'parameters'>;
}

export type Rule = (ctx: RuleContext) => Finding[];
