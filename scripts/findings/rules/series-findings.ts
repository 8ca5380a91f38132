// Findings of the rule "landelijke-reeks" (series.ts): one per national series placed with a goal, on its main
// line. In order of preference: a national goal already reached; the position against a straight path to a
// national goal; a turning point (series.ts); the latest change; with one point and a goal, the distance still to
// go. A series whose last step went the wrong way beyond noise (`latestWorse`) is never positive: reached or ahead
// of its path it is a mixed picture, else an attention point, and the goal's lists always show it (findings.ts).
// Sizes (importance.ts): reached and path 1,5; turning point 1 + half the steps before it (at most 3); a latest
// change 1, a "gelijk" 0,3; a single point 0,5. Reach 1 (national figures). In words: scripts/prose/findings/series.ts.
import { directionSign } from '../../compute/direction.ts';
import type { SeriesResult } from '../../compute/types.ts';
import { figureIds } from '../../lib/ids.ts';
import type { RuleContext } from '../context.ts';
import { importance } from '../importance.ts';
import { seriesTrendPath } from '../root.ts';
import type { Finding, Polarity, SeriesTrend } from '../types.ts';
import { seriesDirection } from './series.ts';

export function seriesFindings(ctx: RuleContext): Finding[] {
  const { results } = ctx;
  const out: Finding[] = [];
  for (const trend of Object.values(ctx.data.series)) {
    if (!trend.goalId || !results.goals[trend.goalId]) continue;
    const line = results.series[trend.index]!;
    const made = decide(line, trend, directionSign(seriesDirection(results, line)));
    if (!made) continue;
    out.push({
      id: `reeks-${trend.series}`,
      rule: 'landelijke-reeks',
      kind: made.kind,
      polarity: made.polarity,
      goalId: trend.goalId,
      indicatorId: line.indicatorId,
      breakdown: line.breakdown,
      series: trend.series,
      importance: importance(made.polarity, made.size, 1),
      facts: made.facts,
      uncertainty: null,
      figureId: line.points.length >= 2 ? figureIds.series(trend.series) : null,
    });
  }
  return out;
}

interface Made {
  kind: Finding['kind'];
  polarity: Polarity;
  size: number;
  facts: string[];
}

function decide(line: SeriesResult, t: SeriesTrend, sign: 1 | -1 | 0): Made | null {
  const n = line.points.length;
  if (n === 0) return null;
  const tp = seriesTrendPath(t.series);
  const lp = `series.${t.index}`;
  const better = (m: SeriesTrend['latestMovement']): Polarity =>
    sign === 0 || m === 'gelijk' || m === null ? 'wisselend' : (m === 'stijging' ? 1 : -1) * sign > 0 ? 'positief' : 'aandacht';
  if (t.goalPath?.reached) {
    return {
      kind: 'landelijk-doel-bereikt',
      polarity: t.latestWorse ? 'wisselend' : 'positief',
      size: 1.5,
      facts: [`${lp}.points.${n - 1}.value`, `${lp}.nationalGoals.${t.goalPath.goalIndex}.value`],
    };
  }
  if (t.goalPath && t.goalPath.ahead !== null) {
    const ahead = t.goalPath.ahead >= 0;
    return {
      kind: ahead ? 'landelijk-op-pad' : 'landelijk-achter-op-pad',
      polarity: !ahead ? 'aandacht' : t.latestWorse ? 'wisselend' : 'positief',
      size: 1.5,
      facts: [`${tp}.goalPath.pathValue`, `${lp}.points.${n - 1}.value`],
    };
  }
  if (t.turnAfter > 0 && t.latestMovement && t.latestMovement !== 'gelijk') {
    return {
      kind: 'landelijk-keerpunt',
      polarity: better(t.latestMovement),
      size: 1 + Math.min(2, t.turnAfter / 2),
      facts: [`${tp}.turnAfter`, `${tp}.latestChange`, `${lp}.points.${n - 1}.value`],
    };
  }
  if (t.latestChange !== null) {
    return {
      kind: 'landelijke-ontwikkeling',
      polarity: better(t.latestMovement),
      size: t.latestMovement === 'gelijk' ? 0.3 : 1,
      facts: [`${tp}.latestChange`, `${lp}.points.${n - 1}.value`],
    };
  }
  if (t.goalPath) {
    const needed = line.goalPaces[t.goalPath.goalIndex]?.neededPerYear ?? null;
    return {
      kind: 'landelijke-ontwikkeling',
      polarity: 'wisselend',
      size: 0.5,
      facts: [`${lp}.points.0.value`, `${tp}.goalPath.remaining`, ...(needed === null ? [] : [`${lp}.goalPaces.${t.goalPath.goalIndex}.neededPerYear`])],
    };
  }
  return null;
}
