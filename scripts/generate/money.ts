// Invented budgets and spending of the quality funds. The sector total is the real €2,3 miljard for
// 2024-2027 (004:L100), scaled to the number of institutions; the goal shares follow seed 000 Figuur 2.2
// (1.3 18%, 3.3 21%, 3.4 7%, smallest for 1.5, 1.1 and 3.2; 000:L284-295) and the spending totals of seed 003
// (2.1 ≈ €62 mln, 2.2 ≈ €49 mln, 2.3 ≈ €53 mln in 2024). Shares spent in 2024 mostly lie between 20% and 30%
// of the goal budget with a few above (003 Tabel 2.1, 3.1, 4.1).
import { AGENDA_GOALS } from './goals.ts';
import type { WorldInstitution } from './institutions.ts';
import { clamp } from './institutions.ts';
import type { Random } from './random.ts';

export interface WorldBudget {
  readonly institution: string;
  readonly goal: string;
  readonly amount: number;
}

export interface WorldSpending {
  readonly institution: string;
  readonly goal: string;
  readonly year: number;
  readonly amount: number;
}

export interface Money {
  readonly budgets: readonly WorldBudget[];
  readonly spending: readonly WorldSpending[];
  /** Share of the goal budget spent in 2024, per `institution|goal` (for the planted effort relation). */
  readonly spentShare2024: ReadonlyMap<string, number>;
}

export const SECTOR_BUDGET = 2.3e9;

/** Sector share per goal (sums to 1). */
const GOAL_SHARE: Readonly<Record<string, number>> = {
  '1.1': 0.025, '1.2': 0.075, '1.3': 0.18, '1.4': 0.05, '1.5': 0.02,
  '2.1': 0.1, '2.2': 0.08, '2.3': 0.085,
  '3.1': 0.075, '3.2': 0.03, '3.3': 0.21, '3.4': 0.07,
};

/** Share of institutions that budget for a goal: the earmarked ones always, most others 67-85% (000:L148-151). */
const CHOSEN: Readonly<Record<string, number>> = {
  '1.1': 0.7, '1.2': 0.85, '1.3': 1, '1.4': 0.8, '1.5': 0.67,
  '2.1': 1, '2.2': 1, '2.3': 0.97,
  '3.1': 0.9, '3.2': 0.75, '3.3': 1, '3.4': 1,
};

/** Every year of the funding period has accounts; an edition shows the years its peildatum has closed. */
export const SPENDING_YEARS = [2024, 2025, 2026, 2027] as const;

export function generateMoney(institutions: readonly WorldInstitution[], rng: Random): Money {
  const current = institutions.filter((i) => i.presence !== 'previous-only');
  const sectorTotal = (SECTOR_BUDGET * current.length) / 55;
  // Funds follow student numbers, with some variation in how much of them is put in the agenda.
  const rawTotal = new Map(institutions.map((i) => [i.id, i.students * rng.fork(`total:${i.id}`).lognormal(1, 0.1)]));
  const scale = sectorTotal / current.reduce((s, i) => s + rawTotal.get(i.id)!, 0);

  // Dividing by the chance of being chosen keeps the sector shares near target after the dropouts; a few
  // rounds of raking then put the sector's goal shares on the seed figures (institutions keep their mix).
  const weights = new Map(
    institutions.map((inst) => {
      const r = rng.fork(`budget:${inst.id}`);
      return [inst.id, AGENDA_GOALS.map((g) => (r.chance(CHOSEN[g]!) ? (GOAL_SHARE[g]! / CHOSEN[g]!) * r.lognormal(1, 0.35) : 0))];
    }),
  );
  const totalOf = (id: string) => rawTotal.get(id)! * scale;
  for (let round = 0; round < 5; round++) {
    const byGoal = AGENDA_GOALS.map((_, g) =>
      current.reduce((s, i) => {
        const w = weights.get(i.id)!;
        return s + (totalOf(i.id) * w[g]!) / w.reduce((a, b) => a + b, 0);
      }, 0),
    );
    const factors = AGENDA_GOALS.map((goal, g) => (byGoal[g]! > 0 ? (GOAL_SHARE[goal]! * sectorTotal) / byGoal[g]! : 1));
    for (const w of weights.values()) w.forEach((x, g) => (w[g] = x * factors[g]!));
  }

  const budgets: WorldBudget[] = [];
  const spending: WorldSpending[] = [];
  const spentShare2024 = new Map<string, number>();
  for (const inst of institutions) {
    const r = rng.fork(`spending:${inst.id}`);
    const w = weights.get(inst.id)!;
    const sum = w.reduce((a, b) => a + b, 0);
    AGENDA_GOALS.forEach((goal, g) => {
      if (w[g] === 0) return;
      const amount = Math.round((totalOf(inst.id) * w[g]!) / sum / 1000) * 1000;
      budgets.push({ institution: inst.id, goal, amount });
      for (const year of SPENDING_YEARS) {
        if (!spends(inst, year)) continue;
        // Years after 2025 draw from their own stream, so adding them left the earlier years as they were.
        const share = spentShareDraw(year <= 2025 ? r : rng.fork(`spending:${inst.id}|${goal}|${year}`), goal, year);
        if (year === 2024) spentShare2024.set(`${inst.id}|${goal}`, share);
        spending.push({ institution: inst.id, goal, year, amount: Math.round(amount * share) });
      }
    });
  }
  return { budgets, spending, spentShare2024 };
}

/** The newcomer has no 2024 accounts; the institution that merged away has none for 2025. */
export function spends(inst: WorldInstitution, year: number): boolean {
  if (inst.presence === 'current-only') return year >= 2025;
  if (inst.presence === 'previous-only') return year <= 2024;
  return true;
}

function spentShareDraw(r: Random, goal: string, year: number): number {
  // Two institutions spent nothing on 2.3 in 2024 (003 §4.2); a few spend far ahead (max 48%, 86%, 140%).
  if (year === 2024 && goal === '2.3' && r.chance(0.03)) return 0;
  if (r.chance(0.03)) return r.uniform(0.35, 0.9);
  return clamp(r.normal(year === 2024 ? 0.255 : 0.27, 0.045), 0.02, 0.6);
}
