// The sector picture (seed 000 chapter 2): improvement ambition per indicator (one chart per unit that can
// share an axis), the budget over the goals for the sector and per institution, and the two overview tables
// of catch-up (convergence) and targets reached.
import { breakdownsOf, mainBreakdown } from '../../compute/lookup.ts';
import type { IndicatorResult, Results } from '../../compute/types.ts';
import { formatEuro, plural } from '../../lib/nl.ts';
import { buildAmbitionRange } from '../charts/ambition-range.ts';
import { buildBudgetByInstitution, buildBudgetShares } from '../charts/budget-shares.ts';
import { buildTable } from '../charts/table.ts';
import { figureIds } from '../ids.ts';
import type { Figure, FigureColumn, FigureRow } from '../types.ts';
import {
  BUDGETS,
  CORRELATION_COLUMNS,
  CORRELATION_NOTE,
  PLANS,
  SOURCE_PER_INDICATOR,
  correlationCells,
  emptyTable,
  institutionSource,
  notes,
  withBreakdown,
} from './common.ts';

export function sectorFigures(results: Results): Figure[] {
  return [
    ambitionOverview(results, 'procent'),
    ambitionOverview(results, 'cijfer'),
    budgetSector(results),
    budgetInstitutions(results),
    convergenceTable(results),
    reachedTable(results),
  ];
}

// ---- Improvement ambition per indicator (Figuur 2.1) ----------------------------------------------------

/** Why an indicator is not in the ambition overview of its unit; null when it is. */
function leftOut(results: Results, indicator: IndicatorResult): 'schaal' | 'neutraal' | 'geen-ambitie' | null {
  if (indicator.unit === 'aantal' || indicator.unit === 'euro') return 'schaal';
  if (indicator.direction === 'neutraal') return 'neutraal';
  return mainBreakdown(results, indicator.id)?.improvement ? null : 'geen-ambitie';
}

export function ambitionOverview(results: Results, unit: 'procent' | 'cijfer'): Figure {
  const indicators = results.indicatorOrder.map((id) => results.indicators[id]!);
  const rows = indicators
    .filter((i) => i.unit === unit && leftOut(results, i) === null)
    .map((i) => {
      const b = mainBreakdown(results, i.id)!;
      const s = b.improvement!;
      return { label: withBreakdown(i.shortName, b.breakdown), mean: s.mean, q1: s.q1, q3: s.q3, n: s.n };
    });
  const count = (reason: string) => indicators.filter((i) => leftOut(results, i) === reason).length;
  const grades = indicators.filter((i) => i.unit === 'cijfer' && leftOut(results, i) === null).length;
  // The overview of percentages also says what is missing from it; the grade chart is its companion.
  const missing =
    unit === 'procent'
      ? notes(
          grades > 0 ? `Indicatoren gemeten als rapportcijfer staan in een aparte figuur.` : null,
          count('schaal') > 0
            ? `Niet opgenomen: ${plural(count('schaal'), 'indicator', 'indicatoren')} in aantallen of euro's, die geen gemeenschappelijke schaal hebben.`
            : null,
          count('neutraal') > 0 ? `Niet opgenomen: ${plural(count('neutraal'), 'indicator', 'indicatoren')} zonder richting (neutraal).` : null,
          count('geen-ambitie') > 0
            ? `Niet opgenomen: ${plural(count('geen-ambitie'), 'indicator', 'indicatoren')} zonder instellingen met zowel een start- als een streefwaarde.`
            : null,
        )
      : [];
  const breakdownNote = rows.some((r) => r.label.includes(', '))
    ? 'Bij indicatoren met uitsplitsingen is de eerste uitsplitsing getoond; de andere staan bij de indicator.'
    : null;
  const isGrade = unit === 'cijfer';
  return buildAmbitionRange(
    { unit, rows },
    {
      id: isGrade ? figureIds.ambitionOverviewGrades() : figureIds.ambitionOverview(),
      title: isGrade ? 'Gemiddelde verbeterambitie per indicator: rapportcijfers' : 'Gemiddelde verbeterambitie per indicator',
      subtitle: isGrade
        ? 'Streefwaarde min startwaarde, in punten op het rapportcijfer; positief is een verbetering'
        : 'Streefwaarde min startwaarde, in procentpunten; positief is een verbetering, ook bij indicatoren waar lager beter is',
      source: institutionSource(results, PLANS),
      notes: notes(...missing, breakdownNote),
    },
  );
}

// ---- Budget over the goals (Figuur 2.2 and 3.2) -----------------------------------------------------------

const goalRef = (results: Results, goalId: string) => {
  const goal = results.goals[goalId];
  return { goal: goalId, label: goal?.shortName ?? goalId, priority: goal?.priority ?? 0 };
};

