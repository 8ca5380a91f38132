// The fact check: every number a reader sees must trace back to Results, in the model, on the site and in the PDF.
// (1) checkTrace: each fact resolves to its value and is shown faithfully; every other number is a label.
// (2) checkRenderedHtml: the numbers in each rendered `data-paragraph` element are exactly those of the model.
// (3) checkPdfText: each traced value of each paragraph occurs in the PDF text, in paragraph order.
// Each returns Dutch messages; an empty list means the check passed. The build fails on any message: the site's
// and the PDF's check (scripts/site/factcheck.ts, scripts/pdf/factcheck.ts) end in assertFacts.
import { valueAt } from '../compute/lookup.ts';
import type { Results } from '../compute/types.ts';
import type { FactRoot } from '../findings/root.ts';
import type { Paragraph } from './types.ts';
import { ReportError } from '../lib/errors.ts';
import { forbiddenMarkers, jargonIn } from '../lib/text.ts';
import { isLabelNumber, isoDateRanges, occurrences, scanNumbers, showsValue, type NumberToken } from './numbers.ts';

// ───────────────────────────── (1) the model against Results ─────────────────────────────

/** `results`: the fact root the sentences were written over (Results with their findings, findings/root.ts). */
export function checkTrace(paragraphs: readonly Paragraph[], results: FactRoot): string[] {
  const messages: string[] = [];
  const labels = labelStrings(results);
  const goalIds = new Set(results.goalOrder);
  const seen = new Set<string>();
  for (const p of paragraphs) {
    if (seen.has(p.id)) messages.push(`Alinea-id "${p.id}" komt meer dan eens voor.`);
    seen.add(p.id);
    if (p.sentences.length === 0) messages.push(`Alinea ${p.id} heeft geen zinnen.`);
    p.sentences.forEach((s, i) => {
      const where = `Alinea ${p.id}, zin ${i + 1}`;
      for (const bad of forbiddenMarkers(s.text)) messages.push(`${where}: de tekst bevat "${bad}".`);
      for (const j of jargonIn(`${s.text} ${s.note ?? ''}`)) messages.push(`${where}: de tekst bevat ${j}, niet bedoeld voor lezers.`);
      const covered: [number, number][] = isoDateRanges(s.text);
      for (const f of s.facts) {
        const actual = valueAt(results, f.key);
        if (typeof actual !== 'number') {
          messages.push(`${where}: het feit ${f.key} bestaat niet als getal in de resultaten.`);
        } else if (!sameNumber(actual, f.value)) {
          messages.push(`${where}: het feit ${f.key} is ${actual} in de resultaten, maar de zin is gemaakt met ${f.value}.`);
        }
        const at = occurrences(s.text, f.shown);
        if (at.length === 0) messages.push(`${where}: "${f.shown}" (${f.key}) staat niet in de tekst.`);
        if (!showsValue(f.shown, f.value)) messages.push(`${where}: "${f.shown}" geeft de waarde ${f.value} van ${f.key} niet juist weer.`);
        covered.push(...at);
      }
      const inside = (ranges: readonly [number, number][], t: NumberToken) => ranges.some(([a, b]) => t.start >= a && t.end <= b);
      const open = scanNumbers(s.text).filter((t) => !inside(covered, t) && !isLabelNumber(s.text, t, goalIds));
      // Names with digits are looked up only when a number is otherwise unexplained (the costly part).
      const named = open.length > 0 ? labelRanges(s.text, labels) : [];
      for (const token of open) {
        if (!inside(named, token)) {
          messages.push(`${where}: het getal ${token.raw} is niet herleidbaar tot een resultaat ("${s.text}").`);
        }
      }
    });
  }
  return messages;
}

function sameNumber(a: number, b: number): boolean {
  return Object.is(a, b) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const labelCache = new WeakMap<Results, string[]>();

/**
 * Names in Results that contain digits (`Instelling 01`, `Voortgangsrapportage prioriteit 2 (2025), figuur 2.12`,
 * the band `20% tot 25%`): a number inside such a name is part of the name, not a result. Longest first.
 */
function labelStrings(results: Results): string[] {
  const cached = labelCache.get(results);
  if (cached) return cached;
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (/\d/.test(node) && /\p{L}/u.test(node) && node.length <= 400) found.add(node);
    } else if (Array.isArray(node)) {
      for (const v of node) walk(v);
    } else if (node && typeof node === 'object') {
      for (const v of Object.values(node)) walk(v);
    }
  };
  walk(results);
  const list = [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  labelCache.set(results, list);
  return list;
}

function labelRanges(text: string, labels: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const label of labels) {
    for (const needle of [label, label.toLowerCase()]) {
      const hay = needle === label ? text : lower;
      for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
    }
  }
  return out;
}

// ───────────────────────────── (2) the rendered site against the model ─────────────────────────────

