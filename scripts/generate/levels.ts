// Invented start values, targets and realised values for percentage and grade indicators.
// Start = sector mean + the institution's general level + noise; ambition = sector mean ambition + a catch-up
// term (for the indicators where seed 000 found one) + the institution's drive + noise. Both are re-centred
// on the current edition's institutions, so the sector means equal the seed figures exactly; realised values
// move from the start along the indicator's path, further for more ambitious institutions, with noise.
import { improvementSign } from '../compute/direction.ts';
import type { Unit } from '../snapshot/types.ts';
import type { IndicatorRow } from './indicators.ts';
import type { SurveyRound, WorldInstitution } from './institutions.ts';
import { clamp } from './institutions.ts';
import type { Money } from './money.ts';
import type { BreakdownProfile, LevelProfile, SourceKind } from './profiles.ts';
import type { Random } from './random.ts';
import { reviseTarget } from './revisions.ts';
import type { WorldValue } from './types.ts';

interface Round {
  readonly year: number;
  readonly origin: string;
  /** Survey round the institution must have taken part in; null = registry data, always present. */
  readonly survey: SurveyRound | null;
  /** Response relative to a full survey round (the interim JOB measurement reached fewer students). */
  readonly response: number;
}

// Rounds after 2025 come last in each list: an institution's draws for the earlier rounds stay as they were.
const YEARS = [2023, 2024, 2025, 2026];
const ROUNDS: Record<SourceKind, readonly Round[]> = {
  job: [
    { year: 2024, origin: 'job-2024', survey: 'job-2024', response: 1 },
    { year: 2025, origin: 'job-2025', survey: 'job-2025', response: 0.6 },
    { year: 2025, origin: 'eigen-peiling-2025', survey: 'eigen-peiling-2025', response: 0.8 },
    { year: 2026, origin: 'job-2026', survey: 'job-2026', response: 1 },
  ],
  mto: [
    { year: 2024, origin: 'mto-2024', survey: 'mto-2024', response: 1 },
    { year: 2026, origin: 'mto-2026', survey: 'mto-2026', response: 1 },
  ],
  bpv: [
    { year: 2024, origin: 'bpv-monitor-2024', survey: 'bpv-2024', response: 1 },
    { year: 2026, origin: 'bpv-monitor-2026', survey: 'bpv-2026', response: 1 },
  ],
  peiling: YEARS.map((year) => ({ year, origin: `studentenpeiling-${year}`, survey: 'studentenpeiling' as const, response: 1 })),
  duo: YEARS.map((year) => ({ year, origin: 'duo', survey: null, response: 1 })),
  cbs: YEARS.map((year) => ({ year, origin: 'cbs', survey: null, response: 1 })),
};

/** How far realised values have moved towards the institution's own (above- or below-average) ambition. */
const PULL: Readonly<Record<number, number>> = { 2023: 0.1, 2024: 0.25, 2025: 0.4, 2026: 0.55 };
const START_COVERAGE = 0.97;
/** How strongly a start value follows the institution's general level (the rest is indicator-specific). */
const LEVEL_WEIGHT = 0.5;
const AGENDA_SHARE = 0.85;

interface Scale {
  readonly start: [number, number];
  readonly target: [number, number];
  readonly value: [number, number];
  readonly decimals: { start: number; target: number; realised: number };
}

const SCALES: Partial<Record<Unit, Scale>> = {
  procent: { start: [0.5, 99.5], target: [0.5, 99], value: [0, 100], decimals: { start: 1, target: 0, realised: 1 } },
  cijfer: { start: [1, 9.9], target: [1, 9.8], value: [1, 10], decimals: { start: 2, target: 1, realised: 2 } },
};

interface Track {
  readonly inst: WorldInstitution;
  readonly breakdown: BreakdownProfile;
  readonly hasStart: boolean;
  readonly start: number;
  /** Improvement ambition after re-centring (sign-adjusted). */
  readonly ambition: number;
  readonly latent: number;
  agenda: number | null;
}

