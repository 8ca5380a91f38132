// Plausibility of a value against the institution's own series (and the previous edition), for typos that stay
// within the unit's range: 6,5 typed for 65, 430 → 1.684, a value and its n in each other's column. All warnings:
// each of these can be real, and the editor is the one who can look it up.
//
// Jumps. The points of one institution, indicator and breakdown are its start value and its realised values, in
// year order; the previous edition fills in years this edition lacks, and its value for the same year is compared
// as well (a revision). Two successive points differ by |b − a| (procent, cijfer) or |ln(b / a)| (aantal, euro).
// The indicator's usual difference is the median of that over all its pairs of points (at least MIN_PAIRS).
// A pair that differs by more than JUMP_FACTOR times the usual difference, or by a factor of about ten (TENFOLD),
// warns at the later point, once: a point that jumps away and back is warned once, not twice. Measured on the
// bundled edition (55 institutions, 26 indicators): the largest pair is 8,5 times its indicator's usual difference.
//
// Swaps. A realised value and its n look swapped when the value is nearer (as a ratio) to the institution's other
// n's than to its other values, and the n nearer to its values than to its n's (at least two other rows; their
// values and n's at least three times apart). A single row cannot be judged: whole percentages with a small n are
// common (on the generated edition of 550 institutions such a rule warned five times, wrongly).
import { formatNumber } from '../lib/nl.ts';
import { msg } from './messages.ts';
import type { Indicator, InstitutionValue, Issue, Snapshot } from './types.ts';
import type { Row } from './validate.ts';

export const JUMP_FACTOR = 10;
export const MIN_PAIRS = 8;
/** "About ten times" as large or small: a decimal comma one place off. */
const TENFOLD = { min: 7, max: 14 } as const;
/** …and at least this many times the usual difference, where it is known. */
const TENFOLD_FACTOR = 3;

interface Point {
  readonly value: InstitutionValue;
  /** Null for this edition; the previous edition's name otherwise. */
  readonly edition: string | null;
}

/**
 * Pure: the warnings for `current`'s waarden.csv against its own series and `previous`. `rows` are the checked rows
 * of waarden.csv, for the column of a cell. `merged`: institutions whose series crosses a merger (not compared).
 */
export function checkOwnSeries(current: Snapshot, rows: readonly Row[] | undefined, previous: Snapshot | null, merged: ReadonlySet<string> = new Set()): Issue[] {
  const byLine = new Map((rows ?? []).map((r) => [r.line, r]));
  const column = (v: InstitutionValue, name: string) => byLine.get(v.ref.line)?.columnOf(name);
  const indicators = new Map(current.indicators.map((i) => [i.id, i]));
  const issues: Issue[] = [];
  const warn = (v: InstitutionValue, name: string, message: string) =>
    issues.push({ severity: 'waarschuwing', file: 'waarden.csv', line: v.ref.line, column: column(v, name), message, kind: name === 'n' ? 'waarde en n verwisseld' : 'sprong in een reeks' });

  // A swap explains a jump on its line: one cause, one message.
  const swapped = swaps(current.values);
  for (const v of swapped) warn(v.value, 'n', v.message);
  const series = seriesOf(current, previous);
  const usual = usualDifferences(series, indicators);
  const warned = new Set<number>(swapped.map((v) => v.value.ref.line));
  for (const [key, points] of series) {
    const indicator = indicators.get(points[0]!.value.indicatorId);
    const typical = usualFor(usual, points[0]!.value);
    if (!indicator || merged.has(key.split('\u0000')[0]!)) continue;
    let outlier: Point | null = null;
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      const jump = b.edition === null ? jumpOf(a, b, indicator, typical) : null;
      // The way back from a point already warned about is the same mistake.
      if (jump && outlier !== a && !warned.has(b.value.ref.line)) {
        warn(b.value, 'waarde', jump);
        warned.add(b.value.ref.line);
        outlier = b;
      }
    }
  }
  if (previous) {
    const before = new Map(previous.values.map((v) => [valueKey(v), v]));
    for (const v of current.values) {
      if (v.kind === 'streef') continue;
      const old = before.get(valueKey(v));
      const indicator = indicators.get(v.indicatorId);
      const typical = usualFor(usual, v);
      if (!old || !indicator || warned.has(v.ref.line) || merged.has(v.institutionId)) continue;
      const jump = jumpOf({ value: old, edition: previous.name }, { value: v, edition: null }, indicator, typical);
      if (jump) {
        warn(v, 'waarde', jump);
        warned.add(v.ref.line);
      }
    }
  }
  return issues;
}

const valueKey = (v: InstitutionValue) => [v.institutionId, v.indicatorId, v.breakdown, v.kind, v.year, v.origin].join('\u0000');
const seriesKey = (v: InstitutionValue) => [v.institutionId, v.indicatorId, v.breakdown].join('\u0000');

/** Start and realised values per institution, indicator and breakdown, in year order (start first in a year). */
function seriesOf(current: Snapshot, previous: Snapshot | null): Map<string, Point[]> {
  const out = new Map<string, Point[]>();
  const add = (v: InstitutionValue, edition: string | null) => {
    const list = out.get(seriesKey(v)) ?? [];
    list.push({ value: v, edition });
    out.set(seriesKey(v), list);
  };
  const measured = (v: InstitutionValue) => v.kind === 'start' || v.kind === 'realisatie';
  for (const v of current.values) if (measured(v)) add(v, null);
  const have = new Set(current.values.filter(measured).map((v) => `${seriesKey(v)}\u0000${v.kind}\u0000${v.year}`));
  for (const v of previous?.values ?? []) if (measured(v) && !have.has(`${seriesKey(v)}\u0000${v.kind}\u0000${v.year}`)) add(v, previous!.name);
  for (const list of out.values()) list.sort((a, b) => a.value.year - b.value.year || (a.value.kind === 'start' ? -1 : 1) - (b.value.kind === 'start' ? -1 : 1));
  return out;
}

