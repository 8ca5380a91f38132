// The claim check (issue 23): every statement about an indicator × breakdown's verdict, development or attainment
// share carries its claim as data (prose sentences, figure rows and notes: scripts/findings/claims.ts). This walks
// the whole Report — every page of the site and every printed chapter, figure titles and tables included — and
// finds two places that state a different value for the same fact. The outline refuses such a report with a Dutch
// message naming both places, so two templates can never word the same fact differently.
import { formatPercent } from '../lib/nl.ts';
import { COURSE_WORDS, DEVELOPMENT_WORDS } from '../lib/verdicts.ts';
import type { Claim } from '../findings/types.ts';
import type { Block, Chapter, Paragraph, Report, Section } from './types.ts';

export interface PlacedClaim {
  readonly claim: Claim;
  /** Where a reader finds it: the section path and the paragraph or figure. */
  readonly place: string;
}

export interface ClaimConflict {
  readonly first: PlacedClaim;
  readonly second: PlacedClaim;
}

/** Every claim in the report, in reading order, with its place. */
export function reportClaims(report: Pick<Report, 'chapters' | 'figures'>): PlacedClaim[] {
  const figures = new Map(report.figures.map((f) => [f.id, f]));
  const out: PlacedClaim[] = [];
  const fromParagraph = (p: Paragraph, where: string) => {
    for (const s of p.sentences) for (const claim of s.claims ?? []) out.push({ claim, place: `${where} (alinea ${p.id})` });
  };
  const walk = (s: Section, path: readonly string[]) => {
    const here = [...path, s.number ? `${s.number} ${s.title}` : s.title];
    const where = here.join(' › ');
    for (const b of s.blocks) {
      for (const p of blockParagraphs(b)) fromParagraph(p, where);
      // The Stand van zaken and the head of an indicator page state a verdict per row.
      if (b.kind === 'verdicts') for (const r of b.groups.flatMap((g) => g.rows)) if (r.claim) out.push({ claim: r.claim, place: `${where} (rij ${r.id})` });
      const shown = b.kind === 'figure' ? [b.figureId] : b.kind === 'highlights' ? b.items.flatMap((h) => (h.figureId ? [h.figureId] : [])) : [];
      for (const id of shown) {
        const f = figures.get(id);
        for (const claim of f?.claims ?? []) out.push({ claim, place: `${where} (${f!.number ?? 'figuur'} ${f!.id})` });
      }
    }
    for (const child of s.children) walk(child, here);
  };
  for (const c of report.chapters as readonly Chapter[]) walk(c, []);
  return out;
}

function blockParagraphs(b: Block): readonly Paragraph[] {
  switch (b.kind) {
    case 'paragraph':
      return [b.paragraph];
    case 'bullets':
      return b.items;
    case 'highlights':
      return b.items.map((i) => i.paragraph);
    case 'editor':
      return b.paragraphs ?? [];
    default:
      return [];
  }
}

const same = (a: Claim['value'], b: Claim['value']) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;

/** The first disagreeing pair per indicator × breakdown × kind; empty when every place says the same. */
export function checkClaims(report: Pick<Report, 'chapters' | 'figures'>): ClaimConflict[] {
  const firstOf = new Map<string, PlacedClaim>();
  const conflicts = new Map<string, ClaimConflict>();
  for (const placed of reportClaims(report)) {
    const { indicator, breakdown, kind } = placed.claim;
    const key = `${indicator}\u0000${breakdown}\u0000${kind}`;
    const first = firstOf.get(key);
    if (!first) firstOf.set(key, placed);
    else if (!same(first.claim.value, placed.claim.value) && !conflicts.has(key)) conflicts.set(key, { first, second: placed });
  }
  return [...conflicts.values()];
}

const KIND_WORDS: Readonly<Record<Claim['kind'], string>> = { oordeel: 'het oordeel', ontwikkeling: 'de ontwikkeling', bereikt: 'het aandeel bereikt' };

/** A claim's value in the report's own words: `achter op schema`, `verbeterd`, `25,0%`. */
function valueWords(c: Claim): string {
  if (c.kind === 'bereikt') return typeof c.value === 'number' ? formatPercent(c.value, 1) : String(c.value);
  const words: Readonly<Record<string, string>> = c.kind === 'oordeel' ? COURSE_WORDS : DEVELOPMENT_WORDS;
  return words[String(c.value)] ?? String(c.value);
}

/** One Dutch line per conflict, naming both places. */
export function conflictMessages(conflicts: readonly ClaimConflict[]): string[] {
  return conflicts.map(({ first, second }) => {
    const c = first.claim;
    const subject = c.breakdown === 'totaal' ? `‘${c.indicator}’` : `‘${c.indicator}, ${c.breakdown}’`;
    return `${KIND_WORDS[c.kind]} over ${subject} verschilt: ‘${valueWords(first.claim)}’ in ${first.place}, maar ‘${valueWords(second.claim)}’ in ${second.place}`;
  });
}
