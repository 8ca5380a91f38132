// Editor-written texts (content/*.md): read, rendered with markdown-it (raw HTML off, typographer on, no
// linkify), headings shifted under the section the outline places them in, links to other sites marked
// rel="noopener". A missing or empty file is reported through the injected Log and returns null, so the outline
// leaves that place out instead of failing the build.
//
// Images (`![beschrijving](afbeeldingen/kaart.png)`) must be files under content/ and need alt text; they are
// served from /inhoud/<pad> (copied by the site stage). Footnotes (`[^1]`) use markdown-it-footnote and render
// as the site's notes (sup.noteref, section.endnotes). Table alignment becomes a class, not an inline style.
// A missing image, an image without alt text or one on another site refuses the build at `content/<bestand>.md:<regel>`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, relative, resolve, sep } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { Results } from '../compute/types.ts';
import footnote from 'markdown-it-footnote';
import { ReportError } from '../lib/errors.ts';
import type { Log } from '../lib/log.ts';
import type { RichBlock } from '../lib/rich-text.ts';
import { editorTree } from './editor-tree.ts';
import type { Paragraph } from './types.ts';
import { changedSincePrevious, liveParagraphs, resolveLiveNumbers, SHORTCODE } from './live-numbers.ts';

/** An image of an editor text: where the site serves it and the file it is copied from. */
export interface EditorImage {
  /** Site URL, `/inhoud/afbeeldingen/kaart.png`. */
  readonly url: string;
  /** Absolute path of the file under the content folder. */
  readonly source: string;
}

export interface EditorText {
  /** Path as editors know it, e.g. `content/voorwoord.md`. */
  readonly file: string;
  readonly html: string;
  /** The same text as structured blocks (editor-tree.ts), for the PDF. */
  readonly content: readonly RichBlock[];
  /** The live numbers of the text ([[getal: pad]]), each a traced one-sentence paragraph (live-numbers.ts). */
  readonly paragraphs?: readonly Paragraph[];
  /** Images the HTML refers to (each once), for the site stage to copy. */
  readonly images?: readonly EditorImage[];
}

/** Where the site serves the images of content/. */
export const CONTENT_URL = '/inhoud/';
const IMAGE_TYPES = /\.(png|jpe?g|gif|svg|webp)$/i;

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
  if (hasCodes && !options.facts) throw new ReportError(`${file}: deze tekst citeert getallen ([[getal: …]]), maar er zijn geen resultaten om ze uit te lezen`);
  const numbers = hasCodes ? resolveLiveNumbers(source, file, options.facts!) : [];
  if (hasCodes) for (const line of changedSincePrevious(file, numbers, options.previous?.() ?? null)) options.log.info(`ℹ ${line}`);
  const paragraphs = hasCodes ? liveParagraphs(file, numbers) : [];
  // Each code becomes a letters-only marker that markdown leaves alone, then the traced, escaped value.
  let i = 0;
  const marked = hasCodes ? source.replace(SHORTCODE, () => `LIVEGETAL${++i}X`) : source;
  const rendered = renderEditor(marked, options.sectionLevel, { file, contentDir: options.contentDir, docId: noteId(name) });
  if (rendered.problems.length > 0) {
    throw new ReportError(
      `${rendered.problems.length === 1 ? 'een probleem' : `${rendered.problems.length} problemen`} in de redactieteksten:\n${rendered.problems.join('\n')}`,
      'Herstel de genoemde regel in content/ en bouw opnieuw. Er is niets gepubliceerd of overschreven.',
    );
  }
  const html = rendered.html.replace(/LIVEGETAL(\d+)X/g, (_, n: string) => {
    const p = paragraphs[Number(n) - 1]!;
    return `<span class="live-number" data-paragraph="${p.id}" data-facts="${escapeHtml(p.sentences[0]!.facts[0]!.key)}">${escapeHtml(p.sentences[0]!.text)}</span>`;
  });
  const content = editorTree(rendered.tokens, {
    notePrefix: noteId(name),
    text: (t) => t.replace(/LIVEGETAL(\d+)X/g, (_, n: string) => paragraphs[Number(n) - 1]!.sentences[0]!.text),
  });
  return { file, html, content, ...(paragraphs.length ? { paragraphs } : {}), ...(rendered.images.length ? { images: rendered.images } : {}) };
}

