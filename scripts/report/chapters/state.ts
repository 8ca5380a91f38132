// Stand van zaken (issue 29): every goal with its indicators and breakdowns on one page, each with the course
// verdict in words and a symbol, the 95% interval it rests on, the sector's median over the years, the share of
// institutions on their own path and, per goal, its overall word (the paragraph that opens its section) and the
// budget spent. The same rows open each indicator page.
// Every number is a traced sentence (prose/builder.ts), so the fact check reads it back on the site and in the PDF.
import { factRoot } from '../../findings/root.ts';
import { goalSlug, slug, urls } from '../../lib/urls.ts';
import { piece, required, sectorPath, Writer } from '../../prose/builder.ts';
// The interval in the same words as the goal's table and the finding (one fact, one wording).
import { intervalPiece } from '../../prose/findings/course.ts';
import { chapter, paragraph } from '../blocks.ts';
import { goalTitle, type OutlineContext } from '../context.ts';
import type { Block, Chapter, Paragraph, VerdictGroup, VerdictRow } from '../types.ts';
import { courseVerdict, INTERVAL_HEADING, VERDICT_MEANINGS } from '../verdicts.ts';

export const STATE_ID = 'stand-van-zaken';

export function stateChapter(ctx: OutlineContext): Chapter | null {
  const w = new Writer(factRoot(ctx.results, ctx.findings));
  const groups = ctx.results.goalOrder.map((g) => goalGroup(ctx, w, g)).filter((g) => g.rows.length > 0);
  if (groups.length === 0) return null;
  const shown = new Set(groups.flatMap((g) => g.rows.map((r) => r.status)));
  return chapter({
    id: STATE_ID,
    title: 'Stand van zaken',
    part: 'front',
    blocks: [
      { kind: 'definitions', items: Object.entries(VERDICT_MEANINGS).filter(([status]) => shown.has(status)).map(([status, m]) => ({ label: m.label, value: m.text })) },
      ...paragraph(ctx.prose.findings.spendingBasis),
      { kind: 'verdicts', id: STATE_ID, intervalHeading: INTERVAL_HEADING, groups },
    ],
    page: {
      url: urls.state(),
      title: 'Stand van zaken',
      description: 'Waar elke doelstelling staat: per indicator het oordeel over de koers, de onzekerheid, het verloop en de besteding.',
      keywords: ['stand van zaken', 'oordeel', 'koers', 'op schema'],
    },
  });
}

/** The head of an indicator page: the same rows as on the Stand van zaken. */
export function indicatorVerdicts(ctx: OutlineContext, indicatorId: string): Block[] {
  const w = new Writer(factRoot(ctx.results, ctx.findings));
  const id = `oordeel-${indicatorId}`;
  const rows = verdictRows(ctx, w, indicatorId, id);
  return rows.length ? [{ kind: 'verdicts', id: 'oordeel', intervalHeading: INTERVAL_HEADING, groups: [{ id, title: null, url: null, standing: null, spending: null, rows }] }] : [];
}

function goalGroup(ctx: OutlineContext, w: Writer, goalId: string): VerdictGroup {
  const id = `${STATE_ID}-${goalSlug(goalId)}`;
  return {
    id,
    title: goalTitle(ctx, goalId),
    url: urls.goal(goalId),
    standing: { ...ctx.prose.goals[goalId]!.standing, id: `${id}-stand` },
    spending: spendingLine(ctx, goalId, id),
    rows: ctx.results.goals[goalId]!.indicatorIds.flatMap((i) => verdictRows(ctx, w, i, `${id}-${i}`)),
  };
}

/** The goal's spending line, the one sentence prose writes for it (also under the goal's lists), under an id of its own. */
function spendingLine(ctx: OutlineContext, goalId: string, id: string): Paragraph | null {
  const line = ctx.prose.findings.goals[goalId]?.spending;
  return line ? { ...line, id: `${id}-besteding` } : null;
}

