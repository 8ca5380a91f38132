// Post-processing of vega's SVG string for embedding in HTML and the PDF: a text alternative the screen reader
// announces (role="img" + <title>/<desc>), ids that stay unique when many figures share a page, a viewBox
// instead of a fixed pixel size, the report font, and rounded coordinates (smaller, byte-stable files).
// Small named passes applied in a fixed order, each a pure string → string function.
import { FONT_STACK } from './theme.ts';

export interface SvgLabel {
  /** Figure id; becomes the prefix of every id in the SVG. */
  readonly id: string;
  /** The phone variant: the root gets class `chart-svg--narrow` too (site.css picks one of the two). */
  readonly narrow?: boolean;
  readonly title: string;
  readonly description: string;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A valid, readable XML id prefix from a figure id (`2.3 werkdruk` → `fig-2-3-werkdruk`). */
export function idPrefix(figureId: string): string {
  return `fig-${figureId.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** The root element: drop width/height (the viewBox scales it), add the text alternative hooks and the font. */
export function labelRoot(svg: string, label: SvgLabel): string {
  const prefix = idPrefix(label.id);
  return svg.replace(/^<svg\b([^>]*)>/, (_match, attrs: string) => {
    const kept = attrs
      .replace(/\s(?:width|height|class)="[^"]*"/g, '')
      .replace(/\sxmlns:xlink="[^"]*"/, '');
    const extra =
      ` class="chart-svg${label.narrow ? ' chart-svg--narrow' : ''}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc"` +
      ` font-family="${escapeXml(FONT_STACK)}"`;
    return (
      `<svg${kept}${extra}>` +
      `<title id="${prefix}-title">${escapeXml(label.title)}</title>` +
      `<desc id="${prefix}-desc">${escapeXml(label.description)}</desc>`
    );
  });
}

/** Clip paths and gradients get ids like `clip3`; prefix them so two figures on one page never collide. */
export function prefixIds(svg: string, figureId: string): string {
  const prefix = idPrefix(figureId);
  const ids = new Set<string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!m[1]!.startsWith(`${prefix}-`)) ids.add(m[1]!);
  if (ids.size === 0) return svg;
  return svg
    .replace(/\sid="([^"]+)"/g, (all, id: string) => (ids.has(id) ? ` id="${prefix}-${id}"` : all))
    .replace(/url\(#([^)]+)\)/g, (all, id: string) => (ids.has(id) ? `url(#${prefix}-${id})` : all))
    .replace(/href="#([^"]+)"/g, (all, id: string) => (ids.has(id) ? `href="#${prefix}-${id}"` : all));
}

/**
 * Inside role="img" every child is presentational, so vega's per-group ARIA roles, pointer-event hints and
 * empty background/foreground paths are noise; removing them roughly halves the markup of a small chart.
 */
export function stripNoise(svg: string): string {
  return svg
    .replace(/\s(?:role|aria-roledescription|aria-hidden|aria-label|pointer-events)="[^"]*"/g, '')
    .replace(/<path class="background" d="M0,0h0v0h0Z"\/>/g, '')
    .replace(/<path class="foreground" d=""(?: display="none")?\/>/g, '');
}

/** Text elements inherit the report font from the root instead of repeating it (a third of a dense chart). */
export function inheritFont(svg: string): string {
  return svg.split(` font-family="${escapeXml(FONT_STACK)}"`).join('');
}

const GEOMETRY = /\s(d|transform|x|y|x1|x2|y1|y2|dx|dy|width|height|points)="([^"]*)"/g;

/** Round every number in geometry attributes to two decimals (sub-pixel noise like 46.15384615384615). */
export function roundGeometry(svg: string): string {
  return svg.replace(GEOMETRY, (_all, name: string, value: string) => {
    const rounded = value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (num) => {
      const r = Math.round(Number(num) * 100) / 100;
      return String(Object.is(r, -0) ? 0 : r);
    });
    return ` ${name}="${rounded}"`;
  });
}

/** All passes in order. The root is labelled last so its role="img" survives `stripNoise`. */
export function finishSvg(raw: string, label: SvgLabel): string {
  const cleaned = roundGeometry(inheritFont(stripNoise(raw)));
  return labelRoot(prefixIds(cleaned, label.id), label);
}
