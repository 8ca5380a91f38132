// The sector picture (seed 000 chapter 2): improvement ambition per indicator (one chart per unit that can
// share an axis), the budget over the goals for the sector and per institution, and the two overview tables
// of catch-up (convergence) and targets reached.
import { breakdownsOf, mainBreakdown } from '../../compute/lookup.ts';
import type { IndicatorResult, Results } from '../../compute/types.ts';
import { formatEuro, plural } from '../../lib/nl.ts';
import { buildAmbitionRange } from '../charts/ambition-range.ts';
import { buildBudgetByInstitution, buildBudgetShares } from '../charts/budget-shares.ts';
import { buildTable } from '../charts/table.ts';
import { figureIds } from '../../lib/ids.ts';
import type { Figure, FigureColumn, FigureRow } from '../types.ts';
import { reachedClaim } from '../../findings/claims.ts';
import type { Claim } from '../../findings/types.ts';
import {
  BUDGETS,
  PLANS,
  SOURCE_PER_INDICATOR,
  emptyTable,
  institutionContext,
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
      return { label: results.institutions[id]?.name ?? id, context: institutionContext(results, id), shares };
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
  // Catch-up is decided on the spread (Pitman–Morgan, q over this table); r is shown only as a description.
  const columns: FigureColumn[] = [
    ...INDICATOR_COLUMNS,
    { key: 'n', label: 'Aantal instellingen (n)', format: 'integer' },
    { key: 'r', label: 'Correlatie start en ambitie (r)', format: 'number', decimals: 2 },
    { key: 'sdStart', label: 'Spreiding startwaarden (sd)', format: 'number', decimals: 2 },
    { key: 'sdStreef', label: 'Spreiding streefwaarden (sd)', format: 'number', decimals: 2 },
    { key: 'q', label: 'Gecorrigeerde p-waarde spreiding (q)', format: 'number', decimals: 3 },
    { key: 'conclusie', label: 'Conclusie', format: 'text', verdict: true },
  ];
  const conclusion = { inhaalslag: 'verschillen worden kleiner', uiteenlopen: 'verschillen worden groter', geen: 'geen conclusie' } as const;
  const rows: FigureRow[] = results.indicatorOrder.flatMap((id) =>
    breakdownsOf(results, id)
      .filter((b) => b.convergence.spread !== null)
      .map((b) => {
        const s = b.convergence.spread!;
        return {
          indicator: results.indicators[id]!.shortName,
          uitsplitsing: b.breakdown,
          n: b.convergence.n,
          r: b.convergence.r,
          sdStart: s.sdStart,
          sdStreef: s.sdTarget,
          q: s.q,
          conclusie: conclusion[s.conclusion],
        };
      }),
  );
  const meta = {
    id: figureIds.convergenceTable(),
    title: 'Spreiding van start- en streefwaarden per indicator',
    subtitle: 'Liggen de streefwaarden van dezelfde instellingen dichter bij elkaar dan hun startwaarden? Dan worden de verschillen kleiner (inhaalslag)',
    source: institutionSource(results, PLANS),
    notes: [
      'Spreiding is de standaardafwijking, in de eenheid van de indicator, over de instellingen met zowel een start- als een streefwaarde. ' +
        'Toets van Pitman en Morgan voor gepaarde waarden; q is de p-waarde gecorrigeerd voor het aantal toetsen in de tabel (Benjamini-Hochberg). ' +
        'Een conclusie alleen bij q kleiner dan 0,05.',
      'De correlatie r tussen startwaarde (in de richting van beter) en verbeterambitie is alleen een beschrijving: toevallige meetverschillen ' +
        'in de startwaarde komen met het omgekeerde teken terug in de ambitie, waardoor r vanzelf naar een negatieve waarde neigt. ' +
        'Aantallen (zoals het aantal vsv’ers) zijn niet opgenomen, omdat ze vooral de omvang van de instelling weerspiegelen.',
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
    { key: 'marge', label: 'Binnen de steekproefmarge', format: 'integer' },
    { key: 'nietBereikt', label: 'Niet bereikt', format: 'integer' },
    { key: 'zonder', label: 'Streefwaarde zonder verbetering', format: 'integer' },
    { key: 'aandeel', label: 'Aandeel bereikt', format: 'percent' },
  ];
  // Attainment that respects sampling error (BreakdownResult.attainment); the share is over targets that plan an
  // improvement.
  const rows: FigureRow[] = results.indicatorOrder.flatMap((id) =>
    breakdownsOf(results, id)
      .filter((b) => b.attainment !== null && b.attainment.n > 0)
      .map((b) => ({
        indicator: results.indicators[id]!.shortName,
        uitsplitsing: b.breakdown,
        jaar: b.latestYear === null ? null : String(b.latestYear),
        beoordeeld: b.attainment!.n,
        bereikt: b.attainment!.reached,
        marge: b.attainment!.withinMargin,
        nietBereikt: b.attainment!.notReached,
        zonder: b.attainment!.targetWithoutImprovement,
        aandeel: b.attainment!.shareReached.share,
      })),
  );
  const meta = {
    id: figureIds.reachedTable(),
    title: 'Instellingen die hun streefwaarde al hebben bereikt, per indicator',
    subtitle: 'Laatst gemeten waarde voorbij de streefwaarde, in de richting die als beter geldt, en bij enquêtecijfers verder dan de steekproefmarge',
    source: institutionSource(results, PLANS, SOURCE_PER_INDICATOR),
    notes: [
      'Alleen instellingen met zowel een streefwaarde als een gemeten waarde tellen mee. De streefwaarden gelden voor 2027.',
      'Binnen de steekproefmarge: bij een enquêtecijfer ligt de gemeten waarde minder dan 1,96 standaardfouten (binomiaal, bij het aantal respondenten) ' +
        'van de streefwaarde af, zodat niet te zeggen is of die is bereikt. Een streefwaarde zonder verbetering is niet gunstiger dan de eigen ' +
        'startwaarde en telt niet mee in het aandeel bereikt.',
    ],
  };
  const claims = results.indicatorOrder.flatMap((id) =>
    breakdownsOf(results, id).flatMap((b) => (b.attainment && b.attainment.n > 0 ? [reachedClaim(id, b.breakdown, b.attainment)] : [])),
  ).filter((c): c is Claim => c !== null);
  return rows.length === 0
    ? emptyTable(meta, 'er zijn nog geen instellingen met zowel een streefwaarde als een gemeten waarde.', columns)
    : { ...buildTable({ columns, rows }, meta), claims };
}
