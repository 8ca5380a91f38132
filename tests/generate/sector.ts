// Test helper: the few sector statistics the generator is calibrated on, computed straight from a loaded
// Snapshot (the compute stage is written in parallel; these are deliberately small and independent).
import type { Indicator, InstitutionValue, Snapshot } from '../../scripts/snapshot/types.ts';

export const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
export const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

export function values(s: Snapshot, indicator: string, breakdown = 'totaal'): InstitutionValue[] {
  return s.values.filter((v) => v.indicatorId === indicator && v.breakdown === breakdown);
}

export function starts(s: Snapshot, indicator: string, breakdown = 'totaal'): Map<string, number> {
  return new Map(values(s, indicator, breakdown).filter((v) => v.kind === 'start').map((v) => [v.institutionId, v.value]));
}

export function agendaTargets(s: Snapshot, indicator: string, breakdown = 'totaal'): Map<string, number> {
  return new Map(
    values(s, indicator, breakdown)
      .filter((v) => v.kind === 'streef' && v.origin === 'kwaliteitsagenda')
      .map((v) => [v.institutionId, v.value]),
  );
}

/** The revision rule of the data contract: new targets count, more ambitious ones replace, the rest is ignored. */
export function effectiveTargets(s: Snapshot, indicator: Indicator, breakdown = 'totaal'): Map<string, number> {
  const sign = indicator.direction === 'lager_beter' ? -1 : 1;
  const range = indicator.unit === 'procent' ? [0, 100] : indicator.unit === 'cijfer' ? [1, 10] : [0, Infinity];
  const out = agendaTargets(s, indicator.id, breakdown);
  for (const v of values(s, indicator.id, breakdown).filter((x) => x.kind === 'streef' && x.origin.startsWith('e-file'))) {
    const impossible = v.value < range[0]! || v.value > range[1]! || (v.value === 0 && sign > 0 && indicator.unit === 'procent');
    if (impossible) continue;
    const current = out.get(v.institutionId);
    if (current === undefined || sign * (v.value - current) > 0) out.set(v.institutionId, v.value);
  }
  return out;
}

/** Latest disclosed realised value per institution (n at least min_n when the indicator has one). */
export function latestRealised(s: Snapshot, indicator: Indicator, breakdown = 'totaal'): Map<string, number> {
  const out = new Map<string, { year: number; value: number }>();
  for (const v of values(s, indicator.id, breakdown)) {
    if (v.kind !== 'realisatie') continue;
    if (indicator.minN !== null && (v.n ?? 0) < indicator.minN) continue;
    const seen = out.get(v.institutionId);
    if (!seen || v.year > seen.year) out.set(v.institutionId, { year: v.year, value: v.value });
  }
  return new Map([...out].map(([id, x]) => [id, x.value]));
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Sign-adjusted start and improvement ambition (effective target − start) per institution. */
export function startAndAmbition(s: Snapshot, indicator: Indicator, breakdown = 'totaal'): { start: number[]; ambition: number[] } {
  const sign = indicator.direction === 'lager_beter' ? -1 : 1;
  const st = starts(s, indicator.id, breakdown);
  const tg = effectiveTargets(s, indicator, breakdown);
  const ids = [...st.keys()].filter((id) => tg.has(id)).sort();
  return { start: ids.map((id) => sign * st.get(id)!), ambition: ids.map((id) => sign * (tg.get(id)! - st.get(id)!)) };
}

/** Type-7 quantile. */
export function quantile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]!) - sorted[lo]!);
}

/** The typology of the data contract (chapter "De instellingen"), per institution. */
export function typology(s: Snapshot): Map<string, string> {
  const units = s.indicators.flatMap((ind) =>
    [...new Set(s.values.filter((v) => v.indicatorId === ind.id).map((v) => v.breakdown))].map((b) => ({ ind, b })),
  );
  const score = new Map<string, { fs: number; us: number; ns: number; fa: number; ua: number; na: number }>();
  const at = (id: string) => {
    if (!score.has(id)) score.set(id, { fs: 0, us: 0, ns: 0, fa: 0, ua: 0, na: 0 });
    return score.get(id)!;
  };
  for (const { ind, b } of units) {
    const sign = ind.direction === 'lager_beter' ? -1 : 1;
    const st = starts(s, ind.id, b);
    const tg = effectiveTargets(s, ind, b);
    const startVals = [...st.values()].map((x) => sign * x);
    if (startVals.length >= 4) {
      const [q1, q3] = [quantile(startVals, 0.25), quantile(startVals, 0.75)];
      for (const [id, x] of st) {
        const v = sign * x;
        at(id).ns++;
        if (v <= q1) at(id).us++;
        if (v >= q3) at(id).fs++;
      }
    }
    const amb = [...st].filter(([id]) => tg.has(id)).map(([id, x]) => [id, sign * (tg.get(id)! - x)] as const);
    if (amb.length >= 4) {
      const vals = amb.map(([, a]) => a);
      const [q1, q3] = [quantile(vals, 0.25), quantile(vals, 0.75)];
      for (const [id, a] of amb) {
        at(id).na++;
        if (a <= q1) at(id).ua++;
        if (a >= q3) at(id).fa++;
      }
    }
  }
  const ids = [...score.keys()].sort();
  const startScore = new Map(ids.map((id) => [id, (score.get(id)!.fs - score.get(id)!.us) / score.get(id)!.ns]));
  const ambScore = new Map(ids.map((id) => [id, (score.get(id)!.fa - score.get(id)!.ua) / Math.max(1, score.get(id)!.na)]));
  const sv = [...startScore.values()];
  const av = [...ambScore.values()];
  const [s33, s67, a33, a50, a67] = [quantile(sv, 1 / 3), quantile(sv, 2 / 3), quantile(av, 1 / 3), quantile(av, 0.5), quantile(av, 2 / 3)];
  return new Map(
    ids.map((id) => {
      const st = startScore.get(id)!;
      const am = ambScore.get(id)!;
      if (st > s67) return [id, 'type 1'];
      if (st < s33) return [id, am >= a50 ? 'type 2' : 'type 3'];
      if (am > a67) return [id, 'type 4'];
      if (am < a33) return [id, 'type 5'];
      return [id, 'geen'];
    }),
  );
}
