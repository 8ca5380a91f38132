// What every part of the figure registry shares: the "Bron" lines, Dutch labels for indicators, breakdowns,
// units and significance, the notes about disclosure and ignored targets, and the empty-table state.
// Everything here selects and words values from Results; nothing computes a statistic.
import { kindLabel } from '../../compute/kinds.ts';
import type { BreakdownResult, Correlation, IndicatorResult, InstitutionIndicatorRow, Results, Unit } from '../../compute/types.ts';
import type { PartialYear } from '../../compute/partial.ts';
import { formatNumber } from '../../lib/nl.ts';
import { CHART_TYPE as TABLE_TYPE } from '../charts/table.ts';
import { emptyFigure, type FigureMeta } from '../figure.ts';
import type { Figure, FigureColumn } from '../types.ts';
import { urls } from '../../lib/urls.ts';

// ---- Sources ("Bron") -----------------------------------------------------------------------------------

/** Where start values and targets come from. */
export const PLANS = "Kwaliteitsagenda's en e-files van de instellingen";
/** Where budgets and spending come from. */
export const BUDGETS = 'Begrotingen en e-files van de instellingen';
/** Where measures and the institutions' own judgements come from. */
export const EFILES = 'E-files van de instellingen';
/** For tables over many indicators: each realised value comes from its indicator's own source. */
export const SOURCE_PER_INDICATOR = 'realisaties uit de bron van elke indicator (zie de tabel met indicatoren en bronnen)';

/**
 * A source line about institution-level data: the parts joined with `; `, marked as invented when the edition
 * is synthetic. National series never go through here: they are real published figures.
 */
export function institutionSource(results: Results, ...parts: readonly string[]): string {
  const unique = [...new Set(parts.filter((p) => p.length > 0))];
  return `${unique.join('; ')}${results.edition.synthetic ? ' (fictieve gegevens)' : ''}`;
}

// ---- Labels ---------------------------------------------------------------------------------------------

/** `Hulp bij keuze, niveau 3`; the `totaal` breakdown adds nothing (as the prose writes it, without quotes). */
export function withBreakdown(name: string, breakdown: string): string {
  return breakdown === 'totaal' ? name : `${name}, ${breakdown}`;
}

/** The unit as a word for subtitles and tables. */
export const UNIT_WORDS: Readonly<Record<Unit, string>> = { procent: 'procent', cijfer: 'rapportcijfer', aantal: 'aantal', euro: 'euro' };

/** A goal in a table column headed "Doelstelling": `1.3 Begeleiding`, `SP1 Stagebegeleiding` (in titles: `goalLabel`). */
export function goalCell(results: Results, goalId: string): string {
  const goal = results.goals[goalId];
  return goal ? `${goalId} ${goal.shortName}` : goalId;
}

/** The methodology's reading of a correlation, for table cells. */
export function significanceCell(c: Pick<Correlation, 'r' | 'label'>): string {
  if (c.r === null) return 'niet te berekenen';
  return c.label === 'significant' ? 'significant' : c.label === 'zwak' ? 'zwak significant' : 'geen samenhang';
}

/** Columns n, r, p, q, ρ and the reading (decided on q), shared by the effort and ambition–budget tables. */
export const CORRELATION_COLUMNS: readonly FigureColumn[] = [
  { key: 'n', label: 'Aantal instellingen (n)', format: 'integer' },
  { key: 'r', label: 'Correlatie (r)', format: 'number', decimals: 2 },
  { key: 'p', label: 'p-waarde', format: 'number', decimals: 3 },
  { key: 'q', label: 'Gecorrigeerde p-waarde (q)', format: 'number', decimals: 3 },
  { key: 'rho', label: 'Rangcorrelatie (Spearman)', format: 'number', decimals: 2 },
  { key: 'samenhang', label: 'Samenhang', format: 'text' },
];

export function correlationCells(c: Correlation): { n: number; r: number | null; p: number | null; q: number | null; rho: number | null; samenhang: string } {
  return { n: c.n, r: c.r, p: c.p, q: c.q, rho: c.rho, samenhang: significanceCell(c) };
}

