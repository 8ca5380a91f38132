// The PDF's document model: the printed part of the Report as plain data (chapters of typed nodes whose texts are
// strings) that the Typst templates in templates/pdf/ read with `json()`. Pure selection and ordering of the
// Report, no statistics: which chapters print, their labels and running titles, sentences with their footnotes
// and figure references, editor blocks, figures with the path of their SVG, tables with Dutch cells.
// Data never becomes Typst markup: every text here is shown as text by the templates.
import type { RenderedFigure } from '../figures/types.ts';
import { ReportError } from '../lib/errors.ts';
import type { Align, Inline, RichBlock, RichTable } from '../lib/rich-text.ts';
import { formatCell, isNumericColumn, isTotalRow } from '../report/cells.ts';
import { PUBLISHER, SERIES_TITLE } from '../report/edition.ts';
import { notesShown } from '../report/notes.ts';
import { printedBlocks } from '../report/walk.ts';
import type { Block, Chapter, Definition, FactsheetTable, Paragraph, Report, Section } from '../report/types.ts';
import { unitPoints } from '../lib/unit-points.ts';
import { printSize, printSvg } from './print-size.ts';

export const SYNTHETIC_NOTICE = 'Instellingsgegevens zijn fictief';
/** Running headers longer than this drop the title's last `: …` part (the header has one line). */
export const RUNNING_TITLE_MAX = 60;
/** Sections down to this level are listed in the inhoudsopgave (1 = chapters). */
export const TOC_DEPTH = 2;
/** The colofon (id of the outline's chapter): small print, not in the inhoudsopgave, holds the data note. */
const COLOFON = 'colofon';

/** A heading of the report's own outline (numbered, with an anchor) or of an editor text. */
export interface DocHeading {
  readonly t: 'heading';
  readonly level: number;
  readonly title: string;
  readonly number?: string | null;
  readonly id?: string;
  /** Listed in the inhoudsopgave (when within TOC_DEPTH); every heading is a bookmark. */
  readonly outlined?: boolean;
}

export interface DocFigure {
  readonly t: 'figure';
  readonly id: string;
  readonly kind: 'figure' | 'table';
  /** `Figuur`, `Tabel`: the word before the number in the caption, the lists and the references. */
  readonly supplement: string;
  /** `3.4`, or null for an unnumbered figure (front matter). */
  readonly number: string | null;
  readonly title: string;
  readonly subtitle: string | null;
  /** Path of the chart's SVG among the compilation's files, or null for a table. */
  readonly svg: string | null;
  /** Printed width of the chart in pt: the text column, or less for a chart too tall for it (print-size.ts). */
  readonly width: number | null;
  readonly alt: string;
  readonly source: string;
  readonly notes: readonly string[];
  readonly table: (RichTable & { readonly totals: readonly (readonly (readonly Inline[])[])[] }) | null;
  /** Charts float to the top or bottom of a page; tables break across pages. */
  readonly float: boolean;
}

export type DocNode =
  | RichBlock
  | DocHeading
  | DocFigure
  /** The title of a list of findings, kept with the list. */
  | { readonly t: 'label'; readonly c: readonly Inline[] }
  | { readonly t: 'definitions'; readonly items: readonly Definition[] }
  /** A framed note (the colofon's explanation of a synthetic edition). */
  | { readonly t: 'kader'; readonly title: string; readonly c: readonly DocNode[] }
  | DocRows
  | DocVerdicts;

/**
 * A table of traced rows (the factsheets): each row's cells are its paragraph's sentences; a heading row has one cell
 * that spans every column. `widths`: shares of the width per column.
 */
export interface DocRows {
  readonly t: 'rows';
  readonly caption: string;
  /** Print the caption above the table (the report's goal tables; a factsheet's tables have their heading). */
  readonly showCaption: boolean;
  readonly head: readonly string[];
  readonly align: readonly Align[];
  readonly widths: readonly number[] | null;
  readonly rows: readonly { readonly heading: boolean; readonly cells: readonly string[] }[];
}

