// How large a chart prints: as wide as the text (A4 minus the margins of templates/pdf/styles.typ), unless it is
// then too tall for a page with its caption and source line; a chart drawn taller is scaled down to fit, and its
// text with it. Text under MIN_PRINT_PT at that size is unreadable on paper: the build names such charts. A chart
// with a print variant (the figures stage, scripts/figures/print.ts) prints that one, drawn for the page.
import type { RenderedFigure } from '../figures/types.ts';

const MM = 72 / 25.4;
/** Width of the text column in pt: A4 (210 mm) minus 22 + 20 mm margins. */
export const TEXT_WIDTH_PT = (210 - 42) * MM;
/** The tallest chart a page holds with its caption, subtitle, source line and two notes: 251 mm minus 36 mm. */
export const MAX_CHART_HEIGHT_PT = (297 - 46 - 36) * MM;
/** The smallest text size readable on paper. */
export const MIN_PRINT_PT = 7;

/** The viewBox size of an SVG in its own units; null when it has none. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const match = /^<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null;
}

/** The smallest font size an SVG's text uses, in its own units (attribute or style); null without text. */
export function smallestFont(svg: string): number | null {
  const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));
  return sizes.length ? Math.min(...sizes) : null;
}

export interface PrintSize {
  /** Printed width in pt. */
  readonly width: number;
  /** The smallest text at that size, in pt (null: no text). */
  readonly smallestPt: number | null;
}

/** The printed size of a chart's SVG: the text width, or less when the chart would not fit a page. */
export function printSize(svg: string): PrintSize {
  const size = svgSize(svg);
  if (!size) return { width: TEXT_WIDTH_PT, smallestPt: null };
  const scale = Math.min(TEXT_WIDTH_PT / size.width, MAX_CHART_HEIGHT_PT / size.height);
  const smallest = smallestFont(svg);
  return { width: size.width * scale, smallestPt: smallest === null ? null : smallest * scale };
}

/**
 * The SVG a chart prints with: its print variant where it has one (drawn for the page), else the wide one. The
 * caller reports a chart whose text is still under MIN_PRINT_PT (`printSize`).
 */
export function printSvg(figure: RenderedFigure): string | null {
  return figure.svgPrint ?? figure.svg ?? null;
}
