// Invented counts per institution, where the sector total is what the seeds publish: new early school
// leavers (starts sum to about 30.000, targets to 19.300, 000:L479-487) and practoraten (76 in 2023, an
// ambition of 141 for 2027, 002:L115-116), plus participants in literacy courses, for which nothing is published.
// Totals scale with the number of institutions (per 55).
import type { IndicatorRow } from './indicators.ts';
import type { WorldInstitution } from './institutions.ts';
import { clamp } from './institutions.ts';
import type { Random } from './random.ts';
import { reviseTarget } from './revisions.ts';
import type { WorldValue } from './types.ts';

const VSV_START_TOTAL = 30000;
const VSV_TARGET_TOTAL = 19300;
const PRACTORATEN_START_TOTAL = 76;
const PRACTORATEN_TARGET_TOTAL = 141;

type Row = Omit<WorldValue, 'indicator'>;

const isCurrent = (i: WorldInstitution) => i.presence !== 'previous-only';
const sum = (values: Iterable<number>) => [...values].reduce((s, v) => s + v, 0);

const MODELS = { vsv, practoraten, participants } as const;

export function generateCount(
  indicator: IndicatorRow,
  model: keyof typeof MODELS,
  institutions: readonly WorldInstitution[],
  rng: Random,
): WorldValue[] {
  return MODELS[model](institutions, rng).map((r) => ({ ...r, indicator: indicator.id }));
}

/** A count's e-file revisions: a tenth of the target at a time, and less often than percentages. */
function revisions(
  inst: WorldInstitution,
  start: number,
  agenda: number | null,
  latent: number,
  lowerIsBetter: boolean,
  rng: Random,
): Row[] {
  const base = agenda ?? latent;
  return reviseTarget(
    {
      start,
      agenda,
      latent,
      direction: lowerIsBetter ? 'lager_beter' : 'hoger_beter',
      decimals: 0,
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      step: Math.max(1, base * 0.1),
      impossibleZero: false,
      rate: 0.4,
    },
    rng,
  ).map((r) => ({ ...agendaRow(inst, r.value), origin: 'e-file', from: r.from, until: r.until, efile: true }));
}

const startRow = (inst: WorldInstitution, year: number, value: number): Row => ({
  institution: inst.id, breakdown: 'totaal', kind: 'start', year, value, n: null, origin: 'kwaliteitsagenda', from: 2024, until: null,
});
const agendaRow = (inst: WorldInstitution, value: number): Row => ({
  institution: inst.id, breakdown: 'totaal', kind: 'streef', year: 2027, value, n: null, origin: 'kwaliteitsagenda', from: 2024, until: null,
});
const realisedRow = (inst: WorldInstitution, year: number, value: number, origin: string): Row => ({
  institution: inst.id, breakdown: 'totaal', kind: 'realisatie', year, value, n: null, origin, from: year, until: null,
});

/**
 * Every institution states a vsv target (000:L483-486). The targeted fall is about the same number of percentage
 * points of its students everywhere, so the vsv share shows no catch-up (seed 000 reports none); realised counts
 * first stagnate, then start to fall.
 */
