// Plausibility of what the numbers mean, beyond their type: values that are well-formed but almost surely
// another quantity than the column says. Which rule refuses (fout) and which warns (waarschuwing):
// - every value of a `procent` indicator or series within 0..1: fractions as Excel stores a percentage → fout;
// - spending above the budget of the same institution and goal: can happen (overspending) → waarschuwing;
//   ten times the budget or more: a unit or separator slip in one of the amounts → fout;
// - a count or amount about 1000 times (300–3000×) the same value in the previous edition → fout.
import { formatEuro, formatNumber } from '../lib/nl.ts';
import type { Dialect } from './csv.ts';
import { msg } from './messages.ts';
import type { Budget, Indicator, Issue, Snapshot, Spending } from './types.ts';
import type { Row } from './validate.ts';
import { issueSink } from './validate.ts';

interface Data {
  readonly indicators: readonly Indicator[];
  readonly budgets: readonly Budget[];
  readonly spending: readonly Spending[];
}

export function checkPlausibility(data: Data, tables: ReadonlyMap<string, Row[]>, dialects: ReadonlyMap<string, Dialect>, issues: Issue[]): void {
  const procent = new Set(data.indicators.filter((i) => i.unit === 'procent').map((i) => i.id));
  const rows = (file: string) => (tables.get(file) ?? []).filter((r) => r.valid && typeof r.cells.waarde === 'number');
  fractions(issues, 'waarden.csv', rows('waarden.csv').filter((r) => procent.has(r.cells.indicator as string)), (r) => `indicator '${r.cells.indicator}'`, dialects);
  fractions(issues, 'landelijke_doelen.csv', rows('landelijke_doelen.csv').filter((r) => procent.has(r.cells.indicator as string)), (r) => `indicator '${r.cells.indicator}'`, dialects);
  fractions(issues, 'reeksen.csv', rows('reeksen.csv').filter((r) => r.cells.eenheid === 'procent'), (r) => `reeks '${r.cells.reeks}'`, dialects);
  overBudget(issues, tables);
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
      const args = [row.cells.instelling as string, row.cells.doelstelling as string, row.cells.jaar as number, formatEuro(total), formatEuro(budget), budgetRow.line] as const;
      if (budget > 0 && total >= 10 * budget) {
        sink.error(row.line, row.columnOf('besteed'), msg.farOverBudget(...args));
        break;
      }
      if (total > budget && !warned) {
        sink.warning(row.line, row.columnOf('besteed'), msg.overBudget(...args));
        warned = true;
      }
    }
  }
}

/**
 * Counts and amounts that moved by a factor of about 1000 against the previous edition, for the same
 * institution, indicator, breakdown, kind and year: a grouping or unit slip in one of the two editions.
 */
export function checkAgainstPrevious(current: Snapshot, previous: Snapshot): Issue[] {
  const issues: Issue[] = [];
  const counted = new Set(current.indicators.filter((i) => i.unit === 'aantal' || i.unit === 'euro').map((i) => i.id));
  const key = (v: Snapshot['values'][number]) => [v.institutionId, v.indicatorId, v.breakdown, v.kind, v.year].join('\u0000');
  const before = new Map<string, Snapshot['values'][number]>();
  for (const v of previous.values) if (!before.has(key(v))) before.set(key(v), v);
  const sink = issueSink('waarden.csv', issues);
  for (const v of current.values) {
    if (!counted.has(v.indicatorId)) continue;
    const old = before.get(key(v));
    if (!old || old.value <= 0 || v.value <= 0) continue;
    const ratio = v.value / old.value;
    const factor = ratio >= 300 && ratio <= 3000 ? '1000 keer zo groot' : ratio <= 1 / 300 && ratio >= 1 / 3000 ? '1000 keer zo klein' : null;
    if (!factor) continue;
    const shown = (x: number) => (Number.isInteger(x) ? formatNumber(x) : String(x).replace('.', ','));
    sink.error(
      v.ref.line,
      undefined,
      msg.jump(`${v.institutionId} ${v.indicatorId} (${v.kind} ${v.year}): ${shown(v.value)}`, factor, shown(old.value), previous.name, `${old.ref.file}:${old.ref.line}`),
    );
  }
  return issues;
}
