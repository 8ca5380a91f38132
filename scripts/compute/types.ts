// The Results model: every number the report shows, computed once from the Snapshot (stage 2).
// Charts, prose, site and PDF only read this; they never compute a statistic themselves.
//
// Conventions used throughout:
// - Percentages and shares are numbers in 0..100 (`42.5` means 42,5%), never fractions.
// - "points" = the indicator's own unit of difference: percentage points (procentpunt) for `procent`,
//   grade points for `cijfer`, counts for `aantal`, euros for `euro` (see `IndicatorResult.ambitionUnit`).
// - Improvement ("verbetering") values are sign-adjusted by the indicator's direction so that positive always
//   means better: value × +1 for `hoger_beter`, × −1 for `lager_beter`, × +1 (plain difference) for `neutraal`.
// - Numbers are full precision; rounding happens only where they are shown (scripts/lib/nl.ts) or written (CSV).
// - `null` means "not available" (no data, too few cases, not defined for a `neutraal` indicator).
// - Keyed collections are plain records (JSON-serialisable, so a fact key like
//   `sector.werkdruk.totaal.start.mean` is a path into Results); the matching `*Order` arrays give the
//   deterministic reading order. Arrays are always sorted; each array documents its order.
import type { Direction, Effectiveness, InstitutionKind, Progress, SourceRef, Unit } from '../snapshot/types.ts';

export type { Direction, Effectiveness, Progress, SourceRef, Unit };

// ───────────────────────────── shared building blocks ─────────────────────────────

/** A two-sided 95% confidence interval, in the unit of the estimate it belongs to (see inference.ts). */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** Distribution of a set of values (type-7 quantiles). q1/q3 are P25/P75: the dark band; p5/p95 the light band. */
export interface Summary {
  /** Number of values the statistics are based on (≥ 1; an empty set is `null` instead of a Summary). */
  readonly n: number;
  readonly mean: number;
  readonly sum: number;
  readonly min: number;
  readonly p5: number;
  /** First quartile = P25. */
  readonly q1: number;
  readonly median: number;
  /** Third quartile = P75. */
  readonly q3: number;
  readonly p95: number;
  readonly max: number;
  /** Sample standard deviation (n − 1); null when n < 2. */
  readonly sd: number | null;
  /** 95% Student t-interval of the mean (n − 1 df); null when n < 2. */
  readonly ci95: Interval | null;
}

/** `count` of `denominator` institutions, and `share` = 100 × count / denominator (null when denominator is 0). */
export interface Share {
  readonly count: number;
  readonly denominator: number;
  readonly share: number | null;
  /** 95% Wilson score interval of `share`, in 0..100; null when denominator is 0. */
  readonly ci95: Interval | null;
}

/**
 * `significant`: p < 0,05; `zwak`: 0,05 ≤ p < 0,10; `niet`: otherwise, or n < 4, or r undefined. Where the
 * correlation is one of a table (effort, ambition–budget) the label is decided on the Benjamini–Hochberg q instead.
 */
export type SignificanceLabel = 'significant' | 'zwak' | 'niet';

/** A Pearson correlation with its two-sided p (t-distribution, n − 2 df) and least-squares line y = intercept + slope·x. */
export interface Correlation {
  /** Number of institutions with both values. */
  readonly n: number;
  /** null when n < 3 or one of the variables has no variance. */
  readonly r: number | null;
  readonly p: number | null;
  readonly label: SignificanceLabel;
  /** Regression of y on x; null when x has no variance or n < 2. */
  readonly slope: number | null;
  readonly intercept: number | null;
  /** Benjamini–Hochberg adjusted p within its table (effort, ambition–budget); null where not in a table or no p. */
  readonly q: number | null;
  /** 95% Fisher-z interval of r; null when r is null or n < 4. */
  readonly ci95: Interval | null;
  /** Spearman rank correlation (robustness check against outliers); null when r is null. */
  readonly rho: number | null;
}

// ───────────────────────────── edition, goals, indicators, institutions ─────────────────────────────

export interface EditionInfo {
  /** Snapshot folder name, e.g. `2025-11-01`. */
  readonly snapshot: string;
  readonly hash: string;
  readonly title: string;
  /** ISO date. */
  readonly referenceDate: string;
  readonly reportYear: number;
  readonly synthetic: boolean;
  readonly explanation: string;
  /** Folder name of the previous edition when one was given to computeResults, else null. */
  readonly previous: string | null;
}

export interface GoalResult {
  /** `1.1`..`3.4`, `SP1`..`SP4`. */
  readonly id: string;
  readonly priority: 1 | 2 | 3;
  readonly name: string;
  readonly shortName: string;
  readonly isStagepact: boolean;
  /** Indicators of this goal, in `indicatorOrder`. */
  readonly indicatorIds: readonly string[];
  /** Measures of this goal, sorted by measure id. */
  readonly measureIds: readonly string[];
}

export interface IndicatorResult {
  readonly id: string;
  readonly goalId: string;
  readonly goalName: string;
  readonly goalShortName: string;
  readonly priority: 1 | 2 | 3;
  readonly name: string;
  readonly shortName: string;
  readonly definition: string;
  readonly unit: Unit;
  readonly direction: Direction;
  /** Dutch: `hoger is beter`, `lager is beter`, `neutraal`. */
  readonly directionLabel: string;
  /** Unit of a difference (ambition, change): `procentpunt` (procent), `punt` (cijfer), `aantal`, `euro`. */
  readonly ambitionUnit: 'procentpunt' | 'punt' | 'aantal' | 'euro';
  readonly source: string;
  /** Disclosure threshold from `min_n` (null = column empty; see `Method.disclosure` for the default rule). */
  readonly minN: number | null;
  /** Breakdowns with any value: `totaal` first, then natural order (`niveau 2` < `niveau 10`). */
  readonly breakdowns: readonly string[];
  /** How the targets of this indicator came about (all breakdowns together). */
  readonly targetCounts: TargetCounts;
  /** Breakdown used for the typology (`totaal`, else the one with most start values); null when excluded. */
  readonly typologyBreakdown: string | null;
}

