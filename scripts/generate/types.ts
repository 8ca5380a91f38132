// The generated world: every institution-level record of both editions, each tagged with the editions
// (report years) it belongs to. An edition is a filtered view of this world, so the two bundled editions
// come from one run and stay consistent.
import type { Effectiveness, Progress, ValueKind } from '../snapshot/types.ts';
import type { WorldInstitution } from './institutions.ts';
import type { Money } from './money.ts';

export interface WorldValue {
  readonly institution: string;
  readonly indicator: string;
  readonly breakdown: string;
  readonly kind: ValueKind;
  readonly year: number;
  readonly value: number;
  readonly n: number | null;
  /** Standard deviation of the respondents' answers (measured scores only). */
  readonly sd?: number | null;
  readonly origin: string;
  /**
   * First and last edition (report year) containing the row; null = still in the current edition. For an e-file
   * target (`efile`) they are years of the e-file: the row is in the editions whose last closed year lies between.
   */
  readonly from: number;
  readonly until: number | null;
  readonly efile?: true;
}

export interface WorldMeasureUse {
  readonly institution: string;
  readonly measure: string;
  readonly year: number;
  readonly carriedOut: boolean;
}

export interface WorldJudgement {
  readonly institution: string;
  readonly goal: string;
  readonly year: number;
  readonly progress: Progress;
  readonly effectiveness: Effectiveness;
}

export interface World {
  readonly seed: number;
  /** Institutions in the current edition (the `--institutions` argument). */
  readonly size: number;
  readonly institutions: readonly WorldInstitution[];
  readonly values: readonly WorldValue[];
  readonly money: Money;
  readonly measureUse: readonly WorldMeasureUse[];
  readonly judgements: readonly WorldJudgement[];
}

