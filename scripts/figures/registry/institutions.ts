// Per institution (the /instelling/<code>/ pages): its position against the sector on every indicator, its own
// start, target and latest values, and its budget per goal. Site-only figures, one set per institution.
import { breakdownsOf, rowsForInstitution } from '../../compute/lookup.ts';
import type { BreakdownResult, IndicatorResult, InstitutionIndicatorRow, Results, Summary, Unit } from '../../compute/types.ts';
import { joinList, plural } from '../../lib/nl.ts';
import { buildInstitutionPosition, type PositionRow } from '../charts/institution-position.ts';
import { buildTable } from '../charts/table.ts';
import type { FigureMeta } from '../figure.ts';
import { figureIds } from '../../lib/ids.ts';
import type { Figure, FigureColumn, FigureRow } from '../types.ts';
import { BUDGETS, PLANS, emptyTable, goalCell, ignoredTargetsNote, institutionSource, notes, withBreakdown } from './common.ts';
import { formatLevel } from '../../lib/units.ts';

const ATTAINMENT_CELL = {
  bereikt: 'ja',
  'niet-bereikt': 'nee',
  'binnen-marge': 'binnen de marge',
  'zonder-verbetering': 'streefwaarde zonder verbetering',
} as const;

export function institutionFigures(results: Results): Figure[] {
  return results.institutionOrder.flatMap((id) => [institutionPosition(results, id), institutionValues(results, id), institutionBudget(results, id)]);
}

/** Distinct sources of the indicators an institution has realised values for, sorted. */
function realisedSources(results: Results, rows: readonly InstitutionIndicatorRow[]): string[] {
  const sources = rows.filter((r) => r.latest !== null).map((r) => results.indicators[r.indicatorId]!.source);
  return [...new Set(sources)].sort((a, b) => a.localeCompare(b, 'nl'));
}

// ---- Position against the sector ------------------------------------------------------------------------

/** The sector spread the strip is drawn on: the start values, else (no starts at all) the latest year's values. */
function sectorSpread(b: BreakdownResult): { stats: Summary; ofLatest: boolean } | null {
  if (b.start) return { stats: b.start, ofLatest: false };
  const latest = b.years.find((y) => y.year === b.latestYear)?.stats ?? null;
  return latest ? { stats: latest, ofLatest: true } : null;
}

/** Counts and money depend on an institution's size and `neutraal` has no favourable side: no position for them. */
const positioned = (i: IndicatorResult) => (i.unit === 'procent' || i.unit === 'cijfer') && i.direction !== 'neutraal';

export function institutionPosition(results: Results, institutionId: string): Figure {
  const inst = results.institutions[institutionId]!;
  let fromLatest = 0;
  const rows: PositionRow[] = results.indicatorOrder
    .map((id) => results.indicators[id]!)
    .filter(positioned)
    .flatMap((indicator) =>
      breakdownsOf(results, indicator.id).flatMap((b) => {
        const row = b.rows.find((r) => r.institutionId === institutionId);
        const spread = sectorSpread(b);
        if (!row || !spread || (row.start === null && row.target === null && row.latest === null)) return [];
        if (spread.ofLatest) fromLatest++;
        const s = spread.stats;
        return [
          {
            label: withBreakdown(indicator.shortName, b.breakdown),
            unit: indicator.unit,
            direction: indicator.direction,
            p5: s.p5,
            q1: s.q1,
            q3: s.q3,
            p95: s.p95,
            start: row.start,
            target: row.target,
            latest: row.latest?.value ?? null,
          },
        ];
      }),
    );
  const left = results.indicatorOrder.filter((id) => !positioned(results.indicators[id]!) && results.indicators[id]!.breakdowns.length > 0).length;
  const meta: FigureMeta = {
    id: figureIds.institutionPosition(institutionId),
    title: `${inst.name} ten opzichte van de andere instellingen`,
    subtitle: 'Startwaarde, streefwaarde en laatste meting per indicator, op de spreiding van de startwaarden van alle instellingen',
    source: institutionSource(results, PLANS, ...realisedSources(results, rowsForInstitution(results, institutionId).filter((r) => positioned(results.indicators[r.indicatorId]!)))),
    notes: notes(
      fromLatest > 0
        ? `Bij ${plural(fromLatest, 'indicator', 'indicatoren')} zonder startwaarden is de spreiding die van de laatste meting van alle instellingen.`
        : null,
      left > 0 ? `Niet in de figuur: ${plural(left, 'indicator', 'indicatoren')} in aantallen, euro's of zonder richting, die vooral van de omvang afhangen of geen gunstige kant hebben.` : null,
    ),
  };
  return buildInstitutionPosition({ institution: inst.name, rows }, meta);
}

// ---- The institution's own values -----------------------------------------------------------------------

/** A level as text in its own unit, at the unit's fixed precision (a table column): `42,0%`, `6,8`, `1.234`, `€ 1.250`. */
function level(value: number | null, unit: Unit): string | null {
  return value === null ? null : formatLevel(value, unit);
}

