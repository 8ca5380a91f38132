// The list of national figures the seed documents publish (data/bronnen/gepubliceerde-cijfers.csv, described in
// docs/data.md): every figure with its period, value, unit, the words of the source and a locator (`003:L1480`),
// the first edition that can know it, and for the figures left out on purpose the reason. The rows marked
// `opgenomen = ja` are the points of the national series in reeksen.csv; nothing else is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Unit } from '../snapshot/types.ts';

export const PUBLISHED_FIGURES = join(import.meta.dirname, '..', '..', 'data', 'bronnen', 'gepubliceerde-cijfers.csv');

export interface PublishedFigure {
  /** 1-based line in the CSV file (the header is line 1). */
  readonly line: number;
  readonly description: string;
  /** Series slug in reeksen.csv; empty for a figure left out. */
  readonly series: string;
  readonly breakdown: string;
  readonly period: string;
  readonly value: number | null;
  readonly unit: string;
  /** The figure as the seed text writes it. */
  readonly quote: string;
  /** The original source (DUO, CBS, …) as the seed names it. */
  readonly source: string;
  /** Seed file and line, e.g. `003:L1480`. */
  readonly locator: string;
  /** The first edition (peildatum 1 November of this year) that can know the figure; null when left out. */
  readonly firstEdition: number | null;
  readonly included: boolean;
  /** Why a figure is left out; empty when included. */
  readonly reason: string;
}

const COLUMNS = [
  'omschrijving', 'reeks', 'uitsplitsing', 'periode', 'waarde', 'eenheid', 'in_bron', 'bron', 'vindplaats', 'eerste_editie', 'opgenomen', 'reden',
] as const;

export function readPublishedFigures(path = PUBLISHED_FIGURES): PublishedFigure[] {
  const records = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, info: true }) as {
    record: Record<(typeof COLUMNS)[number], string>;
    info: { lines: number };
  }[];
  return records.map(({ record: r, info }) => {
    const included = r.opgenomen === 'ja';
    if (!included && r.opgenomen !== 'nee') throw new Error(`${path}:${info.lines}: opgenomen must be ja or nee`);
    const number = (text: string) => (text === '' ? null : Number(text));
    return {
      line: info.lines,
      description: r.omschrijving,
      series: r.reeks,
      breakdown: r.uitsplitsing,
      period: r.periode,
      value: number(r.waarde),
      unit: r.eenheid,
      quote: r.in_bron,
      source: r.bron,
      locator: r.vindplaats,
      firstEdition: number(r.eerste_editie),
      included,
      reason: r.reden,
    };
  });
}

/** A point of a national series, from an included row. */
export interface SeriesPoint {
  readonly breakdown: string;
  readonly period: string;
  readonly value: number;
  readonly unit: Unit;
  readonly firstEdition: number;
}

/** The included figures per series slug, in file order. */
export function seriesPoints(figures: readonly PublishedFigure[]): Map<string, SeriesPoint[]> {
  const out = new Map<string, SeriesPoint[]>();
  for (const f of figures) {
    if (!f.included) continue;
    if (f.value === null || f.firstEdition === null || f.series === '') throw new Error(`line ${f.line}: an included figure needs reeks, waarde and eerste_editie`);
    const points = out.get(f.series) ?? [];
    points.push({ breakdown: f.breakdown, period: f.period, value: f.value, unit: f.unit as Unit, firstEdition: f.firstEdition });
    out.set(f.series, points);
  }
  return out;
}
