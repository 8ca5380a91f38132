// The Findings model (stage 3, between compute and figures/prose): what the report says first about each goal,
// computed by documented rules from Results. Data only: kind, polarity, importance, the facts it rests on and its
// uncertainty; the prose stage words each finding (scripts/prose/findings/). Every number a finding rests on sits
// either in Results or here, at a path under `findings.` of the fact root (root.ts), so prose, titles and the home
// page can trace it like any fact. Units follow Results: levels in the indicator's unit, "improvement"
// sign-adjusted so that positive = better.

import type { Share } from '../compute/types.ts';
import type { CourseStatus, Development, IndicatorStatus, SpendingStatus } from '../lib/verdicts.ts';

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * What a finding says. Rule per kind (README.md and the method chapter):
 * - course (per indicator × breakdown): `voor-op-schema` | `op-schema` | `achter-op-schema` | `verslechterd` | `onzeker`
 * - attainment: `streefwaarde-door-velen-bereikt`
 * - level without a course: `stand-zonder-koers`
 * - national series: `landelijk-doel-bereikt` | `landelijk-keerpunt` | `landelijk-op-pad` | `landelijk-achter-op-pad` |
 *   `landelijke-ontwikkeling`
 * - summed targets: `opgeteld-onder-doel` | `opgeteld-haalt-doel` | `opgeteld-onvolledig` (too few targets to say)
 * - judgements: `oordeel-positief` | `oordeel-wisselend` | `oordeel-kritisch`
 * - missing information: `geen-gegevens`
 * Spending is no finding: it is not a development of the goal, but a line of its own per goal (`spending`).
 */
export type FindingKind =
  | 'voor-op-schema'
  | 'op-schema'
  | 'achter-op-schema'
  | 'verslechterd'
  | 'onzeker'
  | 'streefwaarde-door-velen-bereikt'
  | 'stand-zonder-koers'
  | 'landelijk-keerpunt'
  | 'landelijk-op-pad'
  | 'landelijk-achter-op-pad'
  | 'landelijk-doel-bereikt'
  | 'landelijke-ontwikkeling'
  | 'opgeteld-onder-doel'
  | 'opgeteld-haalt-doel'
  | 'opgeteld-onvolledig'
  | 'oordeel-positief'
  | 'oordeel-wisselend'
  | 'oordeel-kritisch'
  | 'geen-gegevens';

/**
 * What a sentence, table row or figure note states about one indicator × breakdown, as data, so the build can
 * compare every statement about the same fact across the report (scripts/report/claims.ts, issue 23):
 * - `oordeel`: the course verdict (`CourseResult.status`);
 * - `ontwikkeling`: the development (`CourseResult.development`);
 * - `bereikt`: the share of genuine targets reached beyond the margin (`attainment.shareReached.share`, 0..100).
 */
export interface Claim {
  readonly indicator: string;
  readonly breakdown: string;
  readonly kind: 'oordeel' | 'ontwikkeling' | 'bereikt';
  readonly value: string | number;
}

/** `positief` goes to "Positieve ontwikkelingen", the other two to "Aandachtspunten en/of wisselend beeld". */
export type Polarity = 'positief' | 'aandacht' | 'wisselend';

/** The rule that produced a finding (named in the report's method chapter). */
export type RuleId = 'koers' | 'doelbereik' | 'stand' | 'landelijke-reeks' | 'opgeteld' | 'oordeel' | 'ontbrekend';

export interface Finding {
  /** Stable slug, unique: `koers-werkdruk`, `reeks-instroom-mbo`, `geen-gegevens-sp1`. */
  readonly id: string;
  readonly rule: RuleId;
  readonly kind: FindingKind;
  readonly polarity: Polarity;
  readonly goalId: string;
  readonly indicatorId: string | null;
  readonly breakdown: string | null;
  readonly series: string | null;
  /** Importance score (importance.ts); higher first. */
  readonly importance: number;
  /** Paths (in the fact root: Results plus `findings.`) of the values the finding rests on. */
  readonly facts: readonly string[];
  /** 95% interval of the estimate the finding leans on, in the unit of `facts[0]`; null when none applies. */
  readonly uncertainty: Interval | null;
  /** The figure that shows this finding (the prose's headline of the finding becomes its title), or null. */
  readonly figureId: string | null;
}

export type { CourseStatus, Development, IndicatorStatus, SpendingStatus };

/**
 * The course of one indicator × breakdown (rules/course.ts). Per assessed institution (start, a target in force that
 * plans an improvement, a later measurement): planned = elapsed share of its own path at its latest value ×
 * improvement ambition; actual = improvement change; gap = actual − planned. All on the improvement scale, in the
 * indicator's unit of difference; means over the assessed institutions.
 */
