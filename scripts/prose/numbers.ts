// Reading numbers back out of Dutch text, for the fact check: which digit sequences a sentence contains,
// which of them are labels rather than results (years, periods, goal codes, dates, `type 2`), and whether a
// fact's `shown` text is a faithful rounding of its value.
import { parseNumber, parseNumberWord } from '../lib/nl.ts';

export interface NumberToken {
  readonly start: number;
  readonly end: number;
  /** As written, with a leading sign when it belongs to the number (`−3,4`, `+2`, `2024/25`). */
  readonly raw: string;
}

const DIGITS = /\d+(?:[.,]\d+)*/g;
const LETTER = /[\p{L}_]/u;
const SIGNS = new Set(['\u2212', '-', '+']);

/**
 * Digit sequences that stand for a number: not glued to letters (`Q1`, `SP2`, `P25`, `25e`, `e-file-2025` are
 * identifiers or ordinals), with a sign only when it is not a hyphen between words or numbers. A year followed by
 * `/` and two digits is one period token (`2024/25`).
 */
export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(DIGITS)) {
    let start = m.index!;
    let end = start + m[0].length;
    const before = text.charAt(start - 1);
    if (LETTER.test(before) || /\d/.test(before)) continue;
    // A hyphen after a word joins an identifier (`e-file-2025`, `mto-2024`), not a minus.
    if (before === '-' && LETTER.test(text.charAt(start - 2))) continue;
    if (before === '/' && /\d{4}\/$/.test(text.slice(Math.max(0, start - 5), start))) continue;
    const period = /^\/\d{2}(?!\d)/.exec(text.slice(end));
    if (/^\d{4}$/.test(m[0]) && period) end += period[0].length;
    const after = text.charAt(end);
    if (LETTER.test(after)) continue;
    if (SIGNS.has(before)) {
      const beforeSign = text.charAt(start - 2);
      if (beforeSign === '' || /[\s(=[]/.test(beforeSign)) start -= 1;
    }
    out.push({ start, end, raw: text.slice(start, end) });
  }
  return out;
}

const MONTHS = /^ (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/;
const IDENTIFIER_BEFORE = /(prioriteit|prioriteiten|type|typen|niveau|doelstelling|doelstellingen|tabel|figuur|bijlage|hoofdstuk|paragraaf)\s+$/i;

/** Numbers that are labels, not results: years, periods, ISO dates, day of a Dutch date, goal codes, `type 2`. */
export function isLabelNumber(text: string, token: NumberToken, goalIds: ReadonlySet<string>): boolean {
  const raw = token.raw;
  if (/^\d{4}\/\d{2}$/.test(raw)) return true;
  if (/^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100) return true;
  if (goalIds.has(raw)) return true;
  if (/^\d{1,2}$/.test(raw) && MONTHS.test(text.slice(token.end))) return true;
  if (IDENTIFIER_BEFORE.test(text.slice(Math.max(0, token.start - 20), token.start))) return true;
  return false;
}

/** Ranges of ISO dates (`2025-11-01`), whose parts are not numbers of their own. */
export function isoDateRanges(text: string): [number, number][] {
  return [...text.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** All occurrences of `needle` in `text` (from `from` on, at most `limit`) that are not part of a longer number or word. */
export function occurrences(text: string, needle: string, from = 0, limit = Infinity): [number, number][] {
  const out: [number, number][] = [];
  if (needle === '') return out;
  const glue = (c: string) => /\d/.test(c) || (LETTER.test(c) && LETTER.test(needle.charAt(0)));
  const glueEnd = (c: string) => /\d/.test(c) || (LETTER.test(c) && LETTER.test(needle.charAt(needle.length - 1)));
  for (let i = text.indexOf(needle, from); i >= 0 && out.length < limit; i = text.indexOf(needle, i + 1)) {
    const before = text.charAt(i - 1);
    const after = text.charAt(i + needle.length);
    const decimalAfter = /^[.,]\d/.test(text.slice(i + needle.length)) && /\d$/.test(needle);
    if (glue(before) || glueEnd(after) || decimalAfter) continue;
    out.push([i, i + needle.length]);
  }
  return out;
}

/**
 * Does `shown` faithfully show `value`? A number word must equal it; digits must be its rounding (or the rounding
 * of its absolute value: differences are written as "een daling van 3,4") at the decimals shown, scaled by
 * `miljoen`/`miljard`; `< 0,001` holds when the value is below the bound. Shown text without a number passes.
 */
export function showsValue(shown: string, value: number): boolean {
  const word = shown.trim().toLowerCase() === 'geen' ? 0 : parseNumberWord(shown);
  if (word !== null) return word === value;
  const match = /(<\s*)?([+\u2212-]?\d+(?:\.\d{3})*(?:,\d+)?)(\s*(miljoen|miljard))?/.exec(shown);
  if (!match) return true;
  const parsed = parseNumber(match[2]!);
  if (parsed === null) return false;
  const scale = match[4] === 'miljard' ? 1e9 : match[4] === 'miljoen' ? 1e6 : 1;
  const decimals = match[2]!.split(',')[1]?.length ?? 0;
  const tolerance = (0.5 * 10 ** -decimals + 1e-9) * scale;
  if (match[1]) return value < parsed * scale;
  const target = parsed * scale;
  return Math.abs(target - value) <= tolerance || Math.abs(Math.abs(target) - Math.abs(value)) <= tolerance;
}