export function checkRenderedHtml(html: string, paragraphs: readonly Paragraph[]): string[] {
  const messages: string[] = [];
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  for (const { id, inner } of paragraphElements(html)) {
    const p = byId.get(id);
    if (!p) {
      messages.push(`De HTML bevat alinea ${id}, die niet in het rapportmodel staat.`);
      continue;
    }
    const rendered = normalizeSpace(htmlToText(inner));
    const expected = normalizeSpace(p.sentences.map((s) => s.text).join(' '));
    const got = scanNumbers(rendered).map((t) => unifyMinus(t.raw));
    const want = scanNumbers(expected).map((t) => unifyMinus(t.raw));
    const n = Math.max(got.length, want.length);
    for (let i = 0; i < n; i++) {
      if (got[i] === want[i]) continue;
      if (got[i] === undefined) messages.push(`Alinea ${id}: het getal ${want[i]} ontbreekt in de HTML.`);
      else if (want[i] === undefined) messages.push(`Alinea ${id}: in de HTML staat een getal ${got[i]} dat niet in het model staat.`);
      else messages.push(`Alinea ${id}: in de HTML staat ${got[i]} waar ${want[i]} verwacht werd.`);
      break;
    }
    for (const s of p.sentences) {
      for (const f of s.facts) {
        if (occurrences(rendered, normalizeSpace(f.shown)).length === 0) {
          messages.push(`Alinea ${id}: "${f.shown}" (${f.key}) staat niet in de HTML.`);
        }
      }
    }
  }
  return messages;
}

/** Elements carrying `data-paragraph="…"`, with their inner HTML (same-name nesting respected). */
function paragraphElements(html: string): { id: string; inner: string }[] {
  const out: { id: string; inner: string }[] = [];
  const open = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\bdata-paragraph\s*=\s*(["'])(.*?)\2[^>]*>/g;
  for (const m of html.matchAll(open)) {
    const tag = m[1]!.toLowerCase();
    const startInner = m.index! + m[0].length;
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    re.lastIndex = startInner;
    let depth = 1;
    let end = html.length;
    for (let t = re.exec(html); t; t = re.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    out.push({ id: decodeEntities(m[3]!), inner: html.slice(startInner, end) });
  }
  return out;
}

/** Visible text of an HTML fragment: footnote markers (`<sup>`) and tags dropped, entities decoded. */
function htmlToText(fragment: string): string {
  return decodeEntities(
    fragment
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<sup\b[^>]*>[\s\S]*?<\/sup>/gi, '')
      // Table cells (a factsheet's row is one paragraph) end in a space, so neighbouring cells never run together.
      .replace(/<\/t[dh]>/gi, ' ')
      .replace(/<[^>]+>/g, ''),
  );
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', minus: '\u2212', euro: '€', ndash: '–', lsquo: '‘', rsquo: '’' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : all;
    }
    return NAMED[code.toLowerCase()] ?? all;
  });
}

function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

function unifyMinus(raw: string): string {
  return raw.replace(/^-/, '\u2212');
}

// ───────────────────────────── (3) the printed PDF against the model ─────────────────────────────

/**
 * `pdfText` as `pdftotext -raw` writes it: content-stream order, which for Chromium's PDFs is reading order even
 * in two-column layouts (plain pdftotext and `-layout` interleave the columns line by line). `paragraphs` in the
 * order the PDF prints them. Line breaks, hyphenation at line ends, ligatures and the minus sign are normalised
 * before searching; values are searched greedily in order, so a value shown twice still matches the right place.
 * With `inOrder` false each paragraph is searched on its own from the start (finding titles, whose place in the
 * PDF does not follow the text order).
 */
export function checkPdfText(pdfText: string, paragraphs: readonly Paragraph[], inOrder = true): string[] {
  const messages: string[] = [];
  const text = normalizePdf(pdfText);
  let cursor = 0;
  for (const p of paragraphs) {
    if (!inOrder) cursor = 0;
    for (const s of p.sentences) {
      for (const f of s.facts) {
        const shown = normalizePdf(f.shown);
        const whole = occurrences(text, shown, cursor, 1)[0];
        const next = acrossPageEnd(text, shown, cursor, whole?.[0] ?? text.length) ?? whole;
        if (next) {
          cursor = next[1];
          continue;
        }
        messages.push(
          occurrences(text, shown, 0, 1).length > 0
            ? `Alinea ${p.id}: "${f.shown}" (${f.key}) staat wel in de PDF, maar niet op de plaats van deze alinea.`
            : `Alinea ${p.id}: "${f.shown}" (${f.key}) ontbreekt in de PDF.`,
        );
      }
    }
  }
  return messages;
}