export interface CourseResult {
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly status: CourseStatus;
  /** Institutions assessed. */
  readonly n: number;
  readonly meanPlanned: number | null;
  readonly meanActual: number | null;
  readonly meanGap: number | null;
  /** 95% t-interval of the mean gap (paired); null when n < 2. */
  readonly gapCi95: Interval | null;
  /** 95% t-interval of the mean actual progress; null when n < 2. */
  readonly actualCi95: Interval | null;
  /** Institutions on or above their own path (decided exactly at the data's precision). */
  readonly onCourse: number;
  /** onCourse of n, with its Wilson interval; null when n = 0. */
  readonly onPath: Share | null;
  /** Institutions with a start, a later measurement and a target in force that plans no improvement (not assessed). */
  readonly withoutImprovement: number;
  /** Of the assessed: latest value from an earlier year than the breakdown's latest, or from another source. */
  readonly earlierYear: number;
  readonly otherSource: number;
  /** The verdict with every path starting at the first funding year instead of the start year (sensitivity). */
  readonly statusFrom2024: CourseStatus;
  /** Rule "ontwikkeling" on the same institutions: does the interval of the mean actual progress exclude 0? */
  readonly development: Development;
}

/** An indicator over its breakdowns (the overall line, which never hides a worse breakdown). */
export interface IndicatorCourse {
  readonly indicatorId: string;
  readonly goalId: string;
  /** The one status of all breakdowns with data, or `wisselend`. */
  readonly status: IndicatorStatus;
  /** Breakdowns with a verdict (status other than `geen-gegevens`), in breakdown order. */
  readonly breakdowns: readonly string[];
  /** The least favourable verdict among them (`te-weinig-instellingen` aside); null when none. */
  readonly worst: CourseStatus | null;
}

/** The whole national series: latest step, the run of steps before it, distance to a path to the national goal. */
export interface SeriesTrend {
  readonly series: string;
  readonly breakdown: string;
  readonly goalId: string | null;
  /** Index in `results.series`. */
  readonly index: number;
  /** last − previous point; null with fewer than two points. */
  readonly latestChange: number | null;
  readonly latestPeriod: string | null;
  readonly previousPeriod: string | null;
  /**
   * `stijging` | `daling` | `gelijk` of the last step; `gelijk` within the tolerance of movement.ts or within the
   * rounding of the published values (publishedMovement).
   */
  readonly latestMovement: 'stijging' | 'daling' | 'gelijk' | null;
  /** The last step moved the wrong way (an indicator with a better side) beyond noise. */
  readonly latestWorse: boolean;
  /**
   * A turning point: the number of consecutive steps before the new run that went the other way (at least two);
   * 0 when there is none. The new run must last more than one step, or its one step must exceed the series' usual
   * year-to-year movement (`usualStep`).
   */
  readonly turnAfter: number;
  /** Consecutive steps at the end that moved the way of the last step (1 = only the last). */
  readonly turnRun: number;
  /** Mean absolute change per year over the steps before the last (the series' usual movement); null with < 2 steps before it. */
  readonly usualStep: number | null;
  /** Where the series would be now on a straight line from its first point to the national goal. */
  readonly goalPath: {
    /** Index in the series' `nationalGoals`. */
    readonly goalIndex: number;
    /** null with a single point (no path to draw from). */
    readonly pathValue: number | null;
    /** last − pathValue, sign-adjusted by direction: ≥ 0 is on or ahead of the path; null like pathValue. */
    readonly ahead: number | null;
    /** |last − goal|. */
    readonly remaining: number;
    /** The last value is at or beyond the goal in the series' direction (a published figure: no margin). */
    readonly reached: boolean;
    /**
     * The pace still needed per year (Results `goalPaces`) is faster, in the series' direction, than the pace so far;
     * null when reached, with one value, or when the goal year has come.
     */
    readonly fasterNeeded: boolean | null;
  } | null;
}

/** Budget spent against the share of the funding period the spending covers. */
export interface SpendingPace {
  readonly goalId: string;
  /** 100 × years of the funding period the spending covers / years of the period (25 for spending over 2024). */
  readonly coveredShare: number;
  readonly coveredYears: number;
  readonly years: number;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Share of the goal's budget spent so far (Results `budget.goals.<id>.spentShare`). */
  readonly spentShare: number | null;
  /** `achter` below four fifths of the covered share, `voor` more than SPENDING_IN_STEP points above it. */
  readonly status: SpendingStatus | null;
}

/**
 * What the institutions say in their own judgement (e-file), as shares of the respondents with their Wilson
 * intervals: a majority is a majority only when the interval lies above 50%.
 */
export interface JudgementView {
  readonly goalId: string;
  readonly n: number;
  /** Answers `alle` + `meeste` (progress as expected for all or most activities). */
  readonly progressGood: Share;
  /** Answers `effectief` + `heel_effectief`. */
  readonly effective: Share;
  /** Answers `niet_effectief` + `klein_beetje`. */
  readonly ineffective: Share;
}

