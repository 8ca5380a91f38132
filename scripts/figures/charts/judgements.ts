// The institutions' own judgement in the e-file (seed 003 Tabel 2.3/2.4): progress of the activities or their
// effectiveness, as 100% stacked bars per goal, answer shares printed inside wide segments.
import { formatNumber, formatPercent, plural } from '../../lib/nl.ts';
import type { Effectiveness, Progress } from '../../snapshot/types.ts';
import { readableOn } from '../colour.ts';
import { chartFigure, emptyFigure, isValue, type FigureMeta } from '../figure.ts';
import type { TopLevelSpec } from 'vega-lite';
import { SCHEMA_URL, bandAxis, inlineData, legendScale, quantAxis, tooltip, topLevel } from '../spec.ts';
import { EFFECTIVENESS_COLOURS, EMBED_OPTIONS, FIGURE_WIDTH, FONT_SIZE, INK, PROGRESS_COLOURS, ROW_STEP, VEGA_LITE_CONFIG, WHITE } from '../theme.ts';
import type { Figure, FigureColumn } from '../types.ts';

export const CHART_TYPE = 'judgements';

/** Answer wording as in the e-file questions (seed 003 Tabel 2.3 and 2.4), in scale order. */
export const PROGRESS_LABELS: Readonly<Record<Progress, string>> = {
  alle: 'Alle activiteiten',
  meeste: 'De meeste activiteiten',
  helft: 'De helft van de activiteiten',
  klein_deel: 'Een klein deel van de activiteiten',
  geen: 'Geen enkele activiteit',
};

export const EFFECTIVENESS_LABELS: Readonly<Record<Effectiveness, string>> = {
  heel_effectief: 'Heel effectief',
  effectief: 'Effectief',
  klein_beetje: 'Een klein beetje effectief',
  niet_effectief: 'Niet effectief',
  wisselt: 'Wisselt per activiteit',
  weet_niet: 'Weet ik niet',
};

export type JudgementScale = 'voortgang' | 'effectiviteit';

export interface JudgementRow {
  /** The goal, e.g. `2.1 Opleidingskeuze`. */
  readonly group: string;
  /** Institutions that answered. */
  readonly total: number;
  /** Count and share (0..100, computed upstream) per answer; missing answers count as zero. */
  readonly answers: Readonly<Partial<Record<string, { readonly count: number; readonly share: number }>>>;
}

export interface JudgementsInput {
  readonly scale: JudgementScale;
  readonly rows: readonly JudgementRow[];
}

const MIN_LABELLED_SHARE = 7;

function categories(scale: JudgementScale): { key: string; label: string; colour: string }[] {
  const [labels, colours] =
    scale === 'voortgang'
      ? [PROGRESS_LABELS as Record<string, string>, PROGRESS_COLOURS as Record<string, string>]
      : [EFFECTIVENESS_LABELS as Record<string, string>, EFFECTIVENESS_COLOURS as Record<string, string>];
  return Object.keys(labels).map((key) => ({ key, label: labels[key]!, colour: colours[key]! }));
}

type Category = ReturnType<typeof categories>[number];

/** One row's answers as bar segments of a 100% stack (x0..x1), with the share printed inside wide segments. */
function segmentsOf(row: JudgementRow, cats: readonly Category[], groupKey: string, valueText: (count: number, share: number) => string) {
  let x0 = 0;
  return cats.flatMap((c) => {
    const answer = row.answers[c.key];
    if (!answer || !isValue(answer.share) || answer.share <= 0) return [];
    const segment = {
      [groupKey]: row.group,
      antwoord: c.label,
      x0,
      x1: x0 + answer.share,
      label: answer.share >= MIN_LABELLED_SHARE ? formatPercent(answer.share) : '',
      valueText: valueText(answer.count, answer.share),
      textColour: readableOn(c.colour, INK, WHITE),
    };
    x0 += answer.share;
    return [segment];
  });
}

