// Minimal typing for the part of fontkit 2 the figures stage uses (the package ships no declarations).
declare module 'fontkit' {
  export interface Glyph {
    readonly id: number;
    readonly advanceWidth: number;
  }
  export interface Font {
    readonly familyName: string;
    readonly unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): { readonly advanceWidth: number; readonly glyphs: readonly Glyph[] };
  }
  export function create(buffer: Buffer | Uint8Array): Font;
}
