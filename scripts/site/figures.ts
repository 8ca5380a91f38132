// Figures for the site: the view the figure partial renders (caption parts, the "toon als tabel" table
// with Dutch-formatted cells, download links) and the files written under /figuren/.
import type { FigureColumn, FigureRow, RenderedFigure } from '../figures/types.ts';
import { exportSvg, type ExportEdition } from './export-image.ts';
import { figureCsv, figureSpreadsheetCsv } from './format.ts';
import { formatCell, isNumericColumn, isTotalRow } from '../report/cells.ts';
import { reportReference, sitePageNumber } from '../report/numbering.ts';
import type { DownloadLink, FigureView, TableCell, TableView } from './types.ts';

export const FIGURE_DIR = '/figuren/';

export function figureUrls(id: string) {
  return {
    svg: `${FIGURE_DIR}${id}.svg`,
    png: `${FIGURE_DIR}${id}.png`,
    spec: `${FIGURE_DIR}${id}.vl.json`,
    csv: `${FIGURE_DIR}${id}.csv`,
    /** The Dutch spreadsheet copy of the CSV (semicolons, decimal comma, BOM). */
    spreadsheet: `${FIGURE_DIR}${id}-nl.csv`,
    narrowSvg: `${FIGURE_DIR}${id}.smal.svg`,
    narrowSpec: `${FIGURE_DIR}${id}.smal.vl.json`,
  };
}

/** A row links to a page when its data carries a site-local `url` (e.g. the institution overview). */
function rowLink(row: FigureRow): string | null {
  const url = row['url'];
  return typeof url === 'string' && url.startsWith('/') ? url : null;
}

/** Caption of a figure's data table: `Tabel 2 Titel` for a table, `Gegevens bij Figuur 3 Titel` for a chart. */
export function tableCaption(type: FigureView['type'], number: string | null, title: string): string {
  const label = number ? `${number} ${title}` : title;
  return type === 'table' ? label : `Gegevens bij ${label}`;
}

/** The columns as the site shows them: a verdict column right after the row's first column (FigureColumn.verdict). */
export function siteColumns(columns: readonly FigureColumn[]): FigureColumn[] {
  const [first, ...rest] = columns;
  if (!first) return [];
  return [first, ...rest.filter((c) => c.verdict), ...rest.filter((c) => !c.verdict)];
}

function tableView(figure: RenderedFigure, verdictFirst: boolean): TableView | null {
  if (figure.columns.length === 0 || figure.data.length === 0) return null;
  const caption = tableCaption(figure.type, figure.number, figure.title);
  const columns = verdictFirst ? siteColumns(figure.columns) : figure.columns;
  const cells = (row: FigureRow) =>
    columns.map((column, i): TableCell => {
      const value = row[column.key];
      const empty = value === null || value === undefined || value === '';
      const numeric = isNumericColumn(column) && (typeof value === 'number' || empty);
      return {
        text: formatCell(value, column),
        sort: empty ? null : typeof value === 'boolean' ? Number(value) : value,
        empty,
        numeric,
        href: i === 0 ? rowLink(row) : null,
      };
    });
  const first = columns[0]!.key;
  const total = (row: FigureRow) => isTotalRow(row[first]);
  return {
    caption,
    head: columns.map((c) => ({ label: c.label, numeric: isNumericColumn(c) })),
    rows: figure.data.filter((row) => !total(row)).map(cells),
    totals: figure.data.filter(total).map(cells),
    filterable: figure.data.some((row) => rowLink(row) !== null),
  };
}

function downloads(figure: RenderedFigure): DownloadLink[] {
  if (figure.emptyReason) return [];
  const urls = figureUrls(figure.id);
  const links: DownloadLink[] = [];
  if (figure.columns.length > 0) {
    links.push({ url: urls.spreadsheet, label: 'Gegevens voor Excel', format: 'CSV met puntkomma’s' });
    links.push({ url: urls.csv, label: 'Gegevens', format: 'CSV' });
  }
  if (figure.svg) {
    links.push({ url: urls.png, label: 'Afbeelding', format: 'PNG' });
    links.push({ url: urls.svg, label: 'Afbeelding', format: 'SVG' });
  }
  if (figure.spec) links.push({ url: urls.spec, label: 'Grafiekspecificatie', format: 'Vega-Lite JSON' });
  return links;
}

/**
 * The view the figure partial renders. `narrow`: the site's view, for screens of every width: the phone variant too
 * (the site shows one of the two by screen width) and verdict columns first; the print edition keeps neither.
 */
export function figureView(figure: RenderedFigure, interactive: boolean, narrow = false): FigureView {
  const empty = figure.emptyReason ?? null;
  const svg = empty || figure.type === 'table' ? null : figure.svg;
  const svgNarrow = narrow && svg ? (figure.svgNarrow ?? null) : null;
  return {
    id: figure.id,
    type: figure.type,
    number: figure.number,
    reportReference: null,
    title: figure.title,
    subtitle: figure.subtitle ?? null,
    titleParagraph: figure.titleParagraph ?? null,
    source: figure.source,
    notes: figure.notes,
    alt: figure.alt,
    svg,
    svgLabelled: svg !== null && /^<svg\b[^>]*\srole="img"/.test(svg),
    spec: interactive && svg && figure.spec ? figureUrls(figure.id).spec : null,
    svgNarrow,
    specNarrow: interactive && svgNarrow && figure.narrowSpec ? figureUrls(figure.id).narrowSpec : null,
    table: empty ? null : tableView(figure, narrow),
    emptyReason: empty,
    downloads: downloads(figure),
  };
}

/**
 * The text files of one figure under /figuren/: relative path → content (the PNG is rendered by assets.ts). The SVG
 * download is the chart with its title, source, edition and notice (export-image.ts), not the page's inline SVG.
 */
export function figureFiles(figure: RenderedFigure, edition: ExportEdition): { path: string; content: string }[] {
  if (figure.emptyReason) return [];
  const urls = figureUrls(figure.id);
  const files: { path: string; content: string }[] = [];
  if (figure.columns.length > 0) {
    files.push({ path: urls.csv, content: figureCsv(figure.columns, figure.data) });
    files.push({ path: urls.spreadsheet, content: figureSpreadsheetCsv(figure.columns, figure.data) });
  }
  if (figure.spec) files.push({ path: urls.spec, content: `${JSON.stringify(figure.spec, null, 2)}\n` });
  if (figure.svg) files.push({ path: urls.svg, content: `${exportSvg(figure, edition)}\n` });
  if (figure.narrowSpec && figure.svg) files.push({ path: urls.narrowSpec, content: `${JSON.stringify(figure.narrowSpec, null, 2)}\n` });
  if (figure.svgNarrow) files.push({ path: urls.narrowSvg, content: `${figure.svgNarrow}\n` });
  return files;
}

/** The same figure as the n-th of its type on a site page: the page's number, the PDF's as a reference. */
export function onSitePage(figure: FigureView, n: number): FigureView {
  const number = sitePageNumber(figure.type, n);
  return {
    ...figure,
    number,
    reportReference: reportReference(figure.number),
    table: figure.table ? { ...figure.table, caption: tableCaption(figure.type, number, figure.title) } : null,
  };
}
