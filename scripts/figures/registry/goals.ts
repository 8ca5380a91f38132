// Per goal, in the shape of a seed 003 chapter: spending in bands (Tabel 2.1), the measures carried out
// (Tabel 2.2), the institutions' own judgement (Tabel 2.3/2.4) and effort against development; plus the one
// table over all goals that relates ambition to budget. Every goal gets every id: empty where data are missing.
import { ambitionBudgetFor, effortFor } from '../../compute/lookup.ts';
import type { EffortCorrelation, Results } from '../../compute/types.ts';
import { goalLabel, plural } from '../../lib/nl.ts';
import { buildJudgementPanels, buildJudgements, PANELS_TYPE } from '../charts/judgements.ts';
import { buildMeasureShares, CHART_TYPE as MEASURES_TYPE } from '../charts/measure-shares.ts';
import { buildTable } from '../charts/table.ts';
import { emptyFigure, type FigureMeta } from '../figure.ts';
import { figureIds } from '../../lib/ids.ts';
import type { Figure, FigureColumn, FigureRow } from '../types.ts';
import { BUDGETS, CORRELATION_COLUMNS, CORRELATION_NOTE, EFILES, correlationCells, emptyTable, goalCell, institutionSource, notes } from './common.ts';

/** Plans, budgets and spending together (ambition and effort tables use all three). */
const PLANS_AND_BUDGETS = "Kwaliteitsagenda's, begrotingen en e-files van de instellingen";

export function goalFigures(results: Results): Figure[] {
  return [
    ...results.goalOrder.flatMap((id) => [spendingTable(results, id), measuresFigure(results, id), judgementsFigure(results, id), effortTable(results, id)]),
    judgementsByGoalFigure(results, 'voortgang'),
    judgementsByGoalFigure(results, 'effectiviteit'),
    ambitionBudgetTable(results),
  ];
}

// ---- Spending in bands (seed 003 Tabel 2.1) -------------------------------------------------------------

export function spendingTable(results: Results, goalId: string): Figure {
  const g = results.budget.goals[goalId];
  const year = results.budget.reportYear;
  // The report year alone, as seed 003 does: the cumulative share passes 30% for nearly everyone in later years.
  const inYear = g !== undefined && g.yearBands.length > 0;
  const columns: FigureColumn[] = [
    {
      key: 'besteding',
      label: inYear ? `Uitgaven in ${year} als aandeel van de begroting` : `Uitgaven tot en met ${year} als aandeel van de begroting`,
      format: 'text',
    },
    { key: 'aantal', label: 'Aantal instellingen', format: 'integer' },
    { key: 'aandeel', label: 'Aandeel instellingen', format: 'percent' },
  ];
  const meta: FigureMeta = {
    id: figureIds.spendingTable(goalId),
    title: `Besteding ${inYear ? `in ${year}` : `tot en met ${year}`} ten opzichte van de begroting voor ${goalLabel(results.goals[goalId]!)}`,
    subtitle: 'Instellingen naar het deel van hun begroting 2024–2027 voor deze doelstelling dat ze hebben uitgegeven',
    source: institutionSource(results, BUDGETS),
    notes: g
      ? notes(
          // The same words under every goal's table, so a chapter says it once (report/notes.ts); how many institutions
          // have a budget and report spending is a row of the chapter's table (prose/paragraphs/goal-tables.ts).
          `Alleen instellingen met een begroting voor deze doelstelling en een opgave van hun bestedingen${inYear ? ` over ${year}` : ''} tellen mee.`,
          results.budget.closedYear > year ? `Over ${results.budget.closedYear} zijn nog geen bestedingen gemeld; de tabel loopt tot en met ${year}.` : null,
          // The sums spent stand in the paragraph above the table (prose/paragraphs/goal.ts), not again in a note.
        )
      : [],
  };
  if (!g || g.institutions === 0) return emptyTable(meta, 'voor deze doelstelling zijn geen begrotingen aangeleverd.', columns);
  const bands = inYear ? g.yearBands : g.bands;
  const rows: FigureRow[] = [
    ...bands.map((band) => ({ besteding: band.label, aantal: band.count, aandeel: band.share })),
    { besteding: 'Totaal', aantal: inYear ? g.institutionsInYear : g.institutionsReporting, aandeel: 100 },
  ];
  return buildTable({ columns, rows }, meta);
}

