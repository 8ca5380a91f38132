// Stage 3: Results → Findings, a pure function. First the data the rules derive (course per indicator × breakdown,
// the shape of each national series, spending pace, judgement shares, coverage), then each rule's findings, then
// one ranking by importance and the two lists per goal. Findings are data: their words are written by the prose
// stage (scripts/prose/findings/).
// Rules: rules/*.ts; the importance score: importance.ts; everything in words: README.md and the method chapter.
import type { Results } from '../compute/types.ts';
import type { RuleContext, Rule } from './context.ts';
import { MAX_SIZE, POLARITY_WEIGHT } from './importance.ts';
import { attainmentFindings } from './rules/attainment.ts';
import { MIN_INSTITUTIONS } from './movement.ts';
import { goalStandings, nationalAttention } from './goal-standing.ts';
import { allCourses, FIRST_FUNDING_YEAR, indicatorCourse } from './rules/course.ts';
import { courseFindings, levelFindings } from './rules/course-findings.ts';
import { judgementFindings, judgementViews, spendingPaces } from './rules/effort.ts';
import { institutionFindings } from './rules/institution-path.ts';
import { coverage, missingFindings } from './rules/missing.ts';
import { mainLines, seriesDirection, trendOf } from './rules/series.ts';
import { seriesFindings } from './rules/series-findings.ts';
import { sumFindings } from './rules/sums.ts';
import type { Finding, FindingCounts, Findings, GoalLists, IndicatorCourse, OverviewRow, SeriesTrend } from './types.ts';

/** The rules in a fixed order (ties in importance keep this order through the id sort). */
const RULES: readonly Rule[] = [courseFindings, attainmentFindings, levelFindings, seriesFindings, sumFindings, judgementFindings, missingFindings];

export function findFindings(results: Results): Findings {
  const course = allCourses(results);
  const series: Record<string, SeriesTrend> = {};
  for (const [slug, { line, index }] of mainLines(results)) series[slug] = trendOf(results, line, index);
  const overview: OverviewRow[] = results.indicatorOrder.flatMap((id) =>
    results.indicators[id]!.breakdowns.map((b) => {
      const c = course[id]![b]!;
      return { goalId: results.indicators[id]!.goalId, indicatorId: id, breakdown: b, status: c.status, development: c.development };
    }),
  );
  const indicators: Record<string, IndicatorCourse> = {};
  for (const id of results.indicatorOrder) indicators[id] = indicatorCourse(results, id, course[id]!);
  const spending = spendingPaces(results);
  const data: RuleContext['data'] = {
    course,
    indicators,
    series,
    spending,
    judgements: judgementViews(results),
    overview,
    coverage: coverage(results),
    institutions: institutionFindings(results, spending),
  };
  const ctx: RuleContext = { results, data };
  const items = RULES.flatMap((rule) => rule(ctx)).sort(byImportance);
  const ids = new Set<string>();
  for (const f of items) {
    if (ids.has(f.id)) throw new Error(`bevindingen: dubbele id ${f.id}`);
    ids.add(f.id);
  }
  const byGoal: Record<string, string[]> = {};
  const lists: Record<string, GoalLists> = {};
  const listed = items.filter((f) => !withoutBetterSide(results, f, series));
  for (const id of results.goalOrder) {
    byGoal[id] = items.filter((f) => f.goalId === id).map((f) => f.id);
    lists[id] = goalLists(listed.filter((f) => f.goalId === id), series);
  }
  const standing = goalStandings(results, course, items, spending);
  return { ...data, items, byGoal, lists, standing, top: topFindings(listed), counts: countsOf(items, overview, course), parameters: PARAMETERS };
}

/**
 * A national series with no better side (no indicator gives it a direction, such as the share of students in the
 * 'Regeling kwaliteitsafspraken'): its movement is context, neither a positive development nor a point of attention,
 * so it stays out of the goal's lists and the top five (it keeps its figure title and its place in the chapter).
 */
function withoutBetterSide(results: Results, f: Finding, series: Readonly<Record<string, SeriesTrend>>): boolean {
  if (f.rule !== 'landelijke-reeks' || f.series === null) return false;
  const t = series[f.series];
  return !!t && seriesDirection(results, results.series[t.index]!) === 'neutraal';
}

/** Most findings a list shows besides the ones it must show (seed 003 lists three to four points per goal). */
export const LIST_MAX = 4;

/**
 * Must an attention point appear, whatever its importance? Every breakdown behind schedule or worse, every national
 * series whose latest value moved the wrong way beyond noise, and every national signal the goal's overall word
 * names (goal-standing.ts: summed targets short of a national goal, a series behind its path).
 */
