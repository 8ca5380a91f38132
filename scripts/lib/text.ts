// Text that betrays a template bug: the markers no generated sentence, and no input name that ends up in one, may
// contain. The prose Writer refuses a sentence with one, the fact check reports one, and the snapshot check
// refuses an input cell with one (so the build does not stop later on an editor's name).

export const FORBIDDEN = ['undefined', 'NaN', 'null', '[object', '{{', '}}'] as const;

/**
 * The first marker of a broken template in `text`, or null. The words (`undefined`, `NaN`, `null`) count only as
 * whole words, so Dutch text such as "nullijn" passes; the others anywhere.
 */
export function forbiddenMarker(text: string): string | null {
  return forbiddenMarkers(text)[0] ?? null;
}

/** Every marker of a broken template in `text`, in the order of FORBIDDEN. */
export function forbiddenMarkers(text: string): string[] {
  return FORBIDDEN.filter((bad) => (/^[A-Za-z]+$/.test(bad) ? new RegExp(`\\b${bad}\\b`).test(text) : text.includes(bad)));
}

// Words meant for developers or editors, never for a reader (issue 27): names of tools and files, row counts of
// input files, quantile types, sort rules, messages to the editors, scoring formulas, labels in brackets. Checked in every generated
// sentence (the fact check), on every page of the site and in the PDF's text.
const JARGON: readonly (readonly [string, RegExp])[] = [
  ['de naam van een hulpmiddel', /\b(rapportgenerator|generator|startgetal|npm|vitest|typst|eleventy)\b/i],
  ['een bestandsnaam', /\b[\w-]+\.(csv|json|md|ts|typ|njk)\b/i],
  ['het aantal regels van een invoerbestand', /\b(bestand|csv)\b(?:[^.]|\.\d)*?\btelt\b(?:[^.]|\.\d)*?\bregels\b/i],
  ['een kwantieltype', /‘type \d+’|\bkwantieltype\b|\binterpolatietype\b/i],
  ['een sorteerregel', /\bvóór ‘[^’]*’|\balfabetisch\b/i],
  ['een melding aan de redactie', /\baan de redactie (ge)?meld/i],
  ['een rekenformule', /\bmaal (omvang|bereik|gewicht)\b/i],
  // A label in brackets where a sentence should say it: "het voorlopige cijfer over 2024", "een afgerond cijfer".
  ['een label tussen haakjes', /\((circa|ca\.|\d{4} voorlopig|voorlopig)\)|\(\d[\d.]* cao's in beide jaren\)/i],
];

export interface JargonOptions {
  /** File names are allowed (the downloads page names the files it offers). */
  readonly fileNames?: boolean;
}

/**
 * What in `text` is meant for developers or editors, as Dutch descriptions ("een bestandsnaam: waarden.csv"), in
 * text order per kind. A sentence that sends the reader to "de site" must name the page's address (`/…/`).
 */
export function jargonIn(text: string, options: JargonOptions = {}): string[] {
  const found: string[] = [];
  for (const [what, re] of JARGON) {
    if (options.fileNames && what === 'een bestandsnaam') continue;
    const m = re.exec(text);
    if (m) found.push(`${what}: „${m[0]}”`);
  }
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const m = /\bop de (web)?site\b/i.exec(sentence);
    if (m && !/(^|[\s(])\/[\w-]*\/?/.test(sentence)) found.push(`„${m[0]}” zonder het adres van de pagina`);
  }
  return found;
}
