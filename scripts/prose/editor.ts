// Editor-written texts (content/*.md): read, rendered with markdown-it (raw HTML off, typographer on, no
// linkify), headings shifted under the section the outline places them in, links to other sites marked
// rel="noopener". A missing or empty file is reported through the injected Log and returns null, so the outline
// leaves that place out instead of failing the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Results } from '../compute/types.ts';
import { ReportError } from '../lib/errors.ts';
import type { Log } from '../lib/log.ts';
import type { Paragraph } from '../report/types.ts';
import { changedSincePrevious, liveParagraphs, resolveLiveNumbers, SHORTCODE } from './live-numbers.ts';

export interface EditorText {
  /** Path as editors know it, e.g. `content/voorwoord.md`. */
  readonly file: string;
  readonly html: string;
  /** The live numbers of the text ([[getal: pad]]), each a traced one-sentence paragraph (live-numbers.ts). */
  readonly paragraphs?: readonly Paragraph[];
}

/** The shipped editor texts, what the log calls them, and where the outline places them (see content/README.md). */
export const EDITOR_FILES = [
  { file: 'colofon.md', what: 'het colofon', place: 'Colofon (voorwerk van de pdf)' },
  { file: 'voorwoord.md', what: 'het voorwoord', place: 'Voorwoord (voorwerk van de pdf, pagina /voorwoord/ van de site)' },
  { file: 'samenvatting.md', what: 'de inleiding op de samenvatting', place: 'Samenvatting, boven de bevindingen' },
  { file: 'leeswijzer.md', what: 'de leeswijzer', place: 'Inleiding, paragraaf Leeswijzer' },
  { file: 'reflectie/prioriteit-1.md', what: 'de reflectie bij prioriteit 1', place: 'Slot van het hoofdstuk over prioriteit 1' },
  { file: 'reflectie/prioriteit-2.md', what: 'de reflectie bij prioriteit 2', place: 'Slot van het hoofdstuk over prioriteit 2' },
  { file: 'reflectie/prioriteit-3.md', what: 'de reflectie bij prioriteit 3', place: 'Slot van het hoofdstuk over prioriteit 3' },
  { file: 'reflectie/stagepact.md', what: 'de reflectie bij het Stagepact', place: 'Slot van het hoofdstuk over het Stagepact' },
  { file: 'reflectie.md', what: 'de reflectie', place: 'Slothoofdstuk Reflectie' },
] as const;

export type EditorFile = (typeof EDITOR_FILES)[number]['file'];

export interface EditorOptions {
  /** The folder holding the markdown files (the repository's `content/`). */
  readonly contentDir: string;
  readonly log: Log;
  /** Heading level of the section the text sits under (1 = chapter): `#` in the file becomes one level deeper. */
  readonly sectionLevel: number;
  /** Results (with findings) that live numbers are read from; without them a shortcode is an error. */
  readonly facts?: Results;
  /** The previous edition's results, to report live numbers that changed (read only when a text has one). */
  readonly previous?: () => Results | null;
}

/** Load and render one editor text; null (with a log line) when the file is missing or empty. */
export function loadEditorText(name: string, options: EditorOptions): EditorText | null {
  const file = `content/${name}`;
  const what = EDITOR_FILES.find((f) => f.file === name)?.what ?? 'deze tekst';
  const path = join(options.contentDir, name);
  if (!existsSync(path)) {
    options.log.warn(`${file} ontbreekt; ${what} wordt weggelaten`);
    return null;
  }
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const { text: source, dropped } = dropPlaceholders(raw);
  for (const d of dropped) options.log.warn(`${file}:${d.line}: "${d.text}" is nog niet ingevuld; die regel wordt weggelaten`);
  if (source.trim() === '') {
    options.log.warn(`${file} is leeg; ${what} wordt weggelaten`);
    return null;
  }
  const hasCodes = source.search(SHORTCODE) >= 0;
  if (!hasCodes) return { file, html: renderEditorMarkdown(source, options.sectionLevel) };
  if (!options.facts) throw new ReportError(`${file}: deze tekst citeert getallen ([[getal: …]]), maar er zijn geen resultaten om ze uit te lezen`);
  const numbers = resolveLiveNumbers(source, file, options.facts);
  for (const line of changedSincePrevious(file, numbers, options.previous?.() ?? null)) options.log.info(`ℹ ${line}`);
  const paragraphs = liveParagraphs(file, numbers);
  // Each code becomes a letters-only marker that markdown leaves alone, then the traced, escaped value.
  let i = 0;
  const marked = source.replace(SHORTCODE, () => `LIVEGETAL${++i}X`);
  const html = renderEditorMarkdown(marked, options.sectionLevel).replace(/LIVEGETAL(\d+)X/g, (_, n: string) => {
    const p = paragraphs[Number(n) - 1]!;
    return `<span class="live-number" data-paragraph="${p.id}" data-facts="${escapeHtml(p.sentences[0]!.facts[0]!.key)}">${escapeHtml(p.sentences[0]!.text)}</span>`;
  });
  return { file, html, paragraphs };
}

/** A field an editor still has to fill in: `[in te vullen]`, `[Ondertekening: in te vullen]`. */
const PLACEHOLDER = /\[[^\]]*in te vullen[^\]]*\]/i;

/**
 * Lines with a placeholder are never printed: the build warns (file and line) and leaves the line out, so the
 * colofon shows only the fields that are filled in.
 */
export function dropPlaceholders(source: string): { text: string; dropped: { line: number; text: string }[] } {
  const dropped: { line: number; text: string }[] = [];
  const kept = source.split('\n').filter((line, i) => {
    if (!PLACEHOLDER.test(line)) return true;
    dropped.push({ line: i + 1, text: line.trim().replace(/\*/g, '') });
    return false;
  });
  return { text: kept.join('\n'), dropped };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Every shipped editor text, keyed by file name (null where missing). */
export function loadEditorTexts(options: Omit<EditorOptions, 'sectionLevel'>, levels: Partial<Record<EditorFile, number>> = {}): Record<EditorFile, EditorText | null> {
  const out = {} as Record<EditorFile, EditorText | null>;
  for (const { file } of EDITOR_FILES) out[file] = loadEditorText(file, { ...options, sectionLevel: levels[file] ?? 1 });
  return out;
}

/** What `render` passes to the rules (markdown-it's `env`). */
type RenderEnv = Record<PropertyKey, unknown> & { headingShift?: number };

const md = new MarkdownIt({ html: false, typographer: true, linkify: false, quotes: '“”‘’' });

// Shift headings so `#` in an editor file nests under the outline's section heading (never deeper than h6).
md.core.ruler.push('shift_headings', (state) => {
  const shift = Number((state.env as RenderEnv).headingShift ?? 0);
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Number(token.tag.slice(1));
      token.tag = `h${Math.min(6, level + shift)}`;
    }
  }
});

// Links to other sites stay links, but open without giving the other page access to ours.
const renderLink = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx]!.attrGet('href') ?? '');
  if (/^(https?:)?\/\//i.test(href)) tokens[idx]!.attrSet('rel', 'noopener');
  return renderLink(tokens, idx, options, env, self);
};

/** Pure: markdown → HTML for a text placed under a heading of `sectionLevel`. */
export function renderEditorMarkdown(markdown: string, sectionLevel: number): string {
  const env: RenderEnv = { headingShift: Math.max(0, Math.min(5, sectionLevel)) };
  return md.render(markdown, env);
}
