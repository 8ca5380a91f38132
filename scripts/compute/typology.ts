// The five institution types of the synthesis report (chapter "De instellingen"), by the contract's Typology rule:
// per indicator the quartiles of sign-adjusted start, target and improvement ambition; per institution the number
// of favourable (≥ Q3) and unfavourable (≤ Q1) positions; scores; thresholds; types 1..5 or `geen`.
// Ties are decided exactly: values are compared with the quartiles at the data's precision (integers scaled by
// 10^decimals, quartiles × 4), and scores with the P33/P67/median thresholds as fractions — never with a float
// epsilon, so a value exactly on Q3 is favourable and one a hundredth below it is not.
import { improvementSign } from './direction.ts';
import { percentage, sortedCopy } from './stats.ts';
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
/** More decimals than this are not a precision the data are given in; such values are rounded to it. */
const MAX_DECIMALS = 9;

/** Decimals a value is written with (65.9 → 1, 40 → 0), at most MAX_DECIMALS. */
export function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  if (/e/i.test(text)) return MAX_DECIMALS;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(MAX_DECIMALS, text.length - dot - 1);
}

/**
 * Type-7 quartile of integers, times 4: with p = 1/4 or 3/4 the interpolation weight (n − 1)·p − ⌊(n − 1)·p⌋ is a
 * multiple of 1/4, so 4·Q is an integer and comparisons with 4·value are exact.
 */
export function quartileTimes4(sorted: readonly number[], quarter: 1 | 3): number {
  const h4 = (sorted.length - 1) * quarter; // 4·h
  const lo = Math.floor(h4 / 4);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return 4 * sorted[lo]! + (h4 - 4 * lo) * (sorted[hi]! - sorted[lo]!);
}

export interface TypologyInput {
  readonly indicatorId: string;
  readonly direction: Direction;
  readonly breakdown: string;
  readonly rows: readonly InstitutionIndicatorRow[];
}

type Aspect = 'start' | 'target' | 'ambition';
const ASPECTS: readonly Aspect[] = ['start', 'target', 'ambition'];

