// The print edition's data: which parts of the Report the PDF prints, in which order, with which labels. A view
// model of the site, which renders it at /druk/ for the PDF stage to print. Pure selection and ordering of the
// Report (no statistics, no formatting of results): the printed chapters with their blocks flattened by the site's
// own pageContent (so the same block partials render them), the lines of the inhoudsopgave and of the list of
// figures and tables, and the cover texts.
// templates/print/druk.njk renders it; the site stage passes it to Eleventy as the global `print`.
import { ReportError } from '../lib/errors.ts';
import { PUBLISHER, SERIES_TITLE } from '../report/edition.ts';
import type { Chapter, Report } from '../report/types.ts';
import { pageContent } from './content.ts';
import { figureView } from './figures.ts';
import type { BlockView, FigureView, Footnote, ParagraphView } from './types.ts';

/** Running headers longer than this drop the title's last `: …` part (the header has one line). */
export const RUNNING_TITLE_MAX = 60;
/** Sections down to this level are listed in the inhoudsopgave (1 = chapters). */
export const TOC_DEPTH = 2;
/** The colofon (id of the outline's chapter): small print, not in the inhoudsopgave, holds the data note. */
const COLOFON = 'colofon';

/** `toc` is the inhoudsopgave, `back` the list of figures and tables; their lines are in PrintEdition. */
export type PrintPart = 'front' | 'toc' | 'body' | 'annex' | 'back';

export interface PrintChapter {
  /** Id of the chapter heading (the ToC links to it). */
  readonly id: string;
  readonly part: PrintPart;
  /** What precedes the title in the heading: `3`, `Bijlage A`; null for front and back matter. */
  readonly label: string | null;
  readonly title: string;
  /** Running header on the chapter's pages: `3 Prioriteit 1: Kansengelijkheid`, `Samenvatting`. */
  readonly runningTitle: string;
  /** Headings and blocks in reading order; site-only blocks are left out. */
  readonly content: readonly BlockView[];
  /** Endnotes of the chapter ("Noten"), ids unique in the whole edition. */
  readonly notes: readonly Footnote[];
  /** A framed note after the content: the colofon carries the explanation of a synthetic edition. */
  readonly aside: { readonly title: string; readonly text: string } | null;
}

export interface TocLine {
  /** Target id, without '#'. */
  readonly id: string;
  readonly number: string | null;
  readonly title: string;
  readonly level: number;
}

export interface FigureLine {
  /** Id of the printed <figure> (`fig-<figure id>`). */
  readonly id: string;
  /** `Figuur 3.2`, `Tabel B.1`. */
  readonly number: string;
  readonly title: string;
}

export interface PrintCover {
  readonly year: string;
  readonly title: string;
  readonly series: string;
  readonly referenceDate: string;
  readonly stamp: string;
  readonly publisher: string;
  /** Shown prominently when the institution data are invented; null for a real edition. */
  readonly synthetic: { readonly heading: string; readonly text: string } | null;
}

export interface PrintEdition {
  /** Document title: the report title (also the PDF's title). */
  readonly title: string;
  readonly cover: PrintCover;
  /**
   * Everything after the cover, in print order: front matter (colofon, voorwoord, samenvatting), the
   * inhoudsopgave, body chapters and annexes, the list of figures and tables. Each starts on a new page.
   */
  readonly chapters: readonly PrintChapter[];
  readonly toc: readonly TocLine[];
  readonly figures: readonly FigureLine[];
  readonly tables: readonly FigureLine[];
}

export const TOC = { id: 'inhoudsopgave', title: 'Inhoudsopgave' } as const;
/** The list of figures and tables, printed after the annexes: 100 lines would push the body back 3 pages. */
export const FIGURE_LIST = { id: 'lijst-figuren-tabellen', title: 'Lijst van figuren en tabellen' } as const;

/** A chapter without blocks of its own: the template renders the inhoudsopgave or the figure list. */
const listChapter = (part: 'toc' | 'back', list: { id: string; title: string }): PrintChapter => ({
  id: list.id,
  part,
  label: null,
  title: list.title,
  runningTitle: list.title,
  content: [],
  notes: [],
  aside: null,
});

/**
 * The running header has room for one line beside the report title: `6 Prioriteit 3: Onderwijs voor de
 * toekomst: kwaliteit, onderzoek en innovatie` becomes `6 Prioriteit 3: Onderwijs voor de toekomst`.
 */
export function runningTitle(label: string | null, title: string, max = RUNNING_TITLE_MAX): string {
  const full = (t: string) => (label ? `${label} ${t}` : t);
  let short = title;
  while (full(short).length > max && short.lastIndexOf(': ') > 0) short = short.slice(0, short.lastIndexOf(': '));
  return full(short);
}

function chapterLabel(chapter: Chapter): string | null {
  if (chapter.part === 'front' || chapter.number === null) return null;
  return chapter.part === 'annex' ? `Bijlage ${chapter.number}` : chapter.number;
}

