// What every chapter builder reads: the results, the prose, the figures that exist and the editor texts.
import type { Results } from '../compute/types.ts';
import type { Findings } from '../findings/types.ts';
import type { Prose } from '../prose/types.ts';
import type { EditorTexts, FigureLookup } from './blocks.ts';

export interface OutlineContext {
  readonly results: Results;
  /** What the report leads with (scripts/findings/). */
  readonly findings: Findings;
  readonly prose: Prose;
  readonly figures: FigureLookup;
  readonly editor: EditorTexts;
}

/** Heading of a goal section: `Doelstelling 1.3: Begeleiding`, `Thema 2: Stagediscriminatie`. */
export function goalTitle(ctx: OutlineContext, goalId: string): string {
  const goal = ctx.results.goals[goalId]!;
  return goal.isStagepact ? `Thema ${goalId.slice(2)}: ${goal.shortName}` : `Doelstelling ${goalId}: ${goal.shortName}`;
}

export const PRIORITY_TITLES: Record<1 | 2 | 3, string> = {
  1: 'Kansengelijkheid',
  2: 'Aansluiting onderwijs en arbeidsmarkt',
  3: 'Onderwijs voor de toekomst: kwaliteit, onderzoek en innovatie',
};
