// The sector picture of one indicator × breakdown: distributions of start, target, ambition and realised values,
// the share with a target and that reached it (and attainment within the sampling margin), convergence (r as a
// description, the Pitman–Morgan spread test as the decision), student-weighted means, where the latest values
// come from, and for `aantal` indicators the sector sum.
import type { Indicator, NationalGoal } from '../snapshot/types.ts';
import { benjaminiHochberg, pitmanMorgan } from './inference.ts';
import { mode, pearsonPairs, SIGNIFICANT, share, summarize } from './stats.ts';
import { improvementSign } from './direction.ts';
import type {
  AttainmentCounts,
  BreakdownResult,
  ConvergenceSpread,
  InstitutionIndicatorRow,
  NationalGoalResult,
  RealisedYear,
  SectorRow,
  SectorSum,
  Summary,
  TargetRevisions,
  WeightedMeans,
} from './types.ts';

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
  /** `studenten` per institution id: the weight of the student-weighted means. */
  readonly students: ReadonlyMap<string, number>;
}

const present = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null);

export function buildBreakdown(input: BreakdownInput): BreakdownResult {
  const { indicator, breakdown } = input;
  const paired = input.rows.filter((r) => r.start !== null && r.target !== null);

  const byYear = new Map<number, number[]>([...input.suppressedByYear.keys()].map((y) => [y, []]));
  const originsByYear = new Map<number, Map<string, number>>();
  for (const r of input.rows) {
    for (const v of r.realised) {
      const list = byYear.get(v.year);
      if (list) list.push(v.value);
      else byYear.set(v.year, [v.value]);
      const origins = originsByYear.get(v.year) ?? new Map<string, number>();
      originsByYear.set(v.year, origins);
      origins.set(v.origin, (origins.get(v.origin) ?? 0) + 1);
    }
  }
  const realisedYears: RealisedYear[] = [...byYear]
    .sort((a, b) => a[0] - b[0])
    .map(([year, values]) => ({ year, stats: summarize(values), suppressed: input.suppressedByYear.get(year) ?? 0 }));
  const latestYear = realisedYears.filter((y) => y.stats !== null).at(-1)?.year ?? null;
  const rows = input.rows.map((r) => withProvenance(r, latestYear, originsByYear));
  const latestRows = rows.filter((r) => r.latest !== null);
  const improvement = summarize(present(paired.map((r) => r.improvement)));

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
    improvement,
    paired:
      paired.length === 0
        ? null
        : {
            n: paired.length,
            startMean: summarize(paired.map((r) => r.start!))!.mean,
            targetMean: summarize(paired.map((r) => r.target!))!.mean,
          },
    // Counts (`aantal`) already grow with an institution's size; weighting them by students again says nothing.
    weighted: indicator.unit === 'aantal' ? null : weightedMeans(indicator, paired, input.students, improvement),
    withTarget: share(rows.filter((r) => r.target !== null).length, input.institutionCount),
    years: realisedYears,
    latestYear,
    improvementChange: summarize(present(rows.map((r) => r.improvementChange))),
    reached,
    attainment: indicator.direction === 'neutraal' ? null : attainmentCounts(withLatestAndTarget),
    latestProvenance: {
      n: latestRows.length,
      earlierYear: latestRows.filter((r) => r.latestEarlierYear).length,
      otherSource: latestRows.filter((r) => r.latestOtherSource).length,
    },
    suppressed: [...input.suppressedByYear.values()].reduce((a, b) => a + b, 0),
    // Convergence: do institutions that start less favourably aim for bigger steps? x = start, sign-adjusted like
    // the ambition (so a catch-up is a negative r for every direction), y = improvement ambition. Counts (`aantal`)
    // scale with an institution's size, so a relation there says nothing about catching up: left out.
    // r is only a description: noise in the start returns with the opposite sign in the ambition (regression to the
    // mean), so r leans negative by construction. Whether differences shrink is decided on the spread (Pitman–Morgan);
    // q and the conclusion are set over all breakdowns together (withSpreadConclusions).
    convergence: {
      ...pearsonPairs(
        indicator.unit === 'aantal' ? [] : paired.map((r) => [improvementSign(indicator.direction) * r.start!, r.improvement] as const),
      ),
      spread: indicator.unit === 'aantal' ? null : spreadTest(paired),
    },
    sum: indicator.unit === 'aantal' ? sectorSum(indicator, rows, input.nationalGoals) : null,
    revisions: targetRevisions(indicator, rows),
  };
}

