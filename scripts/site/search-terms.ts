// Search synonyms for the field's abbreviations. Pagefind 1.6 has no synonym support, so a page that uses
// one form of a term (an abbreviation or its expansion) carries the other forms as extra words for the index
// only (hidden text at the end of the page, never shown or read out): a reader searching "voortijdig
// schoolverlaten" finds the pages that only say "vsv", and the other way round. Keywords (what a reader types to
// find one page: an institution's code, the soorten on the overview) come from the outline and weigh heavily.
import type { BlockView, PageKind, ParagraphView } from './types.ts';

/** Groups of equivalent terms; the first is the abbreviation. Lower case; matched at word starts. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['vsv', "vsv'ers", 'voortijdig schoolverlaten', 'voortijdige schoolverlaters', 'voortijdig schoolverlater'],
  ['bpv', 'beroepspraktijkvorming'],
  ['bol', 'beroepsopleidende leerweg'],
  ['bbl', 'beroepsbegeleidende leerweg'],
  ['lc', 'ld', 'lc-schaal', 'ld-schaal', 'salarisschaal lc', 'salarisschaal ld'],
  ['lob', 'loopbaanoriëntatie en -begeleiding', 'loopbaanoriëntatie', 'loopbaanbegeleiding'],
  ['job', 'job-monitor', 'jongeren organisatie beroepsonderwijs', 'studententevredenheid'],
  ['mto', 'medewerkerstevredenheidsonderzoek', 'medewerkerstevredenheid'],
  // Not abbreviations, but what readers type for the staff the MTO asks ("werkdruk docenten").
  ['personeel', 'medewerkers', 'docenten', 'leraren', 'onderwijspersoneel'],
];

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `term` occurs in `text` (both lower case) starting at a word start and ending at a word end or a hyphen. */
export function mentions(text: string, term: string): boolean {
  let at = text.indexOf(term);
  while (at !== -1) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + term.length] ?? '';
    if (!WORD_CHAR.test(before) && (!WORD_CHAR.test(after) || term.length > 4)) return true;
    at = text.indexOf(term, at + 1);
  }
  return false;
}

function paragraphText(p: ParagraphView): string {
  return p.sentences.map((s) => s.text).join(' ');
}

/** The readable text of a page's blocks (headings, prose, figure titles), for finding the terms it uses. */
export function pageText(title: string, description: string, content: readonly BlockView[]): string {
  const parts = [title, description];
  for (const block of content) {
    if (block.kind === 'heading') parts.push(block.title);
    else if (block.kind === 'paragraph') parts.push(paragraphText(block.paragraph));
    else if (block.kind === 'bullets') parts.push(...block.items.map(paragraphText));
    else if (block.kind === 'figure') parts.push(block.figure.title, block.figure.subtitle ?? '');
    else if (block.kind === 'definitions') parts.push(...block.items.map((d) => `${d.label} ${d.value}`));
    else if (block.kind === 'links') parts.push(...block.items.map((l) => `${l.title} ${l.description}`));
  }
  return parts.join(' ').toLowerCase();
}

/**
 * The other forms of every abbreviation group the text uses, as `Zoekwoorden: a, b.` (sorted; '' when none):
 * the page already holds the forms it uses, so only the missing ones are added. Pagefind may show this line
 * in a result's excerpt, so it reads as a sentence.
 */
export function searchSynonyms(text: string): string {
  const lower = text.toLowerCase();
  const extra = new Set<string>();
  for (const group of SYNONYMS) {
    if (!group.some((term) => mentions(lower, term))) continue;
    for (const term of group) if (!mentions(lower, term)) extra.add(term);
  }
  return extra.size === 0 ? '' : `Zoekwoorden: ${[...extra].sort().join(', ')}.`;
}

/** Keywords of the pages the site adds to the Report (by page kind). */
export const SITE_PAGE_KEYWORDS: Partial<Record<PageKind, readonly string[]>> = {
  downloads: ['downloads', 'gegevens', 'data', 'csv', 'excel', 'pdf', 'rapport'],
  compare: ['vergelijken', 'vergelijking', 'benchmark'],
};

/**
 * The keywords, with every form of the abbreviations among them (`LC/LD` brings `salarisschaal lc`), as one line
 * for the index (`Trefwoorden: a, b.`; '' when none).
 */
export function searchKeywords(keywords: readonly string[]): string {
  const words = new Set(keywords);
  const lower = keywords.join(' ').toLowerCase();
  for (const group of SYNONYMS) if (group.some((term) => mentions(lower, term))) for (const term of group) words.add(term);
  return words.size === 0 ? '' : `Trefwoorden: ${[...words].join(', ')}.`;
}