export function institutionValues(results: Results, institutionId: string): Figure {
  const inst = results.institutions[institutionId]!;
  const columns: FigureColumn[] = [
    { key: 'indicator', label: 'Indicator', format: 'text' },
    { key: 'uitsplitsing', label: 'Uitsplitsing', format: 'text' },
    { key: 'start', label: 'Startwaarde', format: 'text' },
    { key: 'streef', label: 'Streefwaarde', format: 'text' },
    { key: 'laatste', label: 'Laatste meting', format: 'text' },
    { key: 'jaar', label: 'Jaar van de meting', format: 'text' },
    { key: 'bereikt', label: 'Streefwaarde bereikt', format: 'text', verdict: true },
  ];
  const all = rowsForInstitution(results, institutionId);
  const rows: FigureRow[] = all.map((r) => {
    const unit = results.indicators[r.indicatorId]!.unit;
    return {
      indicator: results.indicators[r.indicatorId]!.shortName,
      uitsplitsing: r.breakdown,
      start: level(r.start, unit),
      streef: level(r.target, unit),
      laatste: r.latest ? level(r.latest.value, unit) : null,
      jaar: r.latest ? String(r.latest.year) : null,
      // Attainment with the sampling margin: "binnen de marge" is neither reached nor not reached.
      bereikt: r.attainment === null ? null : ATTAINMENT_CELL[r.attainment],
    };
  });
  const revised = all.filter((r) => r.targetStatus === 'opwaarts' || r.targetStatus === 'nieuw').length;
  const meta: FigureMeta = {
    id: figureIds.institutionValues(institutionId),
    title: `Start- en streefwaarden en laatste metingen van ${inst.name}`,
    subtitle: 'Per indicator en uitsplitsing; streefwaarden voor 2027',
    source: institutionSource(results, PLANS, ...realisedSources(results, all)),
    notes: notes(
      revised > 0
        ? `${plural(revised, 'streefwaarde komt', 'streefwaarden komen')} uit de e-file: nieuw of ambitieuzer bijgesteld ten opzichte van de kwaliteitsagenda.`
        : null,
      ignoredTargetsNote(all),
      'Bereikt: de laatste meting ligt op of voorbij de streefwaarde, in de richting die als beter geldt.',
      mergerNote(inst),
    ),
  };
  return rows.length === 0
    ? emptyTable(meta, `van ${inst.name} zijn geen start-, streef- of gemeten waarden bekend.`, columns)
    : buildTable({ columns, rows }, meta);
}

/** A series across a merger: start values (and earlier measurements) may be of the institution alone. */
function mergerNote(inst: Results['institutions'][string]): string | null {
  if (inst.absorbed.length === 0) return null;
  const names = joinList(inst.absorbed.map((a) => `${a.name} (${a.id})`));
  return `In ${inst.name} ${inst.absorbed.length === 1 ? 'is' : 'zijn'} ${names} opgegaan: waarden van voor de fusie gaan alleen over ${inst.name} zelf, dus een verschil met later komt ook door de fusie.`;
}

// ---- Budget per goal ------------------------------------------------------------------------------------

export function institutionBudget(results: Results, institutionId: string): Figure {
  const inst = results.institutions[institutionId]!;
  const budget = results.budget.institutions[institutionId];
  const year = results.budget.reportYear;
  const columns: FigureColumn[] = [
    { key: 'doelstelling', label: 'Doelstelling', format: 'text' },
    { key: 'begroot', label: 'Begroot 2024–2027', format: 'euro' },
    { key: 'aandeel', label: 'Aandeel in de begroting', format: 'percent', decimals: 1 },
    { key: 'besteed', label: `Besteed tot en met ${year}`, format: 'euro' },
    { key: 'aandeel_besteed', label: 'Aandeel besteed', format: 'percent', decimals: 1 },
  ];
  const meta: FigureMeta = {
    id: figureIds.institutionBudget(institutionId),
    title: `Begroting en besteding van de kwaliteitsmiddelen van ${inst.name}`,
    subtitle: `Per doelstelling: begroot voor 2024–2027 en besteed tot en met ${year}`,
    source: institutionSource(results, BUDGETS),
  };
  if (!budget || budget.goals.length === 0) return emptyTable(meta, `${inst.name} heeft geen begroting aangeleverd.`, columns);
  const rows: FigureRow[] = [
    // Without spending rows the spent columns stay empty ("geen gegevens"), never € 0.
    ...budget.goals.map((g) => ({ doelstelling: goalCell(results, g.goalId), begroot: g.budget, aandeel: g.share, besteed: budget.spentShare === null ? null : g.spent, aandeel_besteed: g.spentShare })),
    { doelstelling: 'Totaal', begroot: budget.total, aandeel: budget.total > 0 ? 100 : null, besteed: budget.spentShare === null ? null : budget.spent, aandeel_besteed: budget.spentShare },
  ];
  return buildTable({ columns, rows }, meta);
}