/** A traced table as document rows. */
export function docRows(caption: string, table: FactsheetTable, widths: readonly number[] | null = null, showCaption = false): DocRows {
  return {
    t: 'rows',
    caption,
    showCaption,
    head: table.columns.map((c) => c.label),
    align: table.columns.map((c) => (c.numeric ? 'right' : 'left')),
    widths,
    rows: table.rows.map((r) => ({ heading: r.heading, cells: r.paragraph.sentences.map((s) => s.text) })),
  };
}

/** The Stand van zaken as one table: a row per goal, then its indicators (report VerdictGroup). */
export interface DocVerdicts {
  readonly t: 'verdicts';
  readonly intervalHeading: string;
  readonly groups: readonly {
    readonly title: string | null;
    readonly standing: string | null;
    readonly spending: string | null;
    readonly rows: readonly {
      readonly status: string;
      readonly symbol: string;
      readonly words: string;
      readonly indicator: string;
      readonly interval: string | null;
      readonly onPath: string | null;
      /** The trend's points in a unit box (x and y in 0..1, y upwards), and its words. */
      readonly trend: { readonly points: readonly (readonly [number, number])[]; readonly text: string } | null;
    }[];
  }[];
}

export interface DocChapter {
  readonly id: string;
  /** `toc` is the inhoudsopgave, `back` the lists of figures and tables. */
  readonly part: 'front' | 'toc' | 'body' | 'annex' | 'back';
  /** What precedes the title in the heading: `3`, `Bijlage A`; null for front and back matter. */
  readonly label: string | null;
  readonly title: string;
  /** Running header on the chapter's pages: `3 Prioriteit 1: Kansengelijkheid`. */
  readonly running: string;
  /** In the inhoudsopgave (the colofon and the inhoudsopgave itself are not). */
  readonly outlined: boolean;
  /** Small print (the colofon). */
  readonly small: boolean;
  readonly content: readonly DocNode[];
}

export interface DocMeta {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** The peildatum: the document's date, and the PDF's creation date. */
  readonly date: { readonly year: number; readonly month: number; readonly day: number };
}

export interface ReportDocument {
  readonly meta: DocMeta;
  /** Top left on every page but the cover. */
  readonly header: string;
  /** Bottom left on every page but the cover (synthetic data), or null. */
  readonly notice: string | null;
  readonly cover: {
    readonly year: string;
    readonly title: string;
    readonly series: string;
    readonly referenceDate: string;
    readonly stamp: string;
    readonly publisher: string;
    readonly synthetic: { readonly heading: string; readonly text: string } | null;
  };
  readonly chapters: readonly DocChapter[];
}

/** What a compilation needs besides the document: its files by path (SVGs of the charts, editor images). */
export interface DocFiles {
  readonly text: ReadonlyMap<string, string>;
  /** Path → file on disk (the editor's images under content/). */
  readonly disk: ReadonlyMap<string, string>;
}

export const TOC = { id: 'inhoudsopgave', title: 'Inhoudsopgave' } as const;
export const FIGURE_LIST = { id: 'lijst-figuren-tabellen', title: 'Lijst van figuren en tabellen' } as const;

/**
 * The running header has room for one line beside the report title: `6 Prioriteit 3: Onderwijs voor de
 * toekomst: kwaliteit, onderzoek en innovatie` becomes `6 Prioriteit 3: Onderwijs voor de toekomst`; a title
 * without such parts is cut at a word, with an ellipsis.
 */
