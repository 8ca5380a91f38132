// Live numbers in editor text: an editor quotes a computed number in markdown with a short Dutch shortcode,
//
//   [[getal: sector.werkdruk.totaal.start.mean]]            → 41,2      (whole numbers without decimals)
//   [[getal: sector.werkdruk.totaal.start.mean | 0]]        → 41        (after `|`: the number of decimals)
//   [[procent: sector.werkdruk.totaal.reached.share]]       → 22%
//   [[bedrag: budget.total]]                                → € 704,0 miljoen
//
// The path is a fact key into the results (the same keys the generated text records; the site shows them as
// `data-facts`), including `findings.…`. The value is formatted the Dutch way, rendered as a traced paragraph
// (`data-paragraph`), so the fact check covers it in site and pdf like generated text, and compared with the
// previous edition: a changed value is reported in the build output.
import { valueAt } from '../compute/lookup.ts';
import type { Results } from '../compute/types.ts';
import { ReportError } from '../lib/errors.ts';
import { formatEuro, formatNumber, formatPercent } from '../lib/nl.ts';
import type { Paragraph } from './types.ts';

export const SHORTCODE = /\[\[\s*(getal|procent|bedrag)\s*:\s*([^\]|]+?)\s*(?:\|\s*(\d)\s*)?\]\]/g;

export interface LiveNumber {
  readonly kind: 'getal' | 'procent' | 'bedrag';
  readonly path: string;
  readonly decimals: number | null;
  /** 1-based line and column of the shortcode in the file. */
  readonly line: number;
  readonly column: number;
  readonly value: number;
  readonly shown: string;
}

export function formatLive(kind: LiveNumber['kind'], value: number, decimals: number | null): string {
  const d = decimals ?? (Number.isInteger(value) ? 0 : 1);
  if (kind === 'procent') return formatPercent(value, decimals ?? 0);
  if (kind === 'bedrag') return formatEuro(value);
  return formatNumber(value, d);
}

/**
 * Find the shortcodes of `source` and resolve them in `root`; throws a ReportError naming `file:line:column` for a
 * path that holds no number. Returns the numbers in order.
 */
export function resolveLiveNumbers(source: string, file: string, root: Results): LiveNumber[] {
  const out: LiveNumber[] = [];
  const problems: string[] = [];
  for (const m of source.matchAll(SHORTCODE)) {
    const before = source.slice(0, m.index);
    const line = before.split('\n').length;
    const column = m.index! - before.lastIndexOf('\n');
    const path = m[2]!.trim();
    const value = valueAt(root, path);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${file}:${line}:${column}: "${path}" is geen getal in de resultaten van deze editie`);
      continue;
    }
    const kind = m[1] as LiveNumber['kind'];
    const decimals = m[3] === undefined ? null : Number(m[3]);
    out.push({ kind, path, decimals, line, column, value, shown: formatLive(kind, value, decimals) });
  }
  if (problems.length > 0) {
    throw new ReportError(problems.join('\n'), 'Controleer het pad in de code [[getal: …]]; de paden staan als data-facts in de html van de site (zie content/README.md).');
  }
  return out;
}

/** Paragraph id of the n-th live number of a file: `redactie-voorwoord-1`. */
export function liveParagraphId(file: string, n: number): string {
  return `redactie-${file.replace(/^content\//, '').replace(/\.md$/, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${n}`;
}

/** One traced paragraph per live number (a single "sentence": the formatted value). */
export function liveParagraphs(file: string, numbers: readonly LiveNumber[]): Paragraph[] {
  return numbers.map((n, i) => ({ id: liveParagraphId(file, i + 1), sentences: [{ text: n.shown, facts: [{ key: n.path, value: n.value, shown: n.shown }] }] }));
}

/** Dutch build-output lines for the live numbers whose value differs in the previous edition's results. */
export function changedSincePrevious(file: string, numbers: readonly LiveNumber[], previous: Results | null): string[] {
  if (!previous) return [];
  return numbers.flatMap((n) => {
    const before = valueAt(previous, n.path);
    if (typeof before !== 'number') return [`${file}:${n.line}:${n.column}: ${n.path} bestond niet in de vorige editie; nu ${n.shown}`];
    const was = formatLive(n.kind, before, n.decimals);
    return was === n.shown ? [] : [`${file}:${n.line}:${n.column}: ${n.path} was ${was} in de vorige editie, nu ${n.shown}`];
  });
}