/** One row of the overview table: every indicator × breakdown, its course and development in words. */
export interface OverviewRow {
  readonly goalId: string;
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly status: CourseStatus;
  readonly development: Development;
}

export interface Findings {
  /** Every finding, by importance (descending), ties by id. */
  readonly items: readonly Finding[];
  /**
   * The five most important findings for the home page and the head of the Samenvatting: by importance, each
   * with a chart, at most one per goal (filled up without that limit when fewer goals have one).
   */
  readonly top: readonly string[];
  /** Finding ids per goal, in `items` order. */
  readonly byGoal: Readonly<Record<string, readonly string[]>>;
  /**
   * Per goal, the finding ids of "Positieve ontwikkelingen" and "Aandachtspunten en/of wisselend beeld": every
   * breakdown behind schedule or worse and every national series that moved the wrong way beyond noise first
   * (never cut), then the rest by importance up to LIST_MAX per list.
   */
  readonly lists: Readonly<Record<string, GoalLists>>;
  /** `indicators[indicatorId]`: the overall line over the breakdowns. */
  readonly indicators: Readonly<Record<string, IndicatorCourse>>;
  /** `course[indicatorId][breakdown]`. */
  readonly course: Readonly<Record<string, Readonly<Record<string, CourseResult>>>>;
  /** Keyed by series slug (the main line: `totaal`, else the first). */
  readonly series: Readonly<Record<string, SeriesTrend>>;
  readonly spending: Readonly<Record<string, SpendingPace>>;
  readonly judgements: Readonly<Record<string, JudgementView>>;
  /** Every indicator × breakdown, in indicator and breakdown order. */
  readonly overview: readonly OverviewRow[];
  /** The constants of the rules, so the method chapter can quote them as traced numbers. */
  readonly parameters: {
    readonly weightAttention: number;
    readonly weightPositive: number;
    readonly weightMixed: number;
    readonly maxSize: number;
    /** Fewest institutions a statement about the sector needs (MIN_INSTITUTIONS). */
    readonly minInstitutions: number;
    /** First year of the quality funds: the sensitivity paths start here. */
    readonly firstFundingYear: number;
  };
  /** Counts for the method chapter: findings by polarity, indicators (main breakdown) by course status. */
  readonly counts: FindingCounts;
  /** Per goal: where it stands as a whole (goal-standing.ts), every goal of `results.goalOrder`. */
  readonly standing: Readonly<Record<string, GoalStanding>>;
  /** Per goal: how many of its indicators have data per institution or a national series. */
  readonly coverage: Readonly<Record<string, GoalCoverage>>;
  /** Each institution against its own paths, keyed by institution id (the factsheets; rules/institution-path.ts). */
  readonly institutions: Readonly<Record<string, InstitutionFindings>>;
}

/**
 * Where a goal stands as a whole (rule "stand-doel", goal-standing.ts): the overall word that opens its section.
 * `aandacht` when an indicator is behind schedule or worse or a national signal calls for attention; `op-schema`
 * when every measurable indicator is on or ahead of schedule; `gemengd` when some are on track and the rest
 * uncertain; `onzeker` when all measurable indicators are uncertain; `onbekend` when none is measurable.
 */
export type StandingClass = 'op-schema' | 'gemengd' | 'onzeker' | 'aandacht' | 'onbekend';

export interface GoalStanding {
  readonly goalId: string;
  readonly class: StandingClass;
  /** The goal's indicators, and of them those with a course verdict on at least one breakdown. */
  readonly indicators: number;
  readonly measurable: number;
  /**
   * Indicator ids, in the goal's order: a judged breakdown on or ahead of schedule (`ahead`: all of those ahead;
   * `partlyAhead`: some). An indicator whose breakdowns went different ways is in each group one of them is in.
   */
  readonly onTrack: readonly string[];
  readonly ahead: readonly string[];
  readonly partlyAhead: readonly string[];
  /** A breakdown behind schedule or worse since the start. */
  readonly behind: readonly string[];
  /** Neither: a breakdown uncertain, none behind. */
  readonly uncertain: readonly string[];
  /** Finding ids (importance order): summed targets short of a national goal, a series behind its path or moved the wrong way. */
  readonly nationalAttention: readonly string[];
  /** Finding ids: a national goal reached or met by the plans, a series on its path or moved the right way. */
  readonly nationalPositive: readonly string[];
  /** The goal's spending pace (rule "besteding"); null without spending. */
  readonly spending: SpendingStatus | null;
}

export interface GoalLists {
  readonly positive: readonly string[];
  readonly attention: readonly string[];
}

