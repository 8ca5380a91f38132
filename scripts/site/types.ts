// The site-data model: what the Eleventy templates read. `siteData` flattens the Report into one entry
// per page with everything already decided and formatted, so templates only loop, include and escape.
import type { Definition, Edition, KeyFigure, LinkCard } from '../report/types.ts';
import type { PublishedSnapshot } from '../snapshot/publish.ts';
import type { ComparisonData, PeerGroup } from './comparison.ts';

/** A result table offered as a download under /downloads/data/. */
export interface ResultTable {
  /** File name, e.g. `ambities-per-indicator.csv`. */
  readonly file: string;
  readonly csv: string;
  /** Dutch description for the downloads page; falls back to the file name. */
  readonly title?: string;
  /** Every column with its Dutch description, listed under the file on the downloads page. */
  readonly columns?: readonly { readonly name: string; readonly description: string }[];
}

/** What the site needs that the Report does not carry. */
export interface SiteExtras {
  readonly tables: readonly ResultTable[];
  /** The snapshot's files after the disclosure rule, offered under /downloads/snapshot/; null when there is none to offer. */
  readonly snapshot: PublishedSnapshot | null;
  /** PDF file name under /downloads/ (written by the PDF stage); null when this build makes no PDF. */
  readonly pdfFile: string | null;
  /** Results of the automated checks for the accessibility statement; null before they ran. */
  readonly checks: CheckSummary | null;
  /** Institutions compared with their peers (comparison.ts, from Results); absent: no /vergelijk/ pages. */
  readonly comparison?: ComparisonData | null;
}

/** Facts gathered from disk by `renderSite` before the pure `siteData` step. */
export interface SiteContext {
  readonly snapshotFiles: readonly { readonly name: string; readonly bytes: number }[];
  /** Records of waarden.csv left out of the published copy under the disclosure rule. */
  readonly snapshotLeftOut?: number;
  /** templates/assets/js/figure-embed.js exists: charts with a spec get the interactive enhancement. */
  readonly interactiveFigures: boolean;
}

export type CheckId = 'axe' | 'reflow' | 'html' | 'svg' | 'links';

/** One checked page and how many problems the check found on it. */
export interface CheckedPage {
  readonly url: string;
  readonly problems: number;
}

export interface CheckOutcome {
  readonly id: CheckId;
  /** Dutch name of the check, e.g. `Automatische toegankelijkheidstest`. */
  readonly label: string;
  /** Tool and version, e.g. `axe-core 4.11.0`. */
  readonly tool: string;
  readonly pages: number;
  readonly problems: number;
  /** Dutch description of each problem found (at most a few dozen). */
  readonly messages: readonly string[];
  /** Each page the check looked at, for checks of a sample of pages (axe, reflow); absent for all-page checks. */
  readonly checkedPages?: readonly CheckedPage[];
}

export interface CheckSummary {
  readonly standard: string;
  readonly outcomes: readonly CheckOutcome[];
  /** Which pages axe, reflow and html-validate checked, and what stands for the others. */
  readonly plan: CheckPlan;
}

export interface CheckView {
  readonly label: string;
  readonly tool: string;
  /** `Geen problemen gevonden op 14 pagina's.` */
  readonly summary: string;
  readonly passed: boolean;
  readonly messages: readonly string[];
  /** Each checked page of a sample check with its result, e.g. `{ url: '/instellingen/', result: 'in orde' }`. */
  readonly checkedPages: readonly { readonly url: string; readonly result: string }[];
}

// Which pages the checks looked at (checks/plan.ts).
/** Why a page is checked: smallest or largest of its type, editor text, templates changed, or all pages asked for. */
export type CheckReason = 'smallest' | 'largest' | 'editor' | 'template' | 'all';

export type CheckMode = 'all' | 'changes';

/** What the history holds for a page: when its result was computed and whether with today's templates. */
export interface StoredResult {
  /** The edition (snapshot name) of the build that computed it. */
  readonly edition: string;
  /** Computed with the same templates, assets and check tools as this build. */
  readonly current: boolean;
}

