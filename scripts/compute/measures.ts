// Measures carried out (latest year of maatregel_inzet.csv) and the institutions' own e-file judgements of
// progress and effectiveness (latest year of efile_oordelen.csv), per goal.
import type { Effectiveness, Judgement, Measure, MeasureUse, Progress } from '../snapshot/types.ts';
import { EFFECTIVENESS, PROGRESS } from '../snapshot/schema.ts';
import { byRank, compareNatural } from './order.ts';
import { percentage, share } from './stats.ts';
import type { Distribution, GoalJudgements, GoalMeasures, JudgementsResult, MeasureResult, MeasuresResult } from './types.ts';

const maxYear = (years: readonly number[]) => (years.length === 0 ? null : Math.max(...years));

/**
 * The denominator is every institution that reported on any measure in the latest year (its e-file);
 * a measure without a row for a reporting institution counts as not carried out.
 */
export function computeMeasures(measures: readonly Measure[], use: readonly MeasureUse[], goalOrder: readonly string[]): MeasuresResult {
  const year = maxYear(use.map((u) => u.year));
  const current = use.filter((u) => u.year === year);
  const reporting = [...new Set(current.map((u) => u.institutionId))].sort(compareNatural);
  const done = new Map<string, Set<string>>(reporting.map((id) => [id, new Set()]));
  for (const u of current) if (u.carriedOut) done.get(u.institutionId)!.add(u.measureId);

  const goalCompare = byRank(goalOrder);
  const ordered = [...measures].sort((a, b) => goalCompare(a.goalId, b.goalId) || compareNatural(a.id, b.id));
  const results: Record<string, MeasureResult> = {};
  for (const m of ordered) {
    const count = reporting.filter((id) => done.get(id)!.has(m.id)).length;
    results[m.id] = { id: m.id, goalId: m.goalId, name: m.name, mandatory: m.mandatory, carriedOut: share(count, reporting.length) };
  }

  const goals: Record<string, GoalMeasures> = {};
  for (const goalId of [...new Set(ordered.map((m) => m.goalId))]) {
    const measureIds = ordered.filter((m) => m.goalId === goalId).map((m) => m.id);
    const perInstitution = reporting.map((id) => measureIds.filter((m) => done.get(id)!.has(m)).length);
    const distribution = Array.from({ length: measureIds.length + 1 }, (_, k) => {
      const count = perInstitution.filter((c) => c === k).length;
      return { carriedOut: k, count, share: percentage(count, reporting.length) };
    });
    const mean = perInstitution.length === 0 ? null : perInstitution.reduce((a, b) => a + b, 0) / perInstitution.length;
    goals[goalId] = { goalId, measureIds, respondents: reporting.length, distribution, mean };
  }

  const institutions: Record<string, readonly string[]> = {};
  for (const id of reporting) institutions[id] = [...done.get(id)!].sort(byRank(ordered.map((m) => m.id)));

  return { year, respondents: reporting.length, measures: results, measureOrder: ordered.map((m) => m.id), goals, institutions };
}

/** 1 when the institution carried the measure out, 0 when it reported that year but did not, null when it did not report. */
export function measureFlag(result: MeasuresResult, institutionId: string, measureId: string): 0 | 1 | null {
  const done = result.institutions[institutionId];
  if (!done) return null;
  return done.includes(measureId) ? 1 : 0;
}

function distribution<T extends string>(values: readonly T[], order: readonly T[]): Distribution<T>[] {
  return order.map((value) => {
    const count = values.filter((v) => v === value).length;
    return { value, count, share: percentage(count, values.length) };
  });
}

export function computeJudgements(judgements: readonly Judgement[], goalOrder: readonly string[]): JudgementsResult {
  const year = maxYear(judgements.map((j) => j.year));
  const current = judgements.filter((j) => j.year === year);
  const goalIds = [...new Set(current.map((j) => j.goalId))].sort(byRank(goalOrder));
  const goals: Record<string, GoalJudgements> = {};
  const byGoal = new Map<string, Judgement[]>(goalIds.map((g) => [g, []]));
  for (const j of current) byGoal.get(j.goalId)!.push(j);
  for (const goalId of goalIds) {
    const rows = byGoal.get(goalId)!;
    goals[goalId] = {
      goalId,
      n: rows.length,
      progress: distribution<Progress>(rows.map((j) => j.progress), PROGRESS),
      effectiveness: distribution<Effectiveness>(rows.map((j) => j.effectiveness), EFFECTIVENESS),
    };
  }
  const institutions: Record<string, { goalId: string; progress: Progress; effectiveness: Effectiveness }[]> = {};
  const goalCompare = byRank(goalOrder);
  for (const j of [...current].sort((a, b) => compareNatural(a.institutionId, b.institutionId) || goalCompare(a.goalId, b.goalId))) {
    (institutions[j.institutionId] ??= []).push({ goalId: j.goalId, progress: j.progress, effectiveness: j.effectiveness });
  }
  return { year, goals, goalOrder: goalIds, institutions };
}