/** The stacked bar and its labels; both builders draw the same marks. */
function shareLayers(cats: readonly Category[], band: number, tip: [string, string][], legendColumns: number) {
  return [
    {
      mark: { type: 'bar', height: { band }, stroke: WHITE, strokeWidth: 0.75 },
      encoding: {
        x2: { field: 'x1' },
        color: {
          field: 'antwoord',
          type: 'nominal',
          title: null,
          scale: legendScale(cats.map((c) => [c.label, c.colour])),
          legend: { columns: legendColumns, symbolLimit: 0 },
        },
        tooltip: tooltip(tip),
      },
    },
    {
      transform: [{ filter: "datum.label != ''" }, { calculate: '(datum.x0 + datum.x1) / 2', as: 'mid' }],
      mark: { type: 'text', baseline: 'middle', fontSize: FONT_SIZE.small },
      encoding: { x: { field: 'mid', type: 'quantitative' }, text: { field: 'label' }, color: { field: 'textColour', type: 'nominal', scale: null } },
    },
  ];
}

export function buildJudgements(input: JudgementsInput, meta: FigureMeta): Figure {
  const cats = categories(input.scale);
  const columns: FigureColumn[] = [
    { key: 'doelstelling', label: 'Doelstelling', format: 'text' },
    { key: 'totaal', label: 'Aantal instellingen', format: 'integer' },
    ...cats.map((c): FigureColumn => ({ key: c.key, label: c.label, format: 'integer' })),
  ];
  const rows = input.rows.filter((r) => r.total > 0);
  if (rows.length === 0) return emptyFigure(meta, CHART_TYPE, 'er zijn geen oordelen uit de e-file beschikbaar.', columns);

  const data = rows.map((r) => ({
    doelstelling: r.group,
    totaal: r.total,
    ...Object.fromEntries(cats.map((c) => [c.key, r.answers[c.key]?.count ?? 0])),
  }));
  const segments = rows.flatMap((r) => segmentsOf(r, cats, 'doelstelling', (count, share) => `${formatNumber(count)} (${formatPercent(share)})`));

  const spec = topLevel(
    {
      data: inlineData(segments),
      encoding: {
        y: { field: 'doelstelling', type: 'nominal', sort: rows.map((r) => r.group), axis: bandAxis() },
        x: { field: 'x0', type: 'quantitative', scale: { domain: [0, 100] }, axis: quantAxis('procent', { title: 'Aandeel instellingen (%)' }) },
      },
      // Two legend columns: with the goal names on the left, three long answer labels do not fit.
      layer: shareLayers(cats, 0.7, [['doelstelling', 'Doelstelling'], ['antwoord', 'Antwoord'], ['valueText', 'Aantal (aandeel)']], 2),
    },
    { height: Math.max(ROW_STEP.roomy, 30) * rows.length, description: meta.title },
  );

  const describe = (r: JudgementRow) => {
    const top = cats
      .map((c) => ({ c, a: r.answers[c.key] }))
      .filter((x) => x.a && x.a.count > 0)
      .sort((a, b) => b.a!.count - a.a!.count)[0];
    return top ? `${r.group}: het vaakst „${top.c.label.toLowerCase()}” (${formatNumber(top.a!.count)} van ${formatNumber(r.total)}, ${formatPercent(top.a!.share)})` : r.group;
  };
  const subject = input.scale === 'voortgang' ? 'of de uitvoering van de activiteiten verloopt zoals verwacht' : 'hoe effectief de activiteiten zijn';
  const alt =
    `De figuur toont per doelstelling hoe de instellingen in de e-file beoordelen ${subject}, ` +
    `voor ${plural(rows.length, 'doelstelling', 'doelstellingen')}. ${rows.map(describe).join('; ')}.`;
  return chartFigure(meta, CHART_TYPE, { alt, columns, data, spec });
}

