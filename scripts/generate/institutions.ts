// The invented institutions: anonymous codes and neutral names, a sector mix like the real one
// (about 40 roc's, 10 aoc's and 5 vakinstellingen per 55), skewed sizes, regions, and which surveys
// each one took part in. Two hidden traits drive the values later: `level` (how well it starts, across
// indicators) and `drive` (how ambitious its targets are), so the typology has something to find.
import type { InstitutionKind } from '../snapshot/types.ts';
import type { Random } from './random.ts';

/** Which editions an institution appears in: one is new in the current edition, one merged away. */
export type Presence = 'both' | 'current-only' | 'previous-only';

export interface WorldInstitution {
  readonly id: string;
  readonly name: string;
  readonly kind: InstitutionKind;
  readonly region: string;
  readonly randstad: boolean;
  readonly students: number;
  readonly presence: Presence;
  /** For the institution that merged away: the code of the one it merged into. */
  readonly mergedInto: string | null;
  readonly level: number;
  readonly drive: number;
  /** Share of its students in the bbl (0..1); also the start of `aandeel-bbl-instroom`. */
  readonly bblShare: number;
  readonly surveys: Readonly<Record<SurveyRound, boolean>>;
}

export type SurveyRound =
  | 'job-2024'
  | 'job-2025'
  | 'eigen-peiling-2025'
  | 'job-2026'
  | 'mto-2024'
  | 'mto-2026'
  | 'bpv-2024'
  | 'bpv-2026'
  | 'studentenpeiling';

const REGIONS = ['Noord', 'Oost', 'Zuid', 'West', 'Midden'] as const;
const REGION_WEIGHTS = [0.14, 0.22, 0.22, 0.3, 0.12];
const RANDSTAD_SHARE: Record<string, number> = { Noord: 0, Oost: 0, Zuid: 0, West: 0.9, Midden: 0.5 };

/** Size model per kind: median students and spread of the logarithm, clipped to a plausible range. */
const SIZE: Record<InstitutionKind, { median: number; sigma: number; min: number; max: number }> = {
  roc: { median: 9000, sigma: 0.6, min: 2500, max: 30000 },
  aoc: { median: 3000, sigma: 0.5, min: 800, max: 8000 },
  vakinstelling: { median: 1200, sigma: 0.6, min: 500, max: 4000 },
  overig: { median: 1500, sigma: 0.5, min: 500, max: 5000 },
};

const BBL_SHARE: Record<InstitutionKind, { mean: number; sd: number }> = {
  roc: { mean: 0.27, sd: 0.07 },
  aoc: { mean: 0.33, sd: 0.08 },
  vakinstelling: { mean: 0.6, sd: 0.15 },
  overig: { mean: 0.4, sd: 0.1 },
};

/** Shares of the real sector (003 counts 51 funded institutions; the brief's 40/10/5 mix per 55). */
export function kindCounts(n: number): Record<'roc' | 'aoc' | 'vakinstelling', number> {
  const aoc = Math.max(1, Math.round((n * 10) / 55));
  const vakinstelling = Math.max(1, Math.round((n * 5) / 55));
  return { roc: n - aoc - vakinstelling, aoc, vakinstelling };
}

/** Scale a count published for 55 institutions to a sector of `n` (at least `min`). */
export function scaled(count: number, n: number, min = 1): number {
  return Math.max(min, Math.round((count * n) / 55));
}

export function codeFor(index: number, total: number): string {
  return `I${String(index).padStart(Math.max(2, String(total).length), '0')}`;
}

/**
 * `n` institutions form the current edition; one more (a small roc) exists only in the previous edition
 * and merges into a roc of the same region. One vakinstelling of the current edition is new in it.
 */
