// Repairing bookmark titles that Chromium gets wrong. Chromium 156 builds each bookmark from the text it
// painted for the heading, and
//   - for some headings at the top of a page records every text run twice: the bookmark for
//     "1.2 Werkagenda en Stagepact" reads "1.21.2 Werkagenda en Stagepact Werkagenda en Stagepact";
//   - joins the lines of a wrapped heading without a space: "… onderwijs enarbeidsmarkt";
//   - does both at once, doubling only the first line: "… op de… op deopleiding".
// The true titles are known from the DOM. A wrong outline item is not edited in place (the right title may be
// longer); a corrected copy of the item's dictionary goes into the incremental update that finalize.ts
// appends, which replaces that object and leaves every other byte of Chromium's file as it was.
import type { Page } from 'puppeteer-core';
import { pdfString, type PdfObject } from './finalize.ts';

const TITLE = /\/Title\s*(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g;

/** Decode a PDF string token: `(literal)` with escapes, or `<hex>` (UTF-16BE with BOM, else Latin-1). */
export function decodePdfString(token: string): string {
  if (token.startsWith('<')) {
    const bytes = Buffer.from(token.slice(1, -1).replace(/\s+/g, ''), 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return token.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) => {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    if (/^[0-7]/.test(c)) return String.fromCharCode(parseInt(c, 8));
    return simple[c] ?? c;
  });
}

const skeleton = (text: string) => text.replace(/\s+/g, '');

/**
 * Whether `title` is `heading` cut into text runs (number, title, the lines of a wrapped title) of which some
 * are written twice, spaces aside: `1.21.2 Werkagenda Werkagenda`, or `… op de… op deopleiding` where only the
 * first line of a wrapped heading was doubled.
 */
export function isDoubled(title: string, heading: string): boolean {
  const h = skeleton(heading);
  const t = skeleton(title);
  if (t.length <= h.length || t.length > 2 * h.length || t[0] !== h[0] || t.at(-1) !== h.at(-1)) return false;
  // reach[i] holds every j such that h[0..i) can produce t[0..j); at most |h| runs, so this stays small.
  const reach: Set<number>[] = Array.from({ length: h.length + 1 }, () => new Set<number>());
  reach[0]!.add(0);
  for (let i = 0; i < h.length; i++) {
    for (const j of reach[i]!) {
      for (let e = i + 1; e <= h.length; e++) {
        const run = h.slice(i, e);
        if (t.startsWith(run, j)) reach[e]!.add(j + run.length);
        if (t.startsWith(run + run, j)) reach[e]!.add(j + 2 * run.length);
      }
    }
  }
  return reach[h.length]!.has(t.length);
}

/**
 * The heading a wrong bookmark title stands for: the same characters without their spaces (a wrapped heading),
 * or each text run twice (a doubled one, wrapped or not). Null when the title is right or no single heading fits.
 */
export function correctTitle(title: string, headings: ReadonlySet<string>): string | null {
  if (headings.has(title)) return null;
  const matches = new Set([...headings].filter((h) => skeleton(h) === skeleton(title) || isDoubled(title, h)));
  return matches.size === 1 ? [...matches][0]! : null;
}

const OBJECT = /(?<=^|\n)(\d+) 0 obj\s*(<<[\s\S]*?>>)\s*endobj/g;

/** Corrected copies of the outline items whose title is wrong (only items: they have /Parent). */
export function repairOutline(pdf: Buffer, headings: readonly string[]): { objects: PdfObject[]; repaired: string[] } {
  const known = new Set(headings.map((h) => h.replace(/\s+/g, ' ').trim()));
  const objects: PdfObject[] = [];
  const repaired: string[] = [];
  for (const match of pdf.toString('latin1').matchAll(OBJECT)) {
    const dict = match[2]!;
    if (!dict.includes('/Parent')) continue;
    const title = new RegExp(TITLE.source).exec(dict);
    if (!title) continue;
    const fixed = correctTitle(decodePdfString(title[1]!), known);
    if (!fixed) continue;
    objects.push({ num: Number(match[1]), body: dict.replace(title[0], `/Title ${pdfString(fixed)}`) });
    repaired.push(fixed);
  }
  return { objects, repaired };
}

/** The text of every rendered heading, in document order: what the bookmarks should say. */
export async function readHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}
