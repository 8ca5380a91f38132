// The one table of Dutch quantity words for a share (0..100) of institutions. A word is only used where it is
// true of the number: "ruim een kwart" is 25,5% up to 29%, never 31%; "bijna een kwart" is 21% up to 24,5%, never
// 20%. Outside every band the text gives the plain percentage instead (the caller always shows the count too).

/** Anchors and their words; bands are [anchor − 4, anchor − 0,5) "bijna", ±0,5 the word itself, (anchor + 0,5, anchor + 4] "ruim". */
export const QUANTITY_ANCHORS: readonly (readonly [anchor: number, words: string])[] = [
  [10, 'een tiende'],
  [20, 'een vijfde'],
  [25, 'een kwart'],
  [100 / 3, 'een derde'],
  [50, 'de helft'],
  [200 / 3, 'twee derde'],
  [75, 'driekwart'],
];

/** How far below (`bijna`) or above (`ruim`) an anchor a word may still be used, in percentage points. */
export const QUANTITY_BAND = 4;
/** Within this distance of an anchor the anchor's own word is used (`de helft` for 49,6%–50,4%). */
export const QUANTITY_EXACT = 0.5;

/**
 * A share as words: `geen`, `alle`, `vrijwel alle` (≥ 95), `vrijwel geen` (≤ 5), an anchor word with `bijna` /
 * `ruim` within the bands above, `een ruime meerderheid` (≥ 80), `een meerderheid` (> 50), `een klein deel`
 * (≤ 15); null when no word fits (write the percentage). Bands never overlap: the nearest anchor wins.
 * "Meerderheid" is a claim about the sector, so it needs `majority`: the share's 95% (Wilson) interval lies above
 * 50% (issue 23); without it the text gives the plain count and percentage.
 */
export function quantityWord(share: number | null, majority = false): string | null {
  if (share === null || !Number.isFinite(share)) return null;
  if (share <= 0) return 'geen';
  if (share >= 100) return 'alle';
  if (share >= 95) return 'vrijwel alle';
  if (share <= 5) return 'vrijwel geen';
  let best: { d: number; words: string } | null = null;
  for (const [anchor, words] of QUANTITY_ANCHORS) {
    const d = share - anchor;
    if (Math.abs(d) <= QUANTITY_BAND && (best === null || Math.abs(d) < Math.abs(best.d))) best = { d, words };
  }
  if (best) {
    if (Math.abs(best.d) <= QUANTITY_EXACT) return best.words;
    return best.d > 0 ? `ruim ${best.words}` : `bijna ${best.words}`;
  }
  if (share >= 80 && majority) return 'een ruime meerderheid';
  if (share > 50 && majority) return 'een meerderheid';
  if (share <= 15) return 'een klein deel';
  return null;
}

/** The share a quantity word stands for, as [low, high] in percent; used by tests and the output check. */
export function quantityRange(words: string): readonly [number, number] | null {
  const w = words.trim().toLowerCase();
  if (w === 'geen') return [0, 0];
  if (w === 'alle') return [100, 100];
  if (w === 'vrijwel alle') return [95, 100];
  if (w === 'vrijwel geen') return [0, 5];
  for (const [anchor, name] of QUANTITY_ANCHORS) {
    if (w === name) return [anchor - QUANTITY_EXACT, anchor + QUANTITY_EXACT];
    if (w === `ruim ${name}`) return [anchor + QUANTITY_EXACT, anchor + QUANTITY_BAND];
    if (w === `bijna ${name}`) return [anchor - QUANTITY_BAND, anchor - QUANTITY_EXACT];
  }
  return null;
}
