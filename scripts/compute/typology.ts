// The five institution types of the synthesis report (chapter "De instellingen"), by the contract's Typology rule:
// per indicator the quartiles of sign-adjusted start, target and improvement ambition; per institution the number
// of favourable (≥ Q3) and unfavourable (≤ Q1) positions; scores; thresholds; types 1..5 or `geen`.
import { directionSign } from './targets.ts';
import { percentage, quantileSorted, sortedCopy } from './stats.ts';
import type {
  InstitutionIndicatorRow,
  InstitutionType,
  QuartileCounts,
  StartLevel,
  TypeSummary,
  TypologyIndicator,
  TypologyResult,
  TypologyThresholds,
  TypologyType,
} from './types.ts';
import type { Direction } from '../snapshot/types.ts';

export const TYPE_NAMES: Readonly<Record<string, string>> = {
  '1': 'Hoge startwaarden, beperkte ruimte voor verbetering',
  '2': 'Lagere startwaarden, grote stappen vooruit',
  '3': 'Lagere startwaarden, kleinere stappen vooruit',
  '4': 'Gemiddelde startwaarden, grote stappen vooruit',
  '5': 'Gemiddelde startwaarden, kleinere stappen vooruit',
  geen: 'Geen uitgesproken profiel',
};

const TYPES: readonly TypologyType[] = [1, 2, 3, 4, 5, 'geen'];
/** Quartile boundaries are compared with this tolerance so a tie at Q1/Q3 counts despite float noise. */
const EPS = 1e-9;

export interface TypologyInput {
  readonly indicatorId: string;
  readonly direction: Direction;
  readonly breakdown: string;
  readonly rows: readonly InstitutionIndicatorRow[];
}

type Aspect = 'start' | 'target' | 'ambition';
const ASPECTS: readonly Aspect[] = ['start', 'target', 'ambition'];

function aspectValue(row: InstitutionIndicatorRow, aspect: Aspect, sign: number): number | null {
  if (aspect === 'ambition') return row.improvement;
  const v = aspect === 'start' ? row.start : row.target;
  return v === null ? null : sign * v;
}

interface Tally {
  favourable: number;
  unfavourable: number;
  indicators: number;
}

/** `indicators`: non-neutraal indicators with the breakdown chosen for each; `institutionIds`: all, sorted. */
export function computeTypology(
  indicators: readonly TypologyInput[],
  institutionIds: readonly string[],
  excludedIndicators: readonly string[],
): TypologyResult {
  const tallies = new Map<string, Record<Aspect, Tally>>(
    institutionIds.map((id) => [id, { start: zero(), target: zero(), ambition: zero() }]),
  );
  const typologyIndicators: TypologyIndicator[] = [];

  for (const ind of indicators) {
    const sign = directionSign(ind.direction);
    const bounds = {} as Record<Aspect, TypologyIndicator['start']>;
    for (const aspect of ASPECTS) {
      const entries = ind.rows.flatMap((r) => {
        const v = aspectValue(r, aspect, sign);
        return v === null ? [] : [[r.institutionId, v] as const];
      });
      if (entries.length === 0) {
        bounds[aspect] = null;
        continue;
      }
      const sorted = sortedCopy(entries.map(([, v]) => v));
      const q1 = quantileSorted(sorted, 0.25);
      const q3 = quantileSorted(sorted, 0.75);
      bounds[aspect] = { n: sorted.length, q1, q3 };
      for (const [id, v] of entries) {
        const tally = tallies.get(id)?.[aspect];
        if (!tally) continue;
        tally.indicators++;
        if (v >= q3 - EPS) tally.favourable++;
        if (v <= q1 + EPS) tally.unfavourable++;
      }
    }
    typologyIndicators.push({ indicatorId: ind.indicatorId, breakdown: ind.breakdown, ...bounds });
  }

  const score = (t: Tally) => (t.indicators === 0 ? null : (t.favourable - t.unfavourable) / t.indicators);
  const scores = institutionIds.map((id) => {
    const t = tallies.get(id)!;
    return { id, t, startScore: score(t.start), ambitionScore: score(t.ambition) };
  });
  const startScores = sortedCopy(scores.flatMap((s) => (s.startScore === null ? [] : [s.startScore])));
  const ambitionScores = sortedCopy(scores.flatMap((s) => (s.ambitionScore === null ? [] : [s.ambitionScore])));
  const thresholds: TypologyThresholds | null =
    startScores.length === 0
      ? null
      : {
          startP33: quantileSorted(startScores, 0.33),
          startP67: quantileSorted(startScores, 0.67),
          ambitionMedian: ambitionScores.length ? quantileSorted(ambitionScores, 0.5) : null,
          ambitionP33: ambitionScores.length ? quantileSorted(ambitionScores, 0.33) : null,
          ambitionP67: ambitionScores.length ? quantileSorted(ambitionScores, 0.67) : null,
        };

  const institutions: Record<string, InstitutionType> = {};
  for (const s of scores) {
    institutions[s.id] = classify(s.id, s.t, s.startScore, s.ambitionScore, thresholds);
  }
  const counts = new Map<TypologyType, number>(TYPES.map((t) => [t, 0]));
  for (const inst of Object.values(institutions)) counts.set(inst.type, counts.get(inst.type)! + 1);
  const types: TypeSummary[] = TYPES.map((type) => ({
    type,
    name: TYPE_NAMES[String(type)]!,
    count: counts.get(type)!,
    share: percentage(counts.get(type)!, institutionIds.length),
  }));

  return {
    indicators: typologyIndicators,
    excludedIndicators,
    thresholds,
    institutions,
    types,
    typed: institutionIds.length - counts.get('geen')!,
    withoutStart: scores.filter((s) => s.startScore === null).length,
  };
}

function classify(
  institutionId: string,
  t: Record<Aspect, Tally>,
  startScore: number | null,
  ambitionScore: number | null,
  th: TypologyThresholds | null,
): InstitutionType {
  const base = { institutionId, start: counts(t.start), target: counts(t.target), ambition: counts(t.ambition), startScore, ambitionScore };
  if (startScore === null || th === null) return { ...base, startLevel: null, type: 'geen', reason: 'geen-startwaarden' };
  const startLevel: StartLevel = startScore > th.startP67 ? 'hoog' : startScore < th.startP33 ? 'laag' : 'gemiddeld';
  if (startLevel === 'hoog') return { ...base, startLevel, type: 1, reason: null };
  if (ambitionScore === null || th.ambitionMedian === null) return { ...base, startLevel, type: 'geen', reason: 'geen-ambitie' };
  if (startLevel === 'laag') return { ...base, startLevel, type: ambitionScore >= th.ambitionMedian ? 2 : 3, reason: null };
  if (ambitionScore > th.ambitionP67!) return { ...base, startLevel, type: 4, reason: null };
  if (ambitionScore < th.ambitionP33!) return { ...base, startLevel, type: 5, reason: null };
  return { ...base, startLevel, type: 'geen', reason: 'geen-uitgesproken-profiel' };
}

const zero = (): Tally => ({ favourable: 0, unfavourable: 0, indicators: 0 });
const counts = (t: Tally): QuartileCounts => ({ favourable: t.favourable, unfavourable: t.unfavourable, indicators: t.indicators });
