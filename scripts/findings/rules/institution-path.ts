// Rule "eigen pad": where one institution stands on one indicator × breakdown against its own straight path from its
// start year to its target year (the factsheet per institution, issue 30). The same per-institution comparison the
// sector's course rule counts ("x van de y instellingen op of boven het eigen pad"), decided exactly:
//   - no start, no target in force, a target year not after the start year, no measurement after the start year, or
//     a `neutraal` indicator → geen-pad;
//   - a target in force that plans no improvement (sign-adjusted target − start ≤ 0) → zonder-verbetering, apart;
//   - planned = elapsed share of the path at the year of the latest value (at most 1) × improvement ambition;
//     actual = latest − start (sign-adjusted); gap = actual − planned, compared in integers at the precision of the
//     row's own values (a value exactly on the path is on it);
//   - gap > 0 → boven-pad, gap = 0 → op-pad: together exactly the institutions the sector's course rule counts "op of
//     boven het eigen pad";
//   - gap < 0 within compute's 95% sampling margin around the point on the path (a survey percentage with a
//     respondent count, rows.ts `samplingMargin`) → binnen-marge, else achter-pad.
// tests/findings/institution-path.test.ts checks that these counts equal the course rule's (rules/course.ts) on every
// indicator × breakdown of the bundled edition. `institutionPath` is the one function the factsheet reads; should the
// course rule come to classify each institution itself, this is where it plugs in.
import { directionSign } from '../../compute/direction.ts';
import { samplingMargin } from '../../compute/rows.ts';
import { decimalsOf } from '../../compute/typology.ts';
import type { IndicatorResult, InstitutionIndicatorRow, Results } from '../../compute/types.ts';
import type { InstitutionChanges, InstitutionFindings, InstitutionGoal, InstitutionPath, PathCounts, PathStatus, SpendingPace } from '../types.ts';
import { spendingStatus } from './effort.ts';

/** Margins are irrational: compared with this slack, like compute's attainment. */
const EPS = 1e-9;

type Path = Omit<InstitutionPath, 'indicatorId' | 'breakdown' | 'suppressedYears' | 'minN' | 'yearIndex'>;

const NO_PATH = { planned: null, pathLevel: null, actual: null, gap: null, margin: null } as const;

/** The path status of one institution's row (header of this file). */
export function institutionPath(indicator: IndicatorResult, row: InstitutionIndicatorRow | null): Path {
  const sign = directionSign(indicator.direction);
  if (sign === 0) return { status: 'geen-pad', reason: 'neutraal', ...NO_PATH };
  if (!row || row.start === null || row.startYear === null) return { status: 'geen-pad', reason: 'geen-startwaarde', ...NO_PATH };
  if (row.target === null || row.targetYear === null) return { status: 'geen-pad', reason: 'geen-streefwaarde', ...NO_PATH };
  if (row.targetYear <= row.startYear) return { status: 'geen-pad', reason: 'geen-looptijd', ...NO_PATH };
  if (row.latest === null || row.latest.year <= row.startYear) return { status: 'geen-pad', reason: 'geen-latere-meting', ...NO_PATH };
  const { start, target, latest, startYear, targetYear } = row;
  const scale = 10 ** Math.max(decimalsOf(start), decimalsOf(target), decimalsOf(latest.value));
  const S = Math.round(start * scale);
  const T = Math.round(target * scale);
  const L = Math.round(latest.value * scale);
  const actual = (sign * (L - S)) / scale;
  if (sign * (T - S) <= 0) return { status: 'zonder-verbetering', reason: null, ...NO_PATH, actual };
  const span = targetYear - startYear;
  const elapsed = Math.min(span, latest.year - startYear);
  // gap × span × scale, exactly: sign·(L − S)·span − elapsed·sign·(T − S).
  const units = sign * (L - S) * span - elapsed * sign * (T - S);
  const planned = (elapsed * sign * (T - S)) / span / scale;
  const gap = units / span / scale;
  const pathLevel = start + sign * planned;
  const margin = samplingMargin(indicator.unit, latest.n, pathLevel);
  const status: PathStatus = units > 0 ? 'boven-pad' : units === 0 ? 'op-pad' : margin !== null && -gap <= margin + EPS ? 'binnen-marge' : 'achter-pad';
  return { status, reason: null, planned, pathLevel, actual, gap, margin };
}


