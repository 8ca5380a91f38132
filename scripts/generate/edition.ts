// One edition as the files of a snapshot folder: the real tables plus the part of the generated world the
// edition can know at its peildatum. The monitoring calendar (snapshot/calendar.ts) decides: spending, carried-out
// measures, e-file judgements and e-file targets up to the last year whose e-file was due, measurements up to the
// peildatum's year, national figures from their first edition on. The newcomer appears from 2025 on, and the
// institution that merged away is folded into the one it joined.
import { editionCalendar, efileDeadline, type EditionCalendar } from '../snapshot/calendar.ts';
import { formatDate, numberWord } from '../lib/nl.ts';
import { GOALS, AGENDA_GOALS } from './goals.ts';
import { INDICATORS } from './indicators.ts';
import type { WorldInstitution } from './institutions.ts';
import { MEASURES } from './measures.ts';
import { knownFrom, NATIONAL_GOALS, NATIONAL_SERIES, PROGRESS_REPORT_YEAR, type NationalSeries } from './national.ts';
import type { World, WorldValue } from './types.ts';
import { writeCsv, type Cell, type CsvDialect } from '../lib/csv.ts';

/** The first edition the generator can make: the quality agendas (plans, start values) date from 2024. */
export const FIRST_EDITION_YEAR = 2024;
/** The edition in which one institution is new and another has merged away. */
const CHANGE_YEAR = 2025;

interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export interface EditionSpec {
  /** Folder name and reference date (ISO). */
  readonly name: string;
  readonly reportYear: number;
  readonly previous: string | null;
  readonly calendar: EditionCalendar;
}

/** The edition at `peildatum`; its previous one is the same date a year earlier (none before 2024). */
export function editionSpec(peildatum: string): EditionSpec {
  const reportYear = Number(peildatum.slice(0, 4));
  const previous = reportYear > FIRST_EDITION_YEAR ? `${reportYear - 1}${peildatum.slice(4)}` : null;
  return { name: peildatum, reportYear, previous, calendar: editionCalendar(peildatum) };
}

/** The edition at `peildatum` and every previous one it leads back to (each names the one before as `vorige`). */
export function editionChain(peildatum: string): EditionSpec[] {
  const chain = [editionSpec(peildatum)];
  while (chain.at(-1)!.previous) chain.push(editionSpec(chain.at(-1)!.previous!));
  return chain;
}