export function budgetSector(results: Results): Figure {
  const budget = results.budget;
  const rows = budget.goalOrder.flatMap((id) => {
    const g = budget.goals[id]!;
    return g.share === null ? [] : [{ ...goalRef(results, id), share: g.share, amount: g.budget }];
  });
  return buildBudgetShares(
    { rows },
    {
      id: figureIds.budgetSector(),
      title: 'Verdeling van de begrote kwaliteitsmiddelen over de doelstellingen',
      subtitle: `Aandeel van elke doelstelling in de begroting 2024–2027 van alle instellingen samen (${formatEuro(budget.total)})`,
      source: institutionSource(results, BUDGETS),
    },
  );
}

export function budgetInstitutions(results: Results): Figure {
  const budget = results.budget;
  const institutions = budget.institutionOrder
    .map((id) => {
      const inst = budget.institutions[id]!;
      const shares = Object.fromEntries(inst.goals.flatMap((g) => (g.share === null ? [] : [[g.goalId, g.share]])));
      return { label: results.institutions[id]?.name ?? id, shares };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  return buildBudgetByInstitution(
    { goals: budget.goalOrder.map((id) => goalRef(results, id)), institutions },
    {
      id: figureIds.budgetInstitutions(),
      title: 'Verdeling van de begrote kwaliteitsmiddelen over de doelstellingen, per instelling',
      subtitle: 'Aandeel van elke doelstelling in de begroting 2024–2027 van de instelling',
      source: institutionSource(results, BUDGETS),
    },
  );
}

// ---- Overview tables ------------------------------------------------------------------------------------

const INDICATOR_COLUMNS: readonly FigureColumn[] = [
  { key: 'indicator', label: 'Indicator', format: 'text' },
  { key: 'uitsplitsing', label: 'Uitsplitsing', format: 'text' },
];

export function convergenceTable(results: Results): Figure {
  const columns = [...INDICATOR_COLUMNS, ...CORRELATION_COLUMNS];
  const rows: FigureRow[] = results.indicatorOrder.flatMap((id) =>
    breakdownsOf(results, id)
      .filter((b) => b.convergence.n > 0)
      .map((b) => ({ indicator: results.indicators[id]!.shortName, uitsplitsing: b.breakdown, ...correlationCells(b.convergence) })),
  );
  const meta = {
    id: figureIds.convergenceTable(),
    title: 'Samenhang tussen startwaarde en verbeterambitie per indicator',
    subtitle: 'Een negatieve correlatie betekent een inhaalslag: instellingen met een ongunstiger start streven naar een grotere verbetering',
    source: institutionSource(results, PLANS),
    notes: [
      'De startwaarde telt in de richting van beter: bij indicatoren waar lager beter is, is de startwaarde met −1 vermenigvuldigd. ' +
        'Aantallen (zoals het aantal vsv’ers) zijn niet opgenomen, omdat ze vooral de omvang van de instelling weerspiegelen.',
      CORRELATION_NOTE,
    ],
  };
  return rows.length === 0
    ? emptyTable(meta, 'er zijn geen indicatoren met start- en streefwaarden van dezelfde instellingen.', columns)
    : buildTable({ columns, rows }, meta);
}

export function reachedTable(results: Results): Figure {
  const columns: FigureColumn[] = [
    ...INDICATOR_COLUMNS,
    { key: 'jaar', label: 'Laatste meetjaar', format: 'text' },
    { key: 'beoordeeld', label: 'Instellingen met streefwaarde en meting', format: 'integer' },
    { key: 'bereikt', label: 'Streefwaarde bereikt', format: 'integer' },
    { key: 'aandeel', label: 'Aandeel bereikt', format: 'percent' },
  ];
  const rows: FigureRow[] = results.indicatorOrder.flatMap((id) =>
    breakdownsOf(results, id)
      .filter((b) => b.reached !== null && b.reached.denominator > 0)
      .map((b) => ({
        indicator: results.indicators[id]!.shortName,
        uitsplitsing: b.breakdown,
        jaar: b.latestYear === null ? null : String(b.latestYear),
        beoordeeld: b.reached!.denominator,
        bereikt: b.reached!.count,
        aandeel: b.reached!.share,
      })),
  );
  const meta = {
    id: figureIds.reachedTable(),
    title: 'Instellingen die hun streefwaarde al hebben bereikt, per indicator',
    subtitle: 'Laatst gemeten waarde op of voorbij de streefwaarde, in de richting die als beter geldt',
    source: institutionSource(results, PLANS, SOURCE_PER_INDICATOR),
    notes: ['Alleen instellingen met zowel een streefwaarde als een gemeten waarde tellen mee. De streefwaarden gelden voor 2027.'],
  };
  return rows.length === 0
    ? emptyTable(meta, 'er zijn nog geen instellingen met zowel een streefwaarde als een gemeten waarde.', columns)
    : buildTable({ columns, rows }, meta);
}
