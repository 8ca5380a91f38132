// Stage 2: Snapshot (+ previous Snapshot) → Results. Puts the computation modules in order and assembles one
// frozen, JSON-serialisable object holding every number the report shows. Pure: same input, same output.
import { closedYear } from '../snapshot/calendar.ts';
import type { Indicator, InstitutionValue, Snapshot } from '../snapshot/types.ts';
import { institutionChanges } from '../snapshot/institutions.ts';
import { computeBudget } from './budget.ts';
import { diffResults, type DiffInput } from './diff.ts';
import { computeAmbitionBudget, computeEffort, MIN_PER_GROUP, testFamily } from './effort.ts';
import { normalQuantile } from './inference.ts';
import { computeJudgements, computeMeasures } from './measures.ts';
import { byRank, compareBreakdown, compareGoal, compareNatural } from './order.ts';
import { computePeers } from './peers.ts';
import { DEFAULT_MIN_N, buildRow, hasContent, isSuppressed } from './rows.ts';
import { buildBreakdown, withSpreadConclusions } from './sector.ts';
import { computeSeries, sortNationalGoals } from './series.ts';
import { SIGNIFICANT, WEAK, share } from './stats.ts';
import { directionSign } from './direction.ts';
import { ZERO_COUNTS, addCounts } from './targets.ts';
import { computeTypology, type TypologyInput } from './typology.ts';
import type {
  BreakdownResult,
  GoalResult,
  IgnoredTarget,
  IndicatorResult,
  InstitutionIndicatorRow,
  InstitutionResult,
  Method,
  Notice,
  Results,
  SuppressedValue,
  TargetCounts,
} from './types.ts';

const DIRECTION_LABEL = { hoger_beter: 'hoger is beter', lager_beter: 'lager is beter', neutraal: 'neutraal' } as const;
const AMBITION_UNIT = { procent: 'procentpunt', cijfer: 'punt', aantal: 'aantal', euro: 'euro' } as const;
export const TYPOLOGY_BREAKDOWN = 'totaal';

export function computeResults(current: Snapshot, previous: Snapshot | null): Results {
  const core = computeCore(current);
  const diff = previous
    ? diffResults(core, computeCore(previous), { current: disclosedValues(current), previous: disclosedValues(previous) }, institutionChanges(current, previous))
    : null;
  const results: Results = {
    ...core,
    edition: { ...core.edition, previous: previous?.name ?? null },
    diff,
  };
  return deepFreeze(results);
}

type Core = Omit<Results, 'diff'> & DiffInput;

