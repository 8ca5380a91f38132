// Test helper: small hand-made Snapshots in memory, with defaults for everything a test does not care about.
// Values are written as compact tuples so the expected numbers in each test are easy to check by hand.
import type {
  Budget,
  Direction,
  Goal,
  Indicator,
  Institution,
  InstitutionValue,
  Judgement,
  Measure,
  MeasureUse,
  Merger,
  NationalGoal,
  SeriesPoint,
  Snapshot,
  Spending,
  Unit,
  ValueKind,
} from '../../scripts/snapshot/types.ts';

/** [institution, indicator, kind, value, options] — breakdown `totaal`, year 2022/2027/2024 by kind unless given. */
export type ValueSpec = [
  institution: string,
  indicator: string,
  kind: ValueKind,
  value: number,
  options?: { breakdown?: string; year?: number; n?: number; origin?: string },
];

export function indicator(id: string, unit: Unit, direction: Direction, extra: Partial<Indicator> = {}): Indicator {
  return { id, goalId: '3.3', name: `Indicator ${id}`, shortName: id, definition: '', unit, direction, source: 'test', minN: null, ...extra };
}

export function institutions(...ids: string[]): Institution[] {
  return ids.map((id) => ({ id, name: `Instelling ${id}`, kind: 'roc', region: 'West', randstad: false, students: 1000 }));
}

const DEFAULT_YEAR: Record<ValueKind, number> = { start: 2022, streef: 2027, realisatie: 2024 };
const DEFAULT_ORIGIN: Record<ValueKind, string> = { start: 'kwaliteitsagenda', streef: 'kwaliteitsagenda', realisatie: 'duo' };

export function values(specs: readonly ValueSpec[]): InstitutionValue[] {
  return specs.map(([institutionId, indicatorId, kind, value, o = {}], i) => ({
    institutionId,
    indicatorId,
    breakdown: o.breakdown ?? 'totaal',
    kind,
    year: o.year ?? DEFAULT_YEAR[kind],
    value,
    n: o.n ?? null,
    origin: o.origin ?? DEFAULT_ORIGIN[kind],
    ref: { file: 'waarden.csv', line: i + 2 },
  }));
}

export const GOALS: Goal[] = [
  { id: '1.3', priority: 1, name: 'Begeleiding', shortName: 'Begeleiding', isStagepact: false },
  { id: '2.1', priority: 2, name: 'Opleidingskeuze', shortName: 'Keuze', isStagepact: false },
  { id: '3.3', priority: 3, name: 'Werken in het mbo', shortName: 'Werken in mbo', isStagepact: false },
  { id: 'SP1', priority: 2, name: 'Stagebegeleiding', shortName: 'Stagebegeleiding', isStagepact: true },
];

export interface SnapshotSpec {
  name?: string;
  reportYear?: number;
  goals?: Goal[];
  indicators?: Indicator[];
  institutions?: Institution[];
  mergers?: Merger[];
  values?: ValueSpec[];
  series?: SeriesPoint[];
  nationalGoals?: NationalGoal[];
  budgets?: Budget[];
  spending?: Spending[];
  measures?: Measure[];
  measureUse?: MeasureUse[];
  judgements?: Judgement[];
}

export function snapshot(spec: SnapshotSpec): Snapshot {
  return {
    name: spec.name ?? '2025-11-01',
    dir: '/tmp/test',
    hash: 'abcdef0123',
    meta: {
      title: 'Test',
      referenceDate: '2025-11-01',
      reportYear: spec.reportYear ?? 2025,
      synthetic: true,
      explanation: 'test',
      previous: null,
    },
    files: [],
    goals: spec.goals ?? GOALS,
    indicators: spec.indicators ?? [],
    institutions: spec.institutions ?? [],
    mergers: spec.mergers ?? [],
    values: values(spec.values ?? []),
    series: spec.series ?? [],
    nationalGoals: spec.nationalGoals ?? [],
    budgets: spec.budgets ?? [],
    spending: spec.spending ?? [],
    measures: spec.measures ?? [],
    measureUse: spec.measureUse ?? [],
    judgements: spec.judgements ?? [],
  };
}