export function editionFiles(world: World, spec: EditionSpec, dialect: CsvDialect): Map<string, string> {
  const present = world.institutions.filter((i) => inEdition(i, spec.reportYear));
  const ids = new Set(present.map((i) => i.id));
  const closed = spec.calendar.closedYear;
  const merged = spec.reportYear >= CHANGE_YEAR ? world.institutions.filter((i) => i.presence === 'previous-only') : [];
  const absorbed = new Map(merged.map((m) => [m.mergedInto!, m]));
  const files = new Map<string, string>();
  const put = (file: string, table: Table) => files.set(file, writeCsv(table.header, table.rows, { dialect }));

  files.set('snapshot.json', metaJson(world, spec, present));
  put('doelstellingen.csv', {
    header: ['doelstelling', 'prioriteit', 'naam', 'korte_naam'],
    rows: GOALS.map((g) => [g.id, g.priority, g.name, g.shortName]),
  });
  put('indicatoren.csv', {
    header: ['indicator', 'doelstelling', 'naam', 'eenheid', 'richting', 'bron', 'min_n', 'korte_naam', 'definitie'],
    rows: INDICATORS.map((i) => [i.id, i.goal, i.name, i.unit, i.direction, i.source, i.minN, i.shortName, i.definition]),
  });
  // The merged institution stays listed with `opgegaan_in`, so the check and "Wat is veranderd" name the merger.
  const formerRows = merged.map((m): Cell[] => [m.id, m.name, m.kind, m.region, m.randstad, m.students, m.mergedInto]);
  put('instellingen.csv', {
    header: ['instelling', 'naam', 'soort', 'regio', 'randstad', 'studenten', ...(merged.length > 0 ? ['opgegaan_in'] : [])],
    rows: [
      ...sortBy(present, (i) => i.id).map((i): Cell[] => {
        const students = i.students + (absorbed.get(i.id)?.students ?? 0);
        return [i.id, i.name, i.kind, i.region, i.randstad, students, ...(merged.length > 0 ? [null] : [])];
      }),
      ...formerRows,
    ],
  });
  put('waarden.csv', {
    header: ['instelling', 'indicator', 'uitsplitsing', 'soort', 'jaar', 'waarde', 'n', 'herkomst', 'sd'],
    rows: sortValues(world.values.filter((v) => ids.has(v.institution) && inRange(v, spec))).map((v) => [
      v.institution,
      v.indicator,
      v.breakdown,
      v.kind,
      v.year,
      v.value,
      v.n,
      v.origin,
      v.sd ?? null,
    ]),
  });
  put('reeksen.csv', {
    header: ['reeks', 'indicator', 'uitsplitsing', 'periode', 'waarde', 'eenheid', 'bron', 'naam', 'doelstelling'],
    rows: NATIONAL_SERIES.flatMap((s) =>
      s.points
        .filter((p) => knownFrom(p) <= spec.name)
        .map((p): Cell[] => [s.id, s.indicator, p.breakdown, p.period, p.value, s.unit, sourceIn(s, spec.reportYear), s.name, s.goal]),
    ),
  });
  put('landelijke_doelen.csv', {
    header: ['indicator', 'uitsplitsing', 'jaar', 'waarde', 'bron'],
    rows: NATIONAL_GOALS.map((g) => [g.indicator, g.breakdown, g.year, g.value, g.source]),
  });

  // Money of the merged institution moves to the one it joined.
  const owner = (id: string) => merged.find((m) => m.id === id)?.mergedInto ?? id;
  const keep = (id: string) => ids.has(owner(id));
  const budgets = sumBy(world.money.budgets.filter((b) => keep(b.institution)), (b) => [owner(b.institution), b.goal], (b) => b.amount);
  put('begroting.csv', {
    header: ['instelling', 'doelstelling', 'begroot'],
    rows: sortKeys(budgets, [(k) => k[0], (k) => AGENDA_GOALS.indexOf(k[1])]).map(([k, amount]) => [k[0], k[1], amount]),
  });
  const spending = sumBy(
    world.money.spending.filter((s) => keep(s.institution) && s.year <= closed),
    (s) => [owner(s.institution), s.goal, String(s.year)],
    (s) => s.amount,
  );
  put('bestedingen.csv', {
    header: ['instelling', 'doelstelling', 'jaar', 'besteed'],
    rows: sortKeys(spending, [(k) => k[0], (k) => AGENDA_GOALS.indexOf(k[1]), (k) => Number(k[2])]).map(([k, amount]) => [
      k[0],
      k[1],
      Number(k[2]),
      amount,
    ]),
  });
  put('maatregelen.csv', {
    header: ['maatregel', 'doelstelling', 'naam', 'verplicht'],
    rows: MEASURES.map((m) => [m.id, m.goal, m.name, m.mandatory]),
  });
  const measureOrder = new Map(MEASURES.map((m, i) => [m.id, i]));
  put('maatregel_inzet.csv', {
    header: ['instelling', 'maatregel', 'jaar', 'uitgevoerd'],
    rows: sortBy(
      world.measureUse.filter((u) => ids.has(u.institution) && u.year <= closed),
      (u) => u.institution,
      (u) => measureOrder.get(u.measure)!,
      (u) => u.year,
    ).map((u) => [u.institution, u.measure, u.year, u.carriedOut]),
  });
  put('efile_oordelen.csv', {
    header: ['instelling', 'doelstelling', 'jaar', 'voortgang', 'effectiviteit'],
    rows: sortBy(
      world.judgements.filter((j) => ids.has(j.institution) && j.year <= closed),
      (j) => j.institution,
      (j) => AGENDA_GOALS.indexOf(j.goal),
      (j) => j.year,
    ).map((j) => [j.institution, j.goal, j.year, j.progress, j.effectiveness]),
  });
  return files;
}

/** The series' source as an edition of `year` can cite it: not the progress report of 2025 before 2025. */
function sourceIn(series: NationalSeries, year: number): string {
  return year < PROGRESS_REPORT_YEAR && series.earlierSource ? series.earlierSource : series.source;
}

/**
 * A row belongs to the editions from its `from` year up to its `until` year: report years for measurements and
 * plans, years of the e-file (the last closed year of the edition) for e-file targets.
 */
function inRange(v: WorldValue, spec: EditionSpec): boolean {
  const year = v.efile ? spec.calendar.closedYear : spec.reportYear;
  return v.from <= year && (v.until ?? Infinity) >= year;
}

export function inEdition(inst: WorldInstitution, year: number): boolean {
  return inst.presence === 'both' || (inst.presence === 'current-only' ? year >= CHANGE_YEAR : year < CHANGE_YEAR);
}

