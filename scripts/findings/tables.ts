// The download of the findings stage: koers.csv, one row per indicator × breakdown with the course rule's numbers
// and verdict (rules/course.ts), unrounded, decimal point. Column descriptions: scripts/compute/columns.ts.
import { type Column, type ResultTable, resultTable } from '../compute/tables.ts';
import type { Results } from '../compute/types.ts';
import type { CourseResult, Findings } from './types.ts';

const COLUMNS: readonly Column<CourseResult>[] = [
  { name: 'indicator', get: (c) => c.indicatorId },
  { name: 'uitsplitsing', get: (c) => c.breakdown },
  { name: 'n', get: (c) => c.n },
  { name: 'gem_gepland', get: (c) => c.meanPlanned },
  { name: 'gem_gerealiseerd', get: (c) => c.meanActual },
  { name: 'gem_verschil', get: (c) => c.meanGap },
  { name: 'ci95_verschil_laag', get: (c) => c.gapCi95?.low ?? null },
  { name: 'ci95_verschil_hoog', get: (c) => c.gapCi95?.high ?? null },
  { name: 'ci95_gerealiseerd_laag', get: (c) => c.actualCi95?.low ?? null },
  { name: 'ci95_gerealiseerd_hoog', get: (c) => c.actualCi95?.high ?? null },
  { name: 'oordeel', get: (c) => c.status },
  { name: 'n_op_of_boven_pad', get: (c) => c.onCourse },
  { name: 'n_zonder_verbetering', get: (c) => c.withoutImprovement },
  { name: 'n_eerder_jaar', get: (c) => c.earlierYear },
  { name: 'n_andere_bron', get: (c) => c.otherSource },
  { name: 'oordeel_pad_vanaf_2024', get: (c) => c.statusFrom2024 },
];

/** koers.csv: every indicator × breakdown in indicator and breakdown order. */
export function courseTable(results: Results, findings: Findings): ResultTable {
  const rows = results.indicatorOrder.flatMap((id) => results.indicators[id]!.breakdowns.map((b) => findings.course[id]![b]!));
  return resultTable('koers.csv', COLUMNS, rows);
}
