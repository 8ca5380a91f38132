// The print variant of a chart (issue 26): the PDF prints a chart as wide as the A4 text column, where a chart drawn
// FIGURE_WIDTH px wide shows at about 0,74 pt per px. A list of institutions one row each (55 rows, about 200 mm)
// then fills a page on its own and leaves the text before it a half-empty page; split over columns of rows it takes
// a third of the height at the same text size and shares a page with its neighbour (a chart of the indicator's
// development, 45% of a page). Builders call `splitRows` for the variant; the PDF prints it (scripts/pdf/print-size.ts).
import type { TopLevelSpec } from 'vega-lite';
import { EMBED_OPTIONS, FIGURE_WIDTH, VEGA_LITE_CONFIG } from './theme.ts';

/** From this many rows a list of institutions prints in columns, with at most this many rows per column. */
export const PRINT_SPLIT_ROWS = 24;
const ROWS_PER_COLUMN = 20;
/** Height of a row in a print column, px: 8,9 pt on paper for names of 11 px (8,2 pt). */
export const PRINT_ROW_STEP = 12;
/** Room between the two columns, px. */
const GAP = 24;

type SpecObject = Record<string, unknown>;

/**
 * Two or three panels side by side, each drawn by `panel` for its share of `rows` (in order, left to right), with
 * the value scale shared so all read against the same axis; `panel` gets the plot width each column has.
 */
export function splitRows<T>(rows: readonly T[], labelWidth: number, panel: (part: readonly T[], width: number) => SpecObject, description: string): TopLevelSpec {
  const columns = Math.min(3, Math.max(2, Math.ceil(rows.length / ROWS_PER_COLUMN)));
  const per = Math.ceil(rows.length / columns);
  const width = Math.floor((FIGURE_WIDTH - (columns - 1) * GAP - columns * labelWidth) / columns);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    config: VEGA_LITE_CONFIG,
    usermeta: { embedOptions: EMBED_OPTIONS, figureWidth: FIGURE_WIDTH },
    hconcat: Array.from({ length: columns }, (_, i) => panel(rows.slice(i * per, (i + 1) * per), width)),
    spacing: GAP,
    resolve: { scale: { x: 'shared' } },
  } as unknown as TopLevelSpec;
}
