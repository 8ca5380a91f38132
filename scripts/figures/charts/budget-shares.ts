// How the quality funds are spread over the goals: for the sector as a whole (seed 000, Figuur 2.2, sorted bars
// with % labels) and per institution (Figuur 3.2, 100% stacked bars, one row per institution, goal codes
// printed inside wide segments so the chart stays readable without matching twelve colours to a legend).
import { formatEuro, formatPercent, plural } from '../../lib/nl.ts';
import { readableOn } from '../colour.ts';
import { chartFigure, emptyFigure, labelContext, extremes, isValue, type FigureMeta } from '../figure.ts';
import { bandAxis, inlineData, institutionRows, legendScale, quantAxis, tooltip, topLevel } from '../spec.ts';
import { FONT_SIZE, GOAL_FAMILIES, INK, ROW_STEP, WHITE, goalColours } from '../theme.ts';
import type { Figure, FigureColumn } from '../types.ts';

export const SHARES_TYPE = 'budget-shares';
export const BY_INSTITUTION_TYPE = 'budget-by-institution';

export interface GoalRef {
  /** `1.3` */
  readonly goal: string;
  /** Short name, `Begeleiding`. */
  readonly label: string;
  readonly priority: number;
}

export interface BudgetShareRow extends GoalRef {
  /** Share of the sector's total budget, 0..100. */
  readonly share: number;
  /** Budgeted amount in euro (optional; shown in the table). */
  readonly amount?: number | null;
}

export interface BudgetSharesInput {
  readonly rows: readonly BudgetShareRow[];
}

const SHARE_COLUMNS: FigureColumn[] = [
  { key: 'doelstelling', label: 'Doelstelling', format: 'text' },
  { key: 'naam', label: 'Naam', format: 'text' },
  { key: 'aandeel', label: 'Aandeel in de begroting', format: 'percent', decimals: 1 },
  { key: 'begroot', label: 'Begroot bedrag', format: 'euro' },
];

const goalName = (g: GoalRef) => `${g.goal} ${g.label}`;

export function buildBudgetShares(input: BudgetSharesInput, meta: FigureMeta): Figure {
  const rows = input.rows
    .filter((r) => isValue(r.share))
    .slice()
    .sort((a, b) => b.share - a.share || a.goal.localeCompare(b.goal, 'nl'));
  if (rows.length === 0) return emptyFigure(meta, SHARES_TYPE, 'er zijn geen begrotingen per doelstelling aangeleverd.', SHARE_COLUMNS);

  const data = rows.map((r) => ({ doelstelling: r.goal, naam: r.label, aandeel: r.share, begroot: r.amount ?? null }));
  const priorities = [...new Set(rows.map((r) => r.priority))].sort((a, b) => a - b);
  const priorityColour = (p: number) => (GOAL_FAMILIES[p] ?? [INK])[0]!;
  const values = rows.map((r, i) => ({
    ...data[i],
    label: goalName(r),
    prioriteit: `Prioriteit ${r.priority}`,
    shareText: formatPercent(r.share),
    amountText: isValue(r.amount) ? formatEuro(r.amount) : 'onbekend',
  }));
  const max = Math.max(...rows.map((r) => r.share));

  const spec = topLevel(
    {
      data: inlineData(values),
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, axis: bandAxis() },
        x: {
          field: 'aandeel',
          type: 'quantitative',
          scale: { domain: [0, max * 1.12], nice: false },
          axis: quantAxis('procent', { title: 'Aandeel in de begroting 2024–2027 (%)' }),
        },
      },
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.7 } },
          encoding: {
            color: {
              field: 'prioriteit',
              type: 'nominal',
              title: null,
              scale: legendScale(priorities.map((p) => [`Prioriteit ${p}`, priorityColour(p)])),
            },
            tooltip: tooltip([['label', 'Doelstelling'], ['shareText', 'Aandeel'], ['amountText', 'Begroot']]),
          },
        },
        { mark: { type: 'text', align: 'left', dx: 4, baseline: 'middle' }, encoding: { text: { field: 'shareText' } } },
      ],
    },
    { height: ROW_STEP.normal * rows.length, description: meta.title },
  );

  const top = rows[0]!;
  const bottom = rows[rows.length - 1]!;
  const alt =
    `De figuur toont welk deel van de begrote kwaliteitsmiddelen naar elk van ${plural(rows.length, 'doelstelling', 'doelstellingen')} gaat. ` +
    (rows.length === 1
      ? `Doelstelling ${goalName(top)} krijgt ${formatPercent(top.share)}.`
      : `Het grootste deel gaat naar doelstelling ${goalName(top)} (${formatPercent(top.share)}), ` +
        `het kleinste naar ${goalName(bottom)} (${formatPercent(bottom.share)}).`);
  return chartFigure(meta, SHARES_TYPE, { alt, columns: SHARE_COLUMNS, data, spec });
}

// ---- Per institution ------------------------------------------------------------------------------------

export interface BudgetByInstitutionInput {
  /** Goals in stacking order (left to right) and legend order. */
  readonly goals: readonly GoalRef[];
  /** In display order; `shares` maps goal code → share of the institution's total budget (0..100). */
  readonly institutions: readonly { readonly label: string; readonly context?: string; readonly shares: Readonly<Record<string, number>> }[];
}