/** The note under every correlation table: how q is read, and that a relation is not an effect. */
export const CORRELATION_NOTE =
  'Pearson-correlatie met tweezijdige p-waarde; q is de p-waarde gecorrigeerd voor het aantal toetsen in de tabel ' +
  '(Benjamini-Hochberg): significant bij q kleiner dan 0,05, zwak significant bij q van 0,05 tot 0,10. ' +
  'De rangcorrelatie van Spearman staat ernaast als controle op de invloed van één afwijkende instelling. ' +
  'Een samenhang zegt niets over oorzaak en gevolg. Een p-waarde van 0,000 is kleiner dan 0,0005.';

// ---- Notes ----------------------------------------------------------------------------------------------

/** The disclosure threshold that applied to an indicator (its own `min_n`, else the default for survey data). */
export function disclosureThreshold(results: Results, indicator: IndicatorResult): number {
  return indicator.minN ?? results.method.disclosure.defaultMinN;
}

/**
 * "Waarden van minder dan 30 respondenten zijn niet getoond." when values were left out (`years[].suppressed`, in
 * `years` when given); null otherwise. In the same words on every figure of an indicator with that threshold, so a
 * chapter says it once (report/notes.ts, issue 27); how many per breakdown, the indicator's paragraph says
 * (prose/paragraphs/indicator.ts), and the institutions counted per year stand under the chart.
 */
export function disclosureNote(results: Results, indicator: IndicatorResult, b: BreakdownResult, years?: readonly number[]): string | null {
  if (!b.years.some((y) => y.suppressed > 0 && (!years || years.includes(y.year)))) return null;
  return `Waarden van minder dan ${formatNumber(disclosureThreshold(results, indicator))} respondenten zijn niet getoond.`;
}

/**
 * Why a year of a realised chart shows `n = 34` under it, in the same words on every figure so a chapter says it
 * once (report/notes.ts); the number of institutions of every year is in the goal's table of measured values
 * (prose/paragraphs/indicator-tables.ts) and under the year itself. Null when no year is partial.
 */
export function partialYearsNote(partial: readonly PartialYear[]): string | null {
  if (partial.length === 0) return null;
  return (
    'Onder een jaartal staat het aantal instellingen (n) als dat jaar waarden heeft van minder instellingen dan het vorige meetjaar. ' +
    'Het gemiddelde en de spreiding van zo’n jaar gaan over een kleinere groep instellingen en zijn daarom niet zonder meer te vergelijken met het vorige meetjaar.'
  );
}

/**
 * Why targets of some institution rows are not drawn, by reason; null when none. The same words on every figure
 * (the counts are in the method chapter), so a chapter says it once (report/notes.ts).
 */
export function ignoredTargetsNote(rows: readonly InstitutionIndicatorRow[]): string | null {
  const ignored = rows.flatMap((r) => r.ignored);
  const weaker = ignored.some((i) => i.reason === 'minder-ambitieus');
  const impossible = ignored.some((i) => i.reason === 'onmogelijk');
  const parts = [
    ...(weaker ? ['naar beneden bijgestelde streefwaarden, omdat niet duidelijk is waarom ze zijn bijgesteld'] : []),
    ...(impossible ? ['streefwaarden die niet kunnen kloppen'] : []),
  ];
  return parts.length === 0 ? null : `Niet meegenomen: ${parts.join(', en ')} (zie de verantwoording).`;
}

/** Only the notes that apply. */
export function notes(...items: readonly (string | null | undefined | false)[]): string[] {
  return items.filter((n): n is string => typeof n === 'string' && n.length > 0);
}

// ---- Tables ---------------------------------------------------------------------------------------------

/** A table with nothing in it, with a reason that says why (instead of the builder's generic one). */
export function emptyTable(meta: FigureMeta, reason: string, columns: readonly FigureColumn[]): Figure {
  return { ...emptyFigure(meta, TABLE_TYPE, reason, columns), type: 'table' };
}

/** Site URLs of the pages table rows link to. */
export const institutionUrl = urls.institution;
export const indicatorUrl = urls.indicator;

/** An institution's soort and region, shown beside its name where a chart has room: `ROC, Oost`. */
export function institutionContext(results: Results, institutionId: string): string | undefined {
  const inst = results.institutions[institutionId];
  return inst ? `${kindLabel(inst.kind)}, ${inst.region}` : undefined;
}