// ---- Measures carried out (seed 003 Tabel 2.2) ----------------------------------------------------------

export function measuresFigure(results: Results, goalId: string): Figure {
  const m = results.measures;
  const goal = m.goals[goalId];
  const respondents = goal?.respondents ?? m.respondents;
  const meta: FigureMeta = {
    id: figureIds.measures(goalId),
    title: `Uitgevoerde maatregelen voor ${goalLabel(results.goals[goalId]!)}`,
    subtitle: `Aandeel van de ${plural(respondents, 'instelling', 'instellingen')} dat de maatregel${m.year !== null ? ` in ${m.year}` : ''} uitvoerde, volgens de e-file`,
    source: institutionSource(results, EFILES),
  };
  const rows = (goal?.measureIds ?? []).flatMap((id) => {
    const measure = m.measures[id];
    if (!measure || measure.carriedOut.share === null) return [];
    return [{ label: measure.name, count: measure.carriedOut.count, total: measure.carriedOut.denominator, share: measure.carriedOut.share, mandatory: measure.mandatory }];
  });
  if (rows.length === 0) return emptyFigure(meta, MEASURES_TYPE, 'voor deze doelstelling zijn geen uitgevoerde maatregelen gerapporteerd.');
  return buildMeasureShares({ rows }, meta);
}

// ---- The institutions' own judgement (seed 003 Tabel 2.3/2.4) --------------------------------------------

export function judgementsFigure(results: Results, goalId: string): Figure {
  const j = results.judgements;
  const goal = j.goals[goalId];
  const meta: FigureMeta = {
    id: figureIds.judgements(goalId),
    title: `Oordeel van de instellingen over hun activiteiten voor ${goalLabel(results.goals[goalId]!)}`,
    subtitle:
      `Voortgang en effectiviteit van de activiteiten${j.year !== null ? ` in ${j.year}` : ''}, volgens de instellingen zelf` +
      (goal ? `; ${plural(goal.n, 'instelling', 'instellingen')}` : ''),
    source: institutionSource(results, EFILES),
  };
  if (!goal || goal.n === 0) return emptyFigure(meta, PANELS_TYPE, 'voor deze doelstelling zijn geen oordelen uit de e-file beschikbaar.');
  const answers = (dist: readonly { value: string; count: number; share: number | null }[]) =>
    Object.fromEntries(dist.flatMap((d) => (d.share === null ? [] : [[d.value, { count: d.count, share: d.share }]])));
  return buildJudgementPanels(
    {
      rows: [
        { group: 'Voortgang', scale: 'voortgang', total: goal.n, answers: answers(goal.progress) },
        { group: 'Effectiviteit', scale: 'effectiviteit', total: goal.n, answers: answers(goal.effectiveness) },
      ],
    },
    meta,
  );
}

/** One scale of the e-file judgement for every goal with answers, as stacked bars one above the other. */
export function judgementsByGoalFigure(results: Results, scale: 'voortgang' | 'effectiviteit'): Figure {
  const j = results.judgements;
  const goals = j.goalOrder.filter((id) => (j.goals[id]?.n ?? 0) > 0);
  const meta: FigureMeta = {
    id: figureIds.judgementsByGoal(scale),
    title: scale === 'voortgang' ? 'Verloopt de uitvoering zoals verwacht? Per doelstelling' : 'Hoe effectief zijn de activiteiten? Per doelstelling',
    subtitle: `Aandeel instellingen per antwoord${j.year !== null ? `, e-file ${j.year}` : ''}, volgens de instellingen zelf`,
    source: institutionSource(results, EFILES),
  };
  return buildJudgements(
    {
      scale,
      rows: goals.map((id) => {
        const g = j.goals[id]!;
        const dist = scale === 'voortgang' ? g.progress : g.effectiveness;
        return {
          group: goalCell(results, id),
          total: g.n,
          answers: Object.fromEntries(dist.flatMap((d) => (d.share === null ? [] : [[d.value, { count: d.count, share: d.share }]]))),
        };
      }),
    },
    meta,
  );
}

// ---- Effort against development -------------------------------------------------------------------------