export function runningTitle(label: string | null, title: string, max = RUNNING_TITLE_MAX): string {
  const full = (t: string) => (label ? `${label} ${t}` : t);
  let short = title;
  while (full(short).length > max && short.lastIndexOf(': ') > 0) short = short.slice(0, short.lastIndexOf(': '));
  if (full(short).length <= max) return full(short);
  // Still too long for one line: cut at a word and say so.
  const cut = full(short).slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/**
 * The PDF's document information, from the edition only. `hash`: the snapshot's content hash in the stamp (a
 * factsheet leaves it out, so that a change elsewhere in the snapshot leaves its bytes and its cache entry as they are).
 */
export function documentMeta(report: Pick<Report, 'edition'>, hash = true): DocMeta {
  const e = report.edition;
  // The edition stamp (snapshot folder and content hash) makes the file traceable to the data it came from.
  const stamp = hash ? `snapshot ${e.snapshot}, kenmerk ${e.hash}` : `snapshot ${e.snapshot}`;
  const [year, month, day] = e.referenceDate.split('-').map(Number) as [number, number, number];
  if (!(year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) throw new ReportError(`ongeldige peildatum voor de pdf: ${e.referenceDate}`, 'Gebruik de vorm JJJJ-MM-DD.');
  return {
    title: e.title,
    author: PUBLISHER,
    subject: `${SERIES_TITLE}, rapportjaar ${e.reportYear}, peildatum ${e.referenceDateText}, ${stamp}${e.synthetic ? ' (fictieve instellingsgegevens)' : ''}`,
    keywords: ['mbo', 'Werkagenda mbo', 'Stagepact mbo', 'monitor', 'kwaliteitsplannen', `rapportjaar ${e.reportYear}`, stamp, ...(e.synthetic ? ['fictieve gegevens'] : [])],
    date: { year, month, day },
  };
}

/** Collects the files the document refers to while its nodes are made. */
class Files {
  readonly text = new Map<string, string>();
  readonly disk = new Map<string, string>();
  constructor(private readonly images: ReadonlyMap<string, string>) {}
  /** An editor image by its site URL (`/inhoud/afbeeldingen/kaart.png`) → its path in the compilation. */
  image(url: string): string {
    const source = this.images.get(url);
    if (!source) throw new ReportError(`de afbeelding ${url} van een redactietekst is niet gevonden`);
    const path = url.replace(/^\/+/, '');
    this.disk.set(path, source);
    return path;
  }
}

/** Sentences run on in one paragraph; a sentence's note is a footnote after it. */
function paragraphInlines(p: Paragraph, refs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  p.sentences.forEach((s, i) => {
    let text = i === 0 ? s.text : ` ${s.text}`;
    // The figure reference goes before the paragraph's last full stop: "… tot 86,5% (figuur 3.4)."
    const last = i === p.sentences.length - 1 && refs.length > 0;
    const stop = last && /[.!?]$/.test(text) ? text.slice(-1) : '';
    if (stop) text = text.slice(0, -1);
    out.push(text);
    if (last) out.push(' (', ...refs, ')', stop);
    if (s.note) out.push({ t: 'note', id: `${p.id}-${i + 1}`, c: [s.note] });
  });
  return out;
}

/** `figuur 3.4`, `figuren 3.4 en 3.5`, `figuur 2.3 en tabel 2.4`: each number a link to its figure. */
function figureRefs(ids: readonly string[], figures: ReadonlyMap<string, DocFigure>): Inline[] {
  const placed = ids.map((id) => figures.get(id)).filter((f): f is DocFigure => !!f && f.number !== null);
  const groups: DocFigure[][] = [];
  for (const f of placed) {
    const group = groups.at(-1);
    if (group && group[0]!.kind === f.kind) group.push(f);
    else groups.push([f]);
  }
  const out: Inline[] = [];
  groups.forEach((group, g) => {
    if (g > 0) out.push(g === groups.length - 1 ? ' en ' : ', ');
    const word = group[0]!.kind === 'table' ? (group.length > 1 ? 'tabellen' : 'tabel') : group.length > 1 ? 'figuren' : 'figuur';
    out.push(`${word} `);
    group.forEach((f, i) => {
      if (i > 0) out.push(i === group.length - 1 ? ' en ' : ', ');
      out.push({ t: 'link', url: `#fig-${f.id}`, c: [f.number!] });
    });
  });
  return out;
}

function tableOf(figure: RenderedFigure): DocFigure['table'] {
  if (figure.columns.length === 0 || figure.data.length === 0) return null;
  const align = figure.columns.map((c): Align => (isNumericColumn(c) ? 'right' : 'left'));
  const cells = (row: RenderedFigure['data'][number]) => figure.columns.map((c) => [formatCell(row[c.key], c)]);
  const first = figure.columns[0]!.key;
  // Text columns share the width left by the figures, by the length of their longest cell (within bounds).
  const longest = (key: string) => Math.max(...figure.data.map((row) => String(row[key] ?? '').length));
  const widths = figure.columns.map((c) => (isNumericColumn(c) ? null : Math.min(40, Math.max(12, longest(c.key)))));
  return {
    t: 'table',
    align,
    widths,
    head: figure.columns.map((c) => [c.label]),
    rows: figure.data.filter((row) => !isTotalRow(row[first])).map(cells),
    totals: figure.data.filter((row) => isTotalRow(row[first])).map(cells),
  };
}

function docFigure(figure: RenderedFigure, files: Files): DocFigure {
  const [supplement, number] = figure.number ? (figure.number.split(' ') as [string, string]) : [figure.type === 'table' ? 'Tabel' : 'Figuur', null];
  const chart = figure.type === 'figure' && figure.svg ? printSvg(figure) : null;
  const path = chart ? `figuren/${figure.id}.svg` : null;
  if (path && chart) files.text.set(path, chart);
  const size = chart ? printSize(chart) : null;
  const table = figure.type === 'table' ? tableOf(figure) : null;
  return {
    t: 'figure',
    id: figure.id,
    kind: figure.type,
    supplement,
    number,
    title: figure.title,
    subtitle: figure.subtitle ?? null,
    svg: path,
    width: size ? Math.round(size.width * 100) / 100 : null,
    alt: figure.alt,
    source: figure.source,
    notes: figure.notes,
    table,
    // A chart floats to the top or bottom of a page; a table stays in the text and breaks across pages with its
    // header row repeated (a float cannot break, and a table's height is only known once its rows are set).
    float: figure.type === 'figure',
  };
}

/** Editor blocks with their headings shifted to sit right below `level`, and images as compilation files. */
function editorNodes(blocks: readonly RichBlock[], level: number, files: Files): DocNode[] {
  const levels = blocks.flatMap((b) => (b.t === 'heading' ? [b.level] : []));
  const shift = levels.length ? level + 1 - Math.min(...levels) : 0;
  const inline = (xs: readonly Inline[]): Inline[] =>
    xs.map((x) => (typeof x === 'string' ? x : x.t === 'image' ? { ...x, src: files.image(x.src) } : 'c' in x ? { ...x, c: inline(x.c) } : x));
  const block = (b: RichBlock): RichBlock => {
    switch (b.t) {
      case 'heading':
        return { ...b, level: Math.min(6, Math.max(level + 1, b.level + shift)) };
      case 'paragraph':
        return { ...b, c: inline(b.c) };
      case 'list':
        return { ...b, items: b.items.map((item) => item.map(block)) };
      case 'quote':
        return { ...b, c: b.c.map(block) };
      case 'image':
        return { ...b, src: files.image(b.src) };
      case 'table':
        return { ...b, head: b.head.map(inline), rows: b.rows.map((r) => r.map(inline)) };
      default:
        return b;
    }
  };
  return blocks.map(block);
}

interface Context {
  readonly figures: ReadonlyMap<string, DocFigure>;
  readonly files: Files;
}

/** `opens`: the block is the first of its section (a figure there does not float, see `figure`). */
function blockNodes(block: Block, level: number, ctx: Context, opens = false): DocNode[] {
  switch (block.kind) {
    case 'paragraph':
      return [{ t: 'paragraph', c: paragraphInlines(block.paragraph, figureRefs(block.figures ?? [], ctx.figures)) }];
    case 'bullets':
      return [
        ...(block.title ? [{ t: 'label' as const, c: [block.title] }] : []),
        { t: 'list', ordered: false, items: block.items.map((p) => [{ t: 'paragraph' as const, c: paragraphInlines(p, []) }]) },
      ];
    case 'figure': {
      const figure = ctx.figures.get(block.figureId);
      if (!figure) throw new ReportError(`het rapport verwijst naar figuur "${block.figureId}", maar die bestaat niet`);
      // A note an earlier figure of this chapter printed is not printed again. A figure that opens its section
      // (an indicator's charts under its heading) stays in the flow: floated, it could land above its heading.
      return [{ ...figure, notes: notesShown(block, figure.notes, 'pdf'), ...(opens ? { float: false } : {}) }];
    }
    case 'editor':
      return editorNodes(block.content, level, ctx.files);
    case 'keyfigures':
      return [{ t: 'definitions', items: block.items.map((k) => ({ label: k.label, value: k.note ? `${k.value} (${k.note})` : k.value })) }];
    case 'definitions':
      return [{ t: 'definitions', items: block.items }];
    case 'traced-table':
      return [docRows(block.caption, block.table, null, block.captionShown ?? false)];
    case 'verdicts':
      return [verdictsNode(block)];
    // Home page highlights and navigation cards are the site's.
    case 'highlights':
    case 'links':
      return [];
  }
}

const plain = (p: Paragraph | null) => (p ? p.sentences.map((s) => s.text).join(' ') : null);

function verdictsNode(block: Extract<Block, { kind: 'verdicts' }>): DocVerdicts {
  return {
    t: 'verdicts',
    intervalHeading: block.intervalHeading,
    groups: block.groups.map((g) => ({
      title: g.title,
      standing: plain(g.standing),
      spending: plain(g.spending),
      rows: g.rows.map((r) => ({
        status: r.status,
        symbol: r.symbol,
        words: r.words,
        indicator: r.breakdown ? `${r.indicator}, ${r.breakdown}` : r.indicator,
        interval: plain(r.interval),
        onPath: plain(r.onPath),
        trend: r.trend ? { points: unitPoints(r.trend.points), text: plain(r.trend.text)! } : null,
      })),
    })),
  };
}

function sectionNodes(s: Section, ctx: Context): DocNode[] {
  const out = printedBlocks(s).flatMap((b, i) => blockNodes(b, s.level, ctx, i === 0));
  for (const child of s.children) {
    if (!child.print) continue;
    out.push({ t: 'heading', level: child.level, title: child.title, number: child.number, id: child.id, outlined: child.level <= TOC_DEPTH });
    out.push(...sectionNodes(child, ctx));
  }
  return out;
}

function chapterLabel(chapter: Chapter): string | null {
  if (chapter.part === 'front' || chapter.number === null) return null;
  return chapter.part === 'annex' ? `Bijlage ${chapter.number}` : chapter.number;
}

/** A synthetic edition says so on the cover; its (long) explanation goes to the colofon when there is one. */
function syntheticNotice(report: Report, colofon: boolean) {
  const e = report.edition;
  if (!e.synthetic) return { cover: null, kader: null };
  const statement = 'De gegevens over instellingen in deze editie zijn fictief.';
  const explanation = e.explanation.trim();
  if (colofon && explanation !== '') {
    return {
      cover: { heading: 'Fictieve instellingsgegevens', text: `${statement} Meer hierover in het colofon.` },
      kader: { t: 'kader' as const, title: 'Over de gegevens in deze editie', c: [{ t: 'paragraph' as const, c: [explanation] }] },
    };
  }
  return { cover: { heading: 'Fictieve instellingsgegevens', text: [statement, explanation].filter((t) => t !== '').join(' ') }, kader: null };
}

/** Every id once: the references and the inhoudsopgave would otherwise be ambiguous. */
function assertUniqueIds(chapters: readonly DocChapter[]): void {
  const seen = new Set<string>();
  const check = (id: string) => {
    if (seen.has(id)) throw new ReportError(`het gedrukte rapport bevat "${id}" twee keer`, 'Een hoofdstuk, paragraaf of figuur mag maar op één plek in het gedrukte rapport staan.');
    seen.add(id);
  };
  for (const c of chapters) {
    check(c.id);
    for (const n of c.content) {
      if (n.t === 'heading' && 'id' in n && n.id) check(n.id);
      if (n.t === 'figure') check(`fig-${n.id}`);
    }
  }
}

/**
 * The document of `report`: the chapters with `print: true` in report order, front matter first, then the
 * inhoudsopgave, body chapters and annexes, and the lists of figures and tables; with the files it refers to.
 */
export function reportDocument(report: Report): { document: ReportDocument; files: DocFiles } {
  const images = new Map<string, string>();
  for (const c of report.chapters) collectImages(c, images);
  const files = new Files(images);
  const figures = new Map(report.figures.map((f) => [f.id, docFigure(f, files)]));
  const ctx: Context = { figures, files };
  const printed = report.chapters.filter((c) => c.print);
  const notice = syntheticNotice(report, printed.some((c) => c.id === COLOFON));
  const chapter = (c: Chapter): DocChapter => {
    const label = chapterLabel(c);
    const content = sectionNodes(c, ctx);
    return {
      id: c.id,
      part: c.part,
      label,
      title: c.title,
      running: runningTitle(label, c.title),
      outlined: c.id !== COLOFON,
      small: c.id === COLOFON,
      content: c.id === COLOFON && notice.kader ? [...content, notice.kader] : content,
    };
  };
  const list = (part: 'toc' | 'back', l: { id: string; title: string }): DocChapter => ({ id: l.id, part, label: null, title: l.title, running: l.title, outlined: part === 'back', small: false, content: [] });
  const front = printed.filter((c) => c.part === 'front').map(chapter);
  const rest = printed.filter((c) => c.part !== 'front').map(chapter);
  const numbered = rest.some((c) => c.content.some((n) => n.t === 'figure' && n.number !== null));
  const chapters = [...front, list('toc', TOC), ...rest, ...(numbered ? [list('back', FIGURE_LIST)] : [])];
  assertUniqueIds(chapters);
  const e = report.edition;
  const document: ReportDocument = {
    meta: documentMeta(report),
    header: e.title,
    notice: e.synthetic ? SYNTHETIC_NOTICE : null,
    cover: {
      year: `Rapportjaar ${e.reportYear}`,
      title: e.title,
      series: SERIES_TITLE,
      referenceDate: `Peildatum ${e.referenceDateText}`,
      stamp: `Editie ${e.snapshot}`,
      publisher: PUBLISHER,
      synthetic: notice.cover,
    },
    chapters,
  };
  return { document, files: { text: files.text, disk: files.disk } };
}

function collectImages(s: Section, into: Map<string, string>): void {
  for (const b of s.blocks) if (b.kind === 'editor') for (const image of b.images ?? []) into.set(image.url, image.source);
  for (const child of s.children) collectImages(child, into);
}

/** Every heading of the document as its bookmark reads: `3.1 Doelstelling 1.1: …`, `Voorwoord`, `Figuren`. */
export function documentHeadings(document: ReportDocument): string[] {
  const figures = document.chapters.flatMap((c) => c.content.filter((n): n is DocFigure => n.t === 'figure' && n.number !== null));
  return document.chapters.flatMap((c) => [
    c.label ? `${c.label} ${c.title}` : c.title,
    ...c.content.flatMap((n) => (n.t === 'heading' ? [('number' in n && n.number ? `${n.number} ` : '') + n.title] : [])),
    // The lists after the annexes (templates/pdf/report.typ, figure-list).
    ...(c.part === 'back' ? (['figure', 'table'] as const).filter((k) => figures.some((f) => f.kind === k)).map((k) => (k === 'figure' ? 'Figuren' : 'Tabellen')) : []),
  ]);
}
