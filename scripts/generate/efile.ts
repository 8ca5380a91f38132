// Invented e-file answers: which measures each institution carried out per year, and how it judges the
// progress and effectiveness of its activities per goal. Shares and distributions come from `measures.ts`.
// Only goals the institution budgets for are asked about; an institution that spent nothing on a goal
// carried out none of its measures (003 §4.2: the two without 2.3 spending did no 2.3 activity).
import type { Effectiveness, Progress } from '../snapshot/types.ts';
import type { WorldInstitution } from './institutions.ts';
import { judgementDistribution, MEASURES } from './measures.ts';
import type { Money } from './money.ts';
import { spends, SPENDING_YEARS } from './money.ts';
import type { Random } from './random.ts';
import type { WorldJudgement, WorldMeasureUse } from './types.ts';

/** Chance that a measure carried out in 2024 continues in 2025, and that one not carried out starts. */
const CONTINUES = 0.95;
const STARTS = 0.3;

export function generateEfile(
  institutions: readonly WorldInstitution[],
  money: Money,
  rng: Random,
): { measureUse: WorldMeasureUse[]; judgements: WorldJudgement[] } {
  const measureUse: WorldMeasureUse[] = [];
  const judgements: WorldJudgement[] = [];
  const spent = new Map(money.spending.map((s) => [`${s.institution}|${s.goal}|${s.year}`, s.amount]));
  const budgeted = new Map<string, string[]>();
  for (const b of money.budgets) budgeted.set(b.institution, [...(budgeted.get(b.institution) ?? []), b.goal]);
  for (const inst of institutions) {
    const goals = budgeted.get(inst.id) ?? [];
    for (const goal of goals) {
      const r = rng.fork(`efile|${inst.id}|${goal}`);
      const distribution = judgementDistribution(goal);
      const previous = new Map<string, boolean>();
      for (const year of SPENDING_YEARS) {
        if (!spends(inst, year)) continue;
        const idle = spent.get(`${inst.id}|${goal}|${year}`) === 0;
        for (const measure of MEASURES.filter((m) => m.goal === goal)) {
          const before = previous.get(measure.id);
          const p = before === undefined ? measure.share : before ? CONTINUES : STARTS;
          const carriedOut = !idle && r.chance(p);
          previous.set(measure.id, carriedOut);
          measureUse.push({ institution: inst.id, measure: measure.id, year, carriedOut });
        }
        if (idle) continue; // nothing carried out, nothing to judge
        judgements.push({
          institution: inst.id,
          goal,
          year,
          progress: draw(r, distribution.progress),
          effectiveness: draw(r, distribution.effectiveness),
        });
      }
    }
  }
  return { measureUse, judgements };
}

function draw<T extends Progress | Effectiveness>(r: Random, weights: Readonly<Record<T, number>>): T {
  const keys = Object.keys(weights) as T[];
  return r.weighted(keys, keys.map((k) => weights[k]));
}
