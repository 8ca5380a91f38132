// Plausibility of what the numbers mean, beyond their type: values that are well-formed but almost surely
// another quantity than the column says. Which rule refuses (fout) and which warns (waarschuwing):
// - every value of a `procent` indicator or series within 0..1: fractions as Excel stores a percentage → fout;
// - one value of a `procent` indicator in waarden.csv strictly between 0 and 1 (or 1 written with decimals) whose
//   hundredfold (within a factor 2) matches the same number in the previous edition: one institution exported
//   fractions → fout; when it matches every other value (above 5) of the same institution, indicator and breakdown
//   instead, it can still be a real low percentage → waarschuwing;
// - spending above the budget of the same institution and goal: can happen (overspending) → waarschuwing;
//   ten times the budget or more: a unit or separator slip in one of the amounts → fout;
// - a count or amount (studenten, begroot, besteed, waarde of an aantal/euro indicator or series) about 1000 times
//   (300–3000×) larger or smaller than the same number in the previous edition → fout.
import { formatEuro, formatNumber } from '../lib/nl.ts';
import type { Dialect } from './csv.ts';
import { msg } from './messages.ts';
import type { Indicator, Issue, Snapshot } from './types.ts';
import type { Row } from './validate.ts';
import { issueSink } from './validate.ts';

interface Data {
  readonly indicators: readonly Indicator[];
}

export function checkPlausibility(data: Data, tables: ReadonlyMap<string, Row[]>, dialects: ReadonlyMap<string, Dialect>, issues: Issue[]): void {
  const procent = new Set(data.indicators.filter((i) => i.unit === 'procent').map((i) => i.id));
  const rows = (file: string) => (tables.get(file) ?? []).filter((r) => r.valid && typeof r.cells.waarde === 'number');
  fractions(issues, 'waarden.csv', rows('waarden.csv').filter((r) => procent.has(r.cells.indicator as string)), (r) => `indicator '${r.cells.indicator}'`, dialects);
  fractions(issues, 'landelijke_doelen.csv', rows('landelijke_doelen.csv').filter((r) => procent.has(r.cells.indicator as string)), (r) => `indicator '${r.cells.indicator}'`, dialects);
  fractions(issues, 'reeksen.csv', rows('reeksen.csv').filter((r) => r.cells.eenheid === 'procent'), (r) => `reeks '${r.cells.reeks}'`, dialects);
  oneFraction(issues, rows('waarden.csv').filter((r) => procent.has(r.cells.indicator as string)));
  overBudget(issues, tables);
}

/** A value that reads as a fraction (0 < v < 1, or 1 written with decimals such as `1.0`). */
const looksFraction = (row: Row) => {
  const v = row.cells.waarde as number;
  return (v > 0 && v < 1) || (v === 1 && /[.,]/.test(row.raw('waarde')));
};
/**
 * A reference above 5 within a factor 2 of 100 × the fraction: the same percentage, once as a fraction. Tight on
 * purpose: a low percentage such as a target of 0,2% beside a start of 8,9% is a real value, not a fraction.
 */
const hundredfold = (fraction: number, reference: number) => reference > 5 && reference >= (fraction * 100) / 2 && reference <= fraction * 100 * 2;
const percentOf = (row: Row) => formatNumber((row.cells.waarde as number) * 100, Math.max(0, (/[.,](\d+)$/.exec(row.raw('waarde'))?.[1]?.length ?? 0) - 2));
const shownValue = (x: number) => (Number.isInteger(x) ? formatNumber(x) : String(x).replace('.', ','));
const subjectOf = (row: Row) => `'${row.cells.indicator}'${row.cells.uitsplitsing === 'totaal' ? '' : ` (uitsplitsing '${row.cells.uitsplitsing}')`}`;

/** One institution's values of a `procent` indicator as fractions beside its own percentages: an error at each. */
function oneFraction(issues: Issue[], rows: readonly Row[]): void {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = ['instelling', 'indicator', 'uitsplitsing'].map((k) => String(row.cells[k])).join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const sink = issueSink('waarden.csv', issues);
  for (const group of groups.values()) {
    for (const row of group.filter(looksFraction)) {
      // Every other value of the institution must read as the same percentage, or the small value may be real.
      const others = group.filter((r) => !looksFraction(r));
      const ref = others[0];
      if (!ref || !others.every((r) => hundredfold(row.cells.waarde as number, r.cells.waarde as number))) continue;
      // A low percentage beside higher ones can be real (a target near 0): warn, and refuse only against the same
      // number in the previous edition (below).
      const example = `${shownValue(ref.cells.waarde as number)} op regel ${ref.line}`;
      sink.warning(row.line, row.columnOf('waarde'), msg.oneFractionMaybe(row.raw('waarde'), percentOf(row), row.cells.instelling as string, subjectOf(row), example), 'mogelijke fractie');
    }
  }
}

/** All values of one subject within 0..1 (and not all zero): one error at the first of them. */
function fractions(issues: Issue[], file: string, rows: readonly Row[], subject: (r: Row) => string, dialects: ReadonlyMap<string, Dialect>): void {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = subject(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const [key, group] of groups) {
    const values = group.map((r) => r.cells.waarde as number);
    if (group.length < 2 || values.some((v) => v < 0 || v > 1) || values.every((v) => v === 0)) continue;
    const first = group.find((r) => (r.cells.waarde as number) > 0)!;
    issueSink(file, issues).error(first.line, first.columnOf('waarde'), msg.fractions(group.length, key, first.raw('waarde'), dialects.get(file) ?? 'en'));
  }
}

