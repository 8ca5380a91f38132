// Rule "doelbereik": at least half of the institutions with a genuine target (one that plans an improvement) and a
// latest value have reached it beyond the sampling margin: `attainment.shareReached`, the one definition of
// "aandeel bereikt" (issue 23). Needs MIN_INSTITUTIONS such institutions. Size: (share − 50) against the half-width
// of its Wilson interval, else 1; reach: institutions counted / all institutions.
import { mainBreakdown } from '../../compute/lookup.ts';
import type { BreakdownResult, Share } from '../../compute/types.ts';
import { figureIds } from '../../lib/ids.ts';
import type { RuleContext } from '../context.ts';
import { importance, sizeAgainstInterval } from '../importance.ts';
import { breakdownPart } from './course-findings.ts';
import { MIN_INSTITUTIONS } from '../movement.ts';
import type { Finding } from '../types.ts';

/** The share reached (of genuine targets, beyond the margin) and the path of that Share in Results. */
export function reachedShare(b: BreakdownResult, base: string): { share: Share; path: string } | null {
  return b.attainment ? { share: b.attainment.shareReached, path: `${base}.attainment.shareReached` } : null;
}

export function attainmentFindings(ctx: RuleContext): Finding[] {
  const { results } = ctx;
  const out: Finding[] = [];
  for (const id of results.indicatorOrder) {
    const indicator = results.indicators[id]!;
    const b = mainBreakdown(results, id);
    if (!b || indicator.direction === 'neutraal') continue;
    const found = reachedShare(b, `sector.${id}.${b.breakdown}`);
    if (!found || found.share.share === null || found.share.denominator < MIN_INSTITUTIONS || found.share.share < 50) continue;
    const ci = found.share.ci95 ?? null;
    out.push({
      id: `doelbereik-${id}${breakdownPart(b.breakdown)}`,
      rule: 'doelbereik',
      kind: 'streefwaarde-door-velen-bereikt',
      polarity: 'positief',
      goalId: indicator.goalId,
      indicatorId: id,
      breakdown: b.breakdown,
      series: null,
      importance: importance('positief', ci ? sizeAgainstInterval(found.share.share - 50, ci) : 1, found.share.denominator / Math.max(1, results.institutionOrder.length)),
      facts: [`${found.path}.count`, `${found.path}.denominator`, `${found.path}.share`],
      uncertainty: ci,
      figureId: figureIds.startTarget(id, b.breakdown),
    });
  }
  return out;
}
