// Every chart builder by chart type. The figure registry (a later stage mapping Results onto these inputs)
// picks a builder here; adding a chart type is one module plus one line.
import { buildAmbitionRange } from './ambition-range.ts';
import { buildBudgetByInstitution, buildBudgetShares } from './budget-shares.ts';
import { buildConvergence } from './convergence.ts';
import { buildInstitutionPosition } from './institution-position.ts';
import { buildJudgements } from './judgements.ts';
import { buildMeasureShares } from './measure-shares.ts';
import { buildRealisedBands } from './realised-bands.ts';
import { buildStartTarget } from './start-target.ts';
import { buildTable } from './table.ts';
import { buildTimeseries } from './timeseries.ts';
import { buildTypologyCounts, buildTypologyScatter } from './typology.ts';

export const builders = {
  'ambition-range': buildAmbitionRange,
  'budget-shares': buildBudgetShares,
  'budget-by-institution': buildBudgetByInstitution,
  'start-target': buildStartTarget,
  convergence: buildConvergence,
  typology: buildTypologyCounts,
  'typology-scatter': buildTypologyScatter,
  timeseries: buildTimeseries,
  'realised-bands': buildRealisedBands,
  'measure-shares': buildMeasureShares,
  judgements: buildJudgements,
  'institution-position': buildInstitutionPosition,
  table: buildTable,
} as const;

export type ChartType = keyof typeof builders;
/** The input type of a chart type's builder, e.g. `ChartInput<'timeseries'>`. */
export type ChartInput<T extends ChartType> = Parameters<(typeof builders)[T]>[0];

export type { AmbitionRangeInput, AmbitionRangeRow } from './ambition-range.ts';
export type { BudgetByInstitutionInput, BudgetShareRow, BudgetSharesInput, GoalRef } from './budget-shares.ts';
export type { ConvergenceInput, ConvergencePoint } from './convergence.ts';
export type { InstitutionPositionInput, PositionRow } from './institution-position.ts';
export type { JudgementRow, JudgementScale, JudgementsInput } from './judgements.ts';
export type { MeasureShareRow, MeasureSharesInput } from './measure-shares.ts';
export type { BandPeriod, RealisedBandsInput } from './realised-bands.ts';
export type { StartTargetInput, StartTargetRow } from './start-target.ts';
export type { TableInput } from './table.ts';
export type { TimeseriesInput } from './timeseries.ts';
export type { TypeRef, TypologyCountsInput, TypologyPoint, TypologyScatterInput } from './typology.ts';
