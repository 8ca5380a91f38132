// Institutions compared with their peers (/vergelijk/): the data the comparison pages and their script read,
// taken from Results as they are (the same values as the report's; never recomputed). Per indicator in
// percentages or grades, each institution's latest disclosed value (suppressed values are not in Results' rows,
// so they never get here) and the sector's median and bands of the latest year. The peer groups are the
// institutions' own columns (soort, regio), a size band of `studenten` and the typology type.
import { mainBreakdown } from '../compute/lookup.ts';
import { KIND_NAMES, kindLabel } from '../compute/kinds.ts';
import type { IndicatorResult, InstitutionResult, Results } from '../compute/types.ts';
import { formatLevel, formatMeasured } from '../lib/units.ts';
import { formatNumber, lowerFirst } from '../lib/nl.ts';
import { slug, urls } from '../lib/urls.ts';
import type { InstitutionKind } from '../snapshot/types.ts';

/** A value as Results has it, with its Dutch text (so the page script formats nothing itself). */
export interface ComparedValue {
  readonly value: number;
  readonly text: string;
}

export interface ComparedInstitution {
  /** Code as in the data, e.g. `I14`. */
  readonly id: string;
  readonly name: string;
  readonly kind: InstitutionKind;
  /** `ROC`, `AOC`, `vakinstelling`, `overig`. */
  readonly kindLabel: string;
  readonly region: string;
  readonly students: number;
  readonly size: SizeBand['id'];
  /** `1`..`5` or `geen`. */
  readonly type: string;
  readonly url: string;
}

export interface ComparedIndicator {
  readonly id: string;
  /** `Werkdruk (te) hoog`: the indicator's short name, as the charts label it. */
  readonly name: string;
  /** The column heading: `Werkdruk (te) hoog (2024)`, with the breakdown when it is not `totaal`. */
  readonly label: string;
  /** The full name from indicatoren.csv. */
  readonly fullName: string;
  readonly goalId: string;
  /** The section it is listed under: `Prioriteit 1`, `Stagepact`, … */
  readonly part: string;
  readonly unit: 'procent' | 'cijfer';
  /** `hoger is beter`, `lager is beter`, `neutraal`. */
  readonly direction: string;
  /** The breakdown compared (`totaal` where there is one). */
  readonly breakdown: string;
  /** Latest year with disclosed values; the sector's median and bands are of this year. */
  readonly year: number;
  readonly url: string;
  readonly sector: {
    /** Institutions with a disclosed value in `year`. */
    readonly n: number;
    readonly median: ComparedValue;
    readonly q1: ComparedValue;
    readonly q3: ComparedValue;
    readonly p5: ComparedValue;
    readonly p95: ComparedValue;
  };
  /**
   * Latest disclosed value per institution code; an institution without one is absent. `cell`: as a table shows it,
   * with its year when that is not the column's (`38,2% (2023)`).
   */
  readonly values: Readonly<Record<string, ComparedValue & { readonly year: number; readonly cell: string }>>;
}

/** A peer group: institutions sharing a soort, regio, size band or type. */
export interface PeerGroup {
  /** `soort-roc`, `regio-oost`, `omvang-groot`, `type-2`. */
  readonly id: string;
  readonly dimension: 'soort' | 'regio' | 'omvang' | 'type';
  /** As a reader names the group: `ROC's`, `regio Oost`, `grote instellingen`, `type 2`. */
  readonly label: string;
  /** Its static page (soort and regio), or null. */
  readonly url: string | null;
  /** Institution codes, in Results' order. */
  readonly members: readonly string[];
}

export interface ComparisonData {
  readonly institutions: readonly ComparedInstitution[];
  /** In Results' indicator order. */
  readonly indicators: readonly ComparedIndicator[];
  readonly groups: readonly PeerGroup[];
  readonly sizeBands: readonly SizeBand[];
  /** Indicators left out because their unit (aantal, euro) mostly follows an institution's size, or without values. */
  readonly leftOut: number;
}

export interface SizeBand {
  readonly id: 'klein' | 'middelgroot' | 'groot' | 'zeer-groot';
  /** `grote instellingen (10.000 tot 20.000 studenten)`. */
  readonly label: string;
  /** Lower bound, inclusive (studenten). */
  readonly from: number;
}

/** Size bands by `studenten`: a reader's notion of small and large, at round numbers. */
export const SIZE_BANDS: readonly SizeBand[] = [
  { id: 'klein', label: 'kleine instellingen (minder dan 2.500 studenten)', from: 0 },
  { id: 'middelgroot', label: 'middelgrote instellingen (2.500 tot 10.000 studenten)', from: 2500 },
  { id: 'groot', label: 'grote instellingen (10.000 tot 20.000 studenten)', from: 10000 },
  { id: 'zeer-groot', label: 'zeer grote instellingen (20.000 studenten of meer)', from: 20000 },
];

export function sizeBand(students: number): SizeBand {
  return [...SIZE_BANDS].reverse().find((b) => students >= b.from)!;
}

export const compareUrls = {
  root: urls.compare,
  data: () => `${urls.compare()}gegevens.json`,
};