// ---- Progress and effectiveness together ----------------------------------------------------------------

/** One bar per question (e.g. progress and effectiveness for one goal), each with its own answer scale. */
export interface JudgementPanelsInput {
  readonly rows: readonly (JudgementRow & { readonly scale: JudgementScale })[];
}

export const PANELS_TYPE = 'judgement-panels';
/** Room for the question label left of each bar; the same in every panel so the bars line up. */
const QUESTION_EXTENT = 96;

const PANEL_COLUMNS: FigureColumn[] = [
  { key: 'vraag', label: 'Vraag', format: 'text' },
  { key: 'antwoord', label: 'Antwoord', format: 'text' },
  { key: 'aantal', label: 'Aantal instellingen', format: 'integer' },
  { key: 'aandeel', label: 'Aandeel instellingen', format: 'percent' },
];

/**
 * The two e-file questions as stacked bars of 100% one above the other. The answer scales differ (and share some
 * colours), so each bar is its own panel with its own legend: a vertical concatenation with independent colours.
 */
export function buildJudgementPanels(input: JudgementPanelsInput, meta: FigureMeta): Figure {
  const rows = input.rows.filter((r) => r.total > 0);
  if (rows.length === 0) return emptyFigure(meta, PANELS_TYPE, 'er zijn geen oordelen uit de e-file beschikbaar.', PANEL_COLUMNS);

  const data = rows.flatMap((r) =>
    categories(r.scale).flatMap((c) => {
      const a = r.answers[c.key];
      return a && a.count > 0 ? [{ vraag: r.group, antwoord: c.label, aantal: a.count, aandeel: a.share }] : [];
    }),
  );
  const panel = (r: (typeof rows)[number], index: number) => {
    const cats = categories(r.scale);
    const segments = segmentsOf(r, cats, 'vraag', (count, share) => `${formatNumber(count)} van ${formatNumber(r.total)} (${formatPercent(share)})`);
    return {
      width: FIGURE_WIDTH - QUESTION_EXTENT - 16,
      height: 34,
      data: inlineData(segments),
      encoding: {
        y: { field: 'vraag', type: 'nominal', axis: bandAxis(null, { minExtent: QUESTION_EXTENT, maxExtent: QUESTION_EXTENT }) },
        // The axis title once, under the last bar.
        x: {
          field: 'x0',
          type: 'quantitative',
          scale: { domain: [0, 100] },
          axis: quantAxis('procent', { title: index === rows.length - 1 ? 'Aandeel instellingen (%)' : null }),
        },
      },
      layer: shareLayers(cats, 0.8, [['vraag', 'Vraag'], ['antwoord', 'Antwoord'], ['valueText', 'Aantal instellingen']], 3),
    };
  };

  const spec = {
    $schema: SCHEMA_URL,
    description: meta.title,
    config: VEGA_LITE_CONFIG,
    usermeta: { embedOptions: EMBED_OPTIONS, figureWidth: FIGURE_WIDTH },
    spacing: 22,
    vconcat: rows.map(panel),
    resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
  } as unknown as TopLevelSpec;

  const describe = (r: (typeof rows)[number]) => {
    const top = categories(r.scale)
      .map((c) => ({ c, a: r.answers[c.key] }))
      .filter((x) => x.a && x.a.count > 0)
      .sort((a, b) => b.a!.count - a.a!.count)[0];
    return top
      ? `${r.group}: het vaakst „${top.c.label.toLowerCase()}” (${formatNumber(top.a!.count)} van ${formatNumber(r.total)}, ${formatPercent(top.a!.share)})`
      : r.group;
  };
  const alt =
    `De figuur toont hoe de instellingen hun activiteiten in de e-file beoordelen, als gestapelde balken van 100 procent. ` +
    `${rows.map(describe).join('; ')}.`;
  return chartFigure(meta, PANELS_TYPE, { alt, columns: PANEL_COLUMNS, data, spec });
}