export interface PlannedPage {
  readonly url: string;
  readonly kind: PageKind;
}

export interface CheckPlan {
  /** Pages this build checks, in site order, with every reason that applies. */
  readonly checked: readonly (PlannedPage & { readonly reasons: readonly CheckReason[] })[];
  /** Pages this build did not check whose stored result stands, with the edition it was computed in. */
  readonly earlier: readonly (PlannedPage & { readonly edition: string })[];
  /** Pages never checked on their own: the checked pages of their type stand for them. */
  readonly represented: readonly PlannedPage[];
}

/** The statement's account of which pages this build checked (check-pages.ts). */
export interface CheckPagesView {
  readonly checked: readonly { readonly url: string; readonly reason: string; readonly result: string }[];
  /** Pages not checked by this build whose stored result stands, grouped by the edition it was computed in. */
  readonly earlier: readonly { readonly title: string; readonly urls: readonly string[] }[];
  /** Per page type, the pages never checked on their own and the checked pages that stand for them. */
  readonly represented: readonly { readonly text: string; readonly by: readonly string[] }[];
}

export type PageKind =
  | 'home'
  | 'priority'
  | 'goal'
  | 'stagepact'
  | 'indicator'
  | 'institutions'
  | 'institution'
  | 'factsheet'
  | 'typology'
  | 'method'
  | 'changes'
  /** Stand van zaken: its own kind, so the build's sample of one page per kind checks it. */
  | 'state'
  | 'downloads'
  | 'search'
  | 'accessibility'
  | 'compare'
  | 'peers'
  | 'other';

export interface Link {
  readonly url: string;
  readonly title: string;
}

export interface NavItem extends Link {
  /** `page` for the current page, `true` for an ancestor of it, null otherwise (aria-current). */
  readonly current: 'page' | 'true' | null;
}

export interface SentenceView {
  readonly text: string;
  /** Space-separated Results keys, for the trace; empty when the sentence uses no values. */
  readonly facts: string;
  readonly note: { readonly number: number; readonly id: string; readonly refId: string } | null;
}

export interface ParagraphView {
  readonly id: string;
  readonly sentences: readonly SentenceView[];
}

export interface TableCell {
  readonly text: string;
  /** Raw value for sorting (numbers as numbers), null when empty. */
  readonly sort: string | number | null;
  readonly numeric: boolean;
  /** No value: shown as a dash with a spoken "geen waarde". */
  readonly empty: boolean;
  /** Link target for the first cell of a row whose data carries a `url`. */
  readonly href: string | null;
}