function countPaths(paths: readonly InstitutionPath[]): PathCounts {
  const count = (s: PathStatus) => paths.filter((p) => p.status === s).length;
  const counts = {
    above: count('boven-pad'),
    on: count('op-pad'),
    withinMargin: count('binnen-marge'),
    behind: count('achter-pad'),
    withoutImprovement: count('zonder-verbetering'),
    noPath: count('geen-pad'),
  };
  return { ...counts, assessed: counts.above + counts.on + counts.withinMargin + counts.behind, onOrAbove: counts.above + counts.on };
}

/**
 * Every institution's paths (every indicator × breakdown where it has a row or a suppressed value, in indicator and
 * breakdown order), their counts, and per goal the counts and the spending status.
 */
export function institutionFindings(results: Results, spending: Readonly<Record<string, SpendingPace>>): Record<string, InstitutionFindings> {
  const suppressed = new Map<string, { years: number[]; minN: number }>();
  for (const s of results.buildReport.suppressed) {
    const key = `${s.institutionId}\u0000${s.indicatorId}\u0000${s.breakdown}`;
    const entry = suppressed.get(key) ?? { years: [], minN: s.minN };
    entry.years.push(s.year);
    suppressed.set(key, entry);
  }
  const out: Record<string, InstitutionFindings> = {};
  for (const id of results.institutionOrder) {
    const paths: InstitutionPath[] = [];
    for (const indicatorId of results.indicatorOrder) {
      const indicator = results.indicators[indicatorId]!;
      for (const breakdown of indicator.breakdowns) {
        const b = results.sector[indicatorId]![breakdown]!;
        const row = b.rows.find((r) => r.institutionId === id) ?? null;
        const hidden = suppressed.get(`${id}\u0000${indicatorId}\u0000${breakdown}`) ?? null;
        if (!row && !hidden) continue;
        const year = row?.latest?.year ?? b.latestYear;
        const yearIndex = b.years.findIndex((y) => y.year === year);
        paths.push({
          indicatorId,
          breakdown,
          ...institutionPath(indicator, row),
          suppressedYears: hidden ? [...new Set(hidden.years)].sort((x, y) => x - y) : [],
          minN: hidden?.minN ?? null,
          yearIndex: yearIndex < 0 ? null : yearIndex,
        });
      }
    }
    const budget = results.budget.institutions[id];
    const measures = results.measures.institutions[id];
    const goals: Record<string, InstitutionGoal> = {};
    for (const goalId of results.goalOrder) {
      const own = paths.filter((p) => results.indicators[p.indicatorId]!.goalId === goalId);
      const g = budget?.goals.find((x) => x.goalId === goalId);
      const pace = spending[goalId];
      goals[goalId] = {
        goalId,
        counts: countPaths(own),
        spending: g && g.spentShare !== null && pace ? spendingStatus(g.spentShare, pace.coveredShare) : null,
        measures: measures ? measures.filter((m) => results.measures.measures[m]?.goalId === goalId).length : null,
      };
    }
    const judgements = results.judgements.institutions[id] ?? [];
    // The share of the funding period the spending covers is the same for every goal.
    const covered = results.budget.coveredShare;
    out[id] = {
      institutionId: id,
      paths,
      counts: countPaths(paths),
      goals,
      spending: budget && budget.spentShare !== null && covered !== null ? spendingStatus(budget.spentShare, covered) : null,
      judged: judgements.length,
      judgedGood: judgements.filter((j) => j.progress === 'alle' || j.progress === 'meeste').length,
      changes: changesOf(results, id),
    };
  }
  return out;
}

function changesOf(results: Results, id: string): InstitutionChanges | null {
  const diff = results.diff;
  if (!diff) return null;
  const values = diff.valueChanges.filter((c) => c.institutionId === id);
  const realised = (status: string) => values.filter((c) => c.kind === 'realisatie' && c.status === status).length;
  return {
    newInstitution: diff.institutionsAdded.includes(id),
    realisedNew: realised('nieuw'),
    realisedChanged: realised('gewijzigd'),
    realisedRemoved: realised('vervallen'),
    startsChanged: values.filter((c) => c.kind === 'start').length,
    targets: diff.targetChanges.flatMap((c, i) => (c.institutionId === id ? [i] : [])),
  };
}
