// What changed since the previous edition ("Wat is veranderd" page and PDF annex): institutions added, merged,
// gone or renamed (with their budget and spending), indicators added or removed, targets in force that changed,
// realised values that are new, changed or gone, and how the sector means and reached shares moved. Both editions
// are computed with the same rules first.
import { round } from '../lib/nl.ts';
import type { InstitutionChanges } from '../snapshot/institutions.ts';
import type { InstitutionValue, Unit } from '../snapshot/types.ts';
import { byRank, compareBreakdown, compareNatural } from './order.ts';
import { MIN_SECTOR_INSTITUTIONS } from '../snapshot/coverage.ts';
import type {
  BreakdownResult,
  DiffResult,
  InstitutionChange,
  InstitutionIndicatorRow,
  RealisedChange,
  Results,
  SectorChange,
  TargetChange,
  ValueChange,
} from './types.ts';

/** The parts of Results the comparison reads (the diff itself is computed before Results is complete). */
export type DiffInput = Pick<Results, 'edition' | 'indicators' | 'indicatorOrder' | 'institutionOrder' | 'institutions' | 'sector' | 'budget'>;

/** Floats that differ less than this are the same value. */
const EPS = 1e-9;
const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < EPS);
const delta = (before: number | null, after: number | null) => (before === null || after === null ? null : after - before);

/** The rows of waarden.csv of both editions, for the per-value list (Results keep no line numbers). */
export interface DiffValues {
  readonly current: readonly InstitutionValue[];
  readonly previous: readonly InstitutionValue[];
}

/** Units in the order the changes are listed; a movement is only ranked against movements in the same unit. */
const UNIT_ORDER: readonly Unit[] = ['procent', 'cijfer', 'aantal', 'euro'];

const NO_CHANGES: InstitutionChanges = { added: [], removed: [], renamed: [] };

export function diffResults(
  current: DiffInput,
  previous: DiffInput,
  values: DiffValues = { current: [], previous: [] },
  institutions: InstitutionChanges = NO_CHANGES,
): DiffResult {
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
      compareRows(a?.rows ?? [], b?.rows ?? [], compareInstitution, targetChanges, realisedChanges, previousInst);
      const unit = current.indicators[indicatorId]?.unit;
      if (a && b && unit) sectorChanges.push(sectorChange(a, b, unit));
    }
  }

  sectorChanges.sort(
    (x, y) =>
      UNIT_ORDER.indexOf(x.unit) - UNIT_ORDER.indexOf(y.unit) ||
      y.magnitude - x.magnitude ||
      compareIndicator(x.indicatorId, y.indicatorId) ||
      compareBreakdown(x.breakdown, y.breakdown),
  );
  const valueChanges = diffValues(values, previousInst, compareIndicator, compareInstitution);
  const institutionChanges = changedInstitutions(current, previous, institutions);
  const countOf = (status: InstitutionChange['status']) => institutionChanges.filter((c) => c.status === status).length;
  return {
    previous: {
      snapshot: previous.edition.snapshot,
      hash: previous.edition.hash,
      referenceDate: previous.edition.referenceDate,
      reportYear: previous.edition.reportYear,
    },
    institutionsAdded: current.institutionOrder.filter((id) => !previousInst.has(id)),
    institutionsRemoved: previous.institutionOrder.filter((id) => !currentInst.has(id)).sort(compareNatural),
    institutionChanges,
    money: {
      budgetBefore: previous.budget.total,
      budgetAfter: current.budget.total,
      spentBefore: previous.budget.spent,
      spentAfter: current.budget.spent,
      spentYearBefore: previous.budget.reportYear,
      spentYearAfter: current.budget.reportYear,
    },
    indicatorsAdded: current.indicatorOrder.filter((id) => !previousInd.has(id)),
    indicatorsRemoved: previous.indicatorOrder.filter((id) => !currentInd.has(id)),
    targetChanges,
    realisedChanges,
    sectorChanges,
    valueChanges,
    counts: {
      targetsChanged: targetChanges.length,
      targetsNew: targetChanges.filter((c) => c.status === 'nieuw').length,
      targetsNewInstitutions: targetChanges.filter((c) => c.newInstitution).length,
      targetsRevised: targetChanges.filter((c) => c.status === 'gewijzigd').length,
      targetsRemoved: targetChanges.filter((c) => c.status === 'vervallen').length,
      valuesChanged: valueChanges.length,
      partialYears: sectorChanges.filter((c) => c.latestMean.partial).length,
      realisedNew: realisedChanges.filter((c) => c.status === 'nieuw').length,
      realisedChanged: realisedChanges.filter((c) => c.status === 'gewijzigd').length,
      realisedRemoved: realisedChanges.filter((c) => c.status === 'vervallen').length,
      institutions: {
        new: countOf('nieuw'),
        merged: countOf('opgegaan'),
        gone: countOf('vervallen'),
        renamed: institutionChanges.filter((c) => c.previousName !== null).length,
      },
    },
  };
}