/** Segments narrower than this (in %) get no goal code printed inside them. */
const MIN_LABELLED_SHARE = 8;
/** A bar that sums to less than this has a budget that was not fully delivered (seed 000 leaves it white). */
const COMPLETE = 99.5;

export function buildBudgetByInstitution(input: BudgetByInstitutionInput, meta: FigureMeta): Figure {
  const columns: FigureColumn[] = [
    { key: 'instelling', label: 'Instelling', format: 'text' },
    ...input.goals.map((g): FigureColumn => ({ key: g.goal, label: goalName(g), format: 'percent', decimals: 1 })),
  ];
  const institutions = input.institutions.filter((inst) => input.goals.some((g) => isValue(inst.shares[g.goal])));
  if (institutions.length === 0 || input.goals.length === 0) {
    return emptyFigure(meta, BY_INSTITUTION_TYPE, 'er zijn geen begrotingen per instelling aangeleverd.', columns);
  }

  const colours = goalColours(input.goals);
  const segments = institutions.flatMap((inst) => {
    let x0 = 0;
    return input.goals.flatMap((g, i) => {
      const share = inst.shares[g.goal];
      if (!isValue(share) || share <= 0) return [];
      const segment = {
        instelling: inst.label,
        goal: goalName(g),
        code: share >= MIN_LABELLED_SHARE ? g.goal : '',
        x0,
        x1: x0 + share,
        shareText: formatPercent(share, 1),
        textColour: readableOn(colours[i]!, INK, WHITE),
      };
      x0 += share;
      return [segment];
    });
  });
  const data = institutions.map((inst) => ({
    instelling: inst.label,
    ...Object.fromEntries(input.goals.map((g) => [g.goal, isValue(inst.shares[g.goal]) ? inst.shares[g.goal]! : null])),
  }));

  const layout = institutionRows(institutions.length, ROW_STEP.dense);
  const y = { field: 'instelling', type: 'nominal', sort: institutions.map((i) => i.label), axis: layout.axis };
  const x = { field: 'x0', type: 'quantitative', scale: { domain: [0, 100] }, axis: quantAxis('procent', { title: 'Aandeel in de begroting van de instelling (%)' }) };
  const spec = topLevel(
    {
      data: inlineData(segments),
      encoding: { y, x },
      layer: [
        {
          mark: { type: 'bar', height: { band: layout.compact ? 1 : 0.82 }, stroke: WHITE, strokeWidth: layout.compact ? 0 : 0.75 },
          encoding: {
            x2: { field: 'x1' },
            color: {
              field: 'goal',
              type: 'nominal',
              title: null,
              scale: legendScale(input.goals.map((g, i) => [goalName(g), colours[i]!])),
              legend: { columns: 3, symbolLimit: 0, labelLimit: 190 },
            },
            tooltip: tooltip([['instelling', 'Instelling'], ['goal', 'Doelstelling'], ['shareText', 'Aandeel']]),
          },
        },
        // Goal codes inside the segments; without room for them (compact rows) the legend alone names the colours.
        ...(layout.compact
          ? []
          : [
              {
                transform: [{ filter: "datum.code != ''" }, { calculate: '(datum.x0 + datum.x1) / 2', as: 'mid' }],
                mark: { type: 'text', baseline: 'middle', fontSize: FONT_SIZE.small },
                encoding: {
                  x: { field: 'mid', type: 'quantitative' },
                  text: { field: 'code' },
                  color: { field: 'textColour', type: 'nominal', scale: null },
                },
              },
            ]),
      ],
    },
    { height: layout.height, description: meta.title },
  );

  const totals = institutions.map((inst) => input.goals.reduce((sum, g) => sum + (inst.shares[g.goal] ?? 0), 0));
  const incomplete = totals.filter((t) => t < COMPLETE).length;
  const largest = extremes(
    segments.map((s) => ({ ...s, share: s.x1 - s.x0 })),
    (s) => s.share,
  ).max;
  const alt =
    `De figuur toont voor ${plural(institutions.length, 'instelling', 'instellingen')} hoe de begrote kwaliteitsmiddelen ` +
    `over ${plural(input.goals.length, 'doelstelling', 'doelstellingen')} zijn verdeeld, als gestapelde balk van 100 procent. ` +
    `Het grootste aandeel van één doelstelling is ${formatPercent(largest.share)} (${largest.goal} bij ${largest.instelling}).`;
  const notes = [
    ...(layout.note ? [layout.note] : [`De codes in de balken zijn de doelstellingen; delen kleiner dan ${formatPercent(MIN_LABELLED_SHARE)} zijn niet gelabeld.`]),
    ...(incomplete > 0
      ? [`Bij ${plural(incomplete, 'instelling', 'instellingen')} is een deel van de balk leeg: die begroting is niet volledig aangeleverd.`]
      : []),
  ];
  return chartFigure(meta, BY_INSTITUTION_TYPE, { alt, columns, data, spec, notes, labelContext: labelContext(institutions) });
}
