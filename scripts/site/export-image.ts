// The downloadable image of a chart (/figuren/<id>.svg and .png): the chart with its context inside the image —
// title, subtitle, source line, edition and, while the data are synthetic, the notice that they are invented — so a
// chart that travels on its own still says what it shows and that its institution numbers are not real. The inline
// SVG on the pages and the one in the PDF stay as they are: there the page around them says all this.
import { wrapText } from '../figures/measure.ts';
import { escapeXml } from '../figures/svg.ts';
import { FONT_STACK, INK, MUTED } from '../figures/theme.ts';
import type { RenderedFigure } from '../figures/types.ts';
import { formatDate } from '../lib/nl.ts';
import { ReportError } from '../lib/errors.ts';

/** What the image says about its edition: the edition of the Report (or of Results, for an early render). */
export interface ExportEdition {
  readonly title: string;
  readonly snapshot: string;
  /** ISO date. */
  readonly referenceDate: string;
  readonly synthetic: boolean;
}

/** The notice in every image of a synthetic edition (its pages say the same in their banner). */
export const EXPORT_NOTICE = 'Fictieve gegevens: de cijfers per instelling in deze editie zijn verzonnen.';

const PAD = 16;
const TITLE = { fontSize: 17, fontWeight: 700, line: 22 } as const;
const SUBTITLE = { fontSize: 13, fontWeight: 400, line: 18 } as const;
const FOOT = { fontSize: 12, fontWeight: 400, line: 16 } as const;
const NOTICE = { fontSize: 12, fontWeight: 700, line: 16 } as const;
const WARN = { fill: '#FFF3CD', stroke: '#C98A00' } as const;

/**
 * The edition line: `Monitor …, editie 2025 · peildatum 1 november 2025` (the title names the edition already); a
 * snapshot not named after its peildatum (`2025-11-01-herzien`) is named too.
 */
export function editionLine(edition: ExportEdition): string {
  const date = `peildatum ${formatDate(edition.referenceDate)}`;
  return `${edition.title} · ${edition.snapshot === edition.referenceDate ? date : `gegevens ${edition.snapshot}, ${date}`}`;
}

function viewBoxSize(svg: string): { width: number; height: number } {
  const box = /^<svg\b[^>]*\sviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!box) throw new ReportError('een grafiek heeft geen viewBox; de downloadafbeelding kan niet worden gemaakt');
  return { width: Number(box[1]), height: Number(box[2]) };
}

/** Lines of text as <text> elements from `y` (the first baseline), each `style.line` lower. */
function textLines(lines: readonly string[], x: number, y: number, style: { fontSize: number; fontWeight: number; line: number }, fill: string): string {
  return lines
    .map((line, i) => `<text x="${x}" y="${y + i * style.line}" font-size="${style.fontSize}" font-weight="${style.fontWeight}" fill="${fill}">${escapeXml(line)}</text>`)
    .join('');
}

/**
 * The chart SVG inside a white page with its title and subtitle above it and its source, edition and notice below.
 * The chart keeps its own coordinates (a nested <svg> placed at its offset); ids stay as the figures stage made them.
 * Returns a standalone SVG document (width and height in px, for viewers and for the PNG renderer).
 */
export function exportSvg(figure: Pick<RenderedFigure, 'title' | 'subtitle' | 'source' | 'svg'>, edition: ExportEdition): string {
  if (!figure.svg) throw new ReportError('een figuur zonder grafiek heeft geen downloadafbeelding');
  const chart = viewBoxSize(figure.svg);
  const width = Math.max(chart.width, 320) + 2 * PAD;
  const textWidth = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  const title = wrapText(figure.title, textWidth, TITLE);
  parts.push(textLines(title, PAD, y + TITLE.fontSize, TITLE, INK));
  y += title.length * TITLE.line;
  if (figure.subtitle) {
    const subtitle = wrapText(figure.subtitle, textWidth, SUBTITLE);
    parts.push(textLines(subtitle, PAD, y + SUBTITLE.fontSize, SUBTITLE, MUTED));
    y += subtitle.length * SUBTITLE.line;
  }
  y += 8;
  // The chart's root keeps its viewBox and gets a place and a size; its text alternative stays inside it.
  parts.push(figure.svg.replace(/^<svg\b([^>]*)>/, (_all, attrs: string) => `<svg x="${PAD}" y="${y}" width="${chart.width}" height="${chart.height}"${attrs.replace(/\s(?:x|y|width|height)="[^"]*"/g, '')}>`));
  y += chart.height + 10;

  const source = wrapText(`Bron: ${figure.source}`, textWidth, FOOT);
  parts.push(textLines(source, PAD, y + FOOT.fontSize, FOOT, MUTED));
  y += source.length * FOOT.line;
  const stamp = wrapText(editionLine(edition), textWidth, FOOT);
  parts.push(textLines(stamp, PAD, y + FOOT.fontSize, FOOT, MUTED));
  y += stamp.length * FOOT.line;
  if (edition.synthetic) {
    y += 8;
    const notice = wrapText(EXPORT_NOTICE, textWidth - 16, NOTICE);
    const height = notice.length * NOTICE.line + 10;
    parts.push(`<rect x="${PAD}" y="${y}" width="${textWidth}" height="${height}" fill="${WARN.fill}" stroke="${WARN.stroke}"/>`);
    parts.push(textLines(notice, PAD + 8, y + 5 + NOTICE.fontSize, NOTICE, INK));
    y += height;
  }
  const height = Math.ceil(y + PAD);
  const label = `${figure.title}. Bron: ${figure.source}. ${editionLine(edition)}.${edition.synthetic ? ` ${EXPORT_NOTICE}` : ''}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}" font-family="${escapeXml(FONT_STACK)}">` +
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>${parts.join('')}</svg>`
  );
}