/** Notes are numbered per chapter; their ids get the chapter id so they stay unique in one document. */
function scopeNotes(content: readonly BlockView[], notes: readonly Footnote[], scope: string) {
  const id = (n: number) => `noot-${scope}-${n}`;
  const refId = (n: number) => `noot-ref-${scope}-${n}`;
  const paragraph = (p: ParagraphView): ParagraphView => ({
    ...p,
    sentences: p.sentences.map((s) => (s.note ? { ...s, note: { ...s.note, id: id(s.note.number), refId: refId(s.note.number) } } : s)),
  });
  return {
    content: content.map((b): BlockView => {
      if (b.kind === 'paragraph') return { ...b, paragraph: paragraph(b.paragraph) };
      if (b.kind === 'bullets') return { ...b, items: b.items.map(paragraph) };
      return b;
    }),
    notes: notes.map((n) => ({ ...n, id: id(n.number), refId: refId(n.number) })),
  };
}

function printChapter(chapter: Chapter, figures: Readonly<Record<string, FigureView>>): PrintChapter {
  const page = pageContent(chapter, figures, { edition: 'print' });
  const scoped = scopeNotes(page.content.filter((b) => b.kind !== 'links'), page.notes, chapter.id);
  const label = chapterLabel(chapter);
  return {
    id: chapter.id,
    part: chapter.part,
    label,
    title: chapter.title,
    runningTitle: runningTitle(label, chapter.title),
    ...scoped,
    aside: null,
  };
}

function tocLines(chapters: readonly PrintChapter[]): TocLine[] {
  return chapters.flatMap((c) => [
    { id: c.id, number: c.label, title: c.title, level: 1 },
    ...c.content.flatMap((b) => (b.kind === 'heading' && b.level <= TOC_DEPTH ? [{ id: b.id, number: b.number, title: b.title, level: b.level }] : [])),
  ]);
}

function figureLines(chapters: readonly PrintChapter[], type: FigureView['type']): FigureLine[] {
  return chapters.flatMap((c) =>
    c.content.flatMap((b) => (b.kind === 'figure' && b.figure.type === type && b.figure.number ? [{ id: `fig-${b.figure.id}`, number: b.figure.number, title: b.figure.title }] : [])),
  );
}

/** The printed edition would carry the same id twice: the ToC and the endnote links would be ambiguous. */
function assertUniqueIds(chapters: readonly PrintChapter[]): void {
  const seen = new Set<string>();
  for (const c of chapters) {
    const ids = [c.id, ...c.content.flatMap((b) => (b.kind === 'heading' ? [b.id] : b.kind === 'figure' ? [`fig-${b.figure.id}`] : []))];
    for (const id of ids) {
      if (seen.has(id)) {
        throw new ReportError(`de printversie bevat "${id}" twee keer`, 'Een hoofdstuk, paragraaf of figuur mag maar op één plek in het gedrukte rapport staan.');
      }
      seen.add(id);
    }
  }
}

/** A synthetic edition says so on the cover; its (long) explanation goes to the colofon when there is one. */
function syntheticNotice(report: Report, colofon: boolean) {
  const e = report.edition;
  if (!e.synthetic) return { cover: null, aside: null };
  const statement = 'De gegevens over instellingen in deze editie zijn fictief.';
  const explanation = e.explanation.trim();
  if (colofon && explanation !== '') {
    return {
      cover: { heading: 'Fictieve instellingsgegevens', text: `${statement} Meer hierover in het colofon.` },
      aside: { title: 'Over de gegevens in deze editie', text: explanation },
    };
  }
  return { cover: { heading: 'Fictieve instellingsgegevens', text: [statement, explanation].filter((t) => t !== '').join(' ') }, aside: null };
}

function cover(report: Report, synthetic: PrintCover['synthetic']): PrintCover {
  const e = report.edition;
  return {
    year: `Rapportjaar ${e.reportYear}`,
    title: e.title,
    series: SERIES_TITLE,
    referenceDate: `Peildatum ${e.referenceDateText}`,
    stamp: `Editie ${e.snapshot}`,
    publisher: PUBLISHER,
    synthetic,
  };
}

/** The print edition of `report`: chapters with `print: true`, in report order, front matter first. */
export function printEdition(report: Report): PrintEdition {
  const figures: Record<string, FigureView> = {};
  for (const f of report.figures) figures[f.id] = figureView(f, false);
  const all = report.chapters.filter((c) => c.print).map((c) => printChapter(c, figures));
  const notice = syntheticNotice(report, all.some((c) => c.id === COLOFON));
  const printed = all.map((c) => (c.id === COLOFON ? { ...c, aside: notice.aside } : c));
  const front = printed.filter((c) => c.part === 'front');
  const rest = printed.filter((c) => c.part !== 'front');
  const figureList = { figures: figureLines(rest, 'figure'), tables: figureLines(rest, 'table') };
  const back = figureList.figures.length + figureList.tables.length > 0 ? [listChapter('back', FIGURE_LIST)] : [];
  const chapters = [...front, listChapter('toc', TOC), ...rest, ...back];
  assertUniqueIds(chapters);
  return {
    title: report.edition.title,
    cover: cover(report, notice.cover),
    chapters,
    // The inhoudsopgave lists what follows it and the front matter a reader looks up, not itself.
    toc: tocLines(chapters.filter((c) => c.part !== 'toc' && c.id !== COLOFON)),
    ...figureList,
  };
}
