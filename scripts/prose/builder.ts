// The sentence builder: every number in a generated sentence is fetched by its path in Results, formatted with
// scripts/lib/nl.ts and scripts/lib/units.ts, and recorded as a Fact in the same step, so a number can never appear
// without its trace.
//
//   const w = new Writer(results);
//   w.s`Gemiddeld lag de startwaarde op ${w.level('sector.werkdruk.totaal.start.mean', 'procent')}.`
//
// A path that holds no finite number is a template bug: the Writer throws, and the tests run every template.
import { valueAt } from '../compute/lookup.ts';
import type { Results, Unit } from '../compute/types.ts';
import { capitalize, formatEuro, formatNumber, formatPercent, joinList, numberWord } from '../lib/nl.ts';
import { forbiddenMarker } from '../lib/text.ts';
import { formatChange, formatDifference, formatLevel } from '../lib/units.ts';
import type { Claim, Fact, Paragraph, Sentence } from './types.ts';

/** A formatted fragment of a sentence and the facts it shows. */
export interface Piece {
  readonly text: string;
  readonly facts: readonly Fact[];
}

export type Part = string | Piece;

/** Singular and plural of the noun after a count: `['instelling', 'instellingen']`. */
export type Noun = readonly [singular: string, plural: string];
export const INSTELLING: Noun = ['instelling', 'instellingen'];
/** The cell of a traced table row that has nothing to show (report/blocks.ts drops a column of them). */
export const EMPTY_CELL = '–';

export class Writer {
  constructor(readonly results: Results) {}

  /** The number at `path`; throws when there is none. */
  value(path: string): number {
    const v = valueAt(this.results, path);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`prose: geen getal op pad "${path}" in de resultaten (gevonden: ${String(v)})`);
    }
    return v;
  }

  /** The number at `path`, or null when the path holds none (for choosing words, never for showing). */
  numberAt(path: string): number | null {
    const v = valueAt(this.results, path);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  }

  /** A fact shown as `shown` inside `text` (default: the shown text itself). */
  fact(path: string, shown: string, text: string = shown): Piece {
    return { text, facts: [{ key: path, value: this.value(path), shown }] };
  }

  /** `1.234`, `41,2` */
  num(path: string, decimals = 0): Piece {
    return this.fact(path, formatNumber(this.value(path), decimals));
  }

  /** A value that already is a percentage: `42%`, `41,2%`. */
  pct(path: string, decimals = 0): Piece {
    return this.fact(path, formatPercent(this.value(path), decimals));
  }

  /** A level in the indicator's unit: `41,2%`, `6,8`, `19.300`, `€ 1,2 miljoen`. */
  level(path: string, unit: Unit): Piece {
    return this.fact(path, formatLevel(this.value(path), unit));
  }

  /** The size of a difference in the indicator's unit, without sign: `3,4 procentpunt`, `0,3 punt`, `1.250`. */
  diff(path: string, unit: Unit): Piece {
    return this.fact(path, formatDifference(this.value(path), unit));
  }

  /** A signed difference in the indicator's unit: `+2,3 procentpunt`, `−0,4 punt`, `+12`. */
  change(path: string, unit: Unit): Piece {
    return this.fact(path, formatChange(this.value(path), unit));
  }

  /**
   * A count in running text: a word up to twelve (`twee instellingen`), digits beyond (`55 instellingen`),
   * and with a noun `geen instellingen` for zero.
   */
  count(path: string, noun?: Noun): Piece {
    const n = this.value(path);
    const shown = noun && n === 0 ? 'geen' : numberWord(n);
    return this.fact(path, shown, noun ? `${shown} ${n === 1 ? noun[0] : noun[1]}` : shown);
  }

  /** A count always in digits, for comparisons such as `3 van de 55`. */
  digits(path: string, noun?: Noun): Piece {
    const n = this.value(path);
    const shown = formatNumber(n);
    return this.fact(path, shown, noun ? `${shown} ${n === 1 ? noun[0] : noun[1]}` : shown);
  }

  euro(path: string): Piece {
    return this.fact(path, formatEuro(this.value(path)));
  }

  /** Pearson r with two decimals and its sign: `0,48`, `−0,31`. */
  r(path: string): Piece {
    return this.fact(path, formatNumber(this.value(path), 2));
  }

  /** A p-value: `0,009`, or `< 0,001` below that. */
  p(path: string): Piece {
    const p = this.value(path);
    return this.fact(path, p < 0.001 ? '< 0,001' : formatNumber(p, 3));
  }

  /** `(r = 0,48; p = 0,009; n = 50)` for a correlation at `path`; `bare` leaves out the parentheses. */
  stats(path: string, bare = false): Piece {
    const p = this.value(`${path}.p`) < 0.001 ? piece('p ', this.p(`${path}.p`)) : piece('p = ', this.p(`${path}.p`));
    const inner = piece('r = ', this.r(`${path}.r`), '; ', p, '; n = ', this.digits(`${path}.n`));
    return bare ? inner : piece('(', inner, ')');
  }

  /**
   * `(r = 0,48; q = 0,031; n = 50)` for a correlation in a table corrected for multiple testing: q (Benjamini–
   * Hochberg) instead of p, since significance is decided on q there.
   */
  statsQ(path: string, bare = false): Piece {
    const q = this.value(`${path}.q`) < 0.001 ? piece('q ', this.p(`${path}.q`)) : piece('q = ', this.p(`${path}.q`));
    const inner = piece('r = ', this.r(`${path}.r`), '; ', q, '; n = ', this.digits(`${path}.n`));
    return bare ? inner : piece('(', inner, ')');
  }

  /** A year (or other integer label) from Results, traced like any number. */
  year(path: string): Piece {
    return this.fact(path, String(this.value(path)));
  }

  /** The sentence tag: literal text and pieces, facts collected in order. */
  s = (strings: TemplateStringsArray, ...parts: Part[]): Sentence => {
    let text = strings[0]!;
    const facts: Fact[] = [];
    parts.forEach((part, i) => {
      const p = asPiece(part);
      text += p.text + strings[i + 1]!;
      facts.push(...p.facts);
    });
    return finishSentence(text, facts);
  };
}

