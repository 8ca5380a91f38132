// Rule "ontbrekend": missing information is a finding. A goal or Stagepact theme none of whose indicators has a
// start or realised value of any institution says that it cannot be told whether the sector is on course (as
// seed 003 does); a goal where only some indicators lack data says how many. Size 1,5 for a goal without any
// data, 0,5 for some missing; reach 1 (the whole goal).
import type { Results } from '../../compute/types.ts';
import { goalSlug } from '../../lib/urls.ts';
import type { RuleContext } from '../context.ts';
import { importance } from '../importance.ts';
import { coveragePath } from '../root.ts';
import type { Finding, GoalCoverage } from '../types.ts';

export function coverage(results: Results): Record<string, GoalCoverage> {
  const out: Record<string, GoalCoverage> = {};
  for (const id of results.goalOrder) {
    const goal = results.goals[id]!;
    const withData = goal.indicatorIds.filter((i) =>
      (results.indicators[i]?.breakdowns ?? []).some((name) => {
        const x = results.sector[i]?.[name];
        return !!x && (x.start !== null || x.latestYear !== null);
      }),
    ).length;
    const series = new Set(results.series.filter((s) => s.goalId === id && s.points.length > 0).map((s) => s.series)).size;
    out[id] = { goalId: id, indicators: goal.indicatorIds.length, withData, withoutData: goal.indicatorIds.length - withData, series };
  }
  return out;
}

export function missingFindings(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [id, c] of Object.entries(ctx.data.coverage)) {
    if (c.withData > 0 && c.withoutData === 0) continue;
    const p = coveragePath(id);
    out.push({
      id: `ontbrekend-${goalSlug(id)}`,
      rule: 'ontbrekend',
      kind: 'geen-gegevens',
      polarity: 'aandacht',
      goalId: id,
      indicatorId: null,
      breakdown: null,
      series: null,
      importance: importance('aandacht', c.withData === 0 ? 1.5 : 0.5, 1),
      facts: [`${p}.withoutData`, `${p}.indicators`],
      uncertainty: null,
      figureId: null,
    });
  }
  return out;
}