function computeCore(snapshot: Snapshot): Core {
  const goalList = [...snapshot.goals].sort(compareGoal);
  const goalOrder = goalList.map((g) => g.id);
  const goalRank = byRank(goalOrder);
  const fileIndex = new Map(snapshot.indicators.map((ind, i) => [ind.id, i]));
  const indicatorList = [...snapshot.indicators].sort(
    (a, b) => goalRank(a.goalId, b.goalId) || fileIndex.get(a.id)! - fileIndex.get(b.id)!,
  );
  const indicatorOrder = indicatorList.map((i) => i.id);
  const institutionList = [...snapshot.institutions].sort((a, b) => compareNatural(a.id, b.id));
  const institutionOrder = institutionList.map((i) => i.id);
  const institutionName = new Map(institutionList.map((i) => [i.id, i.name]));
  const institutionCompare = byRank(institutionOrder);
  const goalById = new Map(goalList.map((g) => [g.id, g]));
  const students = new Map(institutionList.map((i) => [i.id, i.students]));

  // indicator → breakdown → institution → values
  const grouped = new Map<string, Map<string, Map<string, InstitutionValue[]>>>();
  for (const v of snapshot.values) {
    const byBreakdown = grouped.get(v.indicatorId) ?? new Map<string, Map<string, InstitutionValue[]>>();
    grouped.set(v.indicatorId, byBreakdown);
    const byInstitution = byBreakdown.get(v.breakdown) ?? new Map<string, InstitutionValue[]>();
    byBreakdown.set(v.breakdown, byInstitution);
    const list = byInstitution.get(v.institutionId) ?? [];
    byInstitution.set(v.institutionId, list);
    list.push(v);
  }

  const sector: Record<string, Record<string, BreakdownResult>> = {};
  const indicators: Record<string, IndicatorResult> = {};
  const ignoredTargets: IgnoredTarget[] = [];
  const suppressed: SuppressedValue[] = [];
  const notices: Notice[] = [];
  let totalCounts: TargetCounts = ZERO_COUNTS;
  const typologyInputs: TypologyInput[] = [];
  const excludedFromTypology: string[] = [];

  for (const indicator of indicatorList) {
    const byBreakdown = grouped.get(indicator.id) ?? new Map<string, Map<string, InstitutionValue[]>>();
    const breakdowns = [...byBreakdown.keys()].sort(compareBreakdown);
    let counts: TargetCounts = ZERO_COUNTS;
    const results: Record<string, BreakdownResult> = {};
    for (const breakdown of breakdowns) {
      const byInstitution = byBreakdown.get(breakdown)!;
      const rows: InstitutionIndicatorRow[] = [];
      const suppressedByYear = new Map<number, number>();
      for (const institutionId of [...byInstitution.keys()].sort(institutionCompare)) {
        const outcome = buildRow(indicator, institutionName.get(institutionId) ?? institutionId, byInstitution.get(institutionId)!);
        counts = addCounts(counts, outcome.counts);
        ignoredTargets.push(...outcome.row.ignored);
        suppressed.push(...outcome.suppressed);
        notices.push(...outcome.notices);
        for (const s of outcome.suppressed) suppressedByYear.set(s.year, (suppressedByYear.get(s.year) ?? 0) + 1);
        if (hasContent(outcome.row)) rows.push(outcome.row);
      }
      results[breakdown] = buildBreakdown({
        indicator,
        breakdown,
        rows,
        suppressedByYear,
        institutionCount: institutionList.length,
        nationalGoals: snapshot.nationalGoals.filter((g) => g.indicatorId === indicator.id && g.breakdown === breakdown),
        students,
      });
    }
    sector[indicator.id] = results;
    totalCounts = addCounts(totalCounts, counts);

    const typologyBreakdown = indicator.direction === 'neutraal' ? null : chooseTypologyBreakdown(results, breakdowns);
    if (indicator.direction === 'neutraal') excludedFromTypology.push(indicator.id);
    else if (typologyBreakdown !== null) {
      typologyInputs.push({ indicatorId: indicator.id, direction: indicator.direction, breakdown: typologyBreakdown, rows: results[typologyBreakdown]!.rows });
    }
    indicators[indicator.id] = describeIndicator(indicator, goalById.get(indicator.goalId)!, breakdowns, counts, typologyBreakdown);
  }

  // The spread tests of all indicators × breakdowns form one table: correct them together (reading order).
  const corrected = withSpreadConclusions(indicatorOrder.flatMap((id) => indicators[id]!.breakdowns.map((b) => sector[id]![b]!)));
  for (const b of corrected) sector[b.indicatorId]![b.breakdown] = b;

  const typology = computeTypology(typologyInputs, institutionOrder, excludedFromTypology);
  const budget = computeBudget({
    budgets: snapshot.budgets,
    spending: snapshot.spending,
    reportYear: snapshot.meta.reportYear,
    closedYear: closedYear(snapshot.meta.referenceDate),
    goalOrder,
  });
  const measures = computeMeasures(snapshot.measures, snapshot.measureUse, goalOrder);
  const judgements = computeJudgements(snapshot.judgements, goalOrder);

  const goals: Record<string, GoalResult> = {};
  for (const g of goalList) {
    goals[g.id] = {
      id: g.id,
      priority: g.priority,
      name: g.name,
      shortName: g.shortName,
      isStagepact: g.isStagepact,
      indicatorIds: indicatorOrder.filter((id) => indicators[id]!.goalId === g.id),
      measureIds: measures.measureOrder.filter((id) => measures.measures[id]!.goalId === g.id),
    };
  }

  const effortInput = {
    goals: goalOrder.map((goalId) => ({
      goalId,
      measureIds: goals[goalId]!.measureIds,
      breakdowns: goals[goalId]!.indicatorIds.flatMap((id) => indicators[id]!.breakdowns.map((b) => sector[id]![b]!)),
    })),
    budget,
    measures,
  };

  // Distinct indicators (any breakdown) with a start value / target in force, per institution.
  const withStart = new Map<string, Set<string>>(institutionOrder.map((id) => [id, new Set()]));
  const withTarget = new Map<string, Set<string>>(institutionOrder.map((id) => [id, new Set()]));
  const reachedCounts = new Map<string, { count: number; denominator: number }>(institutionOrder.map((id) => [id, { count: 0, denominator: 0 }]));
  for (const id of indicatorOrder) {
    for (const b of Object.values(sector[id]!)) {
      for (const row of b.rows) {
        if (row.start !== null) withStart.get(row.institutionId)?.add(id);
        if (row.target !== null) withTarget.get(row.institutionId)?.add(id);
        // The one "bereikt": a target that plans an improvement, reached beyond the sampling margin.
        const counts = reachedCounts.get(row.institutionId);
        if (counts && row.attainment !== null && row.attainment !== 'zonder-verbetering') {
          counts.denominator++;
          if (row.attainment === 'bereikt') counts.count++;
        }
      }
    }
  }
  const institutions: Record<string, InstitutionResult> = {};
  for (const inst of institutionList) {
    institutions[inst.id] = {
      id: inst.id,
      name: inst.name,
      kind: inst.kind,
      region: inst.region,
      randstad: inst.randstad,
      students: inst.students,
      indicatorsWithStart: withStart.get(inst.id)!.size,
      indicatorsWithTarget: withTarget.get(inst.id)!.size,
      reached: share(reachedCounts.get(inst.id)!.count, reachedCounts.get(inst.id)!.denominator),
      type: typology.institutions[inst.id]!.type,
      absorbed: snapshot.mergers.filter((m) => m.into === inst.id).map((m) => ({ id: m.id, name: m.name })),
    };
  }

  const nationalGoals = sortNationalGoals(snapshot.nationalGoals, indicatorOrder);
  const allBreakdowns = indicatorOrder.flatMap((id) => Object.values(sector[id]!));
  const effort = computeEffort(effortInput);
  const ambitionBudget = computeAmbitionBudget(effortInput);
  const spreads = allBreakdowns.flatMap((b) => (b.convergence.spread ? [b.convergence.spread] : []));
  const attainments = allBreakdowns.flatMap((b) => (b.attainment ? [b.attainment] : []));
  const total = <T>(items: readonly T[], get: (item: T) => number) => items.reduce((a, item) => a + get(item), 0);
  const method: Method = {
    institutions: institutionList.length,
    indicators: indicatorList.length,
    goals: goalList.length,
    measures: snapshot.measures.length,
    values: snapshot.values.length,
    startValues: snapshot.values.filter((v) => v.kind === 'start').length,
    targetValues: snapshot.values.filter((v) => v.kind === 'streef').length,
    realisedValues: snapshot.values.filter((v) => v.kind === 'realisatie').length,
    targets: totalCounts,
    revisionEffect: revisionEffect(allBreakdowns, indicators),
    suppressed: suppressed.length,
    disclosure: {
      defaultMinN: DEFAULT_MIN_N,
      indicatorsWithMinN: indicatorList.filter((i) => i.minN !== null).length,
      withoutN: suppressed.filter((v) => v.n === null).length,
    },
    scoreMargins: scoreMargins(snapshot, indicatorList),
    typed: typology.typed,
    withoutStart: typology.withoutStart,
    typologyIndicators: typology.indicators.length,
    convergence: {
      significant: allBreakdowns.filter((b) => b.convergence.label === 'significant').length,
      zwak: allBreakdowns.filter((b) => b.convergence.label === 'zwak').length,
      niet: allBreakdowns.filter((b) => b.convergence.label === 'niet').length,
    },
    significanceLevels: { significant: SIGNIFICANT, weak: WEAK },
    confidenceLevel: 95,
    samplingZ: normalQuantile(0.975),
    tests: {
      minPerGroup: MIN_PER_GROUP,
      effort: { ...testFamily(effort), tooFewPerGroup: effort.filter((e) => e.tooFewPerGroup).length },
      ambitionBudget: testFamily(ambitionBudget),
      spread: {
        tests: spreads.length,
        expectedByChance: spreads.length * SIGNIFICANT,
        significantP: spreads.filter((s) => s.p < SIGNIFICANT).length,
        surviving: spreads.filter((s) => s.q < SIGNIFICANT).length,
        inhaalslag: spreads.filter((s) => s.conclusion === 'inhaalslag').length,
        uiteenlopen: spreads.filter((s) => s.conclusion === 'uiteenlopen').length,
        geen: spreads.filter((s) => s.conclusion === 'geen').length,
      },
    },
    attainment: {
      n: total(attainments, (a) => a.n),
      reached: total(attainments, (a) => a.reached),
      notReached: total(attainments, (a) => a.notReached),
      withinMargin: total(attainments, (a) => a.withinMargin),
      targetWithoutImprovement: total(attainments, (a) => a.targetWithoutImprovement),
    },
    latestProvenance: {
      n: total(allBreakdowns, (b) => b.latestProvenance.n),
      earlierYear: total(allBreakdowns, (b) => b.latestProvenance.earlierYear),
      otherSource: total(allBreakdowns, (b) => b.latestProvenance.otherSource),
    },
    weightedDiffers: allBreakdowns.filter((b) => b.weighted?.differs === true).length,
  };

  return {
    edition: {
      snapshot: snapshot.name,
      hash: snapshot.hash,
      title: snapshot.meta.title,
      referenceDate: snapshot.meta.referenceDate,
      reportYear: snapshot.meta.reportYear,
      synthetic: snapshot.meta.synthetic,
      explanation: snapshot.meta.explanation,
      previous: null,
    },
    goals,
    goalOrder,
    indicators,
    indicatorOrder,
    institutions,
    institutionOrder,
    sector,
    targetCounts: totalCounts,
    typology,
    peers: computePeers(institutions, institutionOrder, sector, indicatorOrder),
    budget,
    measures,
    judgements,
    effort,
    ambitionBudget,
    series: computeSeries(snapshot.series, nationalGoals),
    nationalGoals,
    method,
    buildReport: { ignoredTargets, suppressed, notices },
  };
}