/** A field an editor still has to fill in: `[in te vullen]`, `[Ondertekening: in te vullen]`. */
const PLACEHOLDER = /\[[^\]]*in te vullen[^\]]*\]/i;

/**
 * Lines with a placeholder are never printed: the build warns (file and line) and leaves the line out, so the
 * colofon shows only the fields that are filled in.
 */
export function dropPlaceholders(source: string): { text: string; dropped: { line: number; text: string }[] } {
  const dropped: { line: number; text: string }[] = [];
  // A dropped line becomes empty, so later problems still name the line of the file the editor sees.
  const kept = source.split('\n').map((line, i) => {
    if (!PLACEHOLDER.test(line)) return line;
    dropped.push({ line: i + 1, text: line.trim().replace(/\*/g, '') });
    return '';
  });
  return { text: kept.join('\n'), dropped };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `reflectie/prioriteit-1.md` → `reflectie-prioriteit-1`: note ids stay unique when several texts share a page. */
const noteId = (name: string) => name.replace(/\.md$/, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** Every shipped editor text, keyed by file name (null where missing). */
export function loadEditorTexts(options: Omit<EditorOptions, 'sectionLevel'>, levels: Partial<Record<EditorFile, number>> = {}): Record<EditorFile, EditorText | null> {
  const out = {} as Record<EditorFile, EditorText | null>;
  for (const { file } of EDITOR_FILES) out[file] = loadEditorText(file, { ...options, sectionLevel: levels[file] ?? 1 });
  return out;
}

/** What `render` passes to the rules (markdown-it's `env`). */
type RenderEnv = Record<PropertyKey, unknown> & {
  headingShift?: number;
  /** markdown-it-footnote's prefix for note ids. */
  docId?: string;
  /** Set when rendering a file: images are checked against it and collected. */
  images?: { file: string; contentDir: string; source: string; found: EditorImage[]; problems: string[] };
};

const md = new MarkdownIt({ html: false, typographer: true, linkify: false, quotes: '“”‘’' }).use(footnote);

// Footnotes as the site's own notes: a numbered reference with "noot" for screen readers, and the notes at the end
// of the text with a Dutch way back (the report font has no ↩).
type NoteToken = { readonly meta: Record<string, unknown> | null };
/** The footnote's number (1-based) and, for a second reference to the same note, its sub id. */
const noteNumber = (tokens: readonly NoteToken[], idx: number) => Number(tokens[idx]!.meta?.id) + 1;
const noteSub = (tokens: readonly NoteToken[], idx: number) => Number(tokens[idx]!.meta?.subId ?? 0);
const noteAnchor = (tokens: readonly NoteToken[], idx: number, env: unknown) => `noot-${(env as RenderEnv | undefined)?.docId ?? 'tekst'}-${noteNumber(tokens, idx)}`;
md.renderer.rules.footnote_ref = (tokens, idx, _options, env) => {
  const id = noteAnchor(tokens, idx, env);
  const n = noteNumber(tokens, idx);
  const sub = noteSub(tokens, idx) > 0 ? `-${noteSub(tokens, idx)}` : '';
  return `<sup class="noteref"><a href="#${id}" id="${id}-ref${sub}"><span class="visually-hidden">noot </span>${n}</a></sup>`;
};
md.renderer.rules.footnote_block_open = () => '<section class="endnotes editor-notes" aria-label="Noten bij deze tekst">\n<ol>\n';
md.renderer.rules.footnote_block_close = () => '</ol>\n</section>\n';
md.renderer.rules.footnote_open = (tokens, idx, _options, env) => `<li id="${noteAnchor(tokens, idx, env)}">`;
md.renderer.rules.footnote_anchor = (tokens, idx, _options, env) => {
  const id = noteAnchor(tokens, idx, env);
  const n = noteNumber(tokens, idx);
  const sub = noteSub(tokens, idx) > 0 ? `-${noteSub(tokens, idx)}` : '';
  return ` <a class="endnotes__back" href="#${id}-ref${sub}">Terug naar de tekst<span class="visually-hidden"> bij noot ${n}</span></a>`;
};

// Table alignment as a class (`align-right`): an inline style fails the HTML check and the accessibility page.
md.core.ruler.push('align_classes', (state) => {
  for (const token of state.tokens) {
    if (token.type !== 'th_open' && token.type !== 'td_open') continue;
    const style = token.attrGet('style');
    const align = style ? /text-align:\s*(left|center|right)/.exec(String(style))?.[1] : undefined;
    if (!style) continue;
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
    if (align) token.attrJoin('class', `align-${align}`);
  }
});

// Images: a file under content/ with alt text, served from /inhoud/; anything else is reported at its line.
md.core.ruler.push('editor_images', (state) => {
  const check = (state.env as RenderEnv).images;
  const lines = state.src.split('\n');
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    for (const token of block.children) {
      if (token.type !== 'image') continue;
      const src = String(token.attrGet('src') ?? '');
      const alt = String(token.children?.map((c) => c.content).join('') ?? token.content).trim();
      const start = block.map?.[0] ?? 0;
      const offset = lines.slice(start, block.map?.[1] ?? start + 1).findIndex((l) => l.includes(src || '!['));
      const line = start + Math.max(0, offset) + 1;
      if (!check) continue;
      const at = `${check.file}:${line}`;
      const problem = imageProblem(src, alt, check.contentDir);
      if (problem) {
        check.problems.push(`${at}: ${problem}`);
        continue;
      }
      const rel = relative(resolve(check.contentDir), resolve(check.contentDir, decodeURI(src))).split(sep).join('/');
      const url = CONTENT_URL + rel.split('/').map(encodeURIComponent).join('/');
      token.attrSet('src', url);
      if (!check.found.some((i) => i.url === url)) check.found.push({ url, source: resolve(check.contentDir, rel) });
    }
  }
});

/** Why an image cannot be used, in the editor's words; null when it can. */
function imageProblem(src: string, alt: string, contentDir: string): string | null {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) {
    return `de afbeelding '${src}' staat op een andere website; site en pdf gebruiken alleen eigen bestanden. Zet de afbeelding in content/ en verwijs ernaar, bijv. ![beschrijving](afbeeldingen/naam.png)`;
  }
  let path: string;
  try {
    path = resolve(contentDir, normalize(decodeURI(src)));
  } catch {
    return `de afbeelding '${src}' heeft een ongeldige naam`;
  }
  if (src.startsWith('/') || relative(resolve(contentDir), path).startsWith('..')) {
    return `de afbeelding '${src}' ligt buiten content/; zet haar in content/ (bijv. content/afbeeldingen/) en verwijs ernaar vanaf content/`;
  }
  if (!existsSync(path) || !statSync(path).isFile()) return `de afbeelding '${src}' bestaat niet in content/; controleer de naam of zet het bestand daar neer`;
  if (!IMAGE_TYPES.test(path)) return `'${src}' is geen afbeelding die de site kan tonen; gebruik png, jpg, gif, svg of webp`;
  if (alt === '') return `de afbeelding '${src}' heeft geen beschrijving (alt-tekst); schrijf tussen de haken wat de afbeelding laat zien: ![beschrijving](${src})`;
  return null;
}

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

