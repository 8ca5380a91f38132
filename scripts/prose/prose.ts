// Stage 4: Results → Prose. Puts the paragraph templates (scripts/prose/paragraphs/) in order; pure, so the same
// Results always give the same text. Every number in it is traced (see builder.ts) and checked (factcheck.ts).
import type { Results } from '../compute/types.ts';
import { factRoot } from '../findings/root.ts';
import type { Findings } from '../findings/types.ts';
import { Writer } from './builder.ts';
import { writeBudget } from './paragraphs/budget.ts';
import { writeChanges } from './paragraphs/changes.ts';
import { goalEffort } from './paragraphs/effort.ts';
import { goalMandatory, goalParagraphId } from './paragraphs/goal.ts';
import { goalTableRows } from './paragraphs/goal-tables.ts';
import { standingParagraph } from './findings/goal-standing.ts';
import { writeFactsheets } from './paragraphs/factsheet.ts';
import { indicatorCourseLine, writeIndicator } from './paragraphs/indicator.ts';
import { indicatorTableRows } from './paragraphs/indicator-tables.ts';
import { writeInstitution } from './paragraphs/institution.ts';
import { writeIntroduction } from './paragraphs/introduction.ts';
import { writeMethod } from './paragraphs/method.ts';
import { findingsMethod } from './paragraphs/findings-method.ts';
import { writePriority, writeStagepact } from './paragraphs/priority.ts';
import { writeSector } from './paragraphs/sector.ts';
import { writeSeries } from './paragraphs/series.ts';
import { writeSeriesTables } from './paragraphs/series-tables.ts';
import { writeFindings, writeSummary } from './paragraphs/summary.ts';
import { writeTypology } from './paragraphs/typology.ts';
import type { GoalProse, IndicatorProse, Paragraph, Prose } from './types.ts';

/** Sentences are traced in the fact root (Results plus the findings derived from them). */
export function writeProse(results: Results, findings: Findings): Prose {
  const w = new Writer(factRoot(results, findings));
  const goals: Record<string, GoalProse> = {};
  for (const id of results.goalOrder) {
    const goal = results.goals[id]!;
    const effort = goalEffort(w, goal);
    goals[id] = {
      standing: standingParagraph(w, findings, goal, goalParagraphId(id, 'stand')),
      mandatory: goalMandatory(w, goal),
      effort: effort.found,
      effortNone: effort.none,
      tables: goalTableRows(w, findings, goal),
    };
  }
  const indicators: Record<string, Record<string, IndicatorProse>> = {};
  for (const id of results.indicatorOrder) {
    const byBreakdown: Record<string, IndicatorProse> = {};
    for (const b of results.indicators[id]!.breakdowns) byBreakdown[b] = writeIndicator(w, id, b);
    indicators[id] = byBreakdown;
  }
  const indicatorTables: Prose['indicatorTables'] = Object.fromEntries(results.indicatorOrder.map((id) => [id, indicatorTableRows(w, id)]));
  const courses: Record<string, Paragraph> = {};
  for (const id of results.indicatorOrder) {
    const line = indicatorCourseLine(w, id);
    if (line) courses[id] = line;
  }
  const institutions: Record<string, ReturnType<typeof writeInstitution>> = {};
  for (const id of results.institutionOrder) institutions[id] = writeInstitution(w, results.institutions[id]!);

  return {
    summary: writeSummary(w),
    findings: writeFindings(w, findings),
    introduction: writeIntroduction(w),
    sector: writeSector(w),
    priorities: { 1: writePriority(w, findings, 1), 2: writePriority(w, findings, 2), 3: writePriority(w, findings, 3) },
    stagepact: writeStagepact(w, findings),
    goals,
    indicators,
    courses,
    indicatorTables,
    series: writeSeries(w),
    seriesTables: writeSeriesTables(w),
    typology: writeTypology(w),
    budget: writeBudget(w),
    method: [...writeMethod(w), ...findingsMethod(w)],
    changes: writeChanges(w),
    institutions,
    factsheets: writeFactsheets(w),
  };
}
