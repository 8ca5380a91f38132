// Excel-aware hints for a code that does not exist: what Excel (or a tired eye) most likely did to it.
// Pure functions; references.ts appends the hint to its "bestaat niet in" message.

const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `1` → `A`, `27` → `AA`: the column letter Excel shows for a 1-based column number. */
export function excelColumn(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The code Excel turned into a date, when `value` looks like one: `1-mrt`, `1-Mar`, `01-03`, `1-3-2025`,
 * `2025-03-01` all come from `1.3`. Null when it does not look like a date.
 */
export function excelDateOrigin(value: string): string | null {
  const v = value.trim().toLowerCase();
  let m = /^(\d{1,2})[-/ ]([a-z]{3})\.?(?:[-/ ]\d{2,4})?$/.exec(v);
  if (m) {
    const month = Math.max(MONTHS.indexOf(m[2]!), MONTHS_EN.indexOf(m[2]!));
    return month < 0 ? null : `${Number(m[1])}.${month + 1}`;
  }
  m = /^(\d{1,2})[-/](\d{1,2})[-/]\d{2,4}$/.exec(v) ?? /^(\d{1,2})-(\d{1,2})$/.exec(v);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${Number(m[1])}.${Number(m[2])}` : null;
  m = /^\d{4}-(\d{2})-(\d{2})$/.exec(v);
  if (m) return `${Number(m[2])}.${Number(m[1])}`;
  return null;
}

/** Letters and digits a reader easily swaps: O/0 and l/I/1. */
const LOOKALIKE: Readonly<Record<string, string>> = { o: '0', '0': '0', l: '1', i: '1', '1': '1' };
const normalize = (code: string) => [...code.toLowerCase()].map((c) => LOOKALIKE[c] ?? c).join('');

/** The known code `value` differs from only by O/0 or l/I/1 (and case); null when none or more than one. */
export function lookalikeOf(value: string, known: Iterable<string>): string | null {
  const target = normalize(value);
  const hits = [...known].filter((k) => k !== value && normalize(k) === target);
  return hits.length === 1 ? hits[0]! : null;
}

/**
 * The hint for an unknown code in `column`, or '' when there is none: a date Excel made, a look-alike code.
 * The code Excel made a date of is only suggested when it exists.
 */
export function unknownCodeHint(value: string, known: ReadonlySet<string> | null): string {
  const date = excelDateOrigin(value);
  if (date !== null) {
    const exists = known?.has(date) ? ` Bedoelt u ${date}? Geef de kolom in Excel de opmaak Tekst en typ de code opnieuw.` : ' Geef de kolom in Excel de opmaak Tekst en typ de code opnieuw.';
    return `'${value}' lijkt een datum die Excel van ${date} maakte.${exists}`;
  }
  const lookalike = known ? lookalikeOf(value, known) : null;
  if (lookalike !== null) return `Bedoelt u ${lookalike}? Let op de letter O en het cijfer 0, en de letter l en het cijfer 1.`;
  return '';
}

/** `kolom 2 (B in Excel)`: the column number with Excel's letter beside it. */
export function columnWithLetter(column: number): string {
  return `kolom ${column} (${excelColumn(column)} in Excel)`;
}

/** A reference error with Excel's column letter and the hint, if any: `…bestaat niet in doelstellingen.csv (kolom B in Excel). '1-mrt' lijkt…`. */
export function withExcelHints(message: string, value: string, column: number | undefined, known: ReadonlySet<string> | null): string {
  const letter = column === undefined ? '' : ` (kolom ${excelColumn(column)} in Excel)`;
  const hint = unknownCodeHint(value, known);
  return `${message}${letter}${hint ? `. ${hint}` : ''}`;
}
