// Invented e-file target revisions, so the revision rule has work to do: new targets where the quality
// agenda had none, upward and downward revisions, and now and then a target that cannot be meant (0 for a
// satisfaction percentage; 003:L315-337 found one). The first e-file, over 2024 (in the editions from 1 July 2025
// on), revises many targets, as seed 003 Tabel 1.2 shows; the e-file over 2025 revises fewer and can replace a
// revision of the first, which then leaves the later editions.
import type { Direction } from '../snapshot/types.ts';
import type { Random } from './random.ts';

export interface TargetTrack {
  readonly start: number;
  /** The quality-agenda target, or null when the agenda set none. */
  readonly agenda: number | null;
  /** The target the institution would set (used for new targets). */
  readonly latent: number;
  readonly direction: Direction;
  readonly decimals: number;
  readonly min: number;
  readonly max: number;
  /** Typical size of a revision in the indicator's unit. */
  readonly step: number;
  /** May a revision be an impossible 0 (a `hoger_beter` satisfaction percentage)? */
  readonly impossibleZero: boolean;
  /** Multiplier on the revision chances (counts are revised less often). */
  readonly rate?: number;
}

export interface Revision {
  readonly value: number;
  /** First and last e-file (the year it is over) whose editions contain the row; null = still in force. */
  readonly from: number;
  readonly until: number | null;
}

const CHANCE = {
  revise2024: 0.12,
  new2024: 0.3,
  revise2025: 0.05,
  new2025: 0.12,
  impossible: 0.08,
  upward: 0.55,
};

export function reviseTarget(track: TargetTrack, rng: Random): Revision[] {
  const rate = track.rate ?? 1;
  let current = track.agenda;
  let first: number | null = null;
  if (current === null ? rng.chance(CHANCE.new2024 * rate) : rng.chance(CHANCE.revise2024 * rate)) {
    first = current === null ? roundTo(track.latent, track) : revised(current, track, rng);
    current = first === 0 && track.impossibleZero ? current : first;
  }
  let second: number | null = null;
  const hasTarget = current !== null;
  if (hasTarget ? rng.chance(CHANCE.revise2025 * rate) : rng.chance(CHANCE.new2025 * rate)) {
    second = current === null ? roundTo(track.latent, track) : revised(current, track, rng);
  }
  const rows: Revision[] = [];
  if (first !== null) rows.push({ value: first, from: 2024, until: second === null ? null : 2024 });
  if (second !== null) rows.push({ value: second, from: 2025, until: null });
  return rows;
}

function revised(base: number, track: TargetTrack, rng: Random): number {
  if (track.impossibleZero && rng.chance(CHANCE.impossible)) return 0;
  const sign = track.direction === 'lager_beter' ? -1 : 1;
  const towardsBetter = rng.chance(CHANCE.upward) ? 1 : -1;
  const size = Math.abs(rng.normal(1, 0.5)) * track.step;
  let value = roundTo(base + sign * towardsBetter * size, track);
  if (value === base) value = roundTo(base + sign * towardsBetter * 10 ** -track.decimals, track);
  return value;
}

function roundTo(value: number, track: TargetTrack): number {
  const f = 10 ** track.decimals;
  return Math.round(Math.min(track.max, Math.max(track.min, value)) * f) / f;
}
