// Deterministic orderings shared by every result collection (no locale: the same on every machine).
import type { Goal } from '../snapshot/types.ts';

const CHUNK = /(\d+)/;

/** Natural order: `niveau 2` < `niveau 10`, `I9` < `I10`; plain code-unit order otherwise, so no locale is involved. */
export function compareNatural(a: string, b: string): number {
  if (a === b) return 0;
  const ca = a.split(CHUNK);
  const cb = b.split(CHUNK);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    if (i % 2 === 1) {
      // Digit chunks: compare by value (length after stripping leading zeros, then digits).
      const nx = x.replace(/^0+/, '');
      const ny = y.replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (ca.length !== cb.length) return ca.length - cb.length;
  return a < b ? -1 : 1;
}

/** `totaal` first, then natural order. */
export function compareBreakdown(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'totaal') return -1;
  if (b === 'totaal') return 1;
  return compareNatural(a, b);
}

/** Werkagenda goals by priority and number (1.1 … 3.4), then Stagepact themes (SP1 … SP4). */
export function compareGoal(a: Pick<Goal, 'id' | 'isStagepact'>, b: Pick<Goal, 'id' | 'isStagepact'>): number {
  if (a.isStagepact !== b.isStagepact) return a.isStagepact ? 1 : -1;
  return compareNatural(a.id, b.id);
}

/** A comparator from a fixed order of ids; unknown ids go last in natural order. */
export function byRank(order: readonly string[]): (a: string, b: string) => number {
  const rank = new Map(order.map((id, i) => [id, i]));
  return (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || compareNatural(a, b);
}
