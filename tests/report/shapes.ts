// Sentence shapes: a sentence with its numbers and names replaced, so that "Bij ‘Werkdruk’ ligt de sector achter
// op schema; 16 van de 45 instellingen …" and the same sentence about another indicator are one shape. Counted per
// chapter of the Report, they measure how often the report repeats a template (issue 27: at most three times a
// chapter). `npx tsx tests/report/measure-shapes.ts [snapshot]` prints the most frequent shapes.
import type { Results } from '../../scripts/compute/types.ts';
import { notesShown } from '../../scripts/report/notes.ts';
import type { Block, Report, Section } from '../../scripts/report/types.ts';

/** The names a sentence may carry: indicators, goals, institutions, series, measures (longest first). */
export function namesOf(results: Results): string[] {
  const names = new Set<string>();
  const add = (s: string | null | undefined) => {
    if (s && s.trim().length > 2) names.add(s.trim());
  };
  for (const g of Object.values(results.goals)) (add(g.name), add(g.shortName));
  for (const i of Object.values(results.indicators)) (add(i.name), add(i.shortName));
  for (const i of Object.values(results.institutions)) add(i.name);
  for (const s of results.series) add(s.name);
  for (const m of Object.values(results.measures.measures)) add(m.name);
  return [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

const NUMBER_WORDS = 'één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|geen';
// Words that differ between two sentences of one template: number, verdict, direction.
const VARIANTS: readonly [RegExp, string][] = [
  [/\b(zit|zitten|ligt|liggen)\b/g, 'ligt'],
  [/\b(heeft|hebben)\b/g, 'heeft'],
  [/\b(zegt|zeggen)\b/g, 'zegt'],
  [/\b(vindt|vinden)\b/g, 'vindt'],
  [/\b(is|zijn)\b/g, 'is'],
  [/\b(instelling|instellingen)\b/g, 'instelling'],
  [/\b(indicator|indicatoren)\b/g, 'indicator'],
  [/\b(doelstelling|doelstellingen|thema|stagepact-thema)\b/g, 'doel'],
  [/\b(stijging|daling|toename|afname)\b/g, 'beweging'],
  [/\b(steeg|daalde|stegen|daalden)\b/g, 'bewoog'],
  [/\b(verbetering|verslechtering)\b/g, 'verandering'],
  [/\b(hoger|lager)\b/g, 'hoger'],
  [/\b(voor op schema|achter op schema|op schema|op koers|verslechterd|onzeker|nog onzeker)\b/g, 'oordeel'],
];

/** The shape of one sentence: lower case, names → ‹n›, numbers and number words → #, variant words unified. */
export function sentenceShape(sentence: string, names: readonly string[]): string {
  let s = sentence;
  for (const name of names) if (s.includes(name)) s = s.split(name).join('‹n›');
  s = s
    .replace(/‘[^’]*’/g, '‹n›')
    .replace(/[−-]?\d+(?:[.,]\d+)*/g, '#')
    .toLowerCase()
    .replace(new RegExp(`(^|[^\\p{L}])(${NUMBER_WORDS})(?![\\p{L}])`, 'gu'), '$1#');
  for (const [re, to] of VARIANTS) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}

/** Sentences of a note or other running text, split at a full stop followed by a capital. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+(?=[A-Z‘(])/u)
    .map((t) => t.trim())
    .filter((t) => /\p{L}/u.test(t));
}

export interface ChapterShapes {
  /** Chapter title, or the page address of a section shown only on the site. */
  readonly unit: string;
  /** Shape → the sentences with that shape, in reading order. */
  readonly shapes: ReadonlyMap<string, readonly string[]>;
}

/**
 * The generated text a reader reads per chapter (paragraph sentences, list items, finding titles of figures and
 * figure notes; not editor texts, labels, descriptive figure titles or alternative text), grouped by shape. Units: every printed chapter (its printed
 * sections), and every page of a section that only the site shows (each indicator page on its own).
 */
export function chapterShapes(report: Report, results: Results): ChapterShapes[] {
  const names = namesOf(results);
  const figures = new Map(report.figures.map((f) => [f.id, f]));
  const units: ChapterShapes[] = [];
  const blockTexts = (b: Block, where: 'pdf' | 'site'): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return b.paragraph.sentences.map((s) => s.text);
      case 'bullets':
        return b.items.flatMap((p) => p.sentences.map((s) => s.text));
      case 'highlights':
        // A home page card shows its chart without title or notes (blocks/highlights.njk).
        return b.items.flatMap((h) => h.paragraph.sentences.map((s) => s.text));
      case 'figure':
        return figureTexts(b.figureId, notesShown(b, figures.get(b.figureId)?.notes ?? [], where));
      default:
        return [];
    }
  };
  const figureTexts = (id: string | null, notes: readonly string[] | null): string[] => {
    const f = id ? figures.get(id) : undefined;
    // A descriptive title is a label; a finding's headline as title is a sentence.
    return f ? [...(f.titleParagraph ? [f.title] : []), ...(notes ?? f.notes).flatMap(splitSentences)] : [];
  };
  const add = (unit: string, texts: readonly string[]) => {
    const shapes = new Map<string, string[]>();
    for (const t of texts) {
      const key = sentenceShape(t, names);
      shapes.set(key, [...(shapes.get(key) ?? []), t]);
    }
    if (texts.length > 0) units.push({ unit, shapes });
  };
  const sitePages = (s: Section) => {
    if (s.page && !s.print) {
      const texts: string[] = [];
      collectSiteOnly(s, texts);
      add(s.page.url, texts);
    }
    s.children.forEach(sitePages);
  };
  // A site-only page: its own blocks and those of children without a page of their own.
  const collectSiteOnly = (s: Section, into: string[]) => {
    into.push(...s.blocks.flatMap((b) => blockTexts(b, 'site')));
    for (const c of s.children) if (!c.page) collectSiteOnly(c, into);
  };
  for (const chapter of report.chapters) {
    if (chapter.print) {
      const texts: string[] = [];
      collectPrinted(chapter, texts);
      add(`${chapter.number ? `${chapter.number} ` : ''}${chapter.title}`, texts);
    }
    sitePages(chapter);
  }
  return units;

  function collectPrinted(s: Section, into: string[]) {
    if (!s.print) return;
    into.push(...s.blocks.flatMap((b) => blockTexts(b, 'pdf')));
    s.children.forEach((c) => collectPrinted(c, into));
  }
}

/** Shapes that occur more than `max` times in a unit, most frequent first. */
export function overRepeated(units: readonly ChapterShapes[], max = 3): { unit: string; shape: string; count: number; example: string }[] {
  return units
    .flatMap((u) => [...u.shapes].filter(([, list]) => list.length > max).map(([shape, list]) => ({ unit: u.unit, shape, count: list.length, example: list[0]! })))
    .sort((a, b) => b.count - a.count || (a.unit < b.unit ? -1 : 1));
}