/** Seed 003 Tabel 1.2 for one indicator × breakdown (see TargetRevisions). */
export function targetRevisions(indicator: Pick<Indicator, 'direction'>, rows: readonly InstitutionIndicatorRow[]): TargetRevisions | null {
  const withAny = rows.filter((r) => r.targetAllRevisions !== null || r.target !== null);
  if (withAny.length === 0) return null;
  const sign = improvementSign(indicator.direction);
  const agenda = withAny.filter((r) => r.targetOriginal !== null);
  const meanOf = (values: readonly (number | null)[]) => summarize(present(values))?.mean ?? null;
  return {
    agenda: agenda.length,
    raised: agenda.filter((r) => r.targetAllRevisions !== null && sign * (r.targetAllRevisions - r.targetOriginal!) > 0).length,
    lowered: agenda.filter((r) => r.targetAllRevisions !== null && sign * (r.targetAllRevisions - r.targetOriginal!) < 0).length,
    added: withAny.filter((r) => r.targetOriginal === null && r.targetAllRevisions !== null).length,
    meanAgenda: meanOf(agenda.map((r) => r.targetOriginal)),
    meanWithNew: meanOf(withAny.map((r) => r.targetOriginal ?? r.targetAllRevisions)),
    meanAllRevisions: meanOf(withAny.map((r) => r.targetAllRevisions)),
    meanRule: meanOf(withAny.map((r) => r.target)),
  };
}

/** Pitman–Morgan on the paired starts and targets; q and conclusion are provisional (p alone) until corrected. */
function spreadTest(paired: readonly InstitutionIndicatorRow[]): ConvergenceSpread | null {
  const pm = pitmanMorgan(
    paired.map((r) => r.start!),
    paired.map((r) => r.target!),
  );
  if (pm === null) return null;
  return { sdStart: pm.sdX, sdTarget: pm.sdY, ratio: pm.ratio, p: pm.p, q: pm.p, conclusion: spreadConclusion(pm.ratio, pm.p) };
}

function spreadConclusion(ratio: number, q: number): ConvergenceSpread['conclusion'] {
  if (q >= SIGNIFICANT) return 'geen';
  return ratio < 1 ? 'inhaalslag' : ratio > 1 ? 'uiteenlopen' : 'geen';
}

/**
 * The spread tests of all breakdowns are one table (convergentie.csv): Benjamini–Hochberg over their p, and the
 * conclusion decided on q. Returns new breakdown objects; the input order is kept.
 */
export function withSpreadConclusions(breakdowns: readonly BreakdownResult[]): BreakdownResult[] {
  const q = benjaminiHochberg(breakdowns.map((b) => b.convergence.spread?.p ?? null));
  return breakdowns.map((b, i) => {
    const spread = b.convergence.spread;
    if (spread === null) return b;
    const qi = q[i]!;
    return { ...b, convergence: { ...b.convergence, spread: { ...spread, q: qi, conclusion: spreadConclusion(spread.ratio, qi) } } };
  });
}

/** Counts of `InstitutionIndicatorRow.attainment` over rows with a target in force and a latest value. */
function attainmentCounts(rows: readonly InstitutionIndicatorRow[]): AttainmentCounts {
  const count = (a: InstitutionIndicatorRow['attainment']) => rows.filter((r) => r.attainment === a).length;
  const reached = count('bereikt');
  const targetWithoutImprovement = count('zonder-verbetering');
  return {
    n: rows.length,
    reached,
    notReached: count('niet-bereikt'),
    withinMargin: count('binnen-marge'),
    targetWithoutImprovement,
    shareReached: share(reached, rows.length - targetWithoutImprovement),
  };
}

/** Student-weighted means of start and target over the paired rows (weight 0 or unknown: left out). */
function weightedMeans(
  indicator: Indicator,
  paired: readonly InstitutionIndicatorRow[],
  students: ReadonlyMap<string, number>,
  improvement: Summary | null,
): WeightedMeans | null {
  let weight = 0;
  let start = 0;
  let target = 0;
  let n = 0;
  for (const r of paired) {
    const w = students.get(r.institutionId) ?? 0;
    if (!(w > 0)) continue;
    n++;
    weight += w;
    start += w * r.start!;
    target += w * r.target!;
  }
  if (weight === 0 || improvement === null) return null;
  const startMean = start / weight;
  const targetMean = target / weight;
  // neutraal: the plain difference, like `improvement`.
  const improvementMean = improvementSign(indicator.direction) * (targetMean - startMean);
  const ci = improvement.ci95;
  const differs = ci !== null && Math.abs(improvementMean - improvement.mean) > (ci.high - ci.low) / 2;
  return { n, startMean, targetMean, improvementMean, differs };
}

/**
 * Where the latest value comes from: an earlier year than the breakdown's latest year, or another herkomst than
 * most values of its year (ties: the alphabetically first herkomst counts as the usual one).
 */
function withProvenance(
  row: InstitutionIndicatorRow,
  latestYear: number | null,
  originsByYear: ReadonlyMap<number, ReadonlyMap<string, number>>,
): SectorRow {
  if (row.latest === null) return { ...row, latestEarlierYear: null, latestOtherSource: null };
  const origins = [...(originsByYear.get(row.latest.year) ?? new Map<string, number>())].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  return {
    ...row,
    latestEarlierYear: latestYear !== null && row.latest.year < latestYear,
    latestOtherSource: origins.length > 0 && row.latest.origin !== origins[0]![0],
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
      difference === null || indicator.direction === 'neutraal' ? null : improvementSign(indicator.direction) * difference >= 0,
  };
}