function vsv(institutions: readonly WorldInstitution[], rng: Random): Row[] {
  const drafts = institutions.map((inst) => {
    const r = rng.fork(`vsv|${inst.id}`);
    const kindFactor = inst.kind === 'vakinstelling' ? 0.7 : inst.kind === 'aoc' ? 0.8 : 1;
    return { inst, r, rate: r.lognormal(0.06, 0.3) * kindFactor * Math.exp(-0.15 * inst.level), cut: r.normal(1, 0.25) };
  });
  const current = drafts.filter((d) => isCurrent(d.inst));
  const k = (VSV_START_TOTAL * current.length) / 55 / sum(current.map((d) => d.inst.students * d.rate));
  const start = new Map(drafts.map((d) => [d.inst.id, Math.round(d.inst.students * d.rate * k)]));
  const share = (d: (typeof drafts)[number]) => start.get(d.inst.id)! / d.inst.students;
  // Remove any chance relation between the cut and the current share, then scale the cuts to the sector target.
  const slope = leastSquares(current.map(share), current.map((d) => d.cut));
  const centre = sum(current.map(share)) / current.length;
  const cut = new Map(drafts.map((d) => [d.inst.id, d.cut - slope * (share(d) - centre)]));
  const targetTotal = (VSV_TARGET_TOTAL * current.length) / 55;
  const target = new Map<string, number>();
  let g = 0;
  for (let pass = 0; pass < 4; pass++) {
    // A few passes, because the floor (a quarter of the start) takes some institutions out of the scaling.
    const free = current.filter((d) => target.get(d.inst.id) !== Math.round(start.get(d.inst.id)! * 0.25));
    const fixed = sum(current.filter((d) => !free.includes(d)).map((d) => target.get(d.inst.id)!));
    const freeStart = sum(free.map((d) => start.get(d.inst.id)!));
    g = (freeStart - (targetTotal - fixed)) / sum(free.map((d) => d.inst.students * cut.get(d.inst.id)!));
    for (const d of drafts) {
      const s = start.get(d.inst.id)!;
      target.set(d.inst.id, Math.max(Math.round(s * 0.25), Math.round(s - d.inst.students * g * cut.get(d.inst.id)!)));
    }
  }
  const meanDrop = g * (sum(current.map((d) => cut.get(d.inst.id)!)) / current.length);
  const path: Record<number, number> = { 2023: 0.02, 2024: -0.01, 2025: -0.05, 2026: -0.08 };
  const pull: Record<number, number> = { 2023: 0, 2024: 0.15, 2025: 0.3, 2026: 0.45 };

  return drafts.flatMap((d) => {
    const { inst, r } = d;
    const s = start.get(inst.id)!;
    const t = target.get(inst.id)!;
    const rows: Row[] = [startRow(inst, 2022, s), agendaRow(inst, t)];
    rows.push(...revisions(inst, s, t, t, true, r.fork('revise')));
    for (const year of [2023, 2024, 2025, 2026]) {
      const rate = share(d) * (1 + path[year]!) - pull[year]! * (g * cut.get(inst.id)! - meanDrop);
      rows.push(realisedRow(inst, year, Math.max(0, Math.round(inst.students * rate * r.lognormal(1, 0.06))), 'duo'));
    }
    return rows;
  });
}

/** Least-squares slope of y on x (0 when x does not vary). */
function leastSquares(xs: readonly number[], ys: readonly number[]): number {
  const mx = sum(xs) / xs.length;
  const my = sum(ys) / ys.length;
  const sxx = sum(xs.map((x) => (x - mx) ** 2));
  return sxx === 0 ? 0 : sum(xs.map((x, i) => (x - mx) * (ys[i]! - my))) / sxx;
}

/** Draw `units` one at a time with probability proportional to weight (multinomial), keyed by id. */
function allocate(units: number, weights: ReadonlyMap<string, number>, rng: Random): Map<string, number> {
  const ids = [...weights.keys()].sort();
  const cumulative: number[] = [];
  let total = 0;
  for (const id of ids) cumulative.push((total += weights.get(id)!));
  const counts = new Map(ids.map((id) => [id, 0]));
  for (let u = 0; u < units; u++) {
    const x = rng.next() * total;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    counts.set(ids[lo]!, counts.get(ids[lo]!)! + 1);
  }
  return counts;
}

