// The sector picture of one indicator × breakdown: distributions of start, target, ambition and realised values,
// the share with a target and that reached it, convergence, and for `aantal` indicators the sector sum.
import type { Indicator, NationalGoal } from '../snapshot/types.ts';
import { mode, pearsonPairs, share, summarize } from './stats.ts';
import { directionSign } from './targets.ts';
import type { BreakdownResult, InstitutionIndicatorRow, NationalGoalResult, RealisedYear, SectorSum } from './types.ts';

export interface BreakdownInput {
  readonly indicator: Indicator;
  readonly breakdown: string;
  /** Rows sorted by institution id. */
  readonly rows: readonly InstitutionIndicatorRow[];
  /** Suppressed realised values per year. */
  readonly suppressedByYear: ReadonlyMap<number, number>;
  /** All institutions in the snapshot (the denominator of "share with a target"). */
  readonly institutionCount: number;
  /** National goals of this indicator × breakdown. */
  readonly nationalGoals: readonly NationalGoal[];
}

const present = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null);

export function buildBreakdown(input: BreakdownInput): BreakdownResult {
  const { indicator, breakdown, rows } = input;
  const paired = rows.filter((r) => r.start !== null && r.target !== null);

  const byYear = new Map<number, number[]>([...input.suppressedByYear.keys()].map((y) => [y, []]));
  for (const r of rows) {
    for (const v of r.realised) {
      const list = byYear.get(v.year);
      if (list) list.push(v.value);
      else byYear.set(v.year, [v.value]);
    }
  }
  const realisedYears: RealisedYear[] = [...byYear]
    .sort((a, b) => a[0] - b[0])
    .map(([year, values]) => ({ year, stats: summarize(values), suppressed: input.suppressedByYear.get(year) ?? 0 }));
  const latestYear = realisedYears.filter((y) => y.stats !== null).at(-1)?.year ?? null;

  const withLatestAndTarget = rows.filter((r) => r.latest !== null && r.target !== null);
  const reached =
    indicator.direction === 'neutraal'
      ? null
      : share(withLatestAndTarget.filter((r) => r.reached === true).length, withLatestAndTarget.length);

  return {
    indicatorId: indicator.id,
    breakdown,
    rows,
    startYear: mode(present(rows.map((r) => r.startYear))),
    targetYear: mode(present(rows.map((r) => (r.target !== null ? r.targetYear : null)))),
    start: summarize(present(rows.map((r) => r.start))),
    targetOriginal: summarize(present(rows.map((r) => r.targetOriginal))),
    target: summarize(present(rows.map((r) => r.target))),
    ambition: summarize(present(paired.map((r) => r.ambition))),
    improvement: summarize(present(paired.map((r) => r.improvement))),
    paired:
      paired.length === 0
        ? null
        : {
            n: paired.length,
            startMean: summarize(paired.map((r) => r.start!))!.mean,
            targetMean: summarize(paired.map((r) => r.target!))!.mean,
          },
    withTarget: share(rows.filter((r) => r.target !== null).length, input.institutionCount),
    years: realisedYears,
    latestYear,
    improvementChange: summarize(present(rows.map((r) => r.improvementChange))),
    reached,
    suppressed: [...input.suppressedByYear.values()].reduce((a, b) => a + b, 0),
    // Convergence: do institutions that start less favourably aim for bigger steps? x = start, sign-adjusted like
    // the ambition (so a catch-up is a negative r for every direction), y = improvement ambition. Counts (`aantal`)
    // scale with an institution's size, so a relation there says nothing about catching up: left out.
    convergence: pearsonPairs(
      indicator.unit === 'aantal' ? [] : paired.map((r) => [directionSign(indicator.direction) * r.start!, r.improvement] as const),
    ),
    sum: indicator.unit === 'aantal' ? sectorSum(indicator, rows, input.nationalGoals) : null,
  };
}

/** The national goal to compare with: the targets' year if present, else the latest. */
export function pickNationalGoal(goals: readonly NationalGoal[], targetYear: number | null): NationalGoalResult | null {
  if (goals.length === 0) return null;
  const sorted = [...goals].sort((a, b) => a.year - b.year);
  const chosen = sorted.find((g) => g.year === targetYear) ?? sorted[sorted.length - 1]!;
  return { indicatorId: chosen.indicatorId, breakdown: chosen.breakdown, year: chosen.year, value: chosen.value, source: chosen.source };
}

function sectorSum(indicator: Indicator, rows: readonly InstitutionIndicatorRow[], goals: readonly NationalGoal[]): SectorSum {
  const starts = present(rows.map((r) => r.start));
  const targets = rows.filter((r) => r.target !== null);
  const latest = rows.flatMap((r) => (r.latest ? [r.latest] : []));
  const targetSum = targets.reduce((a, r) => a + r.target!, 0);
  const targetYear = mode(present(targets.map((r) => r.targetYear)));
  const goal = pickNationalGoal(goals, targetYear);
  const difference = goal && targets.length > 0 ? targetSum - goal.value : null;
  return {
    start: starts.reduce((a, b) => a + b, 0),
    nStart: starts.length,
    target: targetSum,
    nTarget: targets.length,
    latest: latest.length === 0 ? null : latest.reduce((a, v) => a + v.value, 0),
    nLatest: latest.length,
    latestYears: [...new Set(latest.map((v) => v.year))].sort((a, b) => a - b),
    nationalGoal: goal,
    difference,
    // Meeting the goal means the summed targets are at or beyond it in the indicator's direction.
    meetsGoal:
      difference === null || indicator.direction === 'neutraal' ? null : directionSign(indicator.direction) * difference >= 0,
  };
}