/** Pure: markdown → the site's HTML and the PDF's blocks, for a text under a heading of `sectionLevel` (images unchecked). */
export function editorMarkdown(markdown: string, sectionLevel: number, notePrefix = 'tekst'): { html: string; content: RichBlock[] } {
  const env: RenderEnv = { headingShift: Math.max(0, Math.min(5, sectionLevel)), docId: notePrefix };
  const tokens = md.parse(markdown, env);
  return { html: md.renderer.render(tokens, md.options, env), content: editorTree(tokens, { notePrefix }) };
}

/** Pure: markdown → HTML for a text placed under a heading of `sectionLevel` (images are not checked). */
export function renderEditorMarkdown(markdown: string, sectionLevel: number): string {
  return editorMarkdown(markdown, sectionLevel).html;
}

/** A content file rendered with its images checked against `contentDir`: HTML, images to copy and problems. */
export function renderEditor(
  markdown: string,
  sectionLevel: number,
  where: { readonly file: string; readonly contentDir: string; readonly docId: string },
): { html: string; tokens: Token[]; images: EditorImage[]; problems: string[] } {
  const images = { file: where.file, contentDir: where.contentDir, source: markdown, found: [] as EditorImage[], problems: [] as string[] };
  const env: RenderEnv = { headingShift: Math.max(0, Math.min(5, sectionLevel)), docId: where.docId, images };
  // Parsed once: the site gets the HTML, the PDF the token stream as a tree (editor-tree.ts).
  const tokens = md.parse(markdown, env);
  const html = md.renderer.render(tokens, md.options, env);
  return { html, tokens, images: images.found, problems: images.problems };
}