export function generateLevel(
  indicator: IndicatorRow,
  profile: LevelProfile,
  institutions: readonly WorldInstitution[],
  money: Money,
  rng: Random,
): WorldValue[] {
  const scale = SCALES[indicator.unit];
  if (!scale) throw new Error(`${indicator.id}: level profiles need procent or cijfer, not ${indicator.unit}`);
  const sign = improvementSign(indicator.direction);
  const tracks = profile.breakdowns.flatMap((b) => tracksFor(profile, b, institutions, scale, sign, rng));
  if (profile.sameTargetShare) sameTargets(tracks, profile.sameTargetShare, scale, rng.fork('same-target'));

  const effort = effortScores(indicator.goal, institutions, money);
  const values: WorldValue[] = [];
  const base = { indicator: indicator.id };
  for (const t of tracks) {
    const at = { ...base, institution: t.inst.id, breakdown: t.breakdown.label, n: null, until: null };
    if (t.hasStart && !profile.realisedOnly) {
      values.push({ ...at, kind: 'start', year: profile.startYear, value: t.start, origin: 'kwaliteitsagenda', from: 2024 });
      if (t.agenda !== null) values.push({ ...at, kind: 'streef', year: 2027, value: t.agenda, origin: 'kwaliteitsagenda', from: 2024 });
      const revisions = reviseTarget(
        {
          start: t.start,
          agenda: t.agenda,
          latent: t.latent,
          direction: indicator.direction,
          decimals: scale.decimals.target,
          min: scale.target[0],
          max: scale.target[1],
          step: indicator.unit === 'cijfer' ? 0.2 : Math.max(2, t.breakdown.ambitionSd),
          impossibleZero: indicator.unit === 'procent' && indicator.direction === 'hoger_beter' && indicator.minN !== null,
        },
        rng.fork(`revise|${t.breakdown.label}|${t.inst.id}`),
      );
      for (const r of revisions) {
        values.push({ ...at, kind: 'streef', year: 2027, value: r.value, origin: 'e-file', from: r.from, until: r.until, efile: true });
      }
    }
    if (t.hasStart) values.push(...realised(t, indicator, profile, scale, sign, effort.get(t.inst.id) ?? 0, rng));
  }
  return values;
}

function tracksFor(
  profile: LevelProfile,
  b: BreakdownProfile,
  institutions: readonly WorldInstitution[],
  scale: Scale,
  sign: number,
  rng: Random,
): Track[] {
  const w = LEVEL_WEIGHT;
  const drafts = institutions.map((inst) => {
    const r = rng.fork(`track|${b.label}|${inst.id}`);
    const offered = r.chance(b.offered?.[inst.kind] ?? 1);
    const hasStart = offered && (profile.realisedOnly === true || r.chance(START_COVERAGE));
    const e = r.normal();
    const shift = profile.kindShift?.[inst.kind] ?? 0;
    const raw = profile.startFrom
      ? profile.startFrom(inst)
      : b.start + sign * b.startSd * (w * inst.level + Math.sqrt(1 - w * w) * e + shift);
    const hasAgenda = hasStart && r.chance(profile.agendaShare ?? AGENDA_SHARE);
    return { inst, hasStart, raw, hasAgenda, noise: r.normal() };
  });
  const calibration = (d: (typeof drafts)[number]) => d.inst.presence !== 'previous-only';
  const startShift = b.start - mean(drafts.filter((d) => d.hasStart && calibration(d)).map((d) => d.raw));
  const starts = drafts.map((d) => roundTo(clamp(d.raw + startShift, ...scale.start), scale.decimals.start));

  // The institution's own ambition (drive plus noise) is made uncorrelated with its start within the sector,
  // so only the profile's `convergence` links start and ambition (none unless seed 000 reports one).
  const deviations = starts.map((x) => sign * (x - b.start));
  const own = drafts.map((d) => 0.5 * d.inst.drive + Math.sqrt(0.75) * d.noise);
  const fitted = drafts.flatMap((d, i) => (d.hasStart && calibration(d) ? [i] : []));
  const slope = regressionSlope(fitted.map((i) => deviations[i]!), fitted.map((i) => own[i]!));
  const centre = mean(fitted.map((i) => deviations[i]!));
  const rawAmbitions = drafts.map(
    (_, i) => b.ambition + (profile.convergence ?? 0) * deviations[i]! + b.ambitionSd * (own[i]! - slope * (deviations[i]! - centre)),
  );
  // Shift ambitions so the mean target of the institutions with one equals start mean + mean ambition (the seed
  // figures give both ends, e.g. werkdruk 41% → 35%), whatever the start mean of those institutions happens to be.
  const holders = drafts.flatMap((d, i) => (d.hasAgenda && calibration(d) ? [i] : []));
  const targetMean = mean(holders.map((i) => starts[i]! + sign * rawAmbitions[i]!));
  const ambitionShift = holders.length > 0 ? sign * (b.start + sign * b.ambition - targetMean) : 0;

  return drafts.map((d, i) => {
    const ambition = rawAmbitions[i]! + ambitionShift;
    const latent = roundTo(clamp(starts[i]! + sign * ambition, ...scale.target), scale.decimals.target);
    return {
      inst: d.inst,
      breakdown: b,
      hasStart: d.hasStart,
      start: starts[i]!,
      ambition,
      latent,
      agenda: d.hasAgenda ? latent : null,
    };
  });
}

