// The one place the report reads a course verdict from the findings stage (rules/course.ts): its code, its words,
// its symbol and the paths of the numbers it rests on. The Stand van zaken and the indicator pages show verdicts
// only through this adapter, so a change of the rule's output is met here alone.
import { coursePath, spendingPath } from '../findings/root.ts';
import type { Findings } from '../findings/types.ts';
import { STATUS_WORDS } from '../figures/registry/findings.ts';

/**
 * A shape per verdict, so that it reads without colour (and in black and white print): better than planned `▲`,
 * on schedule `✓`, uncertain `?`, behind `▽`, worse than at the start `▼`, no verdict `–`.
 */
export const VERDICT_SYMBOLS: Readonly<Record<string, string>> = {
  'voor-op-schema': '▲',
  'op-schema': '✓',
  'op-koers': '✓',
  onzeker: '?',
  'achter-op-schema': '▽',
  verslechterd: '▼',
  'te-weinig-instellingen': '–',
  'geen-gegevens': '–',
};

/** The legend above the overview: symbol and words, and what they mean (the rule in a sentence). */
export const VERDICT_MEANINGS: Readonly<Record<string, { readonly label: string; readonly text: string }>> = Object.fromEntries(
  (
    [
      ['voor-op-schema', 'De instellingen samen zijn verder dan hun eigen pad naar de streefwaarde, ook binnen de foutmarge.'],
      ['op-schema', 'De instellingen samen liggen op hun eigen pad naar de streefwaarde.'],
      ['op-koers', 'De instellingen samen liggen op hun eigen pad naar de streefwaarde.'],
      ['onzeker', 'Het interval laat zowel op schema als achter op schema toe: nog geen oordeel.'],
      ['achter-op-schema', 'Ook de bovengrens van het interval blijft onder het eigen pad.'],
      ['verslechterd', 'De instellingen samen zijn sinds de start achteruitgegaan, ook binnen de foutmarge.'],
      ['te-weinig-instellingen', 'Te weinig instellingen om een oordeel over de sector te geven.'],
      ['geen-gegevens', 'Geen metingen per instelling: geen oordeel.'],
    ] as const
  )
    .filter(([status]) => status in STATUS_WORDS)
    .map(([status, text]) => [status, { label: `${VERDICT_SYMBOLS[status]} ${STATUS_WORDS[status as keyof typeof STATUS_WORDS]}`, text }]),
);

/** What the interval column shows: the 95% interval the verdict is decided on. */
export const INTERVAL_HEADING = 'Vooruitgang sinds de start, 95%-interval';

export interface CourseVerdict {
  /** The rule's code, e.g. `achter-op-schema`. */
  readonly status: string;
  readonly words: string;
  readonly symbol: string;
  /** Fact-root path of the 95% interval (`….low`, `….high`), or null when there is none. */
  readonly interval: string | null;
  /** Fact-root paths of the institutions on their own path: count of n, share; null when none was assessed. */
  readonly onPath: { readonly count: string; readonly n: string; readonly share: string } | null;
}

/** The verdict of one indicator × breakdown; `geen-gegevens` when the rule had nothing to judge. */
export function courseVerdict(findings: Findings, indicatorId: string, breakdown: string | null): CourseVerdict {
  const c = breakdown ? findings.course[indicatorId]?.[breakdown] : undefined;
  const status = c?.status ?? 'geen-gegevens';
  const path = c ? coursePath(indicatorId, c.breakdown) : '';
  return {
    status,
    words: STATUS_WORDS[status],
    symbol: VERDICT_SYMBOLS[status]!,
    interval: c?.ci95 ? `${path}.ci95` : null,
    onPath: c && c.n > 0 && c.onCourseShare !== null ? { count: `${path}.onCourse`, n: `${path}.n`, share: `${path}.onCourseShare` } : null,
  };
}

/** Fact-root paths of a goal's spending against the funding period: share spent, years covered of all years. */
export function spendingPace(findings: Findings, goalId: string): { readonly spent: string; readonly yearsCovered: string; readonly years: string } | null {
  if (!findings.spending[goalId]) return null;
  return { spent: `budget.goals.${goalId}.spentShare`, yearsCovered: `${spendingPath(goalId)}.coveredYears`, years: `${spendingPath(goalId)}.years` };
}
