// Test helper: a large, seeded, in-memory Snapshot of realistic size (≈ 550 institutions × 30 indicators) for the
// performance sanity check. Deterministic: a fixed-seed PRNG, no clock.
import type { Indicator, InstitutionValue, Judgement, Measure, MeasureUse, Snapshot } from '../../scripts/snapshot/types.ts';
import { GOALS, institutions, snapshot } from './build-snapshot.ts';
import { mulberry32 } from '../helpers/random.ts';

const prng = mulberry32;

export function largeSnapshot(institutionCount = 550, indicatorCount = 30, seed = 7, breakdowns: readonly string[] = ['totaal']): Snapshot {
  const rnd = prng(seed);
  const goals = ['1.3', '2.1', '3.3'];
  const ids = Array.from({ length: institutionCount }, (_, i) => `I${String(i + 1).padStart(3, '0')}`);
  const indicators: Indicator[] = Array.from({ length: indicatorCount }, (_, i) => ({
    id: `ind-${i + 1}`,
    goalId: goals[i % goals.length]!,
    name: `Indicator ${i + 1}`,
    shortName: `Ind ${i + 1}`,
    definition: '',
    unit: 'procent',
    direction: i % 3 === 1 ? 'lager_beter' : 'hoger_beter',
    source: i % 2 ? 'JOB-monitor' : 'DUO',
    minN: i % 2 ? 30 : null,
  }));
  const values: InstitutionValue[] = [];
  let line = 2;
  const push = (v: Omit<InstitutionValue, 'ref'>) => values.push({ ...v, ref: { file: 'waarden.csv', line: line++ } });
  for (const ind of indicators) {
    for (const breakdown of breakdowns) {
      for (const institutionId of ids) {
        if (rnd() < 0.1) continue;
        const start = Math.round(rnd() * 600) / 10 + 20;
        const up = ind.direction === 'lager_beter' ? -1 : 1;
        const base = { institutionId, indicatorId: ind.id, breakdown };
        push({ ...base, kind: 'start', year: 2022, value: start, n: null, origin: 'kwaliteitsagenda' });
        const target = Math.min(100, Math.max(0, start + up * Math.round(rnd() * 100) / 10));
        push({ ...base, kind: 'streef', year: 2027, value: target, n: null, origin: 'kwaliteitsagenda' });
        if (rnd() < 0.2) push({ ...base, kind: 'streef', year: 2027, value: Math.min(100, Math.max(0, target + (rnd() - 0.5) * 6)), n: null, origin: 'e-file-2025' });
        for (const year of [2023, 2024, 2025]) {
          const n = ind.minN ? Math.floor(rnd() * 400) : null;
          push({ ...base, kind: 'realisatie', year, value: Math.min(100, Math.max(0, start + (rnd() - 0.3) * 10)), n, origin: `bron-${year}` });
        }
      }
    }
  }
  const measures: Measure[] = goals.flatMap((goalId) =>
    Array.from({ length: 6 }, (_, k) => ({ id: `${goalId}-m${k + 1}`, goalId, name: `Maatregel ${k + 1}`, mandatory: k === 0 })),
  );
  const measureUse: MeasureUse[] = ids.flatMap((institutionId) =>
    measures.map((m) => ({ institutionId, measureId: m.id, year: 2025, carriedOut: rnd() < 0.7 })),
  );
  const judgements: Judgement[] = ids.flatMap((institutionId) =>
    goals.map((goalId) => ({ institutionId, goalId, year: 2025, progress: 'meeste' as const, effectiveness: 'effectief' as const })),
  );
  const base = snapshot({ goals: GOALS, indicators, institutions: institutions(...ids) });
  return {
    ...base,
    values,
    budgets: ids.flatMap((institutionId) => goals.map((goalId) => ({ institutionId, goalId, amount: Math.round(rnd() * 1e6) }))),
    spending: ids.flatMap((institutionId) =>
      goals.flatMap((goalId) => [2024, 2025].map((year) => ({ institutionId, goalId, year, amount: Math.round(rnd() * 2e5) }))),
    ),
    measures,
    measureUse,
    judgements,
  };
}