const usualFor = (usual: ReadonlyMap<string, number>, v: InstitutionValue) => usual.get(`${v.indicatorId}\u0000${v.breakdown}`) ?? usual.get(v.indicatorId);

const relative = (unit: Indicator['unit']) => unit === 'aantal' || unit === 'euro';

/** The difference of two values in the indicator's terms; null when a ratio cannot be taken. */
function difference(a: number, b: number, indicator: Indicator): number | null {
  if (!relative(indicator.unit)) return Math.abs(b - a);
  return a > 0 && b > 0 ? Math.abs(Math.log(b / a)) : null;
}

/**
 * Median difference between successive points per indicator and breakdown (an entree breakdown with few students
 * moves more than the total), else per indicator; only with MIN_PAIRS pairs and a median above 0. Keyed by
 * `indicator` and by `indicator\u0000breakdown`.
 */
function usualDifferences(series: ReadonlyMap<string, Point[]>, indicators: ReadonlyMap<string, Indicator>): Map<string, number> {
  const diffs = new Map<string, number[]>();
  const add = (key: string, d: number) => {
    const list = diffs.get(key);
    if (list) list.push(d);
    else diffs.set(key, [d]);
  };
  for (const points of series.values()) {
    const first = points[0]!.value;
    const indicator = indicators.get(first.indicatorId);
    if (!indicator) continue;
    for (let i = 1; i < points.length; i++) {
      const d = difference(points[i - 1]!.value.value, points[i]!.value.value, indicator);
      if (d === null) continue;
      add(indicator.id, d);
      add(`${indicator.id}\u0000${first.breakdown}`, d);
    }
  }
  const out = new Map<string, number>();
  for (const [id, list] of diffs) {
    if (list.length < MIN_PAIRS) continue;
    const sorted = [...list].sort((x, y) => x - y);
    const mid = sorted.length >> 1;
    const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    if (median > 0) out.set(id, median);
  }
  return out;
}

/** The warning for the pair a → b, or null when b is plausible. */
function jumpOf(a: Point, b: Point, indicator: Indicator, typical: number | undefined): string | null {
  const [x, y] = [a.value.value, b.value.value];
  const d = difference(x, y, indicator);
  const ratio = x > 0 && y > 0 ? Math.max(x, y) / Math.min(x, y) : null;
  // Small percentages move by large factors (1,2% → 8,4%): ten times is a slip only where the difference is large too.
  const tenfold = ratio !== null && ratio >= TENFOLD.min && ratio <= TENFOLD.max && (typical === undefined || (d ?? 0) > TENFOLD_FACTOR * typical);
  if (!tenfold && (d === null || typical === undefined || d <= JUMP_FACTOR * typical)) return null;
  const where = a.edition === null ? `regel ${a.value.ref.line}` : `vorige editie ${a.edition}, waarden.csv:${a.value.ref.line}`;
  const when = a.value.kind === 'start' ? `als startwaarde ${a.value.year}` : a.value.year === b.value.year ? `over ${a.value.year}` : `in ${a.value.year}`;
  const label = `${b.value.institutionId} '${b.value.indicatorId}'${b.value.breakdown === 'totaal' ? '' : ` (${b.value.breakdown})`} ${b.value.year}`;
  const up = y > x;
  const usual = typical === undefined ? null : relative(indicator.unit) ? `${formatNumber((Math.exp(typical) - 1) * 100)}%` : `${shown(round2(typical))}${indicator.unit === 'procent' ? ' procentpunt' : ''}`;
  const how = tenfold
    ? { compared: `ongeveer ${formatNumber(ratio!)} keer zo ${up ? 'groot' : 'klein'} als`, usual: null }
    : relative(indicator.unit)
      ? { compared: `${formatNumber(ratio ?? 0, 1)} keer zo ${up ? 'groot' : 'klein'} als`, usual }
      : { compared: `${shown(d!)}${indicator.unit === 'procent' ? ' procentpunt' : ''} ${up ? 'hoger' : 'lager'} dan`, usual };
  return msg.seriesJump(label, shown(y), how.compared, `${shown(x)} ${when} (${where})`, how.usual);
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const shown = (x: number) => (Number.isInteger(x) ? formatNumber(x) : formatNumber(x, Math.min(3, (String(round2(x)).split('.')[1] ?? '').length)));

function swaps(values: readonly InstitutionValue[]): { value: InstitutionValue; message: string }[] {
  const groups = new Map<string, InstitutionValue[]>();
  for (const v of values) if (v.n !== null && v.kind !== 'streef') groups.set(seriesKey(v), [...(groups.get(seriesKey(v)) ?? []), v]);
  const out: { value: InstitutionValue; message: string }[] = [];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const far = (a: number, b: number) => Math.abs(Math.log(a / b));
  for (const group of groups.values()) {
    for (const v of group) {
      if (v.kind !== 'realisatie' || v.value <= 0 || !v.n) continue;
      const others = group.filter((o) => o !== v && o.value > 0 && (o.n ?? 0) > 0);
      if (others.length >= 2) {
        const values = median(others.map((o) => o.value));
        const ns = median(others.map((o) => o.n!));
        if (far(values, ns) < Math.log(3)) continue;
        if (far(v.value, ns) < far(v.value, values) && far(v.n, values) < far(v.n, ns)) {
          out.push({ value: v, message: msg.swapSeries(shown(v.value), formatNumber(v.n), v.institutionId, v.indicatorId, shown(values), formatNumber(ns), others.map((o) => o.ref.line)) });
        }
      }
    }
  }
  return out;
}
