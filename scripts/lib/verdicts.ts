// The verdict words: one definition of each code the findings stage decides (scripts/findings/rules/course.ts) and
// the Dutch words every page, table and download uses for it. Kept in the ground floor because the prose and the
// figures (siblings) both say them, and a term must mean the same everywhere (issue 23).

/** The sector's course on one indicator × breakdown (rule "koers"); also the `oordeel` column of koers.csv. */
export const COURSE_STATUSES = [
  'voor-op-schema',
  'op-schema',
  'achter-op-schema',
  'verslechterd',
  'onzeker',
  'te-weinig-instellingen',
  'geen-gegevens',
] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** An indicator over its breakdowns: one status when they agree, else `wisselend` (the words name each part). */
export type IndicatorStatus = CourseStatus | 'wisselend';

export const COURSE_WORDS: Readonly<Record<IndicatorStatus, string>> = {
  'voor-op-schema': 'voor op schema',
  'op-schema': 'op schema',
  'achter-op-schema': 'achter op schema',
  verslechterd: 'verslechterd',
  onzeker: 'onzeker',
  'te-weinig-instellingen': 'te weinig instellingen',
  'geen-gegevens': 'geen gegevens',
  wisselend: 'wisselend',
};

/**
 * Development since the start (rule "ontwikkeling"): the 95% interval of the mean actual progress of the institutions
 * the course rule assesses lies above 0 (`verbeterd`), below 0 (`verslechterd`) or includes 0.
 */
export type Development = 'verbeterd' | 'verslechterd' | 'geen-duidelijke-verandering' | 'te-weinig-instellingen' | 'geen-gegevens';

export const DEVELOPMENT_WORDS: Readonly<Record<Development, string>> = {
  verbeterd: 'verbeterd',
  verslechterd: 'verslechterd',
  'geen-duidelijke-verandering': 'geen duidelijke verandering',
  'te-weinig-instellingen': 'te weinig instellingen',
  'geen-gegevens': 'geen gegevens',
};

/** Order from the best to the worst verdict, for "never hide a worse breakdown" and for listing parts. */
export const COURSE_ORDER: Readonly<Record<CourseStatus, number>> = {
  'voor-op-schema': 0,
  'op-schema': 1,
  onzeker: 2,
  'achter-op-schema': 3,
  verslechterd: 4,
  'te-weinig-instellingen': 5,
  'geen-gegevens': 6,
};

/** Spending against the share of the funding period covered (rule "besteding"). */
export type SpendingStatus = 'achter' | 'volgens-plan' | 'voor';

export const SPENDING_WORDS: Readonly<Record<SpendingStatus, string>> = {
  achter: 'achter op plan',
  'volgens-plan': 'volgens plan',
  voor: 'sneller dan gepland',
};
