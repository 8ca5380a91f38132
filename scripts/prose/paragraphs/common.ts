// Phrases several paragraph kinds share: a share of institutions with its exact count, the synthetic-data
// caveat, and ranges. Each returns a Piece, so the numbers it shows stay traced.
import { mainBreakdown } from '../../compute/lookup.ts';
import type { BreakdownResult, IndicatorResult, Results, Unit } from '../../compute/types.ts';
import { formatNumber } from '../../lib/nl.ts';
import { statisticDecimals, unitWord } from '../../lib/units.ts';
import { INSTELLING, piece, sectorPath, type Noun, type Piece, type Writer } from '../builder.ts';
import { sharePhrase } from '../wording.ts';

export interface SharePaths {
  readonly count: string;
  readonly denominator: string;
  /** Path of the share 0..100; omitted where Results hold none (the percentage is then not shown). */
  readonly share?: string;
  /** Path of its 95% Wilson interval (`low`, `high`): "meerderheid" only when it lies above 50%. */
  readonly ci?: string;
}

/** Paths of a `Share` object. */
export const sharePaths = (base: string): SharePaths => ({ count: `${base}.count`, denominator: `${base}.denominator`, share: `${base}.share`, ci: `${base}.ci95` });

/**
 * A share of institutions as a subject: `alle 55 instellingen`, `geen van de 46 instellingen`,
 * `ruim een vijfde van de instellingen (10 van de 46, 22%)`, `10 van de 46 instellingen (22%)`; "een (ruime)
 * meerderheid" only when the Wilson interval at `paths.ci` lies above 50%.
 * `plural` tells the caller which verb form agrees with it.
 */
export function shareOf(w: Writer, paths: SharePaths, noun: Noun = INSTELLING): { piece: Piece; plural: boolean } {
  const count = w.value(paths.count);
  const denominator = w.value(paths.denominator);
  const share = paths.share ? w.numberAt(paths.share) : null;
  const pct = paths.share && share !== null ? piece(', ', w.pct(paths.share)) : piece();
  const pctAlone = paths.share && share !== null ? piece(' (', w.pct(paths.share), ')') : piece();
  if (denominator === 1 && count === 1) return { piece: piece(`de enige ${noun[0]}`), plural: false };
  if (denominator > 0 && count === denominator) return { piece: piece('alle ', w.digits(paths.denominator, noun)), plural: true };
  if (count === 0) return { piece: piece('geen van de ', w.digits(paths.denominator, noun)), plural: false };
  const low = paths.ci ? w.numberAt(`${paths.ci}.low`) : null;
  const phrase = sharePhrase(share, low !== null && low > 50);
  if (phrase && phrase !== 'vrijwel geen' && phrase !== 'een klein deel') {
    const many = phrase === 'vrijwel alle';
    const head = many ? `${phrase} ${noun[1]}` : `${phrase} van de ${noun[1]}`;
    return { piece: piece(head, ' (', w.digits(paths.count), ' van de ', w.digits(paths.denominator), pct, ')'), plural: many };
  }
  return { piece: piece(w.digits(paths.count), ' van de ', w.digits(paths.denominator, noun), pctAlone), plural: true };
}

/** `tussen 32,0% en 44,4%`, `tussen −1,3 en 8,4 procentpunt` for two paths in the same unit. */
export function between(w: Writer, low: string, high: string, unit: Unit, kind: 'level' | 'difference'): Piece {
  if (kind === 'level') return piece('tussen ', w.level(low, unit), ' en ', w.level(high, unit));
  if (unit === 'euro') return piece('tussen ', w.euro(low), ' en ', w.euro(high));
  // Both ends at the same precision, the unit word once at the end.
  const decimals = Math.max(statisticDecimals(unit, w.value(low)), statisticDecimals(unit, w.value(high)));
  const lowPiece = w.fact(low, formatNumber(w.value(low), decimals));
  return piece('tussen ', lowPiece, ' en ', w.fact(high, `${formatNumber(w.value(high), decimals)}${unitWord(unit)}`));
}

/** Said once per chapter when institution data are invented (seed rule: never present them as real). */
export function syntheticCaveat(results: Results): string | null {
  return results.edition.synthetic
    ? 'De cijfers per instelling in deze editie zijn fictief: gemiddelden, aandelen en spreiding beschrijven de instellingen in deze gegevens, niet de werkelijke mbo-sector.'
    : null;
}

export interface MainBreakdown {
  readonly indicator: IndicatorResult;
  readonly breakdown: BreakdownResult;
  /** `sector.<id>.<breakdown>` */
  readonly path: string;
}

/** Each indicator's main breakdown (`totaal`, else the first), in indicator order; optionally of some goals only. */
export function mainBreakdowns(results: Results, goalIds?: readonly string[]): MainBreakdown[] {
  const out: MainBreakdown[] = [];
  for (const id of results.indicatorOrder) {
    const indicator = results.indicators[id]!;
    if (goalIds && !goalIds.includes(indicator.goalId)) continue;
    const b = mainBreakdown(results, id);
    if (b) out.push({ indicator, breakdown: b, path: sectorPath(id, b.breakdown) });
  }
  return out;
}

/** The mean improvement ambition's 95% interval lies above 0: the institutions clearly plan an improvement. */
export function clearAmbition(m: MainBreakdown): boolean {
  return (m.breakdown.improvement?.ci95?.low ?? 0) > 0;
}

/** Every indicator × breakdown, in order. */
export function allBreakdowns(results: Results): MainBreakdown[] {
  return results.indicatorOrder.flatMap((id) => {
    const indicator = results.indicators[id]!;
    return indicator.breakdowns.map((b) => ({ indicator, breakdown: results.sector[id]![b]!, path: sectorPath(id, b) }));
  });
}

/** The item with the largest (or smallest) key; ties keep the first in order. */
export function extreme<T>(items: readonly T[], key: (item: T) => number, which: 'max' | 'min'): T | null {
  let best: T | null = null;
  let bestKey = 0;
  for (const item of items) {
    const k = key(item);
    if (best === null || (which === 'max' ? k > bestKey : k < bestKey)) {
      best = item;
      bestKey = k;
    }
  }
  return best;
}