/**
 * Some institutions set one target for every level (003:L892-893): the mean of their own targets. The others'
 * targets are then shifted so each level keeps its sector mean (003 Tabel 1.2 still differs per level).
 */
function sameTargets(tracks: Track[], share: number, scale: Scale, rng: Random): void {
  const byInstitution = new Map<string, Track[]>();
  for (const t of tracks) if (t.agenda !== null) byInstitution.set(t.inst.id, [...(byInstitution.get(t.inst.id) ?? []), t]);
  const same = new Set<Track>();
  for (const [id, own] of [...byInstitution].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (own.length < 2 || !rng.fork(id).chance(share)) continue;
    const target = roundTo(mean(own.map((t) => t.agenda!)), scale.decimals.target);
    for (const t of own) {
      t.agenda = target;
      same.add(t);
    }
  }
  for (const label of [...new Set(tracks.map((t) => t.breakdown.label))]) {
    const level = tracks.filter((t) => t.breakdown.label === label && t.agenda !== null && t.inst.presence !== 'previous-only');
    const others = level.filter((t) => !same.has(t));
    if (others.length === 0) continue;
    const b = level[0]!.breakdown;
    const shift = ((b.start + b.ambition - mean(level.map((t) => t.agenda!))) * level.length) / others.length;
    for (const t of tracks.filter((x) => x.breakdown.label === label && x.agenda !== null && !same.has(x))) {
      t.agenda = roundTo(clamp(t.agenda! + shift, ...scale.target), scale.decimals.target);
    }
  }
}

function realised(
  t: Track,
  indicator: IndicatorRow,
  profile: LevelProfile,
  scale: Scale,
  sign: number,
  effort: number,
  rng: Random,
): WorldValue[] {
  const r = rng.fork(`realised|${t.breakdown.label}|${t.inst.id}`);
  const b = t.breakdown;
  const persistent = r.normal(0, 0.6 * b.noise);
  const rows: WorldValue[] = [];
  for (const round of ROUNDS[profile.source]) {
    if (profile.years && !profile.years.includes(round.year)) continue;
    if (round.survey && !t.inst.surveys[round.survey]) continue;
    const expected = t.inst.students * (profile.respondentsPerStudent ?? 0) * (b.respondents?.(t.inst) ?? 1) * round.response;
    const n = round.survey && profile.respondentsPerStudent ? Math.max(3, Math.round(expected * r.lognormal(1, 0.2))) : null;
    let value = profile.realisedOnly
      ? t.start
      : t.start +
        (b.path[round.year] ?? 0) +
        (PULL[round.year] ?? 0) * (t.ambition - b.ambition) * sign +
        persistent +
        r.normal(0, 0.6 * b.noise) +
        (profile.effortLink ?? 0) * effort * (round.year >= 2024 ? 1 : 0.3);
    if (n !== null) value += r.normal(0, samplingSd(value, n, indicator.unit));
    const [min, max] = profile.range ?? scale.value;
    rows.push({
      institution: t.inst.id,
      indicator: indicator.id,
      breakdown: b.label,
      kind: 'realisatie',
      year: round.year,
      value: roundTo(clamp(value, min, max), scale.decimals.realised),
      n,
      origin: round.origin,
      from: round.year,
      until: null,
    });
  }
  return rows;
}

/** Sampling error of a survey result from n respondents. */
function samplingSd(value: number, n: number, unit: Unit): number {
  const m = Math.max(n, 10);
  if (unit === 'cijfer') return 1.1 / Math.sqrt(m);
  const p = clamp(value / 100, 0.02, 0.98);
  return 100 * Math.sqrt((p * (1 - p)) / m);
}

/** Standardised share of the goal budget spent in 2024, per institution (0 when it spent nothing known). */
function effortScores(goal: string, institutions: readonly WorldInstitution[], money: Money): Map<string, number> {
  const shares = institutions.flatMap((i) => {
    const s = money.spentShare2024.get(`${i.id}|${goal}`);
    return s === undefined ? [] : [[i.id, Math.min(s, 0.6)] as const];
  });
  const m = mean(shares.map(([, s]) => s));
  const sd = Math.sqrt(mean(shares.map(([, s]) => (s - m) ** 2))) || 1;
  return new Map(shares.map(([id, s]) => [id, (s - m) / sd]));
}

/** Least-squares slope of y on x (0 when x does not vary). */
function regressionSlope(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  return sxx === 0 ? 0 : sxy / sxx;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