/** What counting the lowered e-file targets would do to the mean targets (see RevisionEffect). */
function revisionEffect(breakdowns: readonly BreakdownResult[], indicators: Readonly<Record<string, IndicatorResult>>): Method['revisionEffect'] {
  let revised = 0;
  let lessFavourable = 0;
  let largest: Method['revisionEffect']['largest'] = null;
  for (const b of breakdowns) {
    const r = b.revisions;
    const indicator = indicators[b.indicatorId]!;
    if (!r || r.raised + r.lowered + r.added === 0 || r.meanRule === null || r.meanAllRevisions === null) continue;
    revised++;
    const difference = directionSign(indicator.direction) * (r.meanRule - r.meanAllRevisions);
    if (difference > 1e-9) lessFavourable++;
    if (indicator.unit === 'procent' && difference > (largest?.difference ?? 1e-9)) {
      largest = { indicatorId: b.indicatorId, breakdown: b.breakdown, meanRule: r.meanRule, meanAllRevisions: r.meanAllRevisions, difference };
    }
  }
  return { revised, lessFavourable, largest };
}

/** `totaal` when present; else the breakdown with most start values (ties: breakdown order). */
function chooseTypologyBreakdown(results: Record<string, BreakdownResult>, breakdowns: readonly string[]): string | null {
  if (results[TYPOLOGY_BREAKDOWN]) return TYPOLOGY_BREAKDOWN;
  let best: string | null = null;
  let bestN = 0;
  for (const b of breakdowns) {
    const n = results[b]!.start?.n ?? 0;
    if (n > bestN) {
      best = b;
      bestN = n;
    }
  }
  return best;
}