/** Sign-adjusted value of an aspect as an integer in units of 10^−decimals (ambition = target − start, exactly). */
function aspectValue(row: InstitutionIndicatorRow, aspect: Aspect, sign: number, scale: number): number | null {
  const scaled = (v: number | null) => (v === null ? null : Math.round(v * scale));
  const start = scaled(row.start);
  const target = scaled(row.target);
  if (aspect === 'ambition') return start === null || target === null || row.improvement === null ? null : sign * (target - start);
  const v = aspect === 'start' ? start : target;
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
    const sign = improvementSign(ind.direction);
    // The data's precision for this indicator: the most decimals any start or target is written with.
    let decimals = 0;
    for (const r of ind.rows) {
      if (r.start !== null) decimals = Math.max(decimals, decimalsOf(r.start));
      if (r.target !== null) decimals = Math.max(decimals, decimalsOf(r.target));
    }
    const scale = 10 ** decimals;
    const bounds = {} as Record<Aspect, TypologyIndicator['start']>;
    for (const aspect of ASPECTS) {
      const entries = ind.rows.flatMap((r) => {
        const v = aspectValue(r, aspect, sign, scale);
        return v === null ? [] : [[r.institutionId, v] as const];
      });
      if (entries.length === 0) {
        bounds[aspect] = null;
        continue;
      }
      const sorted = [...sortedCopy(entries.map(([, v]) => v))];
      const q1x4 = quartileTimes4(sorted, 1);
      const q3x4 = quartileTimes4(sorted, 3);
      bounds[aspect] = { n: sorted.length, q1: q1x4 / (4 * scale), q3: q3x4 / (4 * scale) };
      for (const [id, v] of entries) {
        const tally = tallies.get(id)?.[aspect];
        if (!tally) continue;
        tally.indicators++;
        if (4 * v >= q3x4) tally.favourable++;
        if (4 * v <= q1x4) tally.unfavourable++;
      }
    }
    typologyIndicators.push({ indicatorId: ind.indicatorId, breakdown: ind.breakdown, ...bounds });
  }

  const score = (t: Tally): Ratio | null => (t.indicators === 0 ? null : { num: t.favourable - t.unfavourable, den: t.indicators });
  const scores = institutionIds.map((id) => {
    const t = tallies.get(id)!;
    return { id, t, startScore: score(t.start), ambitionScore: score(t.ambition) };
  });
  const startScores = scores.flatMap((s) => (s.startScore === null ? [] : [s.startScore])).sort(compareRatio);
  const ambitionScores = scores.flatMap((s) => (s.ambitionScore === null ? [] : [s.ambitionScore])).sort(compareRatio);
  const exact: ExactThresholds | null =
    startScores.length === 0
      ? null
      : {
          startP33: quantileRatio(startScores, 33),
          startP67: quantileRatio(startScores, 67),
          ambitionMedian: ambitionScores.length ? quantileRatio(ambitionScores, 50) : null,
          ambitionP33: ambitionScores.length ? quantileRatio(ambitionScores, 33) : null,
          ambitionP67: ambitionScores.length ? quantileRatio(ambitionScores, 67) : null,
        };
  const thresholds: TypologyThresholds | null =
    exact === null
      ? null
      : {
          startP33: value(exact.startP33),
          startP67: value(exact.startP67),
          ambitionMedian: exact.ambitionMedian && value(exact.ambitionMedian),
          ambitionP33: exact.ambitionP33 && value(exact.ambitionP33),
          ambitionP67: exact.ambitionP67 && value(exact.ambitionP67),
        };

  const institutions: Record<string, InstitutionType> = {};
  for (const s of scores) {
    institutions[s.id] = classify(s.id, s.t, s.startScore, s.ambitionScore, exact);
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

/** A score (favourable − unfavourable) / indicators as an exact fraction; den > 0. */
interface Ratio {
  readonly num: number;
  readonly den: number;
}
const compareRatio = (a: Ratio, b: Ratio) => a.num * b.den - b.num * a.den;
const value = (r: Ratio) => r.num / r.den;

/** Type-7 quantile of sorted fractions at p = percent/100, exactly: ((100 − k)·s_lo + k·s_hi) / 100. */
export function quantileRatio(sorted: readonly Ratio[], percent: number): Ratio {
  const h100 = (sorted.length - 1) * percent; // 100·h, an integer
  const lo = Math.floor(h100 / 100);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const k = h100 - 100 * lo;
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return { num: (100 - k) * a.num * b.den + k * b.num * a.den, den: 100 * a.den * b.den };
}

interface ExactThresholds {
  readonly startP33: Ratio;
  readonly startP67: Ratio;
  readonly ambitionMedian: Ratio | null;
  readonly ambitionP33: Ratio | null;
  readonly ambitionP67: Ratio | null;
}

function classify(
  institutionId: string,
  t: Record<Aspect, Tally>,
  start: Ratio | null,
  ambition: Ratio | null,
  th: ExactThresholds | null,
): InstitutionType {
  const base = {
    institutionId,
    start: counts(t.start),
    target: counts(t.target),
    ambition: counts(t.ambition),
    startScore: start && value(start),
    ambitionScore: ambition && value(ambition),
  };
  if (start === null || th === null) return { ...base, startLevel: null, type: 'geen', reason: 'geen-startwaarden' };
  const startLevel: StartLevel =
    compareRatio(start, th.startP67) > 0 ? 'hoog' : compareRatio(start, th.startP33) < 0 ? 'laag' : 'gemiddeld';
  if (startLevel === 'hoog') return { ...base, startLevel, type: 1, reason: null };
  if (ambition === null || th.ambitionMedian === null) return { ...base, startLevel, type: 'geen', reason: 'geen-ambitie' };
  if (startLevel === 'laag') return { ...base, startLevel, type: compareRatio(ambition, th.ambitionMedian) >= 0 ? 2 : 3, reason: null };
  if (compareRatio(ambition, th.ambitionP67!) > 0) return { ...base, startLevel, type: 4, reason: null };
  if (compareRatio(ambition, th.ambitionP33!) < 0) return { ...base, startLevel, type: 5, reason: null };
  return { ...base, startLevel, type: 'geen', reason: 'geen-uitgesproken-profiel' };
}

const zero = (): Tally => ({ favourable: 0, unfavourable: 0, indicators: 0 });
const counts = (t: Tally): QuartileCounts => ({ favourable: t.favourable, unfavourable: t.unfavourable, indicators: t.indicators });
