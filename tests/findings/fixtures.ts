// Hand-made fixtures for the finding rules: institution rows with a start in 2022, a target for 2027 and a latest
// value in 2025 (so 3 of 5 years, 60% of the path, have passed), and national series with a known shape.
// They are built on the small fixture snapshot's Results, with one indicator's rows replaced.
import type { BreakdownResult, Results, SectorRow, SeriesResult } from '../../scripts/compute/types.ts';
import { fixtureResults } from '../prose/helpers.ts';

/** One institution: start → target (2022 → 2027), latest value in 2025; `lager_beter` flips the sign of improvements. */
export function row(i: number, start: number, target: number, latest: number | null, lower = false): SectorRow {
  const sign = lower ? -1 : 1;
  return {
    institutionId: `I${String(i).padStart(2, '0')}`,
    institutionName: `Instelling ${i}`,
    indicatorId: 'x',
    breakdown: 'totaal',
    start,
    startYear: 2022,
    targetOriginal: target,
    targetAllRevisions: target,
    target,
    targetYear: 2027,
    targetOrigin: 'kwaliteitsagenda',
    targetStatus: 'kwaliteitsagenda',
    ignored: [],
    ambition: target - start,
    improvement: sign * (target - start),
    realised: latest === null ? [] : [{ year: 2025, value: latest, n: null, sd: null, origin: 'duo' }],
    latest: latest === null ? null : { year: 2025, value: latest, n: null, sd: null, origin: 'duo' },
    change: latest === null ? null : latest - start,
    improvementChange: latest === null ? null : sign * (latest - start),
    reached: latest === null ? null : sign * (latest - target) >= 0,
    gapToTarget: latest === null ? null : sign * (target - latest),
    attainment: latest === null ? null : sign * (latest - target) >= 0 ? 'bereikt' : 'niet-bereikt',
    margin: null,
    latestEarlierYear: latest === null ? null : false,
    latestOtherSource: latest === null ? null : false,
  };
}

/** Ten institutions from 50 to 60 (planned progress at 2025: 6 points); latest = 50 + `gain[i]`. */
export function rows(gains: readonly (number | null)[]): SectorRow[] {
  return gains.map((g, i) => row(i + 1, 50, 60, g === null ? null : 50 + g));
}

/** Ahead of schedule: every institution gained 7–8 points (6 planned). */
export const ON_COURSE = [7, 8, 7.5, 7, 8, 7.2, 7.8, 7.4, 7.6, 7.1];
/** On schedule: gains around the 6 planned, one exactly on its path (6), spread so the gap interval holds 0. */
export const ON_PATH = [4, 8, 5, 7, 6, 6.5, 5.5, 7.5, 6.2, 4.8];
/** Behind schedule: gains of 1.5–2.5 points, clearly above 0 but below the 6 planned. */
export const BEHIND = [2, 1.5, 2.5, 2, 1.8, 2.2, 2.1, 1.9, 2.4, 1.6];
/** Declining: every institution lost 2–3 points. */
export const DECLINING = [-2, -3, -2.5, -2.2, -2.8, -2.1, -2.9, -2.4, -2.6, -2.3];
/** Uncertain: gains spread so widely that the interval holds both 0 and 6. */
export const UNCERTAIN = [-10, 14, -8, 16, -6, 12, 3, -4, 15, -2];
/** No data: start and target, but no measurement yet. */
export const NO_DATA = [null, null, null, null, null, null, null, null, null, null];

/** The fixture Results with the rows of `rekenen` (goal 3.1, procent, hoger is beter) replaced. */
export function resultsWith(rowsOf: readonly SectorRow[]): Results {
  const base = fixtureResults();
  const b = base.sector['rekenen']!['totaal']!;
  const replaced: BreakdownResult = { ...b, rows: rowsOf.map((r) => ({ ...r, indicatorId: 'rekenen' })) };
  return { ...base, sector: { ...base.sector, rekenen: { totaal: replaced } } };
}

/** Instroom mbo as published (DUO): four years of decline, then a rise of 2.310 in 2024/25. */
export const INSTROOM: readonly [string, number][] = [
  ['2017/18', 214365],
  ['2018/19', 220895],
  ['2019/20', 222742],
  ['2020/21', 217059],
  ['2021/22', 211203],
  ['2022/23', 208029],
  ['2023/24', 206000],
  ['2024/25', 208310],
];

export function series(slug: string, points: readonly [string, number][], extra: Partial<SeriesResult> = {}): SeriesResult {
  const first = points[0] ? { period: points[0][0], value: points[0][1] } : null;
  const last = points.length ? { period: points[points.length - 1]![0], value: points[points.length - 1]![1] } : null;
  return {
    series: slug,
    name: 'Instroom mbo',
    breakdown: 'totaal',
    indicatorId: null,
    goalId: '2.2',
    unit: 'aantal',
    sources: ['DUO'],
    points: points.map(([period, value]) => ({ period, value, source: 'DUO' })),
    first,
    last,
    change: first && last ? last.value - first.value : null,
    nationalGoals: [],
    goalPaces: [],
    ...extra,
  };
}

/** The fixture Results with `lines` as the only national series. */
export function resultsWithSeries(lines: readonly SeriesResult[]): Results {
  return { ...fixtureResults(), series: lines };
}