export interface InstitutionResult {
  readonly id: string;
  readonly name: string;
  readonly kind: InstitutionKind;
  readonly region: string;
  readonly randstad: boolean;
  readonly students: number;
  /** Indicators (any breakdown) for which this institution has a start value / a target in force. */
  readonly indicatorsWithStart: number;
  readonly indicatorsWithTarget: number;
  /**
   * Indicator × breakdown rows whose target plans an improvement and was reached beyond the sampling margin
   * (`attainment` = `bereikt`), of the rows with such a target and a latest value.
   */
  readonly reached: Share;
  /** Typology type (1..5) or `geen`; details in `typology.institutions[id]`. */
  readonly type: TypologyType;
  /** Former institutions that merged into this one (instellingen.csv, `opgegaan_in`): its series cross a merger. */
  readonly absorbed: readonly { readonly id: string; readonly name: string }[];
}

// ───────────────────────────── targets (revision rule) ─────────────────────────────

/**
 * How the target in force came about:
 * - `kwaliteitsagenda`: the original target, not revised;
 * - `nieuw`: an e-file target where the quality agenda had none;
 * - `opwaarts`: an e-file revision that is more ambitious (in the indicator's direction) than the target before it;
 * - `gewijzigd`: an e-file revision of a `neutraal` indicator (no direction: the latest revision applies).
 */
export type TargetStatus = 'kwaliteitsagenda' | 'nieuw' | 'opwaarts' | 'gewijzigd';

/** Counts stated in the method chapter; per indicator and in total. */
export interface TargetCounts {
  /** Targets from the quality agenda that could be meant (whether or not later revised). */
  readonly original: number;
  /** New e-file targets used (no quality-agenda target before). */
  readonly newUsed: number;
  /** More ambitious e-file revisions used. */
  readonly upwardUsed: number;
  /** Less ambitious e-file revisions ignored. */
  readonly downwardIgnored: number;
  /** Targets that cannot be meant, ignored (from the quality agenda or the e-file). */
  readonly impossibleIgnored: number;
  /** E-file revisions equal to the target in force (no effect). */
  readonly unchanged: number;
  /** E-file revisions of `neutraal` indicators used. */
  readonly neutralChanged: number;
  /** Institution × breakdown combinations with a target in force after applying the rule. */
  readonly inForce: number;
}

export type IgnoredReason = 'minder-ambitieus' | 'onmogelijk';

/** One target value from waarden.csv that the revision rule did not use (listed in the build report). */
export interface IgnoredTarget {
  readonly institutionId: string;
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly year: number;
  readonly value: number;
  /** `herkomst` of the ignored row, e.g. `e-file-2025`. */
  readonly origin: string;
  readonly reason: IgnoredReason;
  /** Dutch explanation, e.g. `minder ambitieus dan de geldende streefwaarde 40`. */
  readonly reasonText: string;
  /** Target in force at the moment this value was considered (null if none). */
  readonly inForce: number | null;
  readonly ref: SourceRef;
}

// ───────────────────────────── per institution × indicator × breakdown ─────────────────────────────

export interface RealisedValue {
  readonly year: number;
  readonly value: number;
  /** Respondents, when given. */
  readonly n: number | null;
  /** Standard deviation of the respondents' answers (score indicators), when given: the margin of a mean score. */
  readonly sd: number | null;
  readonly origin: string;
}

/**
 * One institution's numbers for one indicator and breakdown. Present for every institution with a start value,
 * a target row (used or ignored) or a disclosed realised value. Suppressed realised values never appear here.
 */
export interface InstitutionIndicatorRow {
  readonly institutionId: string;
  readonly institutionName: string;
  readonly indicatorId: string;
  readonly breakdown: string;
  /** Start value: herkomst `kwaliteitsagenda` preferred, else the earliest (year, then herkomst). */
  readonly start: number | null;
  readonly startYear: number | null;
  /** The original target (quality agenda), null if none or impossible. */
  readonly targetOriginal: number | null;
  /** The target if every e-file revision counted, also a less ambitious one (only for comparison; see TargetRevisions). */
  readonly targetAllRevisions: number | null;
  /** The target in force after the revision rule. */
  readonly target: number | null;
  readonly targetYear: number | null;
  /** `herkomst` of the target in force (`kwaliteitsagenda`, `e-file-2025`, ...). */
  readonly targetOrigin: string | null;
  readonly targetStatus: TargetStatus | null;
  /** Target rows of this institution/indicator/breakdown the rule ignored (sorted by herkomst). */
  readonly ignored: readonly IgnoredTarget[];
  /** target − start, in points. */
  readonly ambition: number | null;
  /** Sign-adjusted ambition: positive = the institution aims to get better. */
  readonly improvement: number | null;
  /** Disclosed realised values, by year ascending (one per year). */
  readonly realised: readonly RealisedValue[];
  /** The latest disclosed realised value. */
  readonly latest: RealisedValue | null;
  /** latest − start, in points; null without both. */
  readonly change: number | null;
  /** Sign-adjusted change: positive = got better. */
  readonly improvementChange: number | null;
  /** Latest realised at or beyond the target in force; null without both, or for `neutraal`. */
  readonly reached: boolean | null;
  /**
   * Attainment that respects sampling error (see `Attainment`); null without a latest value and a target in force,
   * or for `neutraal`.
   */
  readonly attainment: Attainment | null;
  /**
   * 95% sampling margin of the latest value around the target, in points: 1,96·√(p(1−p)/n)·100 with p = target/100
   * (binomial) for `procent` values with a respondent count n; 1,96·sd/√n for `cijfer` values with n and sd;
   * null otherwise.
   */
  readonly margin: number | null;
  /** How far the latest value still is from the target, sign-adjusted (≤ 0 when reached); null like `reached`. */
  readonly gapToTarget: number | null;
}

