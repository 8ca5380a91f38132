// Say once what is true of many (issue 27): what every goal of a chapter has — what it is about, its money, its
// measures and the institutions' own judgement — as four small tables per chapter, one row per goal, instead of the
// same paragraph under every goal. Each row is a traced paragraph, each cell one sentence, so the fact check reads
// every number back. The chapter opens with them (report/chapters/priorities.ts); a goal's page on the site shows
// its own row. What stands out for one goal (a mandatory measure, a relation between effort and development) stays a
// sentence in its section.
import type { GoalResult } from '../../compute/types.ts';
import { judgementPath } from '../../findings/root.ts';
import type { Findings } from '../../findings/types.ts';
import { MIN_INSTITUTIONS } from '../../findings/movement.ts';
import { SPENDING_WORDS } from '../../lib/verdicts.ts';
import { EMPTY_CELL, goalBudgetPath, goalMeasuresPath, list, measurePath, paragraph, piece, type Writer } from '../builder.ts';
import type { GoalTableKind, GoalTableRows, Paragraph, Sentence, TableSpec } from '../types.ts';
import { indicatorLabel, quoted } from '../wording.ts';
import { goalParagraphId } from './goal.ts';

const GOAL = { label: 'Doelstelling', numeric: false } as const;

/** Column heads per table, and what each table is called (its caption). */
export const GOAL_TABLES: Readonly<Record<GoalTableKind, TableSpec>> = {
  doelen: {
    caption: 'Doelstellingen, indicatoren en maatregelen',
    columns: [GOAL, { label: 'Waar het om gaat', numeric: false }, { label: 'Indicatoren', numeric: false }, { label: 'Maatregelen in de Werkagenda', numeric: false }],
  },
  middelen: {
    caption: 'Financiële inzet per doelstelling',
    columns: [
      GOAL,
      { label: 'Begroot voor 2024–2027 (aandeel van het totaal)', numeric: true },
      { label: 'Instellingen met een begroting', numeric: true },
      { label: 'Tot nu toe besteed', numeric: true },
      { label: 'Tempo', numeric: false },
      { label: 'Besteed per instelling, van laag tot hoog', numeric: true },
      { label: 'Gemiddeld deel van de begroting van een instelling', numeric: true },
    ],
  },
  maatregelen: {
    caption: 'Uitgevoerde maatregelen per doelstelling',
    columns: [
      GOAL,
      { label: 'Instellingen met een opgave', numeric: true },
      { label: 'Gemiddeld uitgevoerd', numeric: true },
      { label: 'Alle maatregelen uitgevoerd', numeric: true },
      { label: 'Vaakst uitgevoerd (niet verplicht)', numeric: false },
      { label: 'Minst vaak uitgevoerd (niet verplicht)', numeric: false },
    ],
  },
  oordelen: {
    caption: 'Oordeel van de instellingen per doelstelling',
    columns: [
      GOAL,
      { label: 'Instellingen met een oordeel', numeric: true },
      { label: 'Uitvoering zoals verwacht bij alle of de meeste activiteiten', numeric: true },
      { label: 'Effectief of heel effectief', numeric: true },
      { label: 'Wisselt per activiteit', numeric: true },
      { label: 'Een klein beetje of niet effectief', numeric: true },
    ],
  },
};

const none = (w: Writer) => w.s`${EMPTY_CELL}`;
const tooFew = (w: Writer) => w.s`te weinig instellingen`;

/** Every table row of one goal; null where the goal has nothing to show in that table. */
export function goalTableRows(w: Writer, findings: Findings, goal: GoalResult): GoalTableRows {
  const row = (kind: GoalTableKind, cells: readonly Sentence[] | null): Paragraph | null =>
    cells ? paragraph(goalParagraphId(goal.id, `tabel-${kind}`), w.s`${goal.id} ${goal.shortName}`, ...cells) : null;
  return {
    doelen: row('doelen', aboutCells(w, goal)),
    middelen: row('middelen', budgetCells(w, findings, goal)),
    maatregelen: row('maatregelen', measureCells(w, goal)),
    oordelen: row('oordelen', judgementCells(w, findings, goal)),
  };
}

function aboutCells(w: Writer, goal: GoalResult): Sentence[] {
  const indicators = goal.indicatorIds.map((id) => indicatorLabel(w.results.indicators[id]!.shortName, 'totaal'));
  const mandatory = goal.measureIds.filter((id) => w.results.measures.measures[id]!.mandatory).map((id) => quoted(w.results.measures.measures[id]!.name));
  const count = w.digits(`goals.${goal.id}.measureIds.length`);
  return [
    w.s`${goal.name}`,
    indicators.length ? w.s`${list(indicators)}` : w.s`nog geen`,
    goal.measureIds.length === 0 ? none(w) : mandatory.length === 0 ? w.s`${count}, geen verplicht` : w.s`${count}, verplicht: ${list(mandatory)}`,
  ];
}

