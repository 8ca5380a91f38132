// Stage 3: Results → Findings, a pure function. First the data the rules derive (course per indicator, the shape
// of each national series, spending pace, judgement majorities, coverage), then each rule's findings, then one
// ranking by importance. Findings are data: their words are written by the prose stage (scripts/prose/findings/).
// Rules: rules/*.ts; the importance score: importance.ts; everything in words: README.md and the method chapter.
import { mainBreakdown } from '../compute/lookup.ts';
import type { Results } from '../compute/types.ts';
import type { RuleContext, Rule } from './context.ts';
import { MAX_SIZE, POLARITY_WEIGHT } from './importance.ts';
import { attainmentFindings } from './rules/attainment.ts';
import { allCourses, developmentOf } from './rules/course.ts';
import { courseFindings } from './rules/course-findings.ts';
import { judgementFindings, judgementViews, spendingFindings, spendingPaces } from './rules/effort.ts';
import { coverage, missingFindings } from './rules/missing.ts';
import { mainLines, trendOf } from './rules/series.ts';
import { seriesFindings } from './rules/series-findings.ts';
import { sumFindings } from './rules/sums.ts';
import type { Finding, Findings, OverviewRow, SeriesTrend } from './types.ts';

/** The rules in a fixed order (ties in importance keep this order through the id sort). */
const RULES: readonly Rule[] = [courseFindings, attainmentFindings, seriesFindings, sumFindings, spendingFindings, judgementFindings, missingFindings];

export function findFindings(results: Results): Findings {
  const course = allCourses(results);
  const series: Record<string, SeriesTrend> = {};
  for (const [slug, { line, index }] of mainLines(results)) series[slug] = trendOf(results, line, index);
  const overview: OverviewRow[] = results.indicatorOrder.map((id) => {
    const indicator = results.indicators[id]!;
    const b = mainBreakdown(results, id);
    return {
      goalId: indicator.goalId,
      indicatorId: id,
      breakdown: b?.breakdown ?? null,
      status: b ? course[id]![b.breakdown]!.status : 'geen-gegevens',
      development: developmentOf(indicator, b),
    };
  });
  const data: RuleContext['data'] = {
    course,
    series,
    spending: spendingPaces(results),
    judgements: judgementViews(results),
    overview,
    coverage: coverage(results),
  };
  const ctx: RuleContext = { results, data };
  const items = RULES.flatMap((rule) => rule(ctx)).sort(byImportance);
  const ids = new Set<string>();
  for (const f of items) {
    if (ids.has(f.id)) throw new Error(`bevindingen: dubbele id ${f.id}`);
    ids.add(f.id);
  }
  const byGoal: Record<string, string[]> = {};
  for (const id of results.goalOrder) byGoal[id] = items.filter((f) => f.goalId === id).map((f) => f.id);
  const status = (s: OverviewRow['status']) => overview.filter((o) => o.status === s).length;
  const polarity = (p: Finding['polarity']) => items.filter((f) => f.polarity === p).length;
  const counts = {
    findings: items.length,
    positive: polarity('positief'),
    attention: polarity('aandacht'),
    mixed: polarity('wisselend'),
    onCourse: status('op-koers'),
    behind: status('achter-op-schema'),
    worse: status('verslechterd'),
    uncertain: status('onzeker'),
    noData: status('geen-gegevens'),
  };
  return { ...data, items, byGoal, top: topFindings(items), counts, parameters: PARAMETERS };
}

/** Rules whose figure is a chart (a spending table is not a picture for the home page). */
const CHARTED = new Set(['koers', 'doelbereik', 'landelijke-reeks', 'oordeel']);
export const TOP = 5;
/** Of the five, at most this many attention points or mixed findings, so the home page shows both sides. */
export const TOP_ATTENTION = 3;

/**
 * The five most important charted findings: by importance, at most one per goal, at most TOP_ATTENTION that are
 * not positive; filled up without those limits when too few qualify. Shown in importance order.
 */
function topFindings(items: readonly Finding[]): string[] {
  const charted = items.filter((f) => f.figureId !== null && CHARTED.has(f.rule));
  const out: Finding[] = [];
  const goals = new Set<string>();
  let attention = 0;
  for (const f of charted) {
    const other = f.polarity !== 'positief';
    if (out.length >= TOP || goals.has(f.goalId) || (other && attention >= TOP_ATTENTION)) continue;
    out.push(f);
    goals.add(f.goalId);
    if (other) attention++;
  }
  for (const f of charted) if (out.length < TOP && !out.includes(f)) out.push(f);
  return out.sort(byImportance).map((f) => f.id);
}

const PARAMETERS = { weightAttention: POLARITY_WEIGHT.aandacht, weightPositive: POLARITY_WEIGHT.positief, weightMixed: POLARITY_WEIGHT.wisselend, maxSize: MAX_SIZE };

function byImportance(a: Finding, b: Finding): number {
  return b.importance - a.importance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The ranked lists of one goal (or several): positive, and attention or mixed; at most `max` each. */
export function findingLists(findings: Findings, goalIds: readonly string[], max = 4): { positive: Finding[]; attention: Finding[] } {
  const of = findings.items.filter((f) => goalIds.includes(f.goalId));
  return { positive: of.filter((f) => f.polarity === 'positief').slice(0, max), attention: of.filter((f) => f.polarity !== 'positief').slice(0, max) };
}

export function findingById(findings: Findings, id: string): Finding | null {
  return findings.items.find((f) => f.id === id) ?? null;
}