/** Practoraten: 76 spread over the sector in 2023, most institutions aim for at least one by 2027 (000:L683-685). */
function practoraten(institutions: readonly WorldInstitution[], rng: Random): Row[] {
  const current = institutions.filter(isCurrent);
  const weight = new Map(
    institutions.map((i) => [i.id, (i.students / 1000) ** 0.8 * rng.fork(`weight|${i.id}`).lognormal(1, 0.5) * Math.exp(0.3 * i.level)]),
  );
  const currentWeights = new Map(current.map((i) => [i.id, weight.get(i.id)!]));
  const starts = allocate(Math.round((PRACTORATEN_START_TOTAL * current.length) / 55), currentWeights, rng.fork('start'));
  const perWeight = starts.size > 0 ? sum(starts.values()) / sum(currentWeights.values()) : 0;
  for (const i of institutions.filter((i) => !isCurrent(i))) starts.set(i.id, Math.round(weight.get(i.id)! * perWeight));
  const holders = institutions.filter((i) => rng.fork(`agenda|${i.id}`).chance(0.95));
  const extra = new Map(institutions.map((i) => [i.id, 0]));
  for (const i of holders) if (starts.get(i.id) === 0 && rng.fork(`first|${i.id}`).chance(0.85)) extra.set(i.id, 1);
  const currentHolders = holders.filter(isCurrent);
  const targetTotal = Math.round((PRACTORATEN_TARGET_TOTAL * current.length) / 55);
  const remaining = targetTotal - sum(currentHolders.map((i) => starts.get(i.id)! + extra.get(i.id)!));
  const growthWeights = new Map(currentHolders.map((i) => [i.id, weight.get(i.id)! * Math.exp(0.4 * i.drive)]));
  const growth = allocate(Math.max(0, remaining), growthWeights, rng.fork('growth'));
  for (const [id, g] of growth) extra.set(id, extra.get(id)! + g);
  const holderIds = new Set(holders.map((i) => i.id));

  return institutions.flatMap((inst) => {
    const r = rng.fork(`practoraten|${inst.id}`);
    const start = starts.get(inst.id)!;
    const more = extra.get(inst.id)!;
    const agenda = holderIds.has(inst.id) ? start + more : null;
    const rows: Row[] = [startRow(inst, 2023, start)];
    if (agenda !== null) rows.push(agendaRow(inst, agenda));
    rows.push(...revisions(inst, start, agenda, start + Math.max(1, more), false, r.fork('revise')));
    const y2024 = Math.max(0, start + Math.round(0.35 * more + r.normal(0, 0.4)));
    const y2025 = Math.max(y2024, start + Math.round(0.6 * more + r.normal(0, 0.5)));
    const y2026 = Math.max(y2025, start + Math.round(0.8 * more + r.normal(0, 0.5)));
    rows.push(
      realisedRow(inst, 2024, y2024, 'practoraten.nl'),
      realisedRow(inst, 2025, y2025, 'practoraten.nl'),
      realisedRow(inst, 2026, y2026, 'practoraten.nl'),
    );
    return rows;
  });
}

/** Participants in literacy courses: only institutions that run such courses, growing towards their target. */
function participants(institutions: readonly WorldInstitution[], rng: Random): Row[] {
  const offered: Record<string, number> = { roc: 0.85, aoc: 0.45, vakinstelling: 0.2, overig: 0.3 };
  return institutions.flatMap((inst) => {
    const r = rng.fork(`participants|${inst.id}`);
    if (!r.chance(offered[inst.kind] ?? 0.5)) return [];
    const start = Math.max(1, Math.round(inst.students * r.lognormal(0.004, 0.7)));
    const growth = clamp(r.normal(0.4 + 0.1 * inst.drive, 0.2), -0.1, 1.5);
    const latent = Math.round(start * (1 + growth));
    const agenda = r.chance(0.8) ? latent : null;
    const rows: Row[] = [startRow(inst, 2022, start)];
    if (agenda !== null) rows.push(agendaRow(inst, agenda));
    rows.push(...revisions(inst, start, agenda, latent, false, r.fork('revise')));
    for (const [year, part] of [[2024, 0.3], [2025, 0.55], [2026, 0.8]] as const) {
      const value = Math.max(0, Math.round(start * (1 + part * growth) * r.lognormal(1, 0.12)));
      rows.push(realisedRow(inst, year, value, 'instellingsgegevens'));
    }
    return rows;
  });
}
