// Files the site serves besides its pages: self-hosted fonts and chart scripts from node_modules, each
// figure's SVG/PNG/spec/CSV, the result tables (machine and spreadsheet CSV), datapackage.json and the
// snapshot's input files. Nothing is fetched from
// another origin at run time, so everything a page needs is copied here.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReportError } from '../lib/errors.ts';
import type { RenderedFigure } from '../figures/types.ts';
import { parse } from 'csv-parse/sync';
import { dutchDecimal, writeCsv } from '../lib/csv.ts';
import type { Report } from '../report/types.ts';
import { dataPackage, DATAPACKAGE_PATH, figureResource, resultResource, spreadsheetName } from './datapackage.ts';
import { exportSvg, type ExportEdition } from './export-image.ts';
import { figureFiles, figureUrls } from './figures.ts';
import { figureCsv } from './format.ts';
import type { PngRenderer } from './png.ts';
import { NODE_MODULES, TEMPLATES_DIR } from './paths.ts';
import type { PublishedSnapshot } from '../snapshot/publish.ts';
import type { ResultTable } from './types.ts';
import { compareUrls, type ComparisonData } from './comparison.ts';

const FONT_DIR = join(NODE_MODULES, '@fontsource', 'source-sans-3', 'files');
/** Latin and Latin Extended cover Dutch (ë, é, ĳ), €, − and typographic quotes. */
export const FONT_FILES = ['latin', 'latin-ext'].flatMap((subset) => [
  ...['400', '600', '700'].map((weight) => `source-sans-3-${subset}-${weight}-normal.woff2`),
  `source-sans-3-${subset}-400-italic.woff2`,
]);

/** Browser builds of the chart libraries, served from /assets/vendor/ (the order pages load them in). */
export const VENDOR_FILES = [
  { from: 'vega/build/vega.min.js', to: 'vega.min.js' },
  { from: 'vega-lite/build/vega-lite.min.js', to: 'vega-lite.min.js' },
  { from: 'vega-embed/build/vega-embed.min.js', to: 'vega-embed.min.js' },
] as const;

function write(outDir: string, path: string, content: string | Buffer): void {
  const target = join(outDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

/**
 * vega-interpreter ships only as an ES module importing `vega-util`. The browser build of vega already
 * contains those three helpers, so the copy reads them from the global `vega` and exposes
 * `vegaInterpreter.expressionInterpreter`, like the other vendor globals (`vega`, `vegaLite`, `vegaEmbed`).
 */
export function browserInterpreter(source: string): string {
  const importLine = /^import \{ ([\w, ]+) \} from 'vega-util';$/m;
  const exportLine = /^export \{ expression as expressionInterpreter \};$/m;
  const names = source.match(importLine)?.[1];
  if (!names || !exportLine.test(source)) {
    throw new ReportError('vega-interpreter heeft een onverwachte vorm; de site kan de CSP-veilige grafieken niet klaarzetten', 'Controleer de versie van vega-interpreter in package.json.');
  }
  const body = source.replace(importLine, `const { ${names} } = globalThis.vega;`).replace(exportLine, 'globalThis.vegaInterpreter = { expressionInterpreter: expression };');
  return `// vega-interpreter (BSD-3-Clause), adapted for a classic <script>: needs vega.min.js loaded first.\n(function () {\n${body}\n})();\n`;
}

/**
 * The site's own stylesheets, scripts and images (templates/assets/), copied as they are. Done here rather than
 * by Eleventy's passthrough copy: Eleventy keeps copying after a template error has failed the build, and then
 * writes into a folder the failed build has already removed.
 */
export function copySiteAssets(outDir: string): number {
  let count = 0;
  for (const folder of ['css', 'js', 'img']) {
    const from = join(TEMPLATES_DIR, 'assets', folder);
    if (!existsSync(from)) continue;
    cpSync(from, join(outDir, 'assets', folder), { recursive: true });
    count += readdirSync(from, { recursive: true }).length;
  }
  return count;
}

export function copyVendorAssets(outDir: string): number {
  for (const font of FONT_FILES) write(outDir, `assets/fonts/${font}`, readFileSync(join(FONT_DIR, font)));
  for (const { from, to } of VENDOR_FILES) write(outDir, `assets/vendor/${to}`, readFileSync(join(NODE_MODULES, from)));
  const interpreter = readFileSync(join(NODE_MODULES, 'vega-interpreter', 'build', 'vega-interpreter.js'), 'utf8');
  write(outDir, 'assets/vendor/vega-interpreter.js', browserInterpreter(interpreter));
  return FONT_FILES.length + VENDOR_FILES.length + 1;
}

/**
 * The SVG a figure's PNG is drawn from: the downloadable image, with the chart's title, source, edition and notice
 * (export-image.ts); null for a figure without a chart (a table, an empty figure).
 */
export function pngSource(figure: RenderedFigure, edition: ExportEdition): string | null {
  return !figure.emptyReason && figure.svg ? exportSvg(figure, edition) : null;
}

/** Each figure's SVG, spec and CSV files, and a PNG of its downloadable image from `pngs` (png.ts). */
export async function writeFigureFiles(outDir: string, figures: readonly RenderedFigure[], edition: ExportEdition, pngs: PngRenderer): Promise<number> {
  let count = 0;
  for (const figure of figures) {
    for (const file of figureFiles(figure, edition)) {
      write(outDir, file.path, file.content);
      count++;
    }
  }
  const drawn = figures.filter((f) => !f.emptyReason && f.svg);
  const images = await pngs.render(drawn.map((f) => pngSource(f, edition)!));
  drawn.forEach((f, i) => write(outDir, figureUrls(f.id).png, images[i]!));
  return count + images.length;
}

/** Each result table as the machine CSV and as a Dutch spreadsheet copy (semicolons, decimal comma, BOM). */
export function writeResultTables(outDir: string, tables: readonly ResultTable[]): number {
  for (const table of tables) {
    write(outDir, `downloads/data/${table.file}`, table.csv);
    const [header = [], ...rows] = parse(table.csv, { bom: true }) as string[][];
    write(outDir, `downloads/data/${spreadsheetName(table.file)}`, writeCsv(header, rows.map((row) => row.map(dutchDecimal)), { dialect: 'nl', bom: true }));
  }
  return tables.length * 2;
}

/** /datapackage.json: the Frictionless description of the figure CSVs and result tables (datapackage.ts). */
export function writeDataPackage(outDir: string, report: Report, tables: readonly ResultTable[]): number {
  const resources = [
    ...report.figures.filter((f) => !f.emptyReason && f.columns.length > 0).map((f) => figureResource(f, figureCsv(f.columns, f.data))),
    ...tables.map(resultResource),
  ];
  write(outDir, DATAPACKAGE_PATH, `${JSON.stringify(dataPackage(report.edition, resources), null, 2)}\n`);
  return 1;
}

/** /vergelijk/gegevens.json: what the comparison script reads (comparison.ts). */
export function writeComparisonData(outDir: string, data: ComparisonData): number {
  write(outDir, compareUrls.data(), `${JSON.stringify(data)}\n`);
  return 1;
}

/** The published snapshot's files (see snapshot/publish.ts), as offered under /downloads/snapshot/. */
export function listSnapshotFiles(published: PublishedSnapshot): { name: string; bytes: number }[] {
  return [...published.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((f) => ({ name: f.name, bytes: Buffer.byteLength(f.content) }));
}

export function copySnapshot(outDir: string, published: PublishedSnapshot): number {
  for (const file of published.files) write(outDir, `downloads/snapshot/${file.name}`, file.content);
  return published.files.length;
}