export function generateInstitutions(n: number, rng: Random): WorldInstitution[] {
  const counts = kindCounts(n);
  const kinds: InstitutionKind[] = rng.fork('kinds').shuffle([
    ...Array<InstitutionKind>(counts.roc).fill('roc'),
    ...Array<InstitutionKind>(counts.aoc).fill('aoc'),
    ...Array<InstitutionKind>(counts.vakinstelling).fill('vakinstelling'),
  ]);
  const total = n + 1;
  const drafts = kinds.map((kind, i) => draft(kind, rng.fork(`institution:${i}`)));
  const merged = draft('roc', rng.fork('institution:merged'), 3500);

  const current = drafts.map((d, i) => ({ ...d, id: codeFor(i + 1, total) }));
  const mergedId = codeFor(total, total);
  const absorbers = current.filter((d) => d.kind === 'roc' && d.region === merged.region);
  const absorber = rng.fork('absorber').pick(absorbers.length > 0 ? absorbers : current.filter((d) => d.kind === 'roc'));
  const candidatesNew = current.filter((d) => d.kind === 'vakinstelling');
  const newcomer = rng.fork('newcomer').pick(candidatesNew.length > 0 ? candidatesNew : current);

  const surveys = participation(current.map((d) => d.id), mergedId, n, rng.fork('surveys'));
  const institutions: WorldInstitution[] = current.map((d) => ({
    ...d,
    name: `Instelling ${d.id.slice(1)}`,
    presence: d.id === newcomer.id ? 'current-only' : 'both',
    mergedInto: null,
    surveys: surveys.get(d.id)!,
  }));
  institutions.push({
    ...merged,
    id: mergedId,
    name: `Instelling ${mergedId.slice(1)}`,
    presence: 'previous-only',
    mergedInto: absorber.id,
    surveys: surveys.get(mergedId)!,
  });
  return institutions;
}

type Draft = Omit<WorldInstitution, 'id' | 'name' | 'presence' | 'mergedInto' | 'surveys'>;

function draft(kind: InstitutionKind, rng: Random, median?: number): Draft {
  const size = SIZE[kind];
  const students = Math.round(clamp(rng.lognormal(median ?? size.median, size.sigma), size.min, size.max));
  const region = rng.weighted(REGIONS, REGION_WEIGHTS);
  const randstad = rng.chance(RANDSTAD_SHARE[region] ?? 0);
  const bbl = BBL_SHARE[kind];
  return {
    kind,
    region,
    randstad,
    students,
    // Randstad institutions start lower more often (000:L923-924); specialised ones a little higher.
    level: rng.normal() - (randstad ? 0.6 : 0) + (kind === 'vakinstelling' ? 0.3 : 0),
    drive: rng.normal(),
    bblShare: clamp(rng.normal(bbl.mean, bbl.sd), 0.05, 0.95),
  };
}

/**
 * Survey participation. JOB 2024: all but about 4 per 55 (001:L78); the interim JOB measurement of 2025:
 * 29 per 55, and 6 per 55 of the others sent results of their own survey (003:L285-287, L1770); JOB 2026:
 * "(bijna) alle instellingen" (003:L1771-1772), here all but 2 per 55.
 */
function participation(current: string[], mergedId: string, n: number, rng: Random): Map<string, Record<SurveyRound, boolean>> {
  const ids = [...current, mergedId];
  const order = rng.fork('job').shuffle(ids);
  const job2024 = new Set(order.slice(scaled(4, n)));
  // The merged institution no longer exists in 2025, so the 2025 rounds draw from the current ones only.
  const job2025 = new Set(rng.fork('job-2025').shuffle(current.filter((id) => job2024.has(id))).slice(0, scaled(29, n)));
  const others = current.filter((id) => !job2025.has(id));
  const own = new Set(rng.fork('own').shuffle(others).slice(0, scaled(6, n)));
  const job2026 = new Set(rng.fork('job-2026').shuffle(current).slice(scaled(2, n)));
  const result = new Map<string, Record<SurveyRound, boolean>>();
  for (const id of ids) {
    const r = rng.fork(`survey:${id}`);
    result.set(id, {
      'job-2024': job2024.has(id),
      'job-2025': job2025.has(id),
      'eigen-peiling-2025': own.has(id),
      'mto-2024': r.chance(0.9),
      'bpv-2024': r.chance(0.92),
      studentenpeiling: r.chance(0.95),
      'job-2026': job2026.has(id),
      // Drawn after the others, so the earlier rounds stay as they were.
      'mto-2026': r.chance(0.9),
      'bpv-2026': r.chance(0.92),
    });
  }
  return result;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