const EFFORT_COLUMNS: readonly FigureColumn[] = [
  { key: 'indicator', label: 'Indicator', format: 'text' },
  { key: 'uitsplitsing', label: 'Uitsplitsing', format: 'text' },
  { key: 'inzet', label: 'Inzet', format: 'text' },
  ...CORRELATION_COLUMNS,
];

function effortLabel(results: Results, e: EffortCorrelation): string {
  if (e.kind === 'begrotingsaandeel') return 'Aandeel in begroting';
  if (e.kind === 'bestedingsaandeel') return 'Aandeel besteed';
  const name = e.measureId === null ? null : results.measures.measures[e.measureId]?.name;
  return `Maatregel: ${name ?? e.measureId ?? 'onbekend'}`;
}

export function effortTable(results: Results, goalId: string): Figure {
  const effort = effortFor(results, goalId).filter((e) => e.n > 0);
  const indicatorSources = [...new Set(effort.map((e) => results.indicators[e.indicatorId]?.source ?? ''))].sort((a, b) => a.localeCompare(b, 'nl'));
  const meta: FigureMeta = {
    id: figureIds.effortTable(goalId),
    title: `Samenhang tussen inzet en ontwikkeling van de indicatoren voor ${goalLabel(results.goals[goalId]!)}`,
    subtitle: 'Per instelling: verandering van de indicator (laatste meting min startwaarde) tegen begroting, besteding en maatregelen',
    source: institutionSource(results, PLANS_AND_BUDGETS, ...indicatorSources),
    notes: [
      'De verandering telt in de richting van beter: een positieve correlatie betekent dat meer inzet samengaat met meer verbetering. ' +
        `Inzet is het aandeel van de doelstelling in de begroting van de instelling, het deel daarvan dat tot en met ${results.budget.reportYear} is besteed, ` +
        'of het uitvoeren van een maatregel (ja of nee).',
      CORRELATION_NOTE,
    ],
  };
  if (effort.length === 0) {
    return emptyTable(meta, 'voor deze doelstelling zijn er geen instellingen met zowel een verandering van een indicator als gegevens over hun inzet.', EFFORT_COLUMNS);
  }
  const rows: FigureRow[] = effort.map((e) => ({
    indicator: results.indicators[e.indicatorId]?.shortName ?? e.indicatorId,
    uitsplitsing: e.breakdown,
    inzet: effortLabel(results, e),
    ...correlationCells(e),
  }));
  return buildTable({ columns: EFFORT_COLUMNS, rows }, meta);
}

// ---- Ambition against budget share (seed 000 found no relation) ---------------------------------------

export function ambitionBudgetTable(results: Results): Figure {
  const columns: FigureColumn[] = [
    { key: 'doelstelling', label: 'Doelstelling', format: 'text' },
    { key: 'indicator', label: 'Indicator', format: 'text' },
    { key: 'uitsplitsing', label: 'Uitsplitsing', format: 'text' },
    ...CORRELATION_COLUMNS,
  ];
  const rows: FigureRow[] = results.goalOrder.flatMap((goalId) =>
    ambitionBudgetFor(results, goalId)
      .filter((c) => c.n > 0)
      .map((c) => ({
        doelstelling: goalCell(results, goalId),
        indicator: results.indicators[c.indicatorId]?.shortName ?? c.indicatorId,
        uitsplitsing: c.breakdown,
        ...correlationCells(c),
      })),
  );
  const meta: FigureMeta = {
    id: figureIds.ambitionBudgetTable(),
    title: 'Samenhang tussen verbeterambitie en het aandeel van de doelstelling in de begroting',
    subtitle: 'Per doelstelling en indicator: hangt een grotere ambitie samen met een groter deel van de kwaliteitsmiddelen?',
    source: institutionSource(results, PLANS_AND_BUDGETS),
    notes: ['Per instelling: de verbeterambitie (in de richting van beter) tegen het aandeel van de doelstelling in haar begroting 2024–2027.', CORRELATION_NOTE],
  };
  return rows.length === 0
    ? emptyTable(meta, 'er zijn geen instellingen met zowel een verbeterambitie als een begroting voor dezelfde doelstelling.', columns)
    : buildTable({ columns, rows }, meta);
}