function compareRows(
  before: readonly InstitutionIndicatorRow[],
  after: readonly InstitutionIndicatorRow[],
  compareInstitution: (a: string, b: string) => number,
  targets: TargetChange[],
  realised: RealisedChange[],
  previousInstitutions: ReadonlySet<string>,
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
      const status = ta === null ? 'nieuw' : tb === null ? 'vervallen' : 'gewijzigd';
      const newInstitution = !previousInstitutions.has(id);
      targets.push({ ...where, before: ta, after: tb, beforeOrigin: a?.targetOrigin ?? null, afterOrigin: b?.targetOrigin ?? null, status, newInstitution });
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

const latestCount = (b: BreakdownResult) => b.years.find((y) => y.year === b.latestYear)?.stats?.n ?? 0;

/** Institutions' values of `year` (disclosed), by institution. */
function valuesOf(b: BreakdownResult, year: number | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of b.rows) {
    const v = row.realised.find((r) => r.year === year);
    if (v) out.set(row.institutionId, v.value);
  }
  return out;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, x) => a + x, 0) / xs.length);

/**
 * The latest-year means of both editions over the institutions with a value in both latest years: a new year that
 * only some institutions reported (or a new or merged institution) changes the group, not the level.
 */
function latestComparison(a: BreakdownResult, b: BreakdownResult): SectorChange['latestMean'] {
  const years = { yearBefore: a.latestYear, yearAfter: b.latestYear };
  const was = valuesOf(a, a.latestYear);
  const now = valuesOf(b, b.latestYear);
  const both = [...now.keys()].filter((id) => was.has(id));
  const before = mean(both.map((id) => was.get(id)!));
  const after = mean(both.map((id) => now.get(id)!));
  const subset = both.length < latestCount(a) || both.length < latestCount(b);
  const partial = a.latestYear !== null && b.latestYear !== null && latestCount(b) < latestCount(a);
  return { before, after, delta: delta(before, after), ...years, institutions: both.length, subset, partial };
}

/** A difference that shows at the published precision (shares 0 decimals, means 1; euro 0), else 0. */
function shown(before: number | null, after: number | null, decimals: number): number | null {
  if (before === null || after === null) return null;
  return round(before, decimals) === round(after, decimals) ? 0 : after - before;
}

function sectorChange(a: BreakdownResult, b: BreakdownResult, unit: Unit): SectorChange {
  const decimals = unit === 'euro' ? 0 : 1;
  const improvement = { before: a.improvement?.mean ?? null, after: b.improvement?.mean ?? null };
  const latest = latestComparison(a, b);
  // The one "aandeel bereikt": genuine targets reached beyond the sampling margin (attainment.shareReached).
  const reached = { before: a.attainment?.shareReached.share ?? null, after: b.attainment?.shareReached.share ?? null };
  // Ranking counts only movements a reader can see, in the indicator's own unit (the reached share is a share
  // of institutions, another unit); a latest mean of a smaller group than either edition's needs a sector's worth.
  const comparable = !latest.subset || (latest.institutions ?? 0) >= MIN_SECTOR_INSTITUTIONS;
  const size = (d: number | null) => (d === null ? 0 : Math.abs(d));
  const latestMove = comparable ? size(shown(latest.before, latest.after, decimals)) : 0;
  const improvementMove = size(shown(improvement.before, improvement.after, decimals));
  const magnitude = Math.max(latestMove, improvementMove);
  return {
    indicatorId: b.indicatorId,
    breakdown: b.breakdown,
    improvementMean: { ...improvement, delta: delta(improvement.before, improvement.after) },
    latestMean: latest,
    reachedShare: { ...reached, delta: delta(reached.before, reached.after) },
    magnitude,
    moved: magnitude === 0 ? null : latestMove >= improvementMove ? 'latestMean' : 'improvementMean',
    unit,
  };
}

