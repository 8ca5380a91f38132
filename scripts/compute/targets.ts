// The target revision rule: which 2027 target is in force for one institution × indicator × breakdown.
// Quality-agenda target first; then each e-file row in herkomst order (`e-file` < `e-file-2024` < `e-file-2025`):
// a new target where none was in force is used, a more ambitious one replaces it, a less ambitious one is
// ignored, and a value that cannot be meant is ignored wherever it comes from.
import type { Indicator, InstitutionValue, Unit } from '../snapshot/types.ts';
import { directionSign } from './direction.ts';
import { msg } from './messages.ts';
import type { IgnoredTarget, TargetCounts, TargetStatus } from './types.ts';

export const ORIGINAL_ORIGIN = 'kwaliteitsagenda';
/**
 * The monitoring's own statement of this rule: Voortgangsrapportage prioriteit 2 (autumn 2025), L326-329 and
 * Tabel 1.2. The report cites it from the edition of that year on; an earlier edition cannot.
 */
export const RULE_PUBLISHED = 2025;
export const isRevision = (origin: string) => origin.startsWith('e-file');

export interface TargetDecision {
  readonly original: number | null;
  readonly originalYear: number | null;
  readonly target: number | null;
  readonly targetYear: number | null;
  readonly targetOrigin: string | null;
  readonly status: TargetStatus | null;
  /**
   * The target if every e-file revision counted, also a less ambitious one: the last value that can be meant, in
   * herkomst order (seed 003 Tabel 1.2, "inclusief alle aanpassingen"). Equals `target` when nothing was lowered.
   */
  readonly allRevisions: number | null;
  readonly ignored: readonly IgnoredTarget[];
  readonly counts: TargetCounts;
  /** Several quality-agenda targets were present; the latest year was used. */
  readonly duplicateOriginal: boolean;
}

export const ZERO_COUNTS: TargetCounts = Object.freeze({
  original: 0,
  newUsed: 0,
  upwardUsed: 0,
  downwardIgnored: 0,
  impossibleIgnored: 0,
  unchanged: 0,
  neutralChanged: 0,
  inForce: 0,
});

export function addCounts(a: TargetCounts, b: TargetCounts): TargetCounts {
  return {
    original: a.original + b.original,
    newUsed: a.newUsed + b.newUsed,
    upwardUsed: a.upwardUsed + b.upwardUsed,
    downwardIgnored: a.downwardIgnored + b.downwardIgnored,
    impossibleIgnored: a.impossibleIgnored + b.impossibleIgnored,
    unchanged: a.unchanged + b.unchanged,
    neutralChanged: a.neutralChanged + b.neutralChanged,
    inForce: a.inForce + b.inForce,
  };
}

const RANGE: Record<Unit, readonly [number, number]> = {
  procent: [0, 100],
  cijfer: [1, 10],
  aantal: [0, Infinity],
  euro: [0, Infinity],
};

/** Dutch reason why a target cannot be meant, or null when it can. */
export function impossibleTarget(indicator: Pick<Indicator, 'unit' | 'direction'>, value: number): string | null {
  const [min, max] = RANGE[indicator.unit];
  if (!(value >= min && value <= max)) return msg.outOfRange(value, indicator.unit);
  // Aiming for 0% or a 0 grade on something that should go up is a placeholder, not a target.
  if (value === 0 && indicator.direction === 'hoger_beter' && (indicator.unit === 'procent' || indicator.unit === 'cijfer')) {
    return msg.zeroTarget(indicator.unit);
  }
  return null;
}

const byOriginThenYear = (a: InstitutionValue, b: InstitutionValue) =>
  (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0) || a.year - b.year;

function ignoredTarget(row: InstitutionValue, reason: IgnoredTarget['reason'], reasonText: string, inForce: number | null): IgnoredTarget {
  return {
    institutionId: row.institutionId,
    indicatorId: row.indicatorId,
    breakdown: row.breakdown,
    year: row.year,
    value: row.value,
    origin: row.origin,
    reason,
    reasonText,
    inForce,
    ref: row.ref,
  };
}

/** Apply the rule to the `streef` rows of one institution × indicator × breakdown (any order). */
export function decideTarget(indicator: Indicator, rows: readonly InstitutionValue[]): TargetDecision {
  const counts = { ...ZERO_COUNTS };
  const ignored: IgnoredTarget[] = [];
  const ignore = (row: InstitutionValue, reason: IgnoredTarget['reason'], reasonText: string, inForce: number | null) =>
    ignored.push(ignoredTarget(row, reason, reasonText, inForce));

  const originals = rows.filter((r) => r.origin === ORIGINAL_ORIGIN);
  const revisions = rows.filter((r) => isRevision(r.origin));
  if (originals.length > 1) originals.sort((a, b) => a.year - b.year);
  if (revisions.length > 1) revisions.sort(byOriginThenYear);

  let current: InstitutionValue | null = null;
  let status: TargetStatus | null = null;
  let original: number | null = null;
  let originalYear: number | null = null;
  const originalRow = originals[originals.length - 1];
  if (originalRow) {
    const impossible = impossibleTarget(indicator, originalRow.value);
    if (impossible) {
      counts.impossibleIgnored++;
      ignore(originalRow, 'onmogelijk', impossible, null);
    } else {
      counts.original++;
      current = originalRow;
      original = originalRow.value;
      originalYear = originalRow.year;
      status = 'kwaliteitsagenda';
    }
  }

  const sign = directionSign(indicator.direction);
  let allRevisions = current?.value ?? null;
  for (const row of revisions) {
    const impossible = impossibleTarget(indicator, row.value);
    if (!impossible) allRevisions = row.value;
    if (impossible) {
      counts.impossibleIgnored++;
      ignore(row, 'onmogelijk', impossible, current?.value ?? null);
    } else if (current === null) {
      counts.newUsed++;
      current = row;
      status = 'nieuw';
    } else if (row.value === current.value) {
      counts.unchanged++;
    } else if (indicator.direction === 'neutraal') {
      counts.neutralChanged++;
      current = row;
      status = 'gewijzigd';
    } else if (sign * (row.value - current.value) > 0) {
      counts.upwardUsed++;
      current = row;
      status = 'opwaarts';
    } else {
      counts.downwardIgnored++;
      ignore(row, 'minder-ambitieus', msg.lessAmbitious(current.value), current.value);
    }
  }
  if (current) counts.inForce++;

  return {
    original,
    originalYear,
    target: current?.value ?? null,
    targetYear: current?.year ?? null,
    targetOrigin: current?.origin ?? null,
    status,
    allRevisions,
    ignored,
    counts,
    duplicateOriginal: originals.length > 1,
  };
}
