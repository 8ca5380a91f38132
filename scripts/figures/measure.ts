// Text measurement with the real report font. Without node-canvas vega guesses every text is 0,8 em per
// character, which makes label columns far too wide; here the widths come from Source Sans 3's advance widths
// (read with fontkit), so axis offsets, label truncation and `autosize: fit` match what the browser draws.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import * as vega from 'vega';
import { FONT_FILES, FONT_SIZE } from './theme.ts';

export interface TextStyle {
  readonly fontSize?: number;
  readonly fontWeight?: number | string | null;
}

type Weight = keyof typeof FONT_FILES;

interface LoadedFont {
  readonly font: fontkit.Font;
  /** Advance width per code point in em, filled lazily. */
  readonly advances: Map<number, number>;
}

const fonts = new Map<Weight, LoadedFont>();

function loaded(weight: Weight): LoadedFont {
  let entry = fonts.get(weight);
  if (!entry) {
    entry = { font: fontkit.create(readFileSync(FONT_FILES[weight])), advances: new Map() };
    fonts.set(weight, entry);
  }
  return entry;
}

/** CSS weights → the nearest weight we load (400, 600, 700). */
export function weightOf(fontWeight: TextStyle['fontWeight']): Weight {
  if (fontWeight === 'bold' || fontWeight === 'bolder') return 700;
  const n = typeof fontWeight === 'number' ? fontWeight : Number(fontWeight);
  if (!Number.isFinite(n)) return 400;
  return n >= 650 ? 700 : n >= 550 ? 600 : 400;
}

function advance(entry: LoadedFont, codePoint: number): number {
  let em = entry.advances.get(codePoint);
  if (em === undefined) {
    const { font } = entry;
    // Characters outside the latin subset get a typical width rather than the .notdef box.
    em = font.hasGlyphForCodePoint(codePoint) ? font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm : 0.5;
    entry.advances.set(codePoint, em);
  }
  return em;
}

/**
 * Width in px of one line of text: the sum of the glyph advances. Kerning is left out; for Source Sans 3
 * it changes label widths by well under 1%.
 */
export function measureText(text: string, style: TextStyle = {}): number {
  const entry = loaded(weightOf(style.fontWeight));
  let em = 0;
  for (const ch of text) em += advance(entry, ch.codePointAt(0)!);
  return em * (style.fontSize ?? FONT_SIZE.label);
}

/** Greedy word wrap to lines no wider than `maxWidth`; a single over-long word gets a line of its own. */
export function wrapText(text: string, maxWidth: number, style: TextStyle = {}): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measureText(candidate, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface VegaTextItem {
  readonly fontSize?: number;
  readonly fontWeight?: number | string;
  readonly limit?: number;
}

/**
 * Vega's hook: the width of `text` for a text item. Capped at the item's `limit`, so that bounds of
 * truncated labels are right while vega's own truncation (which compares against `limit`) still cuts.
 */
function vegaWidth(item: VegaTextItem, text: unknown): number {
  const value = text == null ? '' : String(text).trim();
  if (!value || (item.fontSize ?? 11) <= 0) return 0;
  const width = measureText(value, { fontSize: item.fontSize ?? 11, fontWeight: item.fontWeight ?? null });
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
}

let installed = false;

/** Make vega measure text with the report font (idempotent; affects this process's vega module). */
export function installFontMetrics(): void {
  if (installed) return;
  // `textMetrics` is exported by vega (from vega-scenegraph) but missing from its typings.
  (vega as unknown as { textMetrics: { width: typeof vegaWidth } }).textMetrics.width = vegaWidth;
  installed = true;
}
