// Structured text: the block/inline tree that editor markdown becomes (scripts/prose/editor-tree.ts) and that
// the PDF's document model is made of (scripts/pdf/document.ts). A renderer places every string as text, so
// no name or editor text can turn into markup. Short keys (`t`, `c`) keep the JSON of a whole report small.

/** A run of text inside a paragraph, heading or table cell. A plain string is text. */
export type Inline =
  | string
  | { readonly t: 'strong' | 'emph'; readonly c: readonly Inline[] }
  | { readonly t: 'code'; readonly text: string }
  | { readonly t: 'break' }
  /** A link to another website (`https://…`, `mailto:`) or, made by the PDF stage, within the document (`#fig-…`). */
  | { readonly t: 'link'; readonly url: string; readonly c: readonly Inline[] }
  /**
   * A footnote at the place of its reference. `id` is unique in the document; a second reference to the same
   * note has `first: false` and repeats only the number.
   */
  | { readonly t: 'note'; readonly id: string; readonly first?: boolean; readonly c: readonly Inline[] }
  /** A small image inside a line of text; `src` is a path the renderer resolves (an image block has its own kind). */
  | { readonly t: 'image'; readonly src: string; readonly alt: string };

export type Align = 'left' | 'center' | 'right';

export interface RichTable {
  readonly t: 'table';
  readonly align: readonly Align[];
  /** Shares of the width the text columns divide (null: as wide as the content, for figures); default all null. */
  readonly widths?: readonly (number | null)[];
  readonly head: readonly (readonly Inline[])[];
  readonly rows: readonly (readonly (readonly Inline[])[])[];
}

export type RichBlock =
  /** `level` is absolute in the document (1 = chapter): the editor's `#` sits one below its section. */
  | { readonly t: 'heading'; readonly level: number; readonly title: string }
  | { readonly t: 'paragraph'; readonly c: readonly Inline[] }
  | { readonly t: 'list'; readonly ordered: boolean; readonly start?: number; readonly items: readonly (readonly RichBlock[])[] }
  | { readonly t: 'quote'; readonly c: readonly RichBlock[] }
  | { readonly t: 'code'; readonly text: string }
  | { readonly t: 'rule' }
  | { readonly t: 'image'; readonly src: string; readonly alt: string }
  | RichTable;

/** The plain text of a run (for headings, alt texts and checks). */
export function plainText(items: readonly Inline[]): string {
  return items
    .map((x) => {
      if (typeof x === 'string') return x;
      if (x.t === 'code') return x.text;
      if (x.t === 'break') return ' ';
      if (x.t === 'image') return x.alt;
      if (x.t === 'note') return '';
      return plainText(x.c);
    })
    .join('');
}
