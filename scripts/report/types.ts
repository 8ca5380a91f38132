// The Report: the one ordered structure (chapters → sections → blocks) that both the site and the PDF render.
// Everything in it is decided by the outline stage; templates only loop over it and format.
import type { Claim } from '../findings/types.ts';
import type { RenderedFigure } from '../figures/types.ts';
import type { Fact, FactsheetProse, FactsheetTable, Paragraph, Sentence } from '../prose/types.ts';
import type { RichBlock } from '../lib/rich-text.ts';

// The prose stage's output types, which blocks carry.
export type { Fact, FactsheetTable, Paragraph, Sentence };

export type Block =
  /** `figures`: the printed figures this paragraph introduces (those after it in its section), referred to by number in the PDF. */
  | { readonly kind: 'paragraph'; readonly paragraph: Paragraph; readonly figures?: readonly string[] }
  /** Bulleted findings, e.g. in the Samenvatting; `title` is the list's label ("Positieve ontwikkelingen"). */
  | { readonly kind: 'bullets'; readonly id: string; readonly items: readonly Paragraph[]; readonly title?: string }
  /** Home page: the most important findings, each with a small chart and a link to its goal (site only). */
  | { readonly kind: 'highlights'; readonly items: readonly Highlight[] }
  /** `notesSaid`: the figure's notes an earlier figure of the printed chapter (`pdf`) or the site page (`site`) already showed; they are not shown again here (report/notes.ts). */
  | { readonly kind: 'figure'; readonly figureId: string; readonly notesSaid?: { readonly pdf: readonly string[]; readonly site: readonly string[] } }
  /** Editor-written markdown from content/: HTML for the site (raw HTML disabled), structured blocks for the PDF. */
  | {
      readonly kind: 'editor';
      readonly file: string;
      readonly html: string;
      readonly content: readonly RichBlock[];
      readonly paragraphs?: readonly Paragraph[];
      readonly images?: readonly { readonly url: string; readonly source: string }[];
    }
  | { readonly kind: 'keyfigures'; readonly items: readonly KeyFigure[] }
  /** Descriptive label–value pairs (definition, source, edition stamp): a plain list, not big numbers. */
  | { readonly kind: 'definitions'; readonly items: readonly Definition[] }
  /** Site navigation cards (links to sub-pages); not printed. */
  | { readonly kind: 'links'; readonly items: readonly LinkCard[] }
  /** A table whose rows are traced paragraphs, a row's sentences its cells (the factsheets). */
  /**
   * `captionShown`: the caption is printed above the table (a factsheet's tables have their section heading instead).
   * `siteOnly`: on the site only (a goal page's own row of its chapter's table, which the PDF prints once).
   */
  | { readonly kind: 'traced-table'; readonly id: string; readonly caption: string; readonly captionShown?: boolean; readonly siteOnly?: boolean; readonly table: FactsheetTable }
  /**
   * Where goals stand (Stand van zaken, and the head of an indicator page): per goal its indicators and
   * breakdowns with their course verdict, interval, trend and share on their own path (chapters/state.ts).
   */
  | {
      readonly kind: 'verdicts';
      readonly id: string;
      /** Heading of the interval column: what the interval is of (report/verdicts.ts). */
      readonly intervalHeading: string;
      readonly groups: readonly VerdictGroup[];
    };

/** One goal of a verdicts block: its title and link, the budget spent, and one row per indicator × breakdown. */
export interface VerdictGroup {
  readonly id: string;
  /** `Doelstelling 1.3: Begeleiding`; null on an indicator page (one indicator, no goal heading). */
  readonly title: string | null;
  readonly url: string | null;
  /** The goal's overall word (the paragraph that opens its section); null on an indicator page. */
  readonly standing: Paragraph | null;
  /** Budget spent so far against the time passed, one traced sentence; null without a budget. */
  readonly spending: Paragraph | null;
  readonly rows: readonly VerdictRow[];
}

/**
 * One indicator × breakdown. The symbol is a shape that says the verdict without colour (`✓`, `▼`, `?`, …); the
 * words say it in full. Each number-carrying cell is a one-sentence paragraph, traced like any sentence.
 */
