// What Typst's own layout says about where things landed: every heading and figure leaves a mark (templates/pdf/
// blocks.typ, `mark`) with its page and height on the page, queried after the compilation. The build checks with
// it that every figure sits in its own section: a float goes to the top or bottom of a page, so it is in its
// section when its page is one where the section is, from the page of its heading to the page of the next heading.

export interface LayoutMark {
  readonly kind: 'heading' | 'figure';
  /** A heading's level, a figure's id. */
  readonly key: number | string;
  readonly page: number;
  /** Distance from the top of the page, pt. */
  readonly y: number;
}

/** Figures printed outside their section, in Dutch, one line each. */
export function figuresOutsideSection(marks: readonly LayoutMark[], names: ReadonlyMap<string, string> = new Map()): string[] {
  const problems: string[] = [];
  // Marks come in document order: a figure's section starts at the heading before it and ends at the one after it.
  marks.forEach((m, i) => {
    if (m.kind !== 'figure') return;
    const name = names.get(String(m.key)) ?? String(m.key);
    const start = marks.slice(0, i).filter((x) => x.kind === 'heading').at(-1);
    const end = marks.slice(i + 1).find((x) => x.kind === 'heading');
    if (start && m.page < start.page) problems.push(`${name} staat op pagina ${m.page}, vóór de pagina van zijn paragraaf (${start.page})`);
    if (end && m.page > end.page) problems.push(`${name} staat op pagina ${m.page}, na het begin van de volgende paragraaf (pagina ${end.page})`);
  });
  return problems;
}
