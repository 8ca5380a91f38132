// Claims as data (issue 23): what a sentence, a table row or a figure note states about one indicator × breakdown.
// Prose and figures attach them where they state a verdict, a development or an attainment share, always from the
// one course or attainment result; scripts/report/claims.ts compares every claim about the same fact.
import type { AttainmentCounts } from '../compute/types.ts';
import type { Claim, CourseResult } from './types.ts';

export const verdictClaim = (c: CourseResult): Claim => ({ indicator: c.indicatorId, breakdown: c.breakdown, kind: 'oordeel', value: c.status });

export const developmentClaim = (c: CourseResult): Claim => ({ indicator: c.indicatorId, breakdown: c.breakdown, kind: 'ontwikkeling', value: c.development });

/** The share of genuine targets reached (`AttainmentCounts.shareReached`); null when it has none. */
export function reachedClaim(indicator: string, breakdown: string, a: Pick<AttainmentCounts, 'shareReached'> | null): Claim | null {
  const share = a?.shareReached.share;
  return share === null || share === undefined ? null : { indicator, breakdown, kind: 'bereikt', value: share };
}
