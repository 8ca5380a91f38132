// The one figure model shared by the site and the PDF: a chart (or data table) is a Vega-Lite spec plus
// its data rows plus metadata fields. Captions, sources and notes are fields, never text inside the spec.
import type { TopLevelSpec } from 'vega-lite';
import type { Claim } from '../findings/types.ts';

/** How a column's values are shown in the data table ("toon als tabel") and the PDF table. */
export type ColumnFormat = 'text' | 'integer' | 'number' | 'percent' | 'points' | 'grade' | 'euro';

export interface FigureColumn {
  /** Key in each data row; also the CSV header. */
  readonly key: string;
  /** Dutch column heading for readers. */
  readonly label: string;
  readonly format: ColumnFormat;
  /** Decimals shown (default: 0 for integer/percent/euro, 1 otherwise). */
  readonly decimals?: number;
  /**
   * The column states a verdict (on course, target reached, a conclusion): the site shows it right after the row's
   * first column, so a phone shows it without scrolling sideways. Downloads and the PDF keep the order given.
   */
  readonly verdict?: boolean;
}

export type FigureRow = Readonly<Record<string, string | number | boolean | null>>;

export interface Figure {
  /** Stable slug, unique in the report; URLs are /figuren/<id>.svg|.vl.json|.csv */
  readonly id: string;
  /** A chart has a spec; a table is rendered from `columns` and `data` only. */
  readonly type: 'figure' | 'table';
  /** Which builder made it, e.g. `ambition-range`, `start-target`, `timeseries`. */
  readonly chartType: string;
  /** "Figuur 2.3" / "Tabel 3.2"; assigned once by the outline stage, null for unnumbered (site-only) figures. */
  readonly number: string | null;
  readonly title: string;
  readonly subtitle?: string;
  /**
   * Set when the title states a finding (scripts/findings/): the id of the one-sentence paragraph in the prose
   * model that holds the same text with its traced facts, so the fact check covers the title like prose.
   */
  readonly titleParagraph?: string;
  /** Source line without the "Bron:" prefix. */
  readonly source: string;
  /** Notes shown under the figure, e.g. "3 instellingen weggelaten wegens te weinig respondenten". */
  readonly notes: readonly string[];
  /** Text alternative: what the chart shows, one or two Dutch sentences with the key numbers. */
  readonly alt: string;
  readonly columns: readonly FigureColumn[];
  readonly data: readonly FigureRow[];
  /** Vega-Lite spec whose data is inlined as `{ values }`; null for tables. */
  readonly spec: TopLevelSpec | null;
  /** The same chart for phones (scripts/figures/narrow.ts): NARROW_WIDTH px wide, larger text; null for tables. */
  readonly narrowSpec?: TopLevelSpec | null;
  /**
   * The same chart drawn for the printed page, where the wide one would not share an A4 page with its text or its
   * neighbour (a long list of institutions split over two columns, scripts/figures/print.ts); absent otherwise.
   */
  readonly printSpec?: TopLevelSpec | null;
  /** Set when there is nothing to draw; templates show "Geen gegevens beschikbaar" with this reason. */
  readonly emptyReason?: string;
  /** What the figure's rows or notes state about an indicator × breakdown (verdict, development, attainment). */
  readonly claims?: readonly Claim[];
}

/**
 * The title of a figure that shows a finding: the finding's headline, written by the prose stage and handed to the
 * figures by the pipeline, with the id of the prose paragraph that holds the same sentence and its traced facts.
 */
export interface FindingTitle {
  readonly text: string;
  readonly paragraph: string;
}

/** Finding titles keyed by figure id. */
export type FindingTitles = Readonly<Record<string, FindingTitle>>;

/** A figure after the render stage: the static SVG that site and PDF both show. */
export interface RenderedFigure extends Figure {
  readonly svg: string | null;
  /** The narrow variant's SVG (ids prefixed `<id>-smal`), null where there is no chart. */
  readonly svgNarrow?: string | null;
  /** The print variant's SVG (ids prefixed `<id>-druk`), where the figure has one. */
  readonly svgPrint?: string | null;
}