/**
 * - `zonder-verbetering`: the target in force is at or below the start in the favourable direction (no improvement
 *   planned), so reaching it means little; counted apart from every other outcome;
 * - `binnen-marge`: the latest value lies within the 95% sampling margin of the target (cannot be told apart);
 * - `bereikt` / `niet-bereikt`: beyond / short of the target by more than that margin (no margin: the plain comparison).
 */
export type Attainment = 'bereikt' | 'niet-bereikt' | 'binnen-marge' | 'zonder-verbetering';

/** A row with where its latest value came from, judged against the breakdown's other latest values. */
export interface SectorRow extends InstitutionIndicatorRow {
  /** The latest value is from a year before the breakdown's latest year (e.g. the later one was suppressed). */
  readonly latestEarlierYear: boolean | null;
  /**
   * The latest value has another herkomst than most values of its year in this breakdown (e.g. an own survey instead
   * of the JOB-monitor). null without a latest value.
   */
  readonly latestOtherSource: boolean | null;
}

// ───────────────────────────── sector per indicator × breakdown ─────────────────────────────

export interface RealisedYear {
  readonly year: number;
  /** Statistics over disclosed values of this year; null when none. */
  readonly stats: Summary | null;
  /** Realised values of this year left out because n < min_n (not in `stats`). */
  readonly suppressed: number;
}

/** For `aantal` indicators (vsv): the sector's sum compared with the national goal. */
export interface SectorSum {
  /** Sum of start values, over `nStart` institutions. */
  readonly start: number;
  readonly nStart: number;
  /** Sum of targets in force, over `nTarget` institutions. */
  readonly target: number;
  readonly nTarget: number;
  /** Sum of the institutions' latest realised values (may mix years; see `latestYears`). */
  readonly latest: number | null;
  readonly nLatest: number;
  readonly latestYears: readonly number[];
  /** The national goal compared with: year equal to the targets' year if present, else the latest. */
  readonly nationalGoal: NationalGoalResult | null;
  /** target sum − national goal. */
  readonly difference: number | null;
  /** Sum of targets at or beyond the national goal in the indicator's direction; null without goal or for neutraal. */
  readonly meetsGoal: boolean | null;
}

/** Pitman–Morgan test of whether the targets are less (or more) spread than the starts of the same institutions. */
export interface ConvergenceSpread {
  /** Sample standard deviations of start values and targets in force, over the paired institutions. */
  readonly sdStart: number;
  readonly sdTarget: number;
  /** sdTarget / sdStart: below 1 = targets closer together than the starts. */
  readonly ratio: number;
  /** Two-sided p of the Pitman–Morgan test (t distribution, n − 2 df). */
  readonly p: number;
  /** Benjamini–Hochberg adjusted p over every spread test of the edition (the convergentie table). */
  readonly q: number;
  /** On q < 0,05: `inhaalslag` (spread smaller), `uiteenlopen` (spread larger); otherwise `geen` (no conclusion). */
  readonly conclusion: 'inhaalslag' | 'uiteenlopen' | 'geen';
}

/** Convergence: r(start, improvement ambition) as a description, and the spread test that decides. */
export interface Convergence extends Correlation {
  /** null for `aantal` indicators, below 3 pairs, or without spread in starts or targets. */
  readonly spread: ConvergenceSpread | null;
}

/** Attainment counts of one breakdown: `reached + notReached + withinMargin + targetWithoutImprovement = n`. */
export interface AttainmentCounts {
  /** Institutions with a target in force and a latest realised value (the denominator of `reached`). */
  readonly n: number;
  readonly reached: number;
  readonly notReached: number;
  readonly withinMargin: number;
  readonly targetWithoutImprovement: number;
  /** reached of (n − targetWithoutImprovement): genuine attainment, with its Wilson interval. */
  readonly shareReached: Share;
}

/** Student-weighted means (weight: `studenten` of the institution) over the paired institutions. */
export interface WeightedMeans {
  readonly n: number;
  readonly startMean: number;
  readonly targetMean: number;
  /** Sign-adjusted: targetMean − startMean for hoger_beter, the reverse for lager_beter. */
  readonly improvementMean: number;
  /** |weighted − unweighted mean improvement| exceeds the half-width of the unweighted mean's 95% t-interval. */
  readonly differs: boolean;
}

export interface BreakdownResult {
  readonly indicatorId: string;
  readonly breakdown: string;
  /** Per institution, sorted by institution id. */
  readonly rows: readonly SectorRow[];
  /** Most common year of start values / targets in force (ties: earliest), null when none. */
  readonly startYear: number | null;
  readonly targetYear: number | null;
  /** Over all institutions with a start value. */
  readonly start: Summary | null;
  /** Over all institutions with an original (quality agenda) target. */
  readonly targetOriginal: Summary | null;
  /** Over all institutions with a target in force. */
  readonly target: Summary | null;
  /** Over institutions with both start and target in force. */
  readonly ambition: Summary | null;
  readonly improvement: Summary | null;
  /** Means of start and target over the same institutions as `ambition` (so target − start = mean ambition). */
  readonly paired: { readonly n: number; readonly startMean: number; readonly targetMean: number } | null;
  /** Student-weighted means over the same institutions as `paired`; null without paired rows or weight, and for `aantal`. */
  readonly weighted: WeightedMeans | null;
  /** Institutions with a target in force, of all institutions in the snapshot. */
  readonly withTarget: Share;
  /** Disclosed realised values per year, ascending. */
  readonly years: readonly RealisedYear[];
  /** Latest year with at least one disclosed value. */
  readonly latestYear: number | null;
  /** Over every institution's latest disclosed value minus start (sign-adjusted). */
  readonly improvementChange: Summary | null;
  /** Of institutions with a target in force and a latest realised value: how many reached it. null for neutraal. */
  readonly reached: Share | null;
  /** The same institutions split by sampling margin and planned improvement; null for neutraal. */
  readonly attainment: AttainmentCounts | null;
  /** Latest values (one per institution with any) and how many are fallbacks to an earlier year or another source. */
  readonly latestProvenance: { readonly n: number; readonly earlierYear: number; readonly otherSource: number };
  /** Suppressed realised values, all years together. */
  readonly suppressed: number;
  /**
   * Catch-up: Pearson r between the start value sign-adjusted by direction (× −1 for `lager_beter`) and the
   * improvement ambition, so a negative r always means "a less favourable start goes with a bigger ambition".
   * The regression line is in those adjusted units. Empty (n = 0, label `niet`) for `aantal` indicators: counts
   * scale with the institution's size. r is a description only (biased towards negative by regression to the
   * mean); `spread` decides whether the differences between institutions shrink.
   */
  readonly convergence: Convergence;
  /** Only for `aantal` indicators. */
  readonly sum: SectorSum | null;
  /** What the e-file did to the targets, as seed 003 Tabel 1.2; null without any target. */
  readonly revisions: TargetRevisions | null;
}

