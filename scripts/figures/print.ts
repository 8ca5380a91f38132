// The print variant of a chart (issue 26): the PDF prints a chart as wide as the A4 text column, where a chart drawn
// FIGURE_WIDTH px wide shows at about 0,74 pt per px. A list of institutions one row each (55 rows, about 200 mm)
// then fills a page on its own and leaves the text before it a half-empty page; split over two columns of rows
// it takes half the height at the same text size and shares a page with its neighbour. Builders call `splitRows`
// for the variant; the PDF stage chooses it (scripts/pdf/print-size.ts).
import type { TopLevelSpec } from 'vega-lite';
import { EMBED_OPTIONS, FIGURE_WIDTH, VEGA_LITE_CONFIG } from './theme.ts';

/** From this many rows a list of institutions prints in two columns. */
export const PRINT_SPLIT_ROWS = 24;
/** Height of a row in a print column, px: 8,9 pt on paper for names of 11 px (8,2 pt). */
export const PRINT_ROW_STEP = 12;
/** Room between the two columns, px. */
const GAP = 24;

type SpecObject = Record<string, unknown>;

/**
 * Two panels side by side, each drawn by `panel` for its half of `rows` (the first half left), with the value
 * scale shared so both read against the same axis; `panel` gets the plot width each column has.
 */
export function splitRows<T>(rows: readonly T[], labelWidth: number, panel: (half: readonly T[], width: number) => SpecObject, description: string): TopLevelSpec {
  const half = Math.ceil(rows.length / 2);
  const width = Math.floor((FIGURE_WIDTH - GAP - 2 * labelWidth) / 2);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    config: VEGA_LITE_CONFIG,
    usermeta: { embedOptions: EMBED_OPTIONS, figureWidth: FIGURE_WIDTH },
    hconcat: [panel(rows.slice(0, half), width), panel(rows.slice(half), width)],
    spacing: GAP,
    resolve: { scale: { x: 'shared' } },
  } as unknown as TopLevelSpec;
}