function budgetCells(w: Writer, findings: Findings, goal: GoalResult): Sentence[] | null {
  const g = w.results.budget.goals[goal.id];
  if (!g || g.budget <= 0) return null;
  const base = goalBudgetPath(goal.id);
  const pace = findings.spending[goal.id];
  const spread = g.institutionSpentShare && g.institutionSpentShare.n >= 4 ? g.institutionSpentShare : null;
  return [
    w.s`${w.euro(`${base}.budget`)}${g.share !== null ? piece(' (', w.pct(`${base}.share`, 1), ')') : ''}`,
    // Missing spending rows are not a zero: those institutions do not count in the spending (figures/registry/goals.ts).
    w.s`${w.digits(`${base}.institutions`)}${g.institutionsReporting < g.institutions ? piece(' (', w.digits(`${base}.institutionsReporting`), ' met een opgave van bestedingen)') : ''}`,
    // Nothing reported is not € 0 spent (issue 18).
    g.spentShare === null ? none(w) : g.spent === 0 ? w.s`nog niets gemeld tot en met ${w.year('budget.reportYear')}` : w.s`${w.euro(`${base}.spent`)} (${w.pct(`${base}.spentShare`)}) tot en met ${w.year('budget.reportYear')}`,
    pace?.status ? w.s`${SPENDING_WORDS[pace.status]}` : none(w),
    spread ? w.s`${w.pct(`${base}.institutionSpentShare.min`)} tot ${w.pct(`${base}.institutionSpentShare.max`)}${spread.max > 100 ? ' (meer dan begroot)' : ''}` : none(w),
    g.institutionBudgetShare ? w.s`${w.pct(`${base}.institutionBudgetShare.mean`, 1)}` : none(w),
  ];
}

function measureCells(w: Writer, goal: GoalResult): Sentence[] | null {
  const gm = w.results.measures.goals[goal.id];
  if (!gm || gm.measureIds.length === 0 || gm.respondents === 0 || w.results.measures.year === null) return null;
  const base = goalMeasuresPath(goal.id);
  const respondents = w.s`${w.digits(`${base}.respondents`)} in ${w.year('measures.year')}`;
  // Shares of fewer than MIN_INSTITUTIONS institutions describe those institutions, not the sector.
  if (gm.respondents < MIN_INSTITUTIONS) return [respondents, tooFew(w), none(w), none(w), none(w)];
  const k = gm.measureIds.length;
  const all = gm.distribution[k];
  const optional = gm.measureIds
    .map((id) => w.results.measures.measures[id]!)
    .filter((m) => !m.mandatory && m.carriedOut.share !== null)
    .sort((a, b) => b.carriedOut.count - a.carriedOut.count || a.id.localeCompare(b.id));
  const usage = (id: string) => w.s`${quoted(w.results.measures.measures[id]!.name)} (${w.pct(`${measurePath(id)}.carriedOut.share`)})`;
  const most = optional[0];
  const least = optional.length > 1 ? optional[optional.length - 1] : undefined;
  const differ = most && least && most.carriedOut.count !== least.carriedOut.count;
  return [
    respondents,
    gm.mean !== null && k >= 2 ? w.s`${w.num(`${base}.mean`, 1)} van ${w.digits(`goals.${goal.id}.measureIds.length`)}` : none(w),
    k >= 2 && all ? w.s`${w.digits(`${base}.distribution.${k}.count`)} (${w.pct(`${base}.distribution.${k}.share`)})` : none(w),
    most && (differ || optional.length === 1) ? usage(most.id) : none(w),
    differ ? usage(least!.id) : none(w),
  ];
}

function judgementCells(w: Writer, findings: Findings, goal: GoalResult): Sentence[] | null {
  const j = w.results.judgements.goals[goal.id];
  const v = findings.judgements[goal.id];
  if (!j || !v || j.n === 0 || w.results.judgements.year === null) return null;
  const n = w.s`${w.digits(`${judgementPath(goal.id)}.n`)} in ${w.year('judgements.year')}`;
  if (j.n < MIN_INSTITUTIONS) return [n, tooFew(w), none(w), none(w), none(w)];
  const share = (key: 'progressGood' | 'effective' | 'ineffective') =>
    w.s`${w.digits(`${judgementPath(goal.id)}.${key}.count`)} (${w.pct(`${judgementPath(goal.id)}.${key}.share`)})`;
  const varies = j.effectiveness.findIndex((d) => d.value === 'wisselt');
  const base = `judgements.goals.${goal.id}.effectiveness.${varies}`;
  return [
    n,
    share('progressGood'),
    share('effective'),
    varies >= 0 && j.effectiveness[varies]!.share !== null ? w.s`${w.digits(`${base}.count`)} (${w.pct(`${base}.share`)})` : none(w),
    share('ineffective'),
  ];
}