/** The institutions that changed, with their budget and spending in both editions (InstitutionChange). */
function changedInstitutions(current: DiffInput, previous: DiffInput, changes: InstitutionChanges): InstitutionChange[] {
  const money = (input: DiffInput, id: string) => input.budget.institutions[id];
  const entry = (id: string, status: InstitutionChange['status'], name: string, rest: Partial<InstitutionChange> = {}): InstitutionChange => ({
    institutionId: id,
    status,
    name,
    previousName: null,
    into: null,
    absorbed: [],
    budget: { before: money(previous, id)?.total ?? null, after: money(current, id)?.total ?? null },
    spent: { before: money(previous, id)?.spent ?? null, after: money(current, id)?.spent ?? null },
    ...rest,
  });
  const renamed = new Map(changes.renamed.map((r) => [r.id, r.before]));
  const absorbed = new Map<string, string[]>();
  for (const r of changes.removed) if (r.into) absorbed.set(r.into, [...(absorbed.get(r.into) ?? []), r.id]);
  const changed = [...new Set([...renamed.keys(), ...absorbed.keys()])].filter((id) => current.institutions[id]).sort(compareNatural);
  return [
    ...changes.added.map((a) => entry(a.id, 'nieuw', a.name)),
    ...changes.removed.filter((r) => r.into).map((r) => entry(r.id, 'opgegaan', r.name, { into: r.into })),
    ...changes.removed.filter((r) => !r.into).map((r) => entry(r.id, 'vervallen', r.name)),
    ...changed.map((id) => entry(id, 'gewijzigd', current.institutions[id]!.name, { previousName: renamed.get(id) ?? null, absorbed: absorbed.get(id) ?? [] })),
  ];
}

/** Every waarden.csv row that is new, changed or gone, keyed by institution, indicator, breakdown, kind, year, herkomst. */
function diffValues(
  values: DiffValues,
  previousInstitutions: ReadonlySet<string>,
  compareIndicator: (a: string, b: string) => number,
  compareInstitution: (a: string, b: string) => number,
): ValueChange[] {
  const key = (v: InstitutionValue) => [v.institutionId, v.indicatorId, v.breakdown, v.kind, v.year, v.origin].join('\u0000');
  const before = new Map(values.previous.map((v) => [key(v), v]));
  const after = new Map(values.current.map((v) => [key(v), v]));
  const out: ValueChange[] = [];
  for (const [k, v] of after) {
    const was = before.get(k);
    if (was && same(was.value, v.value)) continue;
    out.push(change(v, was ? 'gewijzigd' : 'nieuw', was?.value ?? null, v.value, v.ref, !previousInstitutions.has(v.institutionId)));
  }
  for (const [k, v] of before) if (!after.has(k)) out.push(change(v, 'vervallen', v.value, null, null, false));
  const KIND = ['start', 'streef', 'realisatie'];
  return out.sort(
    (x, y) =>
      compareIndicator(x.indicatorId, y.indicatorId) ||
      compareBreakdown(x.breakdown, y.breakdown) ||
      compareInstitution(x.institutionId, y.institutionId) ||
      KIND.indexOf(x.kind) - KIND.indexOf(y.kind) ||
      x.year - y.year ||
      x.origin.localeCompare(y.origin),
  );
}

function change(v: InstitutionValue, status: ValueChange['status'], before: number | null, after: number | null, ref: ValueChange['ref'], newInstitution: boolean): ValueChange {
  return { institutionId: v.institutionId, indicatorId: v.indicatorId, breakdown: v.breakdown, kind: v.kind, year: v.year, origin: v.origin, status, before, after, ref, newInstitution };
}
