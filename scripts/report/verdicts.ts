// The one place the report reads a course verdict from the findings stage (rules/course.ts): its code, its words,
// its symbol and the paths of the numbers it rests on. The Stand van zaken and the indicator pages show verdicts
// only through this adapter, so a change of the rule's output is met here alone.
import { verdictClaim } from '../findings/claims.ts';
import { coursePath } from '../findings/root.ts';
import type { Claim, Findings } from '../findings/types.ts';
import { COURSE_WORDS, type CourseStatus } from '../lib/verdicts.ts';

/**
 * A shape per verdict, so that it reads without colour (and in black and white print): ahead of schedule `▲`, on
 * schedule `✓`, uncertain `?`, behind `▽`, worse than at the start `▼`, no verdict `–`.
 */
export const VERDICT_SYMBOLS: Readonly<Record<CourseStatus, string>> = {
  'voor-op-schema': '▲',
  'op-schema': '✓',
  onzeker: '?',
  'achter-op-schema': '▽',
  verslechterd: '▼',
  'te-weinig-instellingen': '–',
  'geen-gegevens': '–',
};

/** What each verdict means: the rule "koers" (findings/rules/course.ts) in a sentence, for the legend. */
const MEANINGS: Readonly<Record<CourseStatus, string>> = {
  'voor-op-schema': 'Ook de ondergrens van het interval van het verschil met het eigen pad ligt boven nul: verder dan gepland.',
  'op-schema': 'Het interval van het verschil met het eigen pad omvat nul, en de instellingen zijn aantoonbaar vooruitgegaan.',
  onzeker: 'Het interval van het verschil met het eigen pad omvat nul, maar vooruitgang is nog niet aangetoond.',
  'achter-op-schema': 'Ook de bovengrens van het interval van het verschil met het eigen pad ligt onder nul.',
  verslechterd: 'De instellingen samen zijn sinds de start aantoonbaar achteruitgegaan.',
  'te-weinig-instellingen': 'Te weinig instellingen met een start, een streefwaarde en een latere meting voor een oordeel over de sector.',
  'geen-gegevens': 'Geen metingen per instelling: geen oordeel.',
};

/** The legend above the overview: symbol and words, and what they mean. */
export const VERDICT_MEANINGS: Readonly<Record<string, { readonly label: string; readonly text: string }>> = Object.fromEntries(
  (Object.keys(MEANINGS) as CourseStatus[]).map((s) => [s, { label: `${VERDICT_SYMBOLS[s]} ${COURSE_WORDS[s]}`, text: MEANINGS[s] }]),
);

/** What the interval column shows: the 95% interval of the mean gap the verdict is decided on. */
export const INTERVAL_HEADING = 'Verschil met het eigen pad, 95%-interval';

export interface CourseVerdict {
  /** The rule's code, e.g. `achter-op-schema`. */
  readonly status: CourseStatus;
  readonly words: string;
  readonly symbol: string;
  /** Fact-root path of the 95% interval (`….low`, `….high`), or null when there is none. */
  readonly interval: string | null;
  /** Fact-root paths of the institutions on their own path: count of n, share and its Wilson interval (not below the minimum); null when none was assessed. */
  readonly onPath: { readonly count: string; readonly n: string; readonly share: string | null; readonly ci95: string | null } | null;
  /** The verdict as data, for the report's claim check; null without a course result. */
  readonly claim: Claim | null;
}

/** The verdict of one indicator × breakdown; `geen-gegevens` when the rule had nothing to judge. */
export function courseVerdict(findings: Findings, indicatorId: string, breakdown: string | null): CourseVerdict {
  const c = breakdown ? findings.course[indicatorId]?.[breakdown] : undefined;
  const status = c?.status ?? 'geen-gegevens';
  const path = c ? coursePath(indicatorId, c.breakdown) : '';
  const share = c?.onPath;
  // Below the rule's minimum of institutions the sector has no verdict: no interval and no share, only the count.
  const judged = status !== 'te-weinig-instellingen';
  return {
    status,
    words: COURSE_WORDS[status],
    symbol: VERDICT_SYMBOLS[status],
    interval: judged && c?.gapCi95 ? `${path}.gapCi95` : null,
    onPath:
      share && share.denominator > 0
        ? {
            count: `${path}.onPath.count`,
            n: `${path}.onPath.denominator`,
            share: judged && share.share !== null ? `${path}.onPath.share` : null,
            ci95: judged && share.ci95 ? `${path}.onPath.ci95` : null,
          }
        : null,
    claim: c ? verdictClaim(c) : null,
  };
}