/**
 * Seed 003 Tabel 1.2: how many targets the e-file raised, lowered or added, and the mean target under four rules.
 * The monitor uses the last one (new and raised targets count, lowered ones do not, as in 003); the others show what
 * that choice does to the mean. Means are over the institutions with a target under that rule.
 */
export interface TargetRevisions {
  /** Institutions with a quality-agenda target that can be meant. */
  readonly agenda: number;
  /** Of those, how many the e-file raised or lowered (its last value, in the favourable direction; up for `neutraal`). */
  readonly raised: number;
  readonly lowered: number;
  /** Institutions without a quality-agenda target that got one from the e-file. */
  readonly added: number;
  /** Quality agenda only. */
  readonly meanAgenda: number | null;
  /** Quality agenda, plus the e-file targets where the agenda had none. */
  readonly meanWithNew: number | null;
  /** Every e-file revision counted, also the lowered ones. */
  readonly meanAllRevisions: number | null;
  /** The rule of the monitor: new and raised targets (the targets in force). */
  readonly meanRule: number | null;
}

// ───────────────────────────── typology ─────────────────────────────

export type TypologyType = 1 | 2 | 3 | 4 | 5 | 'geen';
export type StartLevel = 'hoog' | 'gemiddeld' | 'laag';
/** Why an institution has no type 1..5. */
export type UntypedReason = 'geen-startwaarden' | 'geen-ambitie' | 'geen-uitgesproken-profiel';

export interface QuartileCounts {
  /** Indicators where the sign-adjusted value is ≥ Q3 of that indicator. */
  readonly favourable: number;
  /** Indicators where it is ≤ Q1. */
  readonly unfavourable: number;
  /** Indicators where the institution has this value at all. */
  readonly indicators: number;
}

export interface InstitutionType {
  readonly institutionId: string;
  readonly start: QuartileCounts;
  readonly target: QuartileCounts;
  readonly ambition: QuartileCounts;
  /** (favourable − unfavourable starts) / indicators with a start; −1..1; null without start values. */
  readonly startScore: number | null;
  /** Likewise for improvement ambitions; null without ambitions. */
  readonly ambitionScore: number | null;
  readonly startLevel: StartLevel | null;
  readonly type: TypologyType;
  readonly reason: UntypedReason | null;
}

export interface TypologyIndicator {
  readonly indicatorId: string;
  readonly breakdown: string;
  /** Q1/Q3 of the sign-adjusted values; null when nobody has such a value. */
  readonly start: { readonly n: number; readonly q1: number; readonly q3: number } | null;
  readonly target: { readonly n: number; readonly q1: number; readonly q3: number } | null;
  readonly ambition: { readonly n: number; readonly q1: number; readonly q3: number } | null;
}

export interface TypologyThresholds {
  /** P33/P67 of startScore over institutions with a start value. */
  readonly startP33: number;
  readonly startP67: number;
  /** Median/P33/P67 of ambitionScore over institutions with an ambition. */
  readonly ambitionMedian: number | null;
  readonly ambitionP33: number | null;
  readonly ambitionP67: number | null;
}

export interface TypeSummary {
  readonly type: TypologyType;
  /** Dutch name as in the synthesis report, e.g. `Hoge startwaarden, beperkte ruimte voor verbetering`. */
  readonly name: string;
  readonly count: number;
  /** Share of all institutions in the snapshot. */
  readonly share: number | null;
}

export interface TypologyResult {
  /** Indicators that take part (non-neutraal, one breakdown each), in `indicatorOrder`. */
  readonly indicators: readonly TypologyIndicator[];
  /** `neutraal` indicators have no favourable side and are left out. */
  readonly excludedIndicators: readonly string[];
  readonly thresholds: TypologyThresholds | null;
  /** Every institution of the snapshot. */
  readonly institutions: Readonly<Record<string, InstitutionType>>;
  /** Types 1..5 then `geen`. */
  readonly types: readonly TypeSummary[];
  /** Institutions with a type 1..5. */
  readonly typed: number;
  /** Institutions without any start value (type `geen`, reason `geen-startwaarden`). */
  readonly withoutStart: number;
}

// ───────────────────────────── peer groups (factsheets) ─────────────────────────────

export type SizeBand = 'klein' | 'middelgroot' | 'groot';

/** Institutions of one `soort` and size band (peers.ts), with the medians of their disclosed realised values. */
export interface PeerGroup {
  /** `roc-groot`, `vakinstelling-klein`. */
  readonly id: string;
  readonly kind: InstitutionKind;
  readonly band: SizeBand;
  /** Sorted by institution id. */
  readonly institutionIds: readonly string[];
  /**
   * `medians[indicatorId][breakdown]`: per year of the breakdown (`BreakdownResult.years`, same order) the number of
   * group members with a disclosed value and their median; median null below `PeersResult.minPeers`.
   */
  readonly medians: Readonly<Record<string, Readonly<Record<string, readonly { readonly year: number; readonly n: number; readonly median: number | null }[]>>>>;
}