/** Percentages and grades compare across institutions of any size; counts and money mostly follow size. */
const comparable = (i: IndicatorResult): i is IndicatorResult & { unit: 'procent' | 'cijfer' } => i.unit === 'procent' || i.unit === 'cijfer';

/** A statistic of the sector (median, quantile) in the unit's precision (lib/units.ts). */
function statistic(v: number, unit: 'procent' | 'cijfer'): ComparedValue {
  return { value: v, text: formatLevel(v, unit) };
}

function part(results: Results, goalId: string): string {
  const goal = results.goals[goalId]!;
  return goal.isStagepact ? 'Stagepact' : `Prioriteit ${goal.priority}`;
}

function institution(inst: InstitutionResult): ComparedInstitution {
  return {
    id: inst.id,
    name: inst.name,
    kind: inst.kind,
    kindLabel: kindLabel(inst.kind),
    region: inst.region,
    students: inst.students,
    size: sizeBand(inst.students).id,
    type: String(inst.type),
    url: urls.institution(inst.id),
  };
}

function indicator(results: Results, ind: IndicatorResult & { unit: 'procent' | 'cijfer' }): ComparedIndicator | null {
  const b = mainBreakdown(results, ind.id);
  const stats = b?.years.find((y) => y.year === b.latestYear)?.stats ?? null;
  if (!b || b.latestYear === null || !stats) return null;
  const values: Record<string, ComparedValue & { year: number; cell: string }> = {};
  for (const row of b.rows) {
    if (!row.latest) continue;
    // An institution's value as it was measured (`43%`, `41,3%`), like every data row the site shows.
    const v = { value: row.latest.value, text: formatMeasured(row.latest.value, ind.unit) };
    values[row.institutionId] = { ...v, year: row.latest.year, cell: row.latest.year === b.latestYear ? v.text : `${v.text} (${row.latest.year})` };
  }
  return {
    id: ind.id,
    name: ind.shortName,
    label: `${ind.shortName}${b.breakdown === 'totaal' ? '' : `, ${b.breakdown}`} (${b.latestYear})`,
    fullName: ind.name,
    goalId: ind.goalId,
    part: part(results, ind.goalId),
    unit: ind.unit,
    direction: ind.directionLabel,
    breakdown: b.breakdown,
    year: b.latestYear,
    url: urls.indicator(ind.id),
    sector: {
      n: stats.n,
      median: statistic(stats.median, ind.unit),
      q1: statistic(stats.q1, ind.unit),
      q3: statistic(stats.q3, ind.unit),
      p5: statistic(stats.p5, ind.unit),
      p95: statistic(stats.p95, ind.unit),
    },
    values,
  };
}

function groupsOf(results: Results, institutions: readonly ComparedInstitution[]): PeerGroup[] {
  const typeName = (key: string) => results.typology.types.find((t) => String(t.type) === key)?.name ?? key;
  const by = <K extends string>(key: (i: ComparedInstitution) => K, order: readonly K[]) =>
    order.map((k) => ({ key: k, members: institutions.filter((i) => key(i) === k).map((i) => i.id) })).filter((g) => g.members.length > 0);
  const kinds = by((i) => i.kind, ['roc', 'aoc', 'vakinstelling', 'overig'] as InstitutionKind[]);
  const regions = by((i) => i.region, [...new Set(institutions.map((i) => i.region))].sort((a, b) => a.localeCompare(b, 'nl')));
  const sizes = by((i) => i.size, SIZE_BANDS.map((b) => b.id));
  const types = by((i) => i.type, ['1', '2', '3', '4', '5', 'geen']);
  return [
    ...kinds.map((g) => ({ id: `soort-${g.key}`, dimension: 'soort' as const, label: KIND_NAMES[g.key].many, url: urls.compareKind(g.key), members: g.members })),
    ...regions.map((g) => ({ id: `regio-${slug(g.key)}`, dimension: 'regio' as const, label: `regio ${g.key}`, url: urls.compareRegion(g.key), members: g.members })),
    ...sizes.map((g) => ({ id: `omvang-${g.key}`, dimension: 'omvang' as const, label: SIZE_BANDS.find((b) => b.id === g.key)!.label, url: null, members: g.members })),
    ...types.map((g) => ({ id: `type-${g.key}`, dimension: 'type' as const, label: g.key === 'geen' ? 'zonder type (geen uitgesproken profiel)' : `type ${g.key}: ${lowerFirst(typeName(g.key))}`, url: null, members: g.members })),
  ];
}

/** The comparison's data from Results: what /vergelijk/gegevens.json holds and the static pages show. */
export function comparisonData(results: Results): ComparisonData {
  const institutions = results.institutionOrder.map((id) => institution(results.institutions[id]!));
  const candidates = results.indicatorOrder.map((id) => results.indicators[id]!).filter((i) => i.breakdowns.length > 0);
  const indicators = candidates.flatMap((i) => (comparable(i) ? (indicator(results, i) ?? []) : []));
  return { institutions, indicators, groups: groupsOf(results, institutions), sizeBands: SIZE_BANDS, leftOut: candidates.length - indicators.length };
}

/** `12.000 studenten`. */
export function studentsText(students: number): string {
  return `${formatNumber(students)} studenten`;
}