/** How far after a break the rest of a value may stand: past the figures Typst placed in between. */
const FLOAT_SPAN = 8000;
/**
 * Where normalizePdf found a page end or the caption of a figure or table that interrupts the running text (a
 * private-use character no text holds). `pdftotext -raw` gives a figure placed in a page's flow where it stands in
 * the content stream, which may be in the middle of a paragraph that goes on beside or after it.
 */
const PAGE_END = '\ue000';
const FLOAT_START = /\n(?=[ \t]*(?:Figuur|Tabel) [A-Z]?\d+(?:\.\d+)? )/g;

/**
 * A value that runs on over a page end or a figure, split at a space or at a word hyphenated there (the soft hyphen
 * stays, see normalizePdf): its head just before the break, its tail the first time it occurs after it, past the
 * running header and the figures in between; only when it starts before `before`, where the value next occurs whole.
 */
function acrossPageEnd(text: string, shown: string, from: number, before: number): [number, number] | undefined {
  for (let i = text.indexOf(PAGE_END, from); i >= 0 && i < before; i = text.indexOf(PAGE_END, i + 1)) {
    const hyphen = text.slice(i - 2, i) === '\u00ad ';
    const end = i - (hyphen ? 2 : 1);
    for (let k = shown.length - 1; k > 0; k--) {
      if (hyphen ? !/\p{L}\p{L}/u.test(shown.slice(k - 1, k + 1)) : shown[k] !== ' ') continue;
      const head = shown.slice(0, k);
      const start = end - head.length;
      if (start < from || text.slice(start, end) !== head || /[\d\p{L}]/u.test(text.charAt(start - 1))) continue;
      const tail = occurrences(text, shown.slice(hyphen ? k : k + 1), i + 1, 1)[0];
      if (tail && tail[0] - i <= FLOAT_SPAN) return [start, tail[1]];
    }
  }
  return undefined;
}

/**
 * The running header of a page as pdftotext prints it after the form feed: the edition line, `pagina N van M` and,
 * for a synthetic edition, the notice. A sentence that runs on over a page break has it in the middle.
 */
const PAGE_FURNITURE = /\f[^\n]*\n[ \t]*pagina \d+ van \d+[ \t]*\n(?:[ \t]*Instellingsgegevens zijn fictief[ \t]*\n)?/g;
/** The same in the order `pdftotext -raw` gives for this report: the footer line, the form feed, the next running header. */
const PAGE_FOOTER = /\n[ \t]*(?:Instellingsgegevens zijn fictief[ \t]*)?pagina \d+ van \d+[ \t]*\n\f[^\n]*\n/g;

function normalizePdf(text: string): string {
  return normalizeSpace(
    text
      .replace(PAGE_FURNITURE, `\n${PAGE_END}\n`)
      .replace(PAGE_FOOTER, `\n${PAGE_END}\n`)
      .replace(FLOAT_START, `\n${PAGE_END}\n`)
      .normalize('NFKC')
      // Typst hyphenates with a soft hyphen at the line end: the word joins without a space. At a page end the hyphen
      // stays, and the value is read on past the page end by acrossPageEnd.
      .replace(/\u00ad[ \t]*\r?\n[ \t\f]*(?=\p{Ll})/gu, '')
      .replace(/\u00ad(?![ \t]*\r?\n)/g, '')
      .replace(/(\p{L})-[ \t]*\r?\n[ \t\f]*(\p{L})/gu, '$1$2')
      .replace(/\u2212/g, '-'),
  );
}

// ───────────────────────────── the outcome of the output checks ─────────────────────────────

/** What the site's and the PDF's fact check found (scripts/site/factcheck.ts, scripts/pdf/factcheck.ts). */
export interface FactCheck {
  /** Traced numbers checked. */
  readonly checked: number;
  /** One Dutch line per mismatch, naming the page or `pdf`. */
  readonly problems: readonly string[];
}

/** Returns how many traced numbers were checked in all; throws a ReportError listing the mismatches. */
export function assertFacts(checks: readonly FactCheck[]): number {
  const problems = checks.flatMap((c) => c.problems);
  if (problems.length > 0) {
    throw new ReportError(
      `de feitencontrole vond ${problems.length} ${problems.length === 1 ? 'afwijking' : 'afwijkingen'} tussen tekst en resultaten:\n${problems.slice(0, 30).join('\n')}`,
      'Dit is een fout in de tekstsjablonen of de opmaak, niet in de gegevens; meld het aan het ontwikkelteam.',
    );
  }
  return checks.reduce((n, c) => n + c.checked, 0);
}

/** A paragraph can be placed twice (a goal page and an indicator page); check it once. */
export function uniqueParagraphs(paragraphs: readonly Paragraph[]): Paragraph[] {
  const seen = new Set<string>();
  return paragraphs.filter((p) => !seen.has(p.id) && seen.add(p.id));
}

export const countFacts = (ps: readonly Paragraph[]) => ps.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.facts.length, 0), 0);