/** Concatenate parts into one piece. */
export function piece(...parts: Part[]): Piece {
  const ps = parts.map(asPiece);
  return { text: ps.map((p) => p.text).join(''), facts: ps.flatMap((p) => p.facts) };
}

/** `a, b en c` over pieces, facts in order. */
export function list(items: readonly Part[], last: 'en' | 'of' = 'en'): Piece {
  const ps = items.map(asPiece);
  return { text: joinList(ps.map((p) => p.text), last), facts: ps.flatMap((p) => p.facts) };
}

/** A sentence with a footnote. */
export function withNote(sentence: Sentence, note: string): Sentence {
  checkText(note, 'voetnoot');
  return { ...sentence, note };
}

/** A sentence that states a verdict, a development or an attainment share (null claims are left out). */
export function claiming(sentence: Sentence, ...claims: readonly (Claim | null)[]): Sentence {
  const present = claims.filter((c): c is Claim => c !== null);
  return present.length === 0 ? sentence : { ...sentence, claims: [...(sentence.claims ?? []), ...present] };
}

/** A paragraph of the sentences that exist; null when none does (the outline leaves the place out). */
export function paragraph(id: string, ...sentences: readonly (Sentence | null | undefined | false)[]): Paragraph | null {
  const present = sentences.filter((s): s is Sentence => !!s);
  return present.length === 0 ? null : { id, sentences: present };
}

/** Like `paragraph`, for places that always have something to say. */
export function required(id: string, ...sentences: readonly (Sentence | null | undefined | false)[]): Paragraph {
  const p = paragraph(id, ...sentences);
  if (!p) throw new Error(`prose: alinea ${id} heeft geen zinnen`);
  return p;
}

function asPiece(part: Part): Piece {
  if (typeof part === 'string') return { text: part, facts: [] };
  if (part && typeof part === 'object' && typeof part.text === 'string' && Array.isArray(part.facts)) return part;
  throw new Error(`prose: ongeldig zinsdeel ${String(part)}`);
}

function finishSentence(raw: string, facts: Fact[]): Sentence {
  const text = capitalize(raw.replace(/\s+/g, ' ').replace(/ ([,.;:)])/g, '$1').trim());
  const fixed = facts.map((f) => (text.includes(f.shown) ? f : { ...f, shown: capitalize(f.shown) }));
  checkText(text, 'zin');
  for (const f of fixed) {
    if (!text.includes(f.shown)) throw new Error(`prose: "${f.shown}" (${f.key}) staat niet in de zin "${text}"`);
  }
  return { text, facts: fixed };
}

function checkText(text: string, what: string): void {
  const bad = forbiddenMarker(text);
  if (bad) throw new Error(`prose: ${what} bevat "${bad}": ${text}`);
}

// ─── paths into Results, so templates do not spell them by hand ───

export const sectorPath = (indicatorId: string, breakdown: string): string => `sector.${indicatorId}.${breakdown}`;
export const goalBudgetPath = (goalId: string): string => `budget.goals.${goalId}`;
export const measurePath = (measureId: string): string => `measures.measures.${measureId}`;
export const goalMeasuresPath = (goalId: string): string => `measures.goals.${goalId}`;
export const judgementsPath = (goalId: string): string => `judgements.goals.${goalId}`;

/** Path of an element of a Results array, found by identity. */
export function indexPath<T>(name: string, array: readonly T[], item: T): string {
  const i = array.indexOf(item);
  if (i < 0) throw new Error(`prose: element niet gevonden in ${name}`);
  return `${name}.${i}`;
}