export interface PeersResult {
  /** A group median needs at least this many institutions with a value. */
  readonly minPeers: number;
  /** Lower bound (students, inclusive) and Dutch label of each band, smallest first. */
  readonly bands: readonly { readonly band: SizeBand; readonly min: number; readonly label: string }[];
  readonly groups: Readonly<Record<string, PeerGroup>>;
  readonly groupOrder: readonly string[];
  /** The group of every institution. */
  readonly institutions: Readonly<Record<string, string>>;
}

// ───────────────────────────── budget ─────────────────────────────

export interface SpendingBand {
  /** `lt20`, `20-25`, `25-30`, `ge30` (share of the goal's budget spent). */
  readonly band: 'lt20' | '20-25' | '25-30' | 'ge30';
  /** Dutch row label as in seed 003 Tabel 2.1: `Minder dan 20%`, `20% tot 25%`, `25% tot 30%`, `30% of meer`. */
  readonly label: string;
  readonly count: number;
  /** Share of the institutions with a budget for this goal. */
  readonly share: number | null;
}

export interface GoalBudget {
  readonly goalId: string;
  /** Sector total budgeted for this goal (euro, 2024-2027). */
  readonly budget: number;
  /** Share of the sector's total budget. */
  readonly share: number | null;
  /** Institutions with a budget > 0 for this goal. */
  readonly institutions: number;
  /** Spent so far (years ≤ report year), sector total. */
  readonly spent: number;
  /** spent / budget × 100. */
  readonly spentShare: number | null;
  readonly spentByYear: readonly { readonly year: number; readonly amount: number }[];
  /** Spent in the report year only, sector total, and as share of the goal's budget. */
  readonly spentInYear: number;
  readonly spentInYearShare: number | null;
  /** Institutions with a budget > 0 for this goal and any spending rows (the `bands` count). */
  readonly institutionsReporting: number;
  /** Institutions with a budget > 0 for this goal and spending rows in `reportYear` (the `yearBands` count). */
  readonly institutionsInYear: number;
  /** Institutions (with a budget > 0 and spending rows) over bands of the share spent so far. */
  readonly bands: readonly SpendingBand[];
  /**
   * The same bands for the share spent in the report year alone: the measure of seed 003 Tabel 2.1
   * ("Aandeel van uitgaven in 2024 t.o.v. begroting"), which stays informative in later years when the
   * cumulative share has passed 30% for nearly everyone.
   */
  readonly yearBands: readonly SpendingBand[];
  /** Statistics of the institutions' spending shares and of the goal's share in their budgets. */
  readonly institutionSpentShare: Summary | null;
  readonly institutionBudgetShare: Summary | null;
}

export interface InstitutionGoalBudget {
  readonly goalId: string;
  readonly budget: number;
  /** Share of this goal in the institution's total budget. */
  readonly share: number | null;
  readonly spent: number;
  /** Spent so far as share of this goal's budget; null when the budget is 0 or the institution has no spending rows. */
  readonly spentShare: number | null;
  /** Spent in the report year alone, and as share of this goal's budget (null without rows for that year). */
  readonly spentInYear: number;
  readonly spentInYearShare: number | null;
}

export interface InstitutionBudget {
  readonly institutionId: string;
  readonly total: number;
  readonly spent: number;
  readonly spentShare: number | null;
  /** Every goal with a budget or spending row, in `goalOrder`. */
  readonly goals: readonly InstitutionGoalBudget[];
}

export interface BudgetResult {
  /**
   * Spending counts up to and including this year: the edition's report year, or the latest earlier year with
   * spending rows when the report year has none (missing data is never shown as zero).
   */
  readonly reportYear: number;
  /**
   * The last year the edition can hold spending for: the last year whose e-file was due at the peildatum
   * (snapshot/calendar.ts; 2024 at 1 November 2025). `reportYear` is earlier when bestedingen.csv has no rows for it.
   */
  readonly closedYear: number;
  /** The funding period of the quality funds (2024-2027) the budgets cover. */
  readonly period: { readonly first: number; readonly last: number; readonly years: number };
  /** Years of the period the spending covers: from its first year up to `reportYear` (1 for spending over 2024). */
  readonly coveredYears: number;
  /** 100 × coveredYears / period years: the share of the period the spending covers (25 for one of four years); null without spending. */
  readonly coveredShare: number | null;
  readonly total: number;
  readonly spent: number;
  readonly spentShare: number | null;
  /** Goals with any budget or spending, keyed by goal id; reading order in `goalOrder`. */
  readonly goals: Readonly<Record<string, GoalBudget>>;
  readonly goalOrder: readonly string[];
  /** Institutions with any budget or spending row. */
  readonly institutions: Readonly<Record<string, InstitutionBudget>>;
  readonly institutionOrder: readonly string[];
}

// ───────────────────────────── measures and e-file judgements ─────────────────────────────

export interface MeasureResult {
  readonly id: string;
  readonly goalId: string;
  readonly name: string;
  readonly mandatory: boolean;
  /** Institutions that carried it out in `MeasuresResult.year`, of the institutions that reported that year. */
  readonly carriedOut: Share;
}

export interface GoalMeasures {
  readonly goalId: string;
  readonly measureIds: readonly string[];
  /** Institutions that reported on measures (any goal) in the year. */
  readonly respondents: number;
  /** How many of this goal's measures each institution carried out: one entry per k = 0..measureIds.length. */
  readonly distribution: readonly { readonly carriedOut: number; readonly count: number; readonly share: number | null }[];
  readonly mean: number | null;
}

