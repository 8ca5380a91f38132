// Rule "doelbereik": at least half of the institutions with a target in force and a latest value have reached
// their target. Uses issue 13's `attainment.shareReached` (reached outside the sampling margin only; targets
// without improvement counted apart) when compute provides it, else `reached`. Size: (share − 50) against the
// half-width of its Wilson interval, else 1; reach: institutions counted / all institutions.
import { mainBreakdown } from '../../compute/lookup.ts';
import type { BreakdownResult, Share } from '../../compute/types.ts';
import { figureIds } from '../../lib/ids.ts';
import type { RuleContext } from '../context.ts';
import { importance, sizeAgainstInterval } from '../importance.ts';
import type { Finding, Interval } from '../types.ts';

/** The share reached and the path of that Share in Results. */
export function reachedShare(b: BreakdownResult, base: string): { share: Share & { ci95?: Interval | null }; path: string } | null {
  const attainment = (b as { attainment?: { shareReached: Share & { ci95?: Interval | null } } | null }).attainment;
  if (attainment?.shareReached) return { share: attainment.shareReached, path: `${base}.attainment.shareReached` };
  return b.reached ? { share: b.reached, path: `${base}.reached` } : null;
}

export function attainmentFindings(ctx: RuleContext): Finding[] {
  const { results } = ctx;
  const out: Finding[] = [];
  for (const id of results.indicatorOrder) {
    const indicator = results.indicators[id]!;
    const b = mainBreakdown(results, id);
    if (!b || indicator.direction === 'neutraal') continue;
    const found = reachedShare(b, `sector.${id}.${b.breakdown}`);
    if (!found || found.share.share === null || found.share.denominator === 0 || found.share.share < 50) continue;
    const ci = found.share.ci95 ?? null;
    out.push({
      id: `doelbereik-${id}${b.breakdown === 'totaal' ? '' : `-${b.breakdown.replace(/\s+/g, '-')}`}`,
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