function describeIndicator(
  indicator: Indicator,
  goal: Snapshot['goals'][number],
  breakdowns: readonly string[],
  targetCounts: TargetCounts,
  typologyBreakdown: string | null,
): IndicatorResult {
  return {
    id: indicator.id,
    goalId: indicator.goalId,
    goalName: goal.name,
    goalShortName: goal.shortName,
    priority: goal.priority,
    name: indicator.name,
    shortName: indicator.shortName,
    definition: indicator.definition,
    unit: indicator.unit,
    direction: indicator.direction,
    directionLabel: DIRECTION_LABEL[indicator.direction],
    ambitionUnit: AMBITION_UNIT[indicator.unit],
    source: indicator.source,
    minN: indicator.minN,
    breakdowns,
    targetCounts,
    typologyBreakdown,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    else for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The rows of waarden.csv that may be shown: a realised value below its disclosure threshold is left out. */
function disclosedValues(snapshot: Snapshot): InstitutionValue[] {
  const indicators = new Map(snapshot.indicators.map((i) => [i.id, i]));
  return snapshot.values.filter((v) => {
    const indicator = indicators.get(v.indicatorId);
    return !(v.kind === 'realisatie' && indicator && isSuppressed(indicator, v));
  });
}

/** Measured scores (indicators in `cijfer`) with a respondent count, and how many of them give the sd for a margin. */
function scoreMargins(snapshot: Snapshot, indicators: readonly { readonly id: string; readonly unit: string }[]): Method['scoreMargins'] {
  const scores = new Set(indicators.filter((i) => i.unit === 'cijfer').map((i) => i.id));
  const measured = snapshot.values.filter((v) => v.kind === 'realisatie' && scores.has(v.indicatorId) && v.n !== null);
  return { values: measured.length, withSd: measured.filter((v) => v.sd !== null && v.sd !== undefined).length };
}