export interface MeasuresResult {
  /**
   * The sector year of maatregel_inzet.csv: the latest year, unless only a few institutions reported it yet
   * (snapshot/coverage.ts `sectorYear`); null when the file is empty.
   */
  readonly year: number | null;
  readonly respondents: number;
  readonly measures: Readonly<Record<string, MeasureResult>>;
  /** By goal order, then measure id. */
  readonly measureOrder: readonly string[];
  readonly goals: Readonly<Record<string, GoalMeasures>>;
  /** Measure ids each institution carried out in its own latest year with rows, sorted. */
  readonly institutions: Readonly<Record<string, readonly string[]>>;
  /** That latest year per institution (the sector `year` for most; earlier or later for some). */
  readonly institutionYears: Readonly<Record<string, number>>;
}

export interface Distribution<T extends string> {
  readonly value: T;
  readonly count: number;
  readonly share: number | null;
}

export interface GoalJudgements {
  readonly goalId: string;
  readonly n: number;
  /** In the contract's order: alle, meeste, helft, klein_deel, geen. */
  readonly progress: readonly Distribution<Progress>[];
  /** klein_beetje, effectief, heel_effectief, wisselt, niet_effectief, weet_niet. */
  readonly effectiveness: readonly Distribution<Effectiveness>[];
}

export interface JudgementsResult {
  /** The sector year of efile_oordelen.csv (as MeasuresResult.year). */
  readonly year: number | null;
  readonly goals: Readonly<Record<string, GoalJudgements>>;
  readonly goalOrder: readonly string[];
  /** Each institution's own judgements of its latest year with rows, in goal order (for /instelling/<code>/). */
  readonly institutions: Readonly<
    Record<string, readonly { readonly goalId: string; readonly progress: Progress; readonly effectiveness: Effectiveness }[]>
  >;
  /** That latest year per institution. */
  readonly institutionYears: Readonly<Record<string, number>>;
}

// ───────────────────────────── effort and development ─────────────────────────────

/** `begrotingsaandeel`: goal's share of the institution's budget; `bestedingsaandeel`: spent share of the goal's budget. */
export type EffortKind = 'begrotingsaandeel' | 'bestedingsaandeel' | 'maatregel';

export interface EffortCorrelation extends Correlation {
  readonly goalId: string;
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly kind: EffortKind;
  readonly measureId: string | null;
  /** `begrotingsaandeel`, `bestedingsaandeel` or `maatregel:<code>` (the CSV's `inzet`). */
  readonly effort: string;
  /**
   * A measure comparison with fewer than `Method.tests.minPerGroup` institutions in either group: too few to
   * compare; left out of the Benjamini–Hochberg family (q null, label `niet`). Always false for budget shares.
   */
  readonly tooFewPerGroup: boolean;
  /** For measures: mean improvementChange of institutions that did / did not carry it out. */
  readonly groups: {
    readonly nWith: number;
    readonly meanWith: number | null;
    readonly nWithout: number;
    readonly meanWithout: number | null;
  } | null;
}

/** Improvement ambition against the goal's share of the institution's budget. */
export interface AmbitionBudgetCorrelation extends Correlation {
  readonly goalId: string;
  readonly indicatorId: string;
  readonly breakdown: string;
}

// ───────────────────────────── national series and goals ─────────────────────────────

export interface NationalGoalResult {
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly year: number;
  readonly value: number;
  readonly source: string;
}

export interface SeriesResult {
  readonly series: string;
  readonly name: string;
  readonly breakdown: string;
  readonly indicatorId: string | null;
  readonly goalId: string | null;
  readonly unit: Unit;
  /** Distinct sources, sorted. */
  readonly sources: readonly string[];
  /** In period order (`2022/23` after `2022`). */
  readonly points: readonly { readonly period: string; readonly value: number; readonly source: string }[];
  readonly first: { readonly period: string; readonly value: number } | null;
  readonly last: { readonly period: string; readonly value: number } | null;
  /** last − first. */
  readonly change: number | null;
  /** National goals of the series' indicator and breakdown, by year. */
  readonly nationalGoals: readonly NationalGoalResult[];
  /** Per national goal (same order): the distance from the last value and the pace needed beside the pace so far. */
  readonly goalPaces: readonly GoalPace[];
}

/**
 * How far a national series is from its goal and what it takes to get there, in the series' unit and in calendar
 * years (a studiejaar counts as the year it ends: vsv 2022/23 is 2023). Raw, not sign-adjusted: for a goal that
 * should go down (vsv) both paces are negative when things move the right way.
 */
export interface GoalPace {
  /** Year of the last value. */
  readonly fromYear: number;
  /** The goal's year minus `fromYear`; 0 or less when the goal year has come. */
  readonly yearsLeft: number;
  /** Goal − last value. */
  readonly distance: number;
  /** `distance / yearsLeft`: the change still needed per year; null when no year is left. */
  readonly neededPerYear: number | null;
  /** (last − first) / years between them: the change per year so far; null with one value. */
  readonly pastPerYear: number | null;
  /** Year of the first value that `pastPerYear` counts from; null like `pastPerYear`. */
  readonly pastFromYear: number | null;
}

// ───────────────────────────── change against the previous edition ─────────────────────────────

export interface TargetChange {
  readonly institutionId: string;
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly beforeOrigin: string | null;
  readonly afterOrigin: string | null;
  /** `nieuw` (no target before; always for a new institution), `gewijzigd` (revised), `vervallen` (none now). */
  readonly status: 'nieuw' | 'gewijzigd' | 'vervallen';
  /** The institution is new in this edition. */
  readonly newInstitution: boolean;
}

/** One row of waarden.csv that differs between the editions: the editor's proofreading list. */
export interface ValueChange {
  readonly institutionId: string;
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly kind: 'start' | 'streef' | 'realisatie';
  readonly year: number;
  readonly origin: string;
  readonly status: 'nieuw' | 'gewijzigd' | 'vervallen';
  readonly before: number | null;
  readonly after: number | null;
  /** The row in the new edition's waarden.csv; null for a value that is gone (it has no line any more). */
  readonly ref: SourceRef | null;
  readonly newInstitution: boolean;
}

