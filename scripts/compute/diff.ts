// What changed since the previous edition ("Wat is veranderd" page and PDF annex): institutions and indicators
// added or removed, targets in force that changed, realised values that are new, changed or gone, and how the
// sector means and reached shares moved. Both editions are computed with the same rules first.
import { byRank, compareBreakdown, compareNatural } from './order.ts';
import type {
  BreakdownResult,
  DiffResult,
  InstitutionIndicatorRow,
  RealisedChange,
  Results,
  SectorChange,
  TargetChange,
} from './types.ts';

/** The parts of Results the comparison reads (the diff itself is computed before Results is complete). */
export type DiffInput = Pick<Results, 'edition' | 'indicatorOrder' | 'institutionOrder' | 'sector'>;

/** Floats that differ less than this are the same value. */
const EPS = 1e-9;
const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < EPS);
const delta = (before: number | null, after: number | null) => (before === null || after === null ? null : after - before);

export function diffResults(current: DiffInput, previous: DiffInput): DiffResult {
  const currentInst = new Set(current.institutionOrder);
  const previousInst = new Set(previous.institutionOrder);
  const currentInd = new Set(current.indicatorOrder);
  const previousInd = new Set(previous.indicatorOrder);
  // Indicators of both editions: current order first, then those only the previous edition had.
  const indicators = [...current.indicatorOrder, ...previous.indicatorOrder.filter((id) => !currentInd.has(id))];
  const compareIndicator = byRank(indicators);
  // Institutions of both editions in id order; sorted once, then compared by rank (this runs per breakdown).
  const compareInstitution = byRank([...new Set([...current.institutionOrder, ...previous.institutionOrder])].sort(compareNatural));

  const targetChanges: TargetChange[] = [];
  const realisedChanges: RealisedChange[] = [];
  const sectorChanges: SectorChange[] = [];

  for (const indicatorId of indicators) {
    const now = current.sector[indicatorId] ?? {};
    const before = previous.sector[indicatorId] ?? {};
    const breakdowns = [...new Set([...Object.keys(now), ...Object.keys(before)])].sort(compareBreakdown);
    for (const breakdown of breakdowns) {
      const a = before[breakdown];
      const b = now[breakdown];
      compareRows(a?.rows ?? [], b?.rows ?? [], compareInstitution, targetChanges, realisedChanges);
      if (a && b) sectorChanges.push(sectorChange(a, b));
    }
  }

  sectorChanges.sort((x, y) => y.magnitude - x.magnitude || compareIndicator(x.indicatorId, y.indicatorId) || compareBreakdown(x.breakdown, y.breakdown));
  return {
    previous: {
      snapshot: previous.edition.snapshot,
      hash: previous.edition.hash,
      referenceDate: previous.edition.referenceDate,
      reportYear: previous.edition.reportYear,
    },
    institutionsAdded: current.institutionOrder.filter((id) => !previousInst.has(id)),
    institutionsRemoved: previous.institutionOrder.filter((id) => !currentInst.has(id)).sort(compareNatural),
    indicatorsAdded: current.indicatorOrder.filter((id) => !previousInd.has(id)),
    indicatorsRemoved: previous.indicatorOrder.filter((id) => !currentInd.has(id)),
    targetChanges,
    realisedChanges,
    sectorChanges,
    counts: {
      targetsChanged: targetChanges.length,
      realisedNew: realisedChanges.filter((c) => c.status === 'nieuw').length,
      realisedChanged: realisedChanges.filter((c) => c.status === 'gewijzigd').length,
      realisedRemoved: realisedChanges.filter((c) => c.status === 'vervallen').length,
    },
  };
}

function compareRows(
  before: readonly InstitutionIndicatorRow[],
  after: readonly InstitutionIndicatorRow[],
  compareInstitution: (a: string, b: string) => number,
  targets: TargetChange[],
  realised: RealisedChange[],
): void {
  const prev = new Map(before.map((r) => [r.institutionId, r]));
  const next = new Map(after.map((r) => [r.institutionId, r]));
  const ids = [...new Set([...prev.keys(), ...next.keys()])].sort(compareInstitution);
  for (const id of ids) {
    const a = prev.get(id);
    const b = next.get(id);
    const row = (a ?? b)!;
    const where = { institutionId: id, indicatorId: row.indicatorId, breakdown: row.breakdown };
    const ta = a?.target ?? null;
    const tb = b?.target ?? null;
    if (!same(ta, tb)) {
      targets.push({ ...where, before: ta, after: tb, beforeOrigin: a?.targetOrigin ?? null, afterOrigin: b?.targetOrigin ?? null });
    }
    // Both lists hold one value per year in ascending order: walk them side by side.
    const ra = a?.realised ?? [];
    const rb = b?.realised ?? [];
    let i = 0;
    let j = 0;
    while (i < ra.length || j < rb.length) {
      const ya = i < ra.length ? ra[i]!.year : Infinity;
      const yb = j < rb.length ? rb[j]!.year : Infinity;
      const year = Math.min(ya, yb);
      const x = ya === year ? ra[i++]!.value : null;
      const y = yb === year ? rb[j++]!.value : null;
      if (same(x, y)) continue;
      const status = x === null ? 'nieuw' : y === null ? 'vervallen' : 'gewijzigd';
      realised.push({ ...where, year, status, before: x, after: y });
    }
  }
}

function latestMean(b: BreakdownResult): number | null {
  return b.years.find((y) => y.year === b.latestYear)?.stats?.mean ?? null;
}

function sectorChange(a: BreakdownResult, b: BreakdownResult): SectorChange {
  const improvement = { before: a.improvement?.mean ?? null, after: b.improvement?.mean ?? null };
  const latest = { before: latestMean(a), after: latestMean(b) };
  const reached = { before: a.reached?.share ?? null, after: b.reached?.share ?? null };
  const deltas = [delta(improvement.before, improvement.after), delta(latest.before, latest.after), delta(reached.before, reached.after)];
  return {
    indicatorId: b.indicatorId,
    breakdown: b.breakdown,
    improvementMean: { ...improvement, delta: deltas[0] },
    latestMean: { ...latest, delta: deltas[1], yearBefore: a.latestYear, yearAfter: b.latestYear },
    reachedShare: { ...reached, delta: deltas[2] },
    // Mixed units (points and percentages); only used to put the biggest movements first.
    magnitude: Math.max(0, ...deltas.map((d) => (d === null ? 0 : Math.abs(d)))),
  };
}