export interface TableView {
  readonly caption: string;
  readonly head: readonly { readonly label: string; readonly numeric: boolean }[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Total rows (first cell `Totaal`), shown below the others whatever the sort. */
  readonly totals: readonly (readonly TableCell[])[];
  /** Rows link to pages (a directory such as the institution overview): offer a filter box. */
  readonly filterable: boolean;
}

export interface DownloadLink {
  readonly url: string;
  /** `CSV`, `Vega-Lite-specificatie`, `SVG`. */
  readonly label: string;
  readonly format: string;
}

export interface FigureView {
  readonly id: string;
  readonly type: 'figure' | 'table';
  /** `Figuur 2.3`, `Tabel 3.2` or null: the PDF's number; on a site page, the page's own (`Figuur 2`). */
  readonly number: string | null;
  /** On a site page: `Figuur 6.13 in het rapport` when the PDF has this figure; null otherwise. */
  readonly reportReference: string | null;
  readonly title: string;
  readonly subtitle: string | null;
  /** Paragraph id of a finding title (fact-checked like prose), or null for a descriptive title. */
  readonly titleParagraph: string | null;
  readonly source: string;
  readonly notes: readonly string[];
  readonly alt: string;
  /** Static SVG markup (trusted: made by the figures stage), null for tables and empty figures. */
  readonly svg: string | null;
  /** The SVG names itself (role="img" with <title>/<desc>); otherwise the page adds `alt` as its label. */
  readonly svgLabelled: boolean;
  /** URL of the Vega-Lite spec for the interactive enhancement, null when it does not apply. */
  readonly spec: string | null;
  /** The phone variant (site only): its static SVG and spec URL, shown instead below a CSS breakpoint. */
  readonly svgNarrow?: string | null;
  readonly specNarrow?: string | null;
  readonly table: TableView | null;
  readonly emptyReason: string | null;
  readonly downloads: readonly DownloadLink[];
}

export interface HeadingView {
  readonly kind: 'heading';
  readonly id: string;
  /** HTML heading level 2..6 on this page. */
  readonly level: number;
  readonly number: string | null;
  readonly title: string;
}

export type BlockView =
  | HeadingView
  | { readonly kind: 'paragraph'; readonly paragraph: ParagraphView }
  | { readonly kind: 'bullets'; readonly id: string; readonly items: readonly ParagraphView[]; readonly title: string | null }
  | {
      readonly kind: 'highlights';
      readonly items: readonly { readonly paragraph: ParagraphView; readonly figure: FigureView | null; readonly url: string; readonly goal: string }[];
    }
  | { readonly kind: 'figure'; readonly figure: FigureView }
  | { readonly kind: 'editor'; readonly file: string; readonly html: string }
  | { readonly kind: 'keyfigures'; readonly items: readonly KeyFigure[] }
  | { readonly kind: 'definitions'; readonly items: readonly Definition[] }
  | { readonly kind: 'links'; readonly items: readonly LinkCard[] }
  /** Rows of traced cells (a factsheet's tables): each row a paragraph, each sentence a cell. */
  | {
      readonly kind: 'traced-table';
      readonly id: string;
      readonly caption: string;
      /** Shown above the table; otherwise it names the table for assistive technology only. */
      readonly captionShown: boolean;
      readonly columns: readonly { readonly label: string; readonly numeric: boolean }[];
      readonly rows: readonly { readonly heading: boolean; readonly paragraph: ParagraphView }[];
    }
  | { readonly kind: 'verdicts'; readonly id: string; readonly intervalHeading: string; readonly groups: readonly VerdictGroupView[] };

/** A goal of the Stand van zaken (report VerdictGroup), its numbers as traced paragraphs. */
export interface VerdictGroupView {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  /** The table's caption. */
  readonly caption: string;
  readonly standing: ParagraphView | null;
  readonly spending: ParagraphView | null;
  readonly rows: readonly VerdictRowView[];
}

export interface VerdictRowView {
  readonly indicator: string;
  readonly breakdown: string | null;
  readonly url: string;
  readonly status: string;
  readonly symbol: string;
  readonly words: string;
  readonly interval: ParagraphView | null;
  readonly onPath: ParagraphView | null;
  /** The trend's words, and its line in a SPARK_WIDTH × SPARK_HEIGHT box (site/sparkline.ts). */
  readonly trend: { readonly text: ParagraphView; readonly line: Sparkline } | null;
}

export interface Sparkline {
  readonly width: number;
  readonly height: number;
  /** SVG path data of the line, and the last point (drawn as a dot). */
  readonly path: string;
  readonly last: { readonly x: number; readonly y: number };
}

export interface Footnote {
  readonly number: number;
  readonly id: string;
  readonly refId: string;
  readonly text: string;
}

export interface SitePage {
  readonly url: string;
  readonly kind: PageKind;
  /** The page's h1. */
  readonly title: string;
  /** `<title>`: page title and site title. */
  readonly documentTitle: string;
  readonly description: string;
  readonly breadcrumbs: readonly Link[];
  readonly nav: readonly NavItem[];
  /** Headings, blocks and figures in reading order (child sections without a page of their own inline). */
  readonly content: readonly BlockView[];
  /** "Op deze pagina": the level-2 headings, when there are at least two. */
  readonly toc: readonly Link[];
  /** Child sections that have a page of their own and are not already linked from a links block. */
  readonly subpages: readonly (Link & { readonly description: string })[];
  readonly notes: readonly Footnote[];
  readonly prev: Link | null;
  readonly next: Link | null;
  /** Load the chart scripts (a figure on this page has a spec and the enhancement exists). */
  readonly interactive: boolean;
  /** Load the table script (sortable or filterable tables). */
  readonly tables: boolean;
  /** Other forms of the abbreviations the page uses (search-terms.ts), for the search index only; '' when none. */
  readonly searchSynonyms: string;
  /** Words a reader types to find this page (search-terms.ts), weighed heavily by the search index; '' when none. */
  readonly searchKeywords: string;
}

export interface DownloadItem {
  readonly url: string;
  readonly title: string;
  /** `CSV, 2,1 kB`, `pdf`. */
  readonly meta: string;
  /** What the file holds, in a sentence or two; null when the title says it. */
  readonly description: string | null;
  /** The same data for a Dutch spreadsheet (semicolons, decimal comma), when offered. */
  readonly spreadsheet: { readonly url: string; readonly meta: string } | null;
  /** Columns of a result table with their description (empty for other downloads). */
  readonly columns?: readonly { readonly name: string; readonly description: string }[];
}

export interface DownloadGroup {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly items: readonly DownloadItem[];
}

export interface EditionView extends Edition {
  /** `2025-11-01 · 3f9a1c0d2e · peildatum 1 november 2025`. */
  readonly stamp: string;
  /** One short line on every page while the data are synthetic; null otherwise. */
  readonly banner: string | null;
  /** Where the banner's "Uitleg" leads: the explanation of the edition's data. */
  readonly bannerUrl: string;
  readonly pdfUrl: string | null;
}

export interface SiteData {
  readonly title: string;
  readonly edition: EditionView;
  /** Pages rendered from the Report, in reading order. */
  readonly pages: readonly SitePage[];
  /** Site-only pages: downloads, search and accessibility statement. */
  readonly downloads: SitePage & { readonly groups: readonly DownloadGroup[]; readonly figureDownloads: readonly FigureView[] };
  readonly search: SitePage;
  readonly accessibility: SitePage & {
    readonly standard: string;
    /** Null before the checks ran on this build. */
    readonly checks: readonly CheckView[] | null;
    /** Which pages this build checked; null before the checks ran. */
    readonly checkedPages: CheckPagesView | null;
    /** `editie 2025-11-01 (3f9a1c0d2e)`. */
    readonly checked: string;
  };
  /** /vergelijk/ and its static pages per soort and regio; null without comparison data. */
  readonly compare: { readonly index: ComparePage; readonly groups: readonly PeerPage[] } | null;
  readonly figures: Readonly<Record<string, FigureView>>;
  readonly footerLinks: readonly Link[];
  /** Problems in the Report the site worked around (sections it could not place). */
  readonly warnings: readonly string[];
  /** URL paths of files a later stage writes (the report's PDF, the factsheets): links to them count as resolved. */
  readonly pending: readonly string[];
}

// ---- comparison pages (comparison-pages.ts) ----

/** One table of the comparison: the institutions as rows, the indicators of one part (`Prioriteit 1`) as columns. */
export interface ComparisonTable {
  readonly id: string;
  readonly title: string;
  readonly table: TableView;
}

export interface PeerPage extends SitePage {
  readonly group: PeerGroup;
  readonly sections: readonly ComparisonTable[];
  /** The other static groups, as links by dimension. */
  readonly groupLinks: readonly { readonly title: string; readonly links: readonly Link[] }[];
  /** The same group in the interactive view. */
  readonly interactiveUrl: string;
  readonly leftOut: string | null;
}

export interface ComparePage extends SitePage {
  readonly groupLinks: PeerPage['groupLinks'];
  readonly dataUrl: string;
  readonly leftOut: string | null;
  /** The form's choices: peer groups by dimension, institutions, indicators by part. */
  readonly choices: {
    readonly groups: readonly { readonly title: string; readonly options: readonly { readonly value: string; readonly label: string }[] }[];
    readonly institutions: readonly { readonly value: string; readonly label: string }[];
    readonly parts: readonly { readonly title: string; readonly options: readonly { readonly value: string; readonly label: string }[] }[];
  };
}
