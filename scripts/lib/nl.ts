// Dutch formatting shared by every stage that writes for readers: numbers, percentages, money, dates,
// plurals and lists. Pure functions; the prose, figures and site stages all format through these.

const MINUS = '\u2212';
const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f;
}

/** Round half away from zero at `decimals`, without binary-float surprises (2,675 → 2,68). */
export function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(12))) / factor;
  return value < 0 ? -rounded : rounded;
}

/** `1.234,5`; a true minus sign for negatives; `-0` never shows. */
export function formatNumber(value: number, decimals = 0): string {
  const r = round(value, decimals);
  const text = formatter(decimals).format(Math.abs(r));
  return r < 0 ? MINUS + text : text;
}

/** `42%`, `41,2%` — the value is already a percentage (0..100). */
export function formatPercent(value: number, decimals = 0): string {
  return `${formatNumber(value, decimals)}%`;
}

/** Signed difference: `+3,4`, `−2`, `0`. */
export function formatSigned(value: number, decimals = 0): string {
  const r = round(value, decimals);
  return r > 0 ? `+${formatNumber(r, decimals)}` : formatNumber(r, decimals);
}

/** `3,4 procentpunt` (Dutch uses the singular after numbers for units). */
export function formatPoints(value: number, decimals = 1): string {
  return `${formatNumber(value, decimals)} procentpunt`;
}

/** `€ 1,2 miljoen`, `€ 2,3 miljard`, `€ 850.000`. */
export function formatEuro(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? MINUS : '';
  if (abs >= 1e9) return `${sign}€ ${formatNumber(abs / 1e9, 1)} miljard`;
  if (abs >= 1e6) return `${sign}€ ${formatNumber(abs / 1e6, 1)} miljoen`;
  return `${sign}€ ${formatNumber(abs, 0)}`;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** `2026-11-24` → `24 november 2026`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** `1 instelling`, `12 instellingen`, `0 instellingen`. */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/** `a`, `a en b`, `a, b en c` (or `of` as the last joiner). */
export function joinList(items: readonly string[], last: 'en' | 'of' = 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

const ORDINALS = ['nulde', 'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];

/** `eerste`, `tweede`, … `10e` beyond ten. */
export function ordinal(n: number): string {
  return ORDINALS[n] ?? `${n}e`;
}

/** Numbers one to twelve are written out in running text, as Dutch style guides advise. */
const WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : formatNumber(n);
}

/** Capitalise the first letter (for sentence starts built from lower-case parts). */
export function capitalize(text: string): string {
  // Dutch drops the first accent of a capitalised `één` at the start of a sentence: `Eén`, not `Één`.
  if (text.startsWith('één')) return `Eén${text.slice(3)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-case the first letter, unless the word is an abbreviation (`Aandeel` → `aandeel`, `LC/LD` stays). */
export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Read a number written the Dutch way back: `1.234,5` → 1234.5, `−3,4` → −3.4, `+2` → 2. Dots must group
 * thousands in threes; anything else (`1.3`, `4,5,6`, words) is not a Dutch number and returns null.
 */
export function parseNumber(text: string): number | null {
  const match = /^([+\u2212-])?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction] = match;
  const value = Number(`${whole!.replaceAll('.', '')}${fraction ? `.${fraction}` : ''}`);
  return sign === '-' || sign === MINUS ? -value : value;
}

/** The inverse of `numberWord` for the words it writes (`één`, `een`, `twee` … `twaalf`); null otherwise. */
export function parseNumberWord(word: string): number | null {
  const w = word.trim().toLowerCase();
  if (w === 'een' || w === 'eén') return 1;
  const i = WORDS.indexOf(w);
  return i < 0 ? null : i;
}

/**
 * A goal in running text and titles: `doelstelling 1.3 Begeleiding`, `Stagepact-thema SP1 Stagebegeleiding` (as
 * seed 003 names them). The one label of a goal for prose and figures alike.
 */
export function goalLabel(goal: { readonly id: string; readonly shortName: string; readonly isStagepact: boolean }): string {
  return goal.isStagepact ? `Stagepact-thema ${goal.id} ${goal.shortName}` : `doelstelling ${goal.id} ${goal.shortName}`;
}
