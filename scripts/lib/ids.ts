// Figure ids: stable slugs shared by the figure registry (which builds them), the findings (which name the figure
// that shows each finding) and the outline (which places them). They become URLs (/figuren/<id>.svg), so they are
// lower case and never change for the same content.

import { goalSlug, slug } from './urls.ts';

/** `totaal` adds nothing; `niveau 3` → `-niveau-3`. */
const part = (breakdown: string) => (breakdown === 'totaal' ? '' : `-${slug(breakdown)}`);

export const figureIds = {
  /** Improvement ambition per indicator, mean with Q1–Q3 (seed 000 Figuur 2.1). */
  ambitionOverview: () => 'ambitie-overzicht',
  /** The same for indicators measured as a grade (rapportcijfer): another unit, so another chart. */
  ambitionOverviewGrades: () => 'ambitie-overzicht-cijfers',
  /** Share of each goal in the sector budget (Figuur 2.2). */
  budgetSector: () => 'begroting-sector',
  /** Budget distribution per institution (Figuur 3.2). */
  budgetInstitutions: () => 'begroting-instellingen',
  /** Convergence over all indicators: r, p, n per indicator (table). */
  convergenceTable: () => 'tabel-convergentie',
  /** Targets reached per indicator (table). */
  reachedTable: () => 'tabel-doelbereik',
  startTarget: (indicatorId: string, breakdown: string) => `start-streef-${indicatorId}${part(breakdown)}`,
  realised: (indicatorId: string, breakdown: string) => `realisatie-${indicatorId}${part(breakdown)}`,
  convergence: (indicatorId: string, breakdown: string) => `convergentie-${indicatorId}${part(breakdown)}`,
  series: (series: string) => `reeks-${slug(series)}`,
  measures: (goalId: string) => `maatregelen-${goalSlug(goalId)}`,
  judgements: (goalId: string) => `oordelen-${goalSlug(goalId)}`,
  /** Spending so far in bands (seed 003 Tabel 2.1). */
  spendingTable: (goalId: string) => `tabel-besteding-${goalSlug(goalId)}`,
  /** Effort–development correlations of a goal (table). */
  effortTable: (goalId: string) => `tabel-inzet-${goalSlug(goalId)}`,
  /** The e-file judgements of all goals side by side: progress or effectiveness (seed 003 summary). */
  judgementsByGoal: (scale: 'voortgang' | 'effectiviteit') => `oordelen-${scale}-per-doelstelling`,
  typologyCounts: () => 'typologie-aantallen',
  typologyScores: () => 'typologie-scores',
  /** Ambition against budget share per goal and indicator (table). */
  ambitionBudgetTable: () => 'tabel-ambitie-begroting',
  /** Method: what the e-file did to the targets and the mean target under each rule (seed 003 Tabel 1.2). */
  targetRevisionsTable: () => 'tabel-streefwaarden-e-file',
  /** Annex: all indicators with unit, direction and source. */
  indicatorTable: () => 'tabel-indicatoren',
  /** Annex and /instellingen/typologie/: every institution's scores and type. */
  typologyInstitutionsTable: () => 'tabel-typologie-instellingen',
  /** Annex and /wat-is-veranderd/: largest movements against the previous edition. */
  changesTable: () => 'tabel-wijzigingen',
  /** /wat-is-veranderd/ (and the annex when short): every changed value with its line in waarden.csv. */
  valueChangesTable: () => 'tabel-alle-wijzigingen',
  /** /wat-is-veranderd/: the changed values of one goal's indicators (a section per goal). */
  goalValueChangesTable: (goalId: string) => `tabel-wijzigingen-${slug(goalId)}`,
  /** /wat-is-veranderd/: per goal how many values are new, revised or gone, by kind. */
  changesByGoalTable: () => 'tabel-wijzigingen-per-doelstelling',
  /** /instellingen/: overview of all institutions. */
  institutionsTable: () => 'tabel-instellingen',
  /** /instelling/<code>/: position against the sector per indicator. */
  institutionPosition: (institutionId: string) => `positie-${slug(institutionId)}`,
  /** /instelling/<code>/: start, target, latest and reached per indicator. */
  institutionValues: (institutionId: string) => `tabel-waarden-${slug(institutionId)}`,
  /** /instelling/<code>/: budget per goal. */
  institutionBudget: (institutionId: string) => `tabel-begroting-${slug(institutionId)}`,
};