export interface VerdictRow {
  readonly id: string;
  readonly indicatorId: string;
  /** The short name (`Werkdruk`): the row links to the page with the full name. */
  readonly indicator: string;
  /** `niveau 2`; null for `totaal` or an indicator without breakdowns. */
  readonly breakdown: string | null;
  readonly url: string;
  /** The verdict's code (findings: CourseResult.status), for the style of its symbol. */
  readonly status: string;
  /** The verdict as data (report/claims.ts compares it with every other statement of it); null without a course. */
  readonly claim: Claim | null;
  readonly symbol: string;
  readonly words: string;
  /** The 95% interval the verdict rests on, e.g. `1,0 tot 2,5 procentpunt`; null when there is none. */
  readonly interval: Paragraph | null;
  /** Institutions on or above their own path with the Wilson interval of their share, e.g. `18 van 46 (39%; 26% tot 53%)`. */
  readonly onPath: Paragraph | null;
  /** The sector value over the years: the points to draw and the first and last in words. */
  readonly trend: { readonly points: readonly { readonly year: number; readonly value: number }[]; readonly text: Paragraph } | null;
}

export interface Highlight {
  readonly paragraph: Paragraph;
  /** The finding's figure (drawn small), or null. */
  readonly figureId: string | null;
  /** Page of the goal the finding belongs to, and its title for the link text. */
  readonly url: string;
  readonly goal: string;
}

export interface KeyFigure {
  readonly label: string;
  /** Formatted value, e.g. `19.300`. */
  readonly value: string;
  readonly note?: string;
  readonly fact?: Fact;
}

export interface Definition {
  readonly label: string;
  readonly value: string;
}

export interface LinkCard {
  readonly title: string;
  readonly url: string;
  readonly description: string;
}

export interface Section {
  /** Anchor id, unique in the report. */
  readonly id: string;
  /** "2", "2.1", "B.2" or null for unnumbered sections (voorwoord, samenvatting). */
  readonly number: string | null;
  readonly title: string;
  /** 1 = chapter, 2 = section, 3 = subsection. */
  readonly level: 1 | 2 | 3 | 4;
  readonly blocks: readonly Block[];
  readonly children: readonly Section[];
  /** On the site this section is a page of its own at `url` (e.g. `/doelstelling/3-3/`). */
  readonly page?: {
    readonly url: string;
    readonly title: string;
    readonly description: string;
    /** Listed in the site's primary navigation (chapters only; default true). */
    readonly nav?: boolean;
    /**
     * Words a reader types to find this page that it may not say often (an institution's code, an indicator's
     * short name): the site's search index weighs them heavily. Never shown.
     */
    readonly keywords?: readonly string[];
  };
  /** Shown in the PDF edition / on the site. */
  readonly print: boolean;
  readonly site: boolean;
}

export interface Chapter extends Section {
  readonly level: 1;
  /** Front matter (colofon, voorwoord, samenvatting), body chapters, or annexes (bijlagen). */
  readonly part: 'front' | 'body' | 'annex';
}

export interface Edition {
  readonly title: string;
  /** Snapshot folder name and content hash: the edition stamp on every page and in the PDF. */
  readonly snapshot: string;
  readonly hash: string;
  /** ISO date and its Dutch text (`1 november 2025`). */
  readonly referenceDate: string;
  readonly referenceDateText: string;
  readonly reportYear: number;
  readonly synthetic: boolean;
  readonly explanation: string;
  readonly previous: string | null;
  /** File name of the PDF under /downloads/. */
  readonly pdfFile: string;
}

/** The factsheet of one institution (issue 30): page 1 the overview, page 2 the detail per goal. */
export interface Factsheet {
  readonly institutionId: string;
  /** `Factsheet Instelling 14`: the PDF's title and the heading of its page on the site. */
  readonly title: string;
  readonly name: string;
  /** Its PDF under /downloads/: `instellingen/I14.pdf`. */
  readonly pdfFile: string;
  /** Its printable page on the site: `/instelling/i14/factsheet/`. */
  readonly url: string;
  /** The headings of its parts, in print order. */
  readonly headings: {
    readonly summary: string;
    readonly type: string;
    readonly goals: string;
    readonly changes: string;
    readonly indicators: string;
    readonly notes: string;
  };
  readonly prose: FactsheetProse;
}

export interface Report {
  readonly edition: Edition;
  /** Roots in reading order: the PDF prints those with `print`, the site renders every section with a `page`. */
  readonly chapters: readonly Chapter[];
  /** Every figure and table, numbered where it appears in a printed chapter. */
  readonly figures: readonly RenderedFigure[];
  /** The finding titles of the placed figures as one-sentence paragraphs (`titleParagraph`), for the fact check. */
  readonly figureTitles: readonly Paragraph[];
  /** One factsheet per institution, in institution order (also a page of the site under its institution). */
  readonly factsheets: readonly Factsheet[];
}
