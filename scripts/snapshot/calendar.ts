// The monitoring calendar: which years an edition can hold at its peildatum.
//
// - Spending, e-file judgements and carried-out measures of a year reach the monitor through the e-file over that
//   year, which the institutions hand in with their annual report in July of the year after (seed 001 L113-118:
//   "Juli — Oplevering jaarverslag bekostigde mbo-instellingen"; the e-file goes with it, 001 L39, 004 L109). The
//   monitor takes 1 July. So the progress report of autumn 2025 has spending over 2024 only, "het eerste jaar van de
//   vier jaren" (003 L426-428). A year that had not ended at the peildatum cannot be in an edition (an error); a year
//   that ended but whose e-file was not yet due is doubtful (a warning).
// - Surveys and registrations are dated by their measurement year: a realised value or national figure dated after
//   the peildatum's year is refused (value-rules.ts); a start value dated so is a warning (a typo, or the wrong file).
// The check speaks Dutch to the editor; its messages live here with the rule they explain.
import { formatDate, plural } from '../lib/nl.ts';
import type { SnapshotMeta } from './types.ts';
import type { IssueSink, Row } from './validate.ts';
import { issueSink } from './validate.ts';
import type { Issue } from './types.ts';

/** The quality funds of the Regeling kwaliteitsafspraken mbo 2024-2027 cover these four years (004 L100). */
export const FUNDING_PERIOD = { first: 2024, last: 2027 } as const;

/** Month and day, in the year after, by which the e-file over a year is handed in (001 L115). */
export const EFILE_DUE = { month: 7, day: 1 } as const;

/** The date (ISO) by which the e-file over `year` is due. */
export function efileDeadline(year: number): string {
  return `${year + 1}-${String(EFILE_DUE.month).padStart(2, '0')}-${String(EFILE_DUE.day).padStart(2, '0')}`;
}

export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

/** The last year whose e-file was due on or before the peildatum (2024 at 1 November 2025, 2023 at 1 May 2025). */
export function closedYear(referenceDate: string): number {
  const year = yearOf(referenceDate);
  return efileDeadline(year - 1) <= referenceDate ? year - 1 : year - 2;
}

/** What an edition can hold at its peildatum. */
export interface EditionCalendar {
  readonly referenceDate: string;
  /** Spending, e-file judgements and carried-out measures: years up to and including this one. */
  readonly closedYear: number;
  /** Years of the funding period that the e-file covers at the peildatum (0 before the first e-file). */
  readonly fundingYearsClosed: number;
  readonly fundingYears: number;
  /** Measurements (surveys, registrations) up to and including this year. */
  readonly measurementYear: number;
}

export function editionCalendar(referenceDate: string): EditionCalendar {
  const closed = closedYear(referenceDate);
  const fundingYears = FUNDING_PERIOD.last - FUNDING_PERIOD.first + 1;
  return {
    referenceDate,
    closedYear: closed,
    fundingYearsClosed: Math.max(0, Math.min(fundingYears, closed - FUNDING_PERIOD.first + 1)),
    fundingYears,
    measurementYear: yearOf(referenceDate),
  };
}

/** The files the e-file fills, and what a row of them is in a message. */
const EFILE_FILES: Readonly<Record<string, string>> = {
  'bestedingen.csv': 'bestedingen',
  'efile_oordelen.csv': 'oordelen uit de e-file',
  'maatregel_inzet.csv': 'uitgevoerde maatregelen',
};

const calendarMsg = {
  notEnded: (year: number, date: string, what: string, closed: number) =>
    `jaar ${year} is op de peildatum ${formatDate(date)} nog niet afgesloten; ${what} over ${year} komen pas in de e-file over ${year}, ` +
    `die uiterlijk ${formatDate(efileDeadline(year))} wordt ingeleverd. Deze editie kan ${what} tot en met ${closed} bevatten; ` +
    `controleer het jaar of de peildatum in snapshot.json`,
  notDue: (year: number, date: string, what: string) =>
    `${what} over ${year}: de e-file over ${year} hoeft pas uiterlijk ${formatDate(efileDeadline(year))} binnen te zijn, na de peildatum ` +
    `${formatDate(date)}; controleer of deze cijfers definitief zijn`,
  measuredLater: (count: number, year: number, date: string, kind: readonly [string, string]) =>
    `${plural(count, kind[0], kind[1])} uit ${year}, na de peildatum ${formatDate(date)}${count > 1 ? '; de eerste staat op deze regel' : ''}; controleer het jaar of de peildatum in snapshot.json`,
  efileTooEarly: (count: number, date: string) =>
    `${plural(count, 'streefwaarde', 'streefwaarden')} met herkomst e-file, maar op de peildatum ${formatDate(date)} is nog geen e-file ingeleverd ` +
    `(de eerste, over ${FUNDING_PERIOD.first}, uiterlijk ${formatDate(efileDeadline(FUNDING_PERIOD.first))})${count > 1 ? '; de eerste staat op deze regel' : ''}`,
};

/**
 * Hold the checked tables to the calendar of `meta.referenceDate`: refuse e-file rows for a year that had not
 * ended, warn about e-file rows not yet due and about measurements dated after the peildatum.
 */
export function checkCalendar(meta: SnapshotMeta, tables: ReadonlyMap<string, readonly Row[]>, issues: Issue[]): void {
  const date = meta.referenceDate;
  const cal = editionCalendar(date);
  for (const [file, what] of Object.entries(EFILE_FILES)) {
    const sink = issueSink(file, issues);
    const warned = new Set<number>();
    for (const row of tables.get(file) ?? []) {
      const year = row.cells.jaar;
      if (typeof year !== 'number') continue;
      if (year >= cal.measurementYear) sink.error(row.line, row.columnOf('jaar'), calendarMsg.notEnded(year, date, what, cal.closedYear));
      else if (year > cal.closedYear && !warned.has(year)) {
        warned.add(year);
        sink.warning(row.line, row.columnOf('jaar'), calendarMsg.notDue(year, date, what));
      }
    }
  }
  const values = tables.get('waarden.csv') ?? [];
  // Realised values and national figures after the peildatum are refused at their line (value-rules.ts): one cause,
  // one message. A start value dated later is left to this warning.
  laterMeasurements(issueSink('waarden.csv', issues), values.filter((r) => r.cells.soort === 'start'), 'jaar', ['startwaarde', 'startwaarden'], cal, date);
  if (cal.closedYear < FUNDING_PERIOD.first) {
    const early = values.filter((r) => r.cells.soort === 'streef' && String(r.cells.herkomst ?? '').startsWith('e-file'));
    if (early.length > 0) issueSink('waarden.csv', issues).warning(early[0]!.line, early[0]!.columnOf('herkomst'), calendarMsg.efileTooEarly(early.length, date));
  }
}

/** One warning per year after the peildatum's year, at the first such row. */
function laterMeasurements(
  sink: IssueSink,
  rows: readonly Row[],
  column: string,
  kind: readonly [string, string],
  cal: EditionCalendar,
  date: string,
): void {
  const byYear = new Map<number, Row[]>();
  for (const row of rows) {
    const year = Number.parseInt(String(row.cells[column] ?? ''), 10);
    if (!Number.isInteger(year) || year <= cal.measurementYear) continue;
    const list = byYear.get(year) ?? [];
    list.push(row);
    byYear.set(year, list);
  }
  for (const [year, list] of [...byYear].sort((a, b) => a[0] - b[0])) {
    sink.warning(list[0]!.line, list[0]!.columnOf(column), calendarMsg.measuredLater(list.length, year, date, kind));
  }
}