/** Counts for the method chapter and the Samenvatting, over every indicator × breakdown of the overview. */
export interface FindingCounts {
  readonly findings: number;
  readonly positive: number;
  readonly attention: number;
  readonly mixed: number;
  /** Breakdowns per course status. */
  readonly ahead: number;
  readonly onCourse: number;
  readonly behind: number;
  readonly worse: number;
  readonly uncertain: number;
  readonly tooFew: number;
  readonly noData: number;
  /** Breakdowns with a verdict other than te-weinig/geen-gegevens. */
  readonly judged: number;
  /** Over all breakdowns: institutions assessed, targets without improvement, latest values from an earlier year / another source. */
  readonly assessed: number;
  readonly withoutImprovement: number;
  readonly earlierYear: number;
  readonly otherSource: number;
  /** Breakdowns whose verdict changes when the paths start at the first funding year. */
  readonly sensitivityDiffers: number;
}

export interface GoalCoverage {
  readonly goalId: string;
  readonly indicators: number;
  /** Indicators with at least one start or realised value of an institution. */
  readonly withData: number;
  readonly withoutData: number;
  /** National series placed with this goal. */
  readonly series: number;
}

// ───────────────────────────── one institution (the factsheets, rules/institution-path.ts) ─────────────────────────────

/**
 * One institution on one indicator × breakdown against its own straight path from start to target:
 * `boven-pad` / `op-pad` / `achter-pad` by the exact gap, `binnen-marge` below the path but within the sampling margin
 * of a survey value,
 * `zonder-verbetering` when its target plans no improvement (never counted as on its path), `geen-pad` when it has no
 * path to be measured against (`reason`).
 */
export type PathStatus = 'boven-pad' | 'op-pad' | 'binnen-marge' | 'achter-pad' | 'zonder-verbetering' | 'geen-pad';
export type NoPathReason = 'neutraal' | 'geen-startwaarde' | 'geen-streefwaarde' | 'geen-looptijd' | 'geen-latere-meting';

export interface InstitutionPath {
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly status: PathStatus;
  readonly reason: NoPathReason | null;
  /** Planned progress at the year of the latest value (improvement scale, the indicator's unit of difference). */
  readonly planned: number | null;
  /** The level on the path in the year of the latest value (the indicator's unit). */
  readonly pathLevel: number | null;
  /** latest − start, sign-adjusted (also for `zonder-verbetering`). */
  readonly actual: number | null;
  /** actual − planned. */
  readonly gap: number | null;
  /** 95% sampling margin around the path level (procentpunt); null without a respondent count. */
  readonly margin: number | null;
  /** Years whose realised value is suppressed for fewer respondents than `minN` (the value is never here). */
  readonly suppressedYears: readonly number[];
  readonly minN: number | null;
  /**
   * Index in the breakdown's `years` of the year compared with the sector and the peer group: the year of the
   * institution's latest value, else the breakdown's latest year; null when the breakdown has no realised year.
   */
  readonly yearIndex: number | null;
}

export interface PathCounts {
  readonly above: number;
  readonly on: number;
  readonly withinMargin: number;
  readonly behind: number;
  readonly withoutImprovement: number;
  readonly noPath: number;
  /** above + on + withinMargin + behind. */
  readonly assessed: number;
  /** above + on. */
  readonly onOrAbove: number;
}

export interface InstitutionGoal {
  readonly goalId: string;
  readonly counts: PathCounts;
  /** The institution's spending on this goal by the sector's rule; null without a budget or spending rows. */
  readonly spending: SpendingStatus | null;
  /** Measures of this goal it carried out in the measures' year; null when it did not report on measures. */
  readonly measures: number | null;
}

/** One institution's rows of the edition's changes (`results.diff`), counted; null without a previous edition. */
export interface InstitutionChanges {
  /** The institution is new in this edition. */
  readonly newInstitution: boolean;
  readonly realisedNew: number;
  readonly realisedChanged: number;
  readonly realisedRemoved: number;
  /** Start values new, changed or gone. */
  readonly startsChanged: number;
  /** Indexes in `results.diff.targetChanges` of its target changes, in that order. */
  readonly targets: readonly number[];
}

export interface InstitutionFindings {
  readonly institutionId: string;
  /** In indicator order, then breakdown order. */
  readonly paths: readonly InstitutionPath[];
  readonly counts: PathCounts;
  /** Every goal of `results.goalOrder`. */
  readonly goals: Readonly<Record<string, InstitutionGoal>>;
  /** All its quality funds by the same rule; null without a budget or spending rows. */
  readonly spending: SpendingStatus | null;
  /** Goals of its own e-file judgement (latest year), and of those with progress as expected for all or most activities. */
  readonly judged: number;
  readonly judgedGood: number;
  readonly changes: InstitutionChanges | null;
}
