// Short category labels that stay unique (issue 16): names that do not fit the label column are cut in the middle
// ("Regionaal Opleidingen Centrum … Noord-Oost"), so two names that share their first 40 characters still differ.
// Callers pass a `korte_naam` as the label where the data has one; this is the fallback for everything else.
import { measureText } from './measure.ts';

const ELLIPSIS = '…';

/** `text` cut in the middle to at most `maxWidth` px; `headShare` of the kept characters come from the start. */
export function middleEllipsis(text: string, maxWidth: number, fontSize: number, headShare = 0.5): string {
  if (measureText(text, { fontSize }) <= maxWidth) return text;
  const chars = [...text];
  const fits = (keep: number) => measureText(cut(chars, keep, headShare), { fontSize }) <= maxWidth;
  // Binary search for the most characters that still fit.
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return cut(chars, lo, headShare);
}

function cut(chars: readonly string[], keep: number, headShare: number): string {
  const head = Math.ceil(keep * headShare);
  const tail = keep - head;
  return `${chars.slice(0, head).join('').trimEnd()}${ELLIPSIS}${tail > 0 ? chars.slice(chars.length - tail).join('').trimStart() : ''}`;
}

/**
 * Full label → label that fits `maxWidth` px at `fontSize`, unique among `labels`: a middle ellipsis, and where
 * two names still print alike, more of their end (where such names differ) and finally a number.
 */
export function shortLabels(labels: readonly string[], maxWidth: number, fontSize: number): Map<string, string> {
  const unique = [...new Set(labels)];
  const result = new Map(unique.map((l) => [l, middleEllipsis(l, maxWidth, fontSize)]));
  for (const share of [0.35, 0.2]) {
    const clashes = duplicates(result);
    if (clashes.length === 0) return result;
    for (const full of clashes) result.set(full, middleEllipsis(full, maxWidth, fontSize, share));
  }
  const counts = new Map<string, number>();
  for (const full of duplicates(result)) {
    const short = result.get(full)!;
    const n = (counts.get(short) ?? 0) + 1;
    counts.set(short, n);
    if (n > 1) result.set(full, `${middleEllipsis(full, maxWidth - measureText(` (${n})`, { fontSize }), fontSize, 0.2)} (${n})`);
  }
  return result;
}

/** Full labels whose short label is shared with another full label. */
function duplicates(map: ReadonlyMap<string, string>): string[] {
  const byShort = new Map<string, string[]>();
  for (const [full, short] of map) byShort.set(short, [...(byShort.get(short) ?? []), full]);
  return [...byShort.values()].filter((fulls) => fulls.length > 1).flat();
}
