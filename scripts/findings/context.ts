// What every finding rule reads: Results, the data the findings stage derived (under `findings.` in the fact
// root), and a Writer over that root, so each headline's numbers are traced like the prose.
import type { Results } from '../compute/types.ts';
import { piece, type Piece, type Writer } from '../prose/builder.ts';
import { formatNumber } from '../lib/nl.ts';
import type { Unit } from '../compute/types.ts';
import type { Finding, Findings } from './types.ts';

export interface RuleContext {
  readonly results: Results;
  /** Findings without `items` yet (the rules are making them). */
  readonly data: Omit<Findings, 'items' | 'byGoal' | 'top' | 'counts' | 'parameters'>;
  readonly w: Writer;
}

export type Rule = (ctx: RuleContext) => Finding[];

/** Decimals of a difference in a unit, as the Writer's `diff` shows it. */
export function differenceDecimals(unit: Unit, value: number): number {
  if (unit === 'procent' || unit === 'cijfer') return 1;
  return Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : 1;
}

/** The word after a difference: `procentpunt`, `punt`, nothing for counts; euros carry their sign in front. */
export function unitWord(unit: Unit): string {
  return unit === 'procent' ? ' procentpunt' : unit === 'cijfer' ? ' punt' : '';
}

/** A 95% interval on the improvement scale, signed: `−0,2 tot 1,4 procentpunt`. */
export function intervalPiece(w: Writer, path: string, unit: Unit): Piece {
  const lo = w.value(`${path}.low`);
  const hi = w.value(`${path}.high`);
  const d = Math.max(differenceDecimals(unit, lo), differenceDecimals(unit, hi));
  return piece(w.fact(`${path}.low`, formatNumber(lo, d)), ' tot ', w.fact(`${path}.high`, formatNumber(hi, d)), unitWord(unit));
}