export function mustShow(f: Finding, series: Readonly<Record<string, SeriesTrend>>): boolean {
  if (f.rule === 'koers') return f.kind === 'achter-op-schema' || f.kind === 'verslechterd';
  if (nationalAttention(f)) return true;
  return f.rule === 'landelijke-reeks' && f.series !== null && series[f.series]?.latestWorse === true;
}

/** The two lists of one goal from its findings in importance order: the must-show points never cut. */
function goalLists(of: readonly Finding[], series: Readonly<Record<string, SeriesTrend>>): GoalLists {
  const attention = of.filter((f) => f.polarity !== 'positief');
  const must = attention.filter((f) => mustShow(f, series));
  const rest = attention.filter((f) => !must.includes(f)).slice(0, Math.max(0, LIST_MAX - must.length));
  return {
    positive: of.filter((f) => f.polarity === 'positief').slice(0, LIST_MAX).map((f) => f.id),
    attention: attention.filter((f) => must.includes(f) || rest.includes(f)).map((f) => f.id),
  };
}

function countsOf(items: readonly Finding[], overview: readonly OverviewRow[], course: Findings['course']): FindingCounts {
  const status = (s: OverviewRow['status']) => overview.filter((o) => o.status === s).length;
  const polarity = (p: Finding['polarity']) => items.filter((f) => f.polarity === p).length;
  const all = overview.map((o) => course[o.indicatorId]![o.breakdown]!);
  const total = (pick: (c: (typeof all)[number]) => number) => all.reduce((a, c) => a + pick(c), 0);
  const judged = all.filter((c) => c.status !== 'te-weinig-instellingen' && c.status !== 'geen-gegevens');
  return {
    findings: items.length,
    positive: polarity('positief'),
    attention: polarity('aandacht'),
    mixed: polarity('wisselend'),
    ahead: status('voor-op-schema'),
    onCourse: status('op-schema'),
    behind: status('achter-op-schema'),
    worse: status('verslechterd'),
    uncertain: status('onzeker'),
    tooFew: status('te-weinig-instellingen'),
    noData: status('geen-gegevens'),
    judged: judged.length,
    assessed: total((c) => c.n),
    withoutImprovement: total((c) => c.withoutImprovement),
    earlierYear: total((c) => c.earlierYear),
    otherSource: total((c) => c.otherSource),
    sensitivityDiffers: judged.filter((c) => c.statusFrom2024 !== c.status).length,
  };
}

/**
 * Rules whose figure is a chart (a spending table is not a picture for the home page) and that measure a development:
 * the institutions' own judgement is said once for every goal in the Samenvatting, not as one of its top five.
 */
const CHARTED = new Set(['koers', 'doelbereik', 'stand', 'landelijke-reeks']);
export const TOP = 5;
/** Of the five, at most this many attention points or mixed findings, so the home page shows both sides. */
export const TOP_ATTENTION = 3;
/** Of the five, at most this many of one rule, so the top says five different things (issue 27: a list of five course verdicts reads as one template). */
export const TOP_PER_RULE = 3;

/**
 * The five most important charted findings: by importance, at most one per goal, at most TOP_ATTENTION that are
 * not positive, at most TOP_PER_RULE of one rule; filled up without those limits when too few qualify. Shown in
 * importance order.
 */
function topFindings(items: readonly Finding[]): string[] {
  const charted = items.filter((f) => f.figureId !== null && CHARTED.has(f.rule));
  const out: Finding[] = [];
  const goals = new Set<string>();
  const perRule = new Map<string, number>();
  let attention = 0;
  for (const f of charted) {
    const other = f.polarity !== 'positief';
    const ofRule = perRule.get(f.rule) ?? 0;
    if (out.length >= TOP || goals.has(f.goalId) || (other && attention >= TOP_ATTENTION) || ofRule >= TOP_PER_RULE) continue;
    out.push(f);
    goals.add(f.goalId);
    perRule.set(f.rule, ofRule + 1);
    if (other) attention++;
  }
  for (const f of charted) if (out.length < TOP && !out.includes(f)) out.push(f);
  return out.sort(byImportance).map((f) => f.id);
}

const PARAMETERS = {
  weightAttention: POLARITY_WEIGHT.aandacht,
  weightPositive: POLARITY_WEIGHT.positief,
  weightMixed: POLARITY_WEIGHT.wisselend,
  maxSize: MAX_SIZE,
  minInstitutions: MIN_INSTITUTIONS,
  firstFundingYear: FIRST_FUNDING_YEAR,
};

function byImportance(a: Finding, b: Finding): number {
  return b.importance - a.importance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function findingById(findings: Findings, id: string): Finding | null {
  return findings.items.find((f) => f.id === id) ?? null;
}
