// Measures carried out (maatregel_inzet.csv) and the institutions' own e-file judgements of progress and
// effectiveness (efile_oordelen.csv), per goal: the sector's picture of the sector year, each institution's own of
// its latest year (a report year that only some institutions reported yet blanks no page).
import type { Effectiveness, Judgement, Measure, MeasureUse, Progress } from '../snapshot/types.ts';
import { EFFECTIVENESS, PROGRESS } from '../snapshot/schema.ts';
import { byRank, compareNatural } from './order.ts';
import { sectorYear } from '../snapshot/coverage.ts';
import { latestYearPerInstitution } from './partial.ts';
import { percentage, share } from './stats.ts';
import type { Distribution, GoalJudgements, GoalMeasures, JudgementsResult, MeasureResult, MeasuresResult } from './types.ts';

/** Measure ids carried out per institution, each in its own latest year (sorted by `order`). */
function carriedOutPerInstitution(use: readonly MeasureUse[], order: readonly string[]): { done: Record<string, readonly string[]>; years: Record<string, number> } {
  const latest = latestYearPerInstitution(use);
  const sets = new Map<string, Set<string>>([...latest.keys()].sort(compareNatural).map((id) => [id, new Set()]));
  for (const u of use) if (u.carriedOut && u.year === latest.get(u.institutionId)) sets.get(u.institutionId)!.add(u.measureId);
  const rank = byRank(order);
  return {
    done: Object.fromEntries([...sets].map(([id, set]) => [id, [...set].sort(rank)])),
    years: Object.fromEntries([...latest].sort((a, b) => compareNatural(a[0], b[0]))),
  };
}

/**
 * The sector picture is of the sector year (snapshot/coverage.ts: a year of a few institutions does not count); its
 * denominator is every institution that reported on any measure that year (its e-file); a measure without a row
 * for a reporting institution counts as not carried out. Each institution's own measures are of its latest year.
 */
export function computeMeasures(measures: readonly Measure[], use: readonly MeasureUse[], goalOrder: readonly string[]): MeasuresResult {
  const year = sectorYear(use);
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

  const own = carriedOutPerInstitution(use, ordered.map((m) => m.id));
  return { year, respondents: reporting.length, measures: results, measureOrder: ordered.map((m) => m.id), goals, institutions: own.done, institutionYears: own.years };
}

/**
 * 1 when the institution carried the measure out in the sector year, 0 when it reported that year but did not,
 * null when it did not report that year (its own latest year is another one: not comparable).
 */
export function measureFlag(result: MeasuresResult, institutionId: string, measureId: string): 0 | 1 | null {
  const done = result.institutions[institutionId];
  if (!done || result.institutionYears[institutionId] !== result.year) return null;
  return done.includes(measureId) ? 1 : 0;
}

function distribution<T extends string>(values: readonly T[], order: readonly T[]): Distribution<T>[] {
  return order.map((value) => {
    const count = values.filter((v) => v === value).length;
    return { value, count, share: percentage(count, values.length) };
  });
}

/** The sector's distributions are of the sector year (snapshot/coverage.ts); each institution's own judgements of its latest year. */
export function computeJudgements(judgements: readonly Judgement[], goalOrder: readonly string[]): JudgementsResult {
  const year = sectorYear(judgements);
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
  const latest = latestYearPerInstitution(judgements);
  const own = judgements.filter((j) => j.year === latest.get(j.institutionId));
  for (const j of [...own].sort((a, b) => compareNatural(a.institutionId, b.institutionId) || goalCompare(a.goalId, b.goalId))) {
    (institutions[j.institutionId] ??= []).push({ goalId: j.goalId, progress: j.progress, effectiveness: j.effectiveness });
  }
  const institutionYears = Object.fromEntries([...latest].sort((a, b) => compareNatural(a[0], b[0])));
  return { year, goals, goalOrder: goalIds, institutions, institutionYears };
}