export interface RealisedChange {
  readonly institutionId: string;
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly year: number;
  readonly status: 'nieuw' | 'gewijzigd' | 'vervallen';
  readonly before: number | null;
  readonly after: number | null;
}

export interface SectorChange {
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly improvementMean: { readonly before: number | null; readonly after: number | null; readonly delta: number | null };
  /**
   * Mean of the latest year's disclosed values, both taken over the institutions with a value in both latest years
   * (`institutions`): a mean of other institutions is no change.
   */
  readonly latestMean: {
    readonly before: number | null;
    readonly after: number | null;
    readonly delta: number | null;
    readonly yearBefore: number | null;
    readonly yearAfter: number | null;
    /** Institutions behind both means. */
    readonly institutions?: number | null;
    /** Fewer institutions than in either edition's latest year: the means are not the editions' own. */
    readonly subset?: boolean;
    /** The new latest year has values of fewer institutions than the previous edition's latest year. */
    readonly partial?: boolean;
  };
  readonly reachedShare: { readonly before: number | null; readonly after: number | null; readonly delta: number | null };
  /**
   * Largest absolute delta of the mean improvement ambition and the latest mean, in the indicator's unit, for
   * ordering within one unit ("moved most"). A delta that does not show at the published precision (6,9 naar 6,9)
   * counts as 0, and so does a latest mean over fewer than five institutions with both years where the editions'
   * groups differ; the reached share (a share of institutions) is not ranked.
   */
  readonly magnitude: number;
  /** Which of the two moved by `magnitude` (the one a sentence names); null when neither moved visibly. */
  readonly moved: 'latestMean' | 'improvementMean' | null;
  readonly unit: Unit;
}

/** An institution that changed against the previous edition, by name, with its money in both editions. */
export interface InstitutionChange {
  readonly institutionId: string;
  /**
   * `nieuw`: new in this edition; `opgegaan`: merged into `into` (instellingen.csv, `opgegaan_in`); `vervallen`: gone
   * without a merger; `gewijzigd`: renamed and/or took in another institution.
   */
  readonly status: 'nieuw' | 'opgegaan' | 'vervallen' | 'gewijzigd';
  /** The current name; the previous edition's for one that is gone. */
  readonly name: string;
  /** The previous edition's name when it changed; null otherwise. */
  readonly previousName: string | null;
  readonly into: string | null;
  /** Institutions that merged into this one since the previous edition. */
  readonly absorbed: readonly string[];
  /** Budget (euro) in the previous edition and in this one; null where it has none. */
  readonly budget: { readonly before: number | null; readonly after: number | null };
  /** Spending up to each edition's spending year (`BudgetResult.reportYear`); null where it has none. */
  readonly spent: { readonly before: number | null; readonly after: number | null };
}

export interface DiffResult {
  readonly previous: { readonly snapshot: string; readonly hash: string; readonly referenceDate: string; readonly reportYear: number };
  readonly institutionsAdded: readonly string[];
  readonly institutionsRemoved: readonly string[];
  /** Institutions added, merged, gone, renamed or enlarged: new, then merged, gone and changed, each in code order. */
  readonly institutionChanges: readonly InstitutionChange[];
  /** Total budget and spending of all institutions in both editions (spending up to each edition's spending year). */
  readonly money: {
    readonly budgetBefore: number;
    readonly budgetAfter: number;
    readonly spentBefore: number;
    readonly spentAfter: number;
    readonly spentYearBefore: number;
    readonly spentYearAfter: number;
  };
  readonly indicatorsAdded: readonly string[];
  readonly indicatorsRemoved: readonly string[];
  /** Sorted by indicator order, breakdown, institution. */
  readonly targetChanges: readonly TargetChange[];
  /** Sorted by indicator order, breakdown, institution, year. */
  readonly realisedChanges: readonly RealisedChange[];
  /**
   * Indicator × breakdown present in both editions, grouped by unit (procent, cijfer, aantal, euro) and sorted
   * by `magnitude` descending within a unit (ties: indicator order): units are never ranked against each other.
   */
  readonly sectorChanges: readonly SectorChange[];
  /** Every row of waarden.csv that is new, changed or gone; sorted by indicator order, breakdown, institution, kind, year. */
  readonly valueChanges: readonly ValueChange[];
  readonly counts: {
    /** All target changes; split below into new (of which of new institutions), revised and removed. */
    readonly targetsChanged: number;
    readonly targetsNew: number;
    readonly targetsNewInstitutions: number;
    readonly targetsRevised: number;
    readonly targetsRemoved: number;
    readonly valuesChanged: number;
    /** Sector changes whose newest year is partial (compared over institutions with both years). */
    readonly partialYears: number;
    readonly realisedNew: number;
    readonly realisedChanged: number;
    readonly realisedRemoved: number;
    /** Institutions by InstitutionChange status; `renamed` counts the `gewijzigd` ones with a previous name. */
    readonly institutions: { readonly new: number; readonly merged: number; readonly gone: number; readonly renamed: number };
  };
}

// ───────────────────────────── method and build report ─────────────────────────────

/** One table of tests corrected together (Benjamini–Hochberg). */
export interface TestFamily {
  /** Tests carried out (with a p-value; measure comparisons only with enough institutions per group). */
  readonly tests: number;
  /** tests × 0,05: how many would be "significant" at p < 0,05 by chance alone if there were no relation. */
  readonly expectedByChance: number;
  /** p < 0,05 before the correction. */
  readonly significantP: number;
  /** q < 0,05 after the correction. */
  readonly surviving: number;
}