function overBudget(issues: Issue[], tables: ReadonlyMap<string, Row[]>): void {
  const budgets = new Map<string, Row>();
  for (const row of tables.get('begroting.csv') ?? []) {
    if (row.valid) budgets.set(`${row.cells.instelling}\u0000${row.cells.doelstelling}`, row);
  }
  const spent = new Map<string, Row[]>();
  for (const row of tables.get('bestedingen.csv') ?? []) {
    if (!row.valid) continue;
    const key = `${row.cells.instelling}\u0000${row.cells.doelstelling}`;
    spent.set(key, [...(spent.get(key) ?? []), row]);
  }
  const sink = issueSink('bestedingen.csv', issues);
  for (const [key, rows] of spent) {
    const budgetRow = budgets.get(key);
    if (!budgetRow) continue;
    const budget = budgetRow.cells.begroot as number;
    let total = 0;
    let warned = false;
    for (const row of [...rows].sort((a, b) => (a.cells.jaar as number) - (b.cells.jaar as number))) {
      total += row.cells.besteed as number;
      // Rounded amounts that read the same ("€ 1,2 miljoen, meer dan … € 1,2 miljoen") are shown exactly.
      const same = formatEuro(total) === formatEuro(budget);
      const euro = (x: number) => (same ? `€ ${formatNumber(x, Number.isInteger(x) ? 0 : 2)}` : formatEuro(x));
      const args = [row.cells.instelling as string, row.cells.doelstelling as string, row.cells.jaar as number, euro(total), euro(budget), budgetRow.line] as const;
      if (budget > 0 && total >= 10 * budget) {
        sink.error(row.line, row.columnOf('besteed'), msg.farOverBudget(...args));
        break;
      }
      if (total > budget && !warned) {
        sink.warning(row.line, row.columnOf('besteed'), msg.overBudget(...args), 'besteding boven begroting');
        warned = true;
      }
    }
  }
}

/** Where counts and amounts sit, and what identifies the same number in two editions. */
const COMPARED: readonly { file: string; key: readonly string[]; value: string; counted?: 'indicator' | 'eenheid' }[] = [
  { file: 'instellingen.csv', key: ['instelling'], value: 'studenten' },
  { file: 'begroting.csv', key: ['instelling', 'doelstelling'], value: 'begroot' },
  { file: 'bestedingen.csv', key: ['instelling', 'doelstelling', 'jaar'], value: 'besteed' },
  { file: 'waarden.csv', key: ['instelling', 'indicator', 'uitsplitsing', 'soort', 'jaar'], value: 'waarde', counted: 'indicator' },
  { file: 'reeksen.csv', key: ['reeks', 'uitsplitsing', 'periode'], value: 'waarde', counted: 'eenheid' },
];

/**
 * Counts and amounts that moved by a factor of about 1000 (300 to 3000 times larger or smaller) against the same
 * number in the previous edition: a grouping or unit slip in one of the two. Reported at the current row.
 */
export function checkAgainstPrevious(current: Snapshot, currentRows: ReadonlyMap<string, readonly Row[]>, previous: Snapshot, previousRows: ReadonlyMap<string, readonly Row[]>): Issue[] {
  const issues: Issue[] = [];
  const counted = new Set(current.indicators.filter((i) => i.unit === 'aantal' || i.unit === 'euro').map((i) => i.id));
  const isCounted = (row: Row, how: 'indicator' | 'eenheid' | undefined) =>
    how === 'indicator' ? counted.has(row.cells.indicator as string) : how === 'eenheid' ? row.cells.eenheid === 'aantal' || row.cells.eenheid === 'euro' : true;
  const shown = shownValue;
  const procent = new Set(current.indicators.filter((i) => i.unit === 'procent').map((i) => i.id));
  for (const { file, key, value, counted: how } of COMPARED) {
    const keyOf = (row: Row) => key.map((k) => String(row.cells[k])).join('\u0000');
    const before = new Map<string, Row>();
    for (const row of previousRows.get(file) ?? []) if (row.valid && !before.has(keyOf(row))) before.set(keyOf(row), row);
    const sink = issueSink(file, issues);
    for (const row of currentRows.get(file) ?? []) {
      if (!row.valid) continue;
      if (file === 'waarden.csv' && procent.has(row.cells.indicator as string) && typeof row.cells.waarde === 'number' && looksFraction(row)) {
        const old = before.get(keyOf(row));
        const then = old?.cells.waarde;
        if (typeof then === 'number' && hundredfold(row.cells.waarde, then)) {
          const example = `${shown(then)} in de vorige editie ${previous.name}, ${file}:${old!.line}`;
          sink.error(row.line, row.columnOf('waarde'), msg.oneFraction(row.raw('waarde'), percentOf(row), row.cells.instelling as string, subjectOf(row), example));
        }
        continue;
      }
      if (!isCounted(row, how)) continue;
      const old = before.get(keyOf(row));
      const now = row.cells[value];
      const then = old?.cells[value];
      if (typeof now !== 'number' || typeof then !== 'number' || now <= 0 || then <= 0) continue;
      const ratio = now / then;
      const factor = ratio >= 300 && ratio <= 3000 ? '1000 keer zo groot' : ratio <= 1 / 300 && ratio >= 1 / 3000 ? '1000 keer zo klein' : null;
      if (!factor) continue;
      const label = `${key.map((k) => row.cells[k]).join(' ')}: ${value} ${shown(now)}`;
      sink.error(row.line, row.columnOf(value), msg.jump(label, factor, shown(then), previous.name, `${file}:${old!.line}`));
    }
  }
  return issues;
}