/** One row per breakdown, with ids `<prefix>-<breakdown>`; an indicator without institution data gets one row (its national series, if any). */
function verdictRows(ctx: OutlineContext, w: Writer, indicatorId: string, prefix: string): VerdictRow[] {
  const indicator = ctx.results.indicators[indicatorId]!;
  const breakdowns: (string | null)[] = indicator.breakdowns.length ? [...indicator.breakdowns] : [null];
  return breakdowns.map((b) => {
    const v = courseVerdict(ctx.findings, indicatorId, b);
    const id = b ? `${prefix}-${slug(b)}` : prefix;
    const unit = indicator.unit;
    const interval = v.interval ? required(`${id}-interval`, w.s`${intervalPiece(w, v.interval, unit)}`) : null;
    const p = v.onPath;
    const wilson = p?.ci95 ? piece('; ', w.pct(`${p.ci95}.low`), ' tot ', w.pct(`${p.ci95}.high`)) : '';
    const share = p?.share ? piece(' (', w.pct(p.share), wilson, ')') : '';
    const onPath = p ? required(`${id}-pad`, w.s`${w.digits(p.count)} van ${w.digits(p.n)}${share}`) : null;
    return {
      id,
      indicatorId,
      indicator: indicator.shortName,
      breakdown: b && b !== 'totaal' ? b : null,
      url: urls.indicator(indicatorId),
      status: v.status,
      claim: v.claim,
      symbol: v.symbol,
      words: v.words,
      interval,
      onPath,
      trend: b ? medianTrend(ctx, w, indicatorId, b, id) : seriesTrend(ctx, w, indicatorId, id),
    };
  });
}

/**
 * The median of the institutions' values: at the start (when before the first measurement) and in each year with
 * disclosed values. Null with fewer than two points.
 */
function medianTrend(ctx: OutlineContext, w: Writer, indicatorId: string, breakdown: string, id: string): VerdictRow['trend'] {
  const s = ctx.results.sector[indicatorId]?.[breakdown];
  if (!s) return null;
  const path = sectorPath(indicatorId, breakdown);
  const unit = ctx.results.indicators[indicatorId]!.unit;
  const points: { year: number; value: number; value_: string; year_: string }[] = [];
  const firstMeasured = s.years.find((y) => y.stats)?.year;
  if (s.start && s.startYear !== null && (firstMeasured === undefined || s.startYear < firstMeasured)) {
    points.push({ year: s.startYear, value: s.start.median, value_: `${path}.start.median`, year_: `${path}.startYear` });
  }
  s.years.forEach((y, i) => {
    if (y.stats) points.push({ year: y.year, value: y.stats.median, value_: `${path}.years.${i}.stats.median`, year_: `${path}.years.${i}.year` });
  });
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points.at(-1)!;
  const text = required(`${id}-verloop`, w.s`${w.level(first.value_, unit)} (${w.year(first.year_)}) naar ${w.level(last.value_, unit)} (${w.year(last.year_)})`);
  return { points: points.map((p) => ({ year: p.year, value: p.value })), text };
}

/** The national series of an indicator without institution data (its main line). */
function seriesTrend(ctx: OutlineContext, w: Writer, indicatorId: string, id: string): VerdictRow['trend'] {
  const index = ctx.results.series.findIndex((s) => s.indicatorId === indicatorId);
  const series = ctx.results.series[index];
  if (!series || series.points.length < 2) return null;
  const unit = series.unit;
  const at = (i: number) => `series.${index}.points.${i}.value`;
  const lastIndex = series.points.length - 1;
  const text = required(
    `${id}-verloop`,
    w.s`landelijk ${w.level(at(0), unit)} (${series.points[0]!.period}) naar ${w.level(at(lastIndex), unit)} (${series.points[lastIndex]!.period})`,
  );
  // A period `2022/23` is drawn at its first year.
  return { points: series.points.map((p) => ({ year: Number.parseInt(p.period, 10), value: p.value })), text };
}
