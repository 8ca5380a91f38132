// The Findings model (stage 3, between compute and figures/prose): what the report says first about each goal,
// computed by documented rules from Results. Data only: kind, polarity, importance, the facts it rests on and its
// uncertainty; the prose stage words each finding (scripts/prose/findings/). Every number a finding rests on sits
// either in Results or here, at a path under `findings.` of the fact root (root.ts), so prose, titles and the home
// page can trace it like any fact. Units follow Results: levels in the indicator's unit, "improvement"
// sign-adjusted so that positive = better.

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * What a finding says. Rule per kind (README.md and the method chapter):
 * - development: `verbetering` | `verslechtering` | `geen-verandering`
 * - course: `op-koers` | `achter-op-schema` | `verslechterd` | `onzeker`
 * - attainment: `streefwaarde-door-velen-bereikt`
 * - national series: `landelijk-doel-bereikt` | `landelijk-keerpunt` | `landelijk-op-pad` | `landelijk-achter-op-pad` |
 *   `landelijke-ontwikkeling`
 * - summed targets: `opgeteld-onder-doel` | `opgeteld-haalt-doel`
 * - effort: `besteding-achter` | `besteding-op-schema` | `oordeel-positief` | `oordeel-kritisch`
 * - missing information: `geen-gegevens`
 */
export type FindingKind =
  | 'verbetering'
  | 'verslechtering'
  | 'geen-verandering'
  | 'op-koers'
  | 'achter-op-schema'
  | 'verslechterd'
  | 'onzeker'
  | 'streefwaarde-door-velen-bereikt'
  | 'landelijk-keerpunt'
  | 'landelijk-op-pad'
  | 'landelijk-achter-op-pad'
  | 'landelijk-doel-bereikt'
  | 'landelijke-ontwikkeling'
  | 'opgeteld-onder-doel'
  | 'opgeteld-haalt-doel'
  | 'besteding-achter'
  | 'besteding-op-schema'
  | 'oordeel-positief'
  | 'oordeel-kritisch'
  | 'geen-gegevens';

/** `positief` goes to "Positieve ontwikkelingen", the other two to "Aandachtspunten en/of wisselend beeld". */
export type Polarity = 'positief' | 'aandacht' | 'wisselend';

/** The rule that produced a finding (named in the report's method chapter). */
export type RuleId = 'ontwikkeling' | 'koers' | 'doelbereik' | 'landelijke-reeks' | 'opgeteld' | 'besteding' | 'oordeel' | 'ontbrekend';

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

export type CourseStatus = 'op-koers' | 'achter-op-schema' | 'verslechterd' | 'onzeker' | 'geen-gegevens';

/**
 * Progress against a straight path from each institution's start year to its target year, for one indicator ×
 * breakdown. `planned` = share of the period elapsed at the latest measurement × improvement ambition;
 * `actual` = improvement change (latest − start, sign-adjusted). Means over the institutions with start, target
 * and a later measurement.
 */
export interface CourseResult {
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly status: CourseStatus;
  /** Institutions assessed. */
  readonly n: number;
  readonly meanActual: number | null;
  readonly meanPlanned: number | null;
  /** 95% t-interval of `meanActual` (scripts/compute/inference.ts); null when n < 2. */
  readonly ci95: Interval | null;
  /** Per institution: at or beyond its own path, behind it, worse than its start. */
  readonly onCourse: number;
  readonly behind: number;
  readonly worse: number;
  /** 100 × onCourse / n; null when n = 0. */
  readonly onCourseShare: number | null;
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
  /** `stijging` | `daling` | `gelijk` of the last step. */
  readonly latestMovement: 'stijging' | 'daling' | 'gelijk' | null;
  /** Consecutive steps before the last one that moved the other way (0 = no turning point). */
  readonly turnAfter: number;
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
}

/** Majority views of the institutions' own judgement (e-file). */
export interface JudgementView {
  readonly goalId: string;
  readonly n: number;
  /** Answers `alle` + `meeste` (progress as expected for all or most activities). */
  readonly progressGood: number;
  readonly progressGoodShare: number;
  /** Answers `effectief` + `heel_effectief`. */
  readonly effective: number;
  readonly effectiveShare: number;
  /** Answers `niet_effectief` + `klein_beetje`. */
  readonly ineffective: number;
  readonly ineffectiveShare: number;
}

/** One row of the overview table: every indicator's main breakdown and its course in words. */
export interface OverviewRow {
  readonly goalId: string;
  readonly indicatorId: string;
  readonly breakdown: string | null;
  readonly status: CourseStatus;
  readonly development: 'verbetering' | 'verslechtering' | 'geen-verandering' | 'geen-gegevens';
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
  /** `course[indicatorId][breakdown]`. */
  readonly course: Readonly<Record<string, Readonly<Record<string, CourseResult>>>>;
  /** Keyed by series slug (the main line: `totaal`, else the first). */
  readonly series: Readonly<Record<string, SeriesTrend>>;
  readonly spending: Readonly<Record<string, SpendingPace>>;
  readonly judgements: Readonly<Record<string, JudgementView>>;
  /** In indicator order. */
  readonly overview: readonly OverviewRow[];
  /** The constants of the rules, so the method chapter can quote them as traced numbers. */
  readonly parameters: {
    readonly weightAttention: number;
    readonly weightPositive: number;
    readonly weightMixed: number;
    readonly maxSize: number;
  };
  /** Counts for the method chapter: findings by polarity, indicators (main breakdown) by course status. */
  readonly counts: FindingCounts;
  /** Per goal: how many of its indicators have data per institution or a national series. */
  readonly coverage: Readonly<Record<string, GoalCoverage>>;
}

export interface FindingCounts {
  readonly findings: number;
  readonly positive: number;
  readonly attention: number;
  readonly mixed: number;
  readonly onCourse: number;
  readonly behind: number;
  readonly worse: number;
  readonly uncertain: number;
  readonly noData: number;
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
