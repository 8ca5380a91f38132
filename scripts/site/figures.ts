// Figures for the site: the view the figure partial renders (caption parts, the "toon als tabel" table
// with Dutch-formatted cells, download links) and the files written under /figuren/.
import type { FigureRow, RenderedFigure } from '../figures/types.ts';
import { figureCsv, formatCell, isNumericColumn } from './format.ts';
import type { DownloadLink, FigureView, TableCell, TableView } from './types.ts';

export const FIGURE_DIR = '/figuren/';

export function figureUrls(id: string) {
  return { svg: `${FIGURE_DIR}${id}.svg`, spec: `${FIGURE_DIR}${id}.vl.json`, csv: `${FIGURE_DIR}${id}.csv` };
}

/** A row links to a page when its data carries a site-local `url` (e.g. the institution overview). */
function rowLink(row: FigureRow): string | null {
  const url = row['url'];
  return typeof url === 'string' && url.startsWith('/') ? url : null;
}

function tableView(figure: RenderedFigure): TableView | null {
  if (figure.columns.length === 0 || figure.data.length === 0) return null;
  const label = figure.number ? `${figure.number} ${figure.title}` : figure.title;
  const caption = figure.type === 'table' ? label : `Gegevens bij ${label}`;
  const rows = figure.data.map((row) =>
    figure.columns.map((column, i): TableCell => {
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
    }),
  );
  return {
    caption,
    head: figure.columns.map((c) => ({ label: c.label, numeric: isNumericColumn(c) })),
    rows,
    filterable: figure.data.some((row) => rowLink(row) !== null),
  };
}

function downloads(figure: RenderedFigure): DownloadLink[] {
  if (figure.emptyReason) return [];
  const urls = figureUrls(figure.id);
  const links: DownloadLink[] = [];
  if (figure.columns.length > 0) links.push({ url: urls.csv, label: 'Gegevens', format: 'CSV' });
  if (figure.spec) links.push({ url: urls.spec, label: 'Grafiekspecificatie', format: 'Vega-Lite JSON' });
  if (figure.svg) links.push({ url: urls.svg, label: 'Afbeelding', format: 'SVG' });
  return links;
}

export function figureView(figure: RenderedFigure, interactive: boolean): FigureView {
  const empty = figure.emptyReason ?? null;
  const svg = empty || figure.type === 'table' ? null : figure.svg;
  return {
    id: figure.id,
    type: figure.type,
    number: figure.number,
    title: figure.title,
    subtitle: figure.subtitle ?? null,
    titleParagraph: figure.titleParagraph ?? null,
    source: figure.source,
    notes: figure.notes,
    alt: figure.alt,
    svg,
    svgLabelled: svg !== null && /^<svg\b[^>]*\srole="img"/.test(svg),
    spec: interactive && svg && figure.spec ? figureUrls(figure.id).spec : null,
    table: empty ? null : tableView(figure),
    emptyReason: empty,
    downloads: downloads(figure),
  };
}

/** The files of one figure under /figuren/: relative path → content. */
export function figureFiles(figure: RenderedFigure): { path: string; content: string }[] {
  if (figure.emptyReason) return [];
  const urls = figureUrls(figure.id);
  const files: { path: string; content: string }[] = [];
  if (figure.columns.length > 0) files.push({ path: urls.csv, content: figureCsv(figure.columns, figure.data) });
  if (figure.spec) files.push({ path: urls.spec, content: `${JSON.stringify(figure.spec, null, 2)}\n` });
  if (figure.svg) files.push({ path: urls.svg, content: `${figure.svg}\n` });
  return files;
}
