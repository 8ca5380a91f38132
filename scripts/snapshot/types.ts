// The validated, immutable data snapshot: the only thing later stages know about the CSV files.
// Field names are English; enumerated values stay as the Dutch words of the data contract.

export type Unit = 'procent' | 'cijfer' | 'aantal' | 'euro';
export type Direction = 'hoger_beter' | 'lager_beter' | 'neutraal';
export type InstitutionKind = 'roc' | 'aoc' | 'vakinstelling' | 'overig';
export type ValueKind = 'start' | 'streef' | 'realisatie';
export type Progress = 'alle' | 'meeste' | 'helft' | 'klein_deel' | 'geen';
export type Effectiveness = 'klein_beetje' | 'effectief' | 'heel_effectief' | 'wisselt' | 'niet_effectief' | 'weet_niet';

/** Where a record came from, so later stages can point an editor at the line. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

export interface SnapshotMeta {
  readonly title: string;
  /** ISO date `YYYY-MM-DD`; every date shown in the output derives from it. */
  readonly referenceDate: string;
  readonly reportYear: number;
  /** Institution-level values are invented: every page must say so. */
  readonly synthetic: boolean;
  readonly explanation: string;
  readonly previous: string | null;
}

export interface Goal {
  /** `1.1`..`3.4`, or `SP1`..`SP4` for the Stagepact themes. */
  readonly id: string;
  readonly priority: 1 | 2 | 3;
  readonly name: string;
  readonly shortName: string;
  readonly isStagepact: boolean;
}

export interface Indicator {
  readonly id: string;
  readonly goalId: string;
  readonly name: string;
  /** Short label for charts and tables (column `korte_naam`, falls back to `naam`). */
  readonly shortName: string;
  /** Optional longer definition (column `definitie`). */
  readonly definition: string;
  readonly unit: Unit;
  readonly direction: Direction;
  readonly source: string;
  /** Realised values with fewer respondents are suppressed; null = no disclosure rule. */
  readonly minN: number | null;
}

export interface Institution {
  readonly id: string;
  readonly name: string;
  readonly kind: InstitutionKind;
  readonly region: string;
  readonly randstad: boolean;
  readonly students: number;
}

/**
 * A former institution that merged into another (a row of instellingen.csv with `opgegaan_in`): not a current
 * institution, kept so that the report can say where it went.
 */
export interface Merger extends Institution {
  /** The current institution it merged into. */
  readonly into: string;
  readonly ref: SourceRef;
}

export interface InstitutionValue {
  readonly institutionId: string;
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly kind: ValueKind;
  readonly year: number;
  readonly value: number;
  readonly n: number | null;
  /** Standard deviation of the respondents' answers (optional column `sd`, score indicators). */
  readonly sd?: number | null;
  readonly origin: string;
  readonly ref: SourceRef;
}

export interface SeriesPoint {
  readonly series: string;
  /** Display name of the series (optional column `naam`, falls back to the slug). */
  readonly name: string;
  readonly indicatorId: string | null;
  /** Goal the series belongs to (optional column `doelstelling`, else the indicator's goal). */
  readonly goalId: string | null;
  readonly breakdown: string;
  readonly period: string;
  readonly value: number;
  readonly unit: Unit;
  readonly source: string;
}

export interface NationalGoal {
  readonly indicatorId: string;
  readonly breakdown: string;
  readonly year: number;
  readonly value: number;
  readonly source: string;
}

export interface Budget {
  readonly institutionId: string;
  readonly goalId: string;
  readonly amount: number;
}

export interface Spending {
  readonly institutionId: string;
  readonly goalId: string;
  readonly year: number;
  readonly amount: number;
}

export interface Measure {
  readonly id: string;
  readonly goalId: string;
  readonly name: string;
  readonly mandatory: boolean;
}

export interface MeasureUse {
  readonly institutionId: string;
  readonly measureId: string;
  readonly year: number;
  readonly carriedOut: boolean;
}

export interface Judgement {
  readonly institutionId: string;
  readonly goalId: string;
  readonly year: number;
  readonly progress: Progress;
  readonly effectiveness: Effectiveness;
}

export interface SnapshotFile {
  readonly name: string;
  readonly bytes: number;
  readonly dialect: 'en' | 'nl' | 'json';
}

export interface Snapshot {
  /** Folder name, e.g. `2025-11-01`. */
  readonly name: string;
  readonly dir: string;
  /** Short content hash (first 10 hex digits of sha256 over all files), the edition stamp. */
  readonly hash: string;
  readonly meta: SnapshotMeta;
  readonly files: readonly SnapshotFile[];
  readonly goals: readonly Goal[];
  readonly indicators: readonly Indicator[];
  readonly institutions: readonly Institution[];
  /** Former institutions and the current ones they merged into (instellingen.csv, column `opgegaan_in`). */
  readonly mergers: readonly Merger[];
  readonly values: readonly InstitutionValue[];
  readonly series: readonly SeriesPoint[];
  readonly nationalGoals: readonly NationalGoal[];
  readonly budgets: readonly Budget[];
  readonly spending: readonly Spending[];
  readonly measures: readonly Measure[];
  readonly measureUse: readonly MeasureUse[];
  readonly judgements: readonly Judgement[];
}

/** `fout` refuses the snapshot; `waarschuwing` is shown prominently; `melding` is for information. */
export type Severity = 'fout' | 'waarschuwing' | 'melding';

/** One validation finding, printed as `bestand:regel[:kolom]: melding`. */
export interface Issue {
  readonly severity: Severity;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  /** For warnings: what kind, in a few words ("besteding boven begroting"); more than five of a kind are grouped. */
  readonly kind?: string;
}