export interface RevisionEffect {
  /** Indicator × breakdown combinations where the e-file raised, lowered or added a target. */
  readonly revised: number;
  /** Of those, where the mean target with every revision would be less favourable than under the rule. */
  readonly lessFavourable: number;
  /**
   * Among the `procent` combinations (one unit, so differences compare): the largest difference between the mean
   * target with every revision and under the rule, sign-adjusted (positive = the rule's mean is more favourable).
   */
  readonly largest: {
    readonly indicatorId: string;
    readonly breakdown: string;
    readonly meanRule: number;
    readonly meanAllRevisions: number;
    readonly difference: number;
  } | null;
}

export interface Method {
  readonly institutions: number;
  readonly indicators: number;
  readonly goals: number;
  readonly measures: number;
  /** Rows in waarden.csv, and per kind. */
  readonly values: number;
  readonly startValues: number;
  readonly targetValues: number;
  readonly realisedValues: number;
  readonly targets: TargetCounts;
  /** What counting every e-file revision, also the lowered ones, would do to the mean targets (seed 003 Tabel 1.2). */
  readonly revisionEffect: RevisionEffect;
  /** Realised values suppressed by the disclosure rule. */
  readonly suppressed: number;
  readonly disclosure: {
    /** Used for a value with a respondent count `n` when its indicator has no `min_n`. */
    readonly defaultMinN: number;
    /** Indicators with an explicit `min_n`. */
    readonly indicatorsWithMinN: number;
    /** Realised values of an indicator with `min_n` without a respondent count: suppressed (part of `suppressed`). */
    readonly withoutN: number;
  };
  /** Measured scores (`cijfer`) with a respondent count, and how many give the sd their margin needs. */
  readonly scoreMargins: { readonly values: number; readonly withSd: number };
  readonly typed: number;
  readonly withoutStart: number;
  readonly typologyIndicators: number;
  /** Counts of convergence labels over all indicator × breakdown combinations. */
  readonly convergence: { readonly significant: number; readonly zwak: number; readonly niet: number };
  readonly significanceLevels: { readonly significant: number; readonly weak: number };
  /** Level of every confidence interval, in percent (95), and the normal quantile of the sampling margin (1,96). */
  readonly confidenceLevel: number;
  readonly samplingZ: number;
  /** Multiple testing per table; measure comparisons need `minPerGroup` institutions in each group. */
  readonly tests: {
    readonly minPerGroup: number;
    readonly effort: TestFamily & { readonly tooFewPerGroup: number };
    readonly ambitionBudget: TestFamily;
    /** Spread tests of convergence, with their conclusions. */
    readonly spread: TestFamily & { readonly inhaalslag: number; readonly uiteenlopen: number; readonly geen: number };
  };
  /** Attainment over every indicator × breakdown (sum of `BreakdownResult.attainment`). */
  readonly attainment: Omit<AttainmentCounts, 'shareReached'>;
  /** Latest values over every indicator × breakdown, and fallbacks (sum of `BreakdownResult.latestProvenance`). */
  readonly latestProvenance: { readonly n: number; readonly earlierYear: number; readonly otherSource: number };
  /** Indicator × breakdowns where the student-weighted mean ambition differs beyond the unweighted 95% margin. */
  readonly weightedDiffers: number;
}

export interface SuppressedValue {
  readonly institutionId: string;
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly year: number;
  /** null: an indicator with `min_n` whose value gives no respondent count (it cannot show that it meets it). */
  readonly n: number | null;
  readonly minN: number;
  readonly ref: SourceRef;
}

export interface Notice {
  /** Stable code, e.g. `dubbele-realisatie`. */
  readonly code: string;
  /** Dutch message for the editor. */
  readonly message: string;
  readonly ref?: SourceRef;
}

export interface BuildReport {
  /** Sorted by indicator order, breakdown, institution, herkomst. */
  readonly ignoredTargets: readonly IgnoredTarget[];
  /** Sorted by indicator order, breakdown, institution, year. */
  readonly suppressed: readonly SuppressedValue[];
  readonly notices: readonly Notice[];
}

// ───────────────────────────── the whole ─────────────────────────────

export interface Results {
  readonly edition: EditionInfo;
  /** Goals keyed by id; order: priority 1..3 goals by number, then Stagepact themes. */
  readonly goals: Readonly<Record<string, GoalResult>>;
  readonly goalOrder: readonly string[];
  /** Indicators keyed by id; order: goal order, then the order in indicatoren.csv. */
  readonly indicators: Readonly<Record<string, IndicatorResult>>;
  readonly indicatorOrder: readonly string[];
  /** Institutions keyed by id; order: by id. */
  readonly institutions: Readonly<Record<string, InstitutionResult>>;
  readonly institutionOrder: readonly string[];
  /** `sector[indicatorId][breakdown]`; breakdown order in `indicators[id].breakdowns`. */
  readonly sector: Readonly<Record<string, Readonly<Record<string, BreakdownResult>>>>;
  readonly targetCounts: TargetCounts;
  readonly typology: TypologyResult;
  /** Peer groups (soort × size band) for the factsheets. */
  readonly peers: PeersResult;
  readonly budget: BudgetResult;
  readonly measures: MeasuresResult;
  readonly judgements: JudgementsResult;
  /** Sorted by goal order, indicator order, breakdown, then begrotingsaandeel, bestedingsaandeel, measures by id. */
  readonly effort: readonly EffortCorrelation[];
  /** Sorted by goal order, indicator order, breakdown. */
  readonly ambitionBudget: readonly AmbitionBudgetCorrelation[];
  /** Sorted by series slug, then breakdown (`totaal` first). */
  readonly series: readonly SeriesResult[];
  /** Sorted by indicator order, breakdown, year. */
  readonly nationalGoals: readonly NationalGoalResult[];
  /** null when no previous edition was given. */
  readonly diff: DiffResult | null;
  readonly method: Method;
  readonly buildReport: BuildReport;
}
