// Editor-written texts (content/*.md): read, rendered with markdown-it (raw HTML off, typographer on, no
// linkify), headings shifted under the section the outline places them in, links to other sites marked
// rel="noopener". A missing or empty file is reported through the injected Log and returns null, so the outline
// leaves that place out instead of failing the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Log } from '../lib/log.ts';

export interface EditorText {
  /** Path as editors know it, e.g. `content/voorwoord.md`. */
  readonly file: string;
  readonly html: string;
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
  const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (source.trim() === '') {
    options.log.warn(`${file} is leeg; ${what} wordt weggelaten`);
    return null;
  }
  return { file, html: renderEditorMarkdown(source, options.sectionLevel) };
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