function metaJson(world: World, spec: EditionSpec, present: readonly WorldInstitution[]): string {
  const newcomer = world.institutions.find((i) => i.presence === 'current-only');
  const merged = world.institutions.find((i) => i.presence === 'previous-only');
  const changes =
    spec.reportYear === CHANGE_YEAR && newcomer && merged
      ? ` Ten opzichte van de editie ${CHANGE_YEAR - 1} is ${merged.name} opgegaan in Instelling ${merged.mergedInto!.slice(1)} ` +
        `en is ${newcomer.name} nieuw.`
      : '';
  const meta = {
    titel: `Monitor Werkagenda mbo en Stagepact mbo 2023-2027, editie ${spec.reportYear}`,
    peildatum: spec.name,
    rapportjaar: spec.reportYear,
    synthetisch: true,
    toelichting:
      'Synthetische editie: de gegevens per instelling zijn verzonnen. ' +
      "Echt zijn de doelstellingen en Stagepact-thema's (Werkagenda mbo en Stagepact mbo 2023-2027, Monitoringsplan), " +
      'de indicatoren met hun bronnen, de landelijke reeksen en de landelijke doelen: ' +
      `gepubliceerde cijfers uit ${spec.reportYear >= PROGRESS_REPORT_YEAR ? 'de Voortgangsrapportage prioriteit 2 (2025), ' : ''}de Synthese monitor Werkagenda en Stagepact (2024), ` +
      'de Kamerbrief over de Werkagenda en het Stagepact (2024) en de nota aan de minister van 2 juli 2024, ' +
      'elk met de oorspronkelijke bron (DUO, CBS, SBB, JOB-monitor, NPO-studentenpeiling, Ministerie van SZW) in de kolom bron. ' +
      `Verzonnen zijn alle gegevens per instelling: de ${present.length} instellingen zelf (codes en namen zijn fictief), ` +
      'hun start-, streef- en gerealiseerde waarden, begrotingen en bestedingen, uitgevoerde maatregelen en e-file-oordelen. ' +
      'Ze zijn met toeval gemaakt, zo dat sectorgemiddelden ' +
      'en spreiding lijken op de gepubliceerde cijfers, maar ze zeggen niets over een echte instelling. ' +
      calendarSentence(spec.calendar) +
      changes,
    ...(spec.previous ? { vorige: spec.previous } : {}),
  };
  return `${JSON.stringify(meta, null, 2)}\n`;
}

/** What the edition holds at its peildatum, in the words of the monitoring calendar. */
function calendarSentence(cal: EditionCalendar): string {
  const date = formatDate(cal.referenceDate);
  const next = formatDate(efileDeadline(cal.closedYear + 1));
  if (cal.fundingYearsClosed === 0) {
    return (
      `Op de peildatum ${date} is er nog geen e-file (de eerste, over ${cal.closedYear + 1}, volgt uiterlijk ${next}): ` +
      `deze editie bevat de plannen (kwaliteitsagenda's en begrotingen) en metingen tot en met ${cal.measurementYear}, nog geen bestedingen.`
    );
  }
  const years = `${cal.fundingYearsClosed === 1 ? 'het eerste' : `de eerste ${numberWord(cal.fundingYearsClosed)}`} van de ${numberWord(cal.fundingYears)} jaren`;
  return (
    `Op de peildatum ${date} bevat deze editie de bestedingen, uitgevoerde maatregelen, oordelen en streefwaarden uit de e-file ` +
    `tot en met ${cal.closedYear} (${years} van de kwaliteitsmiddelen; de e-file over ${cal.closedYear + 1} volgt uiterlijk ${next}) ` +
    `en metingen tot en met ${cal.measurementYear}.`
  );
}

const BREAKDOWNS = ['totaal', 'entree', 'niveau 2', 'niveau 3', 'niveau 4', 'bol', 'bbl'];
const KINDS = ['start', 'streef', 'realisatie'];
const ORIGINS = ['kwaliteitsagenda', 'e-file'];

function sortValues(values: readonly WorldValue[]): WorldValue[] {
  const indicatorOrder = new Map(INDICATORS.map((i, n) => [i.id, n]));
  const originRank = (o: string) => (ORIGINS.includes(o) ? ORIGINS.indexOf(o) : ORIGINS.length);
  return sortBy(
    values,
    (v) => v.institution,
    (v) => indicatorOrder.get(v.indicator)!,
    (v) => BREAKDOWNS.indexOf(v.breakdown),
    (v) => KINDS.indexOf(v.kind),
    (v) => v.year,
    (v) => originRank(v.origin),
    (v) => v.origin,
  );
}

type Key = string | number;

function compare(a: Key, b: Key): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** A sorted copy by several keys in turn (code-point order for strings, so no locale can change it). */
function sortBy<T>(items: readonly T[], ...keys: ((item: T) => Key)[]): T[] {
  // Keys are computed once per item: the values table of a large sector has tens of thousands of rows.
  const decorated = items.map((item) => ({ item, k: keys.map((key) => key(item)) }));
  decorated.sort((x, y) => {
    for (let i = 0; i < keys.length; i++) {
      const c = compare(x.k[i]!, y.k[i]!);
      if (c !== 0) return c;
    }
    return 0;
  });
  return decorated.map((d) => d.item);
}

function sumBy<T>(items: readonly T[], key: (item: T) => string[], amount: (item: T) => number): Map<string, [string[], number]> {
  const out = new Map<string, [string[], number]>();
  for (const item of items) {
    const k = key(item);
    const id = k.join('\u0000');
    out.set(id, [k, (out.get(id)?.[1] ?? 0) + amount(item)]);
  }
  return out;
}

function sortKeys(sums: Map<string, [string[], number]>, keys: ((k: string[]) => Key)[]): [string[], number][] {
  return sortBy([...sums.values()], ...keys.map((key) => (entry: [string[], number]) => key(entry[0])));
}
