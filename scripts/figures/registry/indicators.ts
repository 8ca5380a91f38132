// Per indicator × breakdown: start against target per institution, realised values over the years, and the
// catch-up scatter (start against improvement ambition). Titles are the indicator's name (plus the breakdown) and
// what the figure shows, so no two figures of a chapter share a title; the subtitles say which years and which unit.
import { breakdownsOf } from '../../compute/lookup.ts';
import { partialYears, type PartialYear } from '../../compute/partial.ts';
import type { BreakdownResult, IndicatorResult, Results } from '../../compute/types.ts';
import { joinList, plural } from '../../lib/nl.ts';
import { buildConvergence, CHART_TYPE as CONVERGENCE_TYPE } from '../charts/convergence.ts';
import { buildRealisedBands, CHART_TYPE as REALISED_TYPE } from '../charts/realised-bands.ts';
import { buildStartTarget } from '../charts/start-target.ts';
import { emptyFigure, type FigureMeta } from '../figure.ts';
import { figureIds } from '../../lib/ids.ts';
import { reachedClaim } from '../../findings/claims.ts';
import { MIN_INSTITUTIONS } from '../../findings/movement.ts';
import type { Figure } from '../types.ts';
import { PLANS, UNIT_WORDS, disclosureNote, ignoredTargetsNote, institutionContext, institutionSource, notes, partialYearsNote, withBreakdown } from './common.ts';
import { formatLevel, formatMeasured } from '../../lib/units.ts';

/** The three figures of every indicator × breakdown, in indicator order then breakdown order. */
export function indicatorFigures(results: Results): Figure[] {
  return results.indicatorOrder.flatMap((id) => {
    const indicator = results.indicators[id]!;
    return breakdownsOf(results, id).flatMap((b) => [
      startTargetFigure(results, indicator, b),
      realisedFigure(results, indicator, b),
      convergenceFigure(results, indicator, b),
    ]);
  });
}

const title = (indicator: IndicatorResult, b: BreakdownResult, shows: string) => `${withBreakdown(indicator.name, b.breakdown)}: ${shows}`;
const axisTitle = (indicator: IndicatorResult, b: BreakdownResult) => withBreakdown(indicator.shortName, b.breakdown);

/** Years of the institutions' latest values, newest first, with how many institutions each. */
function latestYears(b: BreakdownResult): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const r of b.rows) if (r.latest) counts.set(r.latest.year, (counts.get(r.latest.year) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year);
}

// ---- Start and target per institution -------------------------------------------------------------------

export function startTargetFigure(results: Results, indicator: IndicatorResult, b: BreakdownResult): Figure {
  const years = latestYears(b);
  const subtitle =
    [
      b.startYear !== null ? `Startwaarde ${b.startYear}` : 'Startwaarde',
      b.targetYear !== null ? `streefwaarde ${b.targetYear}` : 'streefwaarde',
      // Which year each institution's latest value is from, counted in the subtitle (a label, not a sentence the
      // chapter repeats under every indicator).
      ...(years.length > 0
        ? [years.length === 1 ? `realisatie ${years[0]!.year}` : `laatste meting ${joinList(years.map((y) => `${y.year} (${plural(y.count, 'instelling', 'instellingen')})`))}`]
        : []),
    ].join(', ') + `; ${UNIT_WORDS[indicator.unit]}`;
  const latestLabel = years.length === 1 ? `Realisatie ${years[0]!.year}` : 'Laatste meting';

  // The dashed means are over the institutions with both values, so target − start is the mean ambition the
  // text names; without such pairs, over everyone with the value.
  const paired = b.paired;
  const meanStart = paired ? paired.startMean : (b.start?.mean ?? null);
  const meanTarget = paired ? paired.targetMean : (b.target?.mean ?? null);
  // Without their count (the text and the alternative text give it), so the note is said once a chapter.
  const meansNote = paired
    ? 'De stippellijnen zijn de gemiddelde start- en streefwaarde van de instellingen met beide waarden.'
    : b.start || b.target
      ? 'De stippellijn is het gemiddelde van de instellingen met die waarde.'
      : null;
  const sum = b.sum;
  const sumNote =
    sum && sum.nTarget > 0
      ? `Opgeteld komen de streefwaarden van ${plural(sum.nTarget, 'instelling', 'instellingen')} uit op ${formatLevel(sum.target, indicator.unit)}` +
        (sum.nationalGoal ? `; het landelijke doel voor ${sum.nationalGoal.year} is ${formatMeasured(sum.nationalGoal.value, indicator.unit)}.` : '.')
      : null;
  const latestDisclosure = years.length > 0 ? disclosureNote(results, indicator, b, [years[0]!.year]) : null;

  const meta: FigureMeta = {
    id: figureIds.startTarget(indicator.id, b.breakdown),
    title: title(indicator, b, 'start- en streefwaarde per instelling'),
    subtitle,
    source: institutionSource(results, PLANS, ...(years.length > 0 ? [indicator.source] : [])),
    notes: notes(meansNote, latestDisclosure, ignoredTargetsNote(b.rows), sumNote),
  };
  const claim = b.attainment && b.attainment.shareReached.denominator >= MIN_INSTITUTIONS ? reachedClaim(indicator.id, b.breakdown, b.attainment) : null;
  const figure = buildStartTarget(
    {
      unit: indicator.unit,
      direction: indicator.direction,
      rows: b.rows.map((r) => ({ label: r.institutionName, context: institutionContext(results, r.institutionId), start: r.start, target: r.target, latest: r.latest?.value ?? null })),
      meanStart,
      meanTarget,
      labels: {
        start: b.startYear !== null ? `Startwaarde ${b.startYear}` : 'Startwaarde',
        target: b.targetYear !== null ? `Streefwaarde ${b.targetYear}` : 'Streefwaarde',
        latest: latestLabel,
      },
      // "Bereikt" has one meaning: beyond the sampling margin, of the targets that plan an improvement
      // (BreakdownResult.attainment.shareReached), said only where enough institutions count (MIN_INSTITUTIONS).
      ...(b.attainment && b.attainment.shareReached.denominator >= MIN_INSTITUTIONS
        ? { reached: { count: b.attainment.shareReached.count, total: b.attainment.shareReached.denominator } }
        : {}),
      valueTitle: axisTitle(indicator, b),
    },
    meta,
  );
  return claim ? { ...figure, claims: [claim] } : figure;
}

// ---- Realised values over the years ---------------------------------------------------------------------

export function realisedFigure(results: Results, indicator: IndicatorResult, b: BreakdownResult): Figure {
  const measured = b.years.filter((y) => y.stats !== null);
  const partial = partialYears(measured.map((y) => ({ year: y.year, n: y.stats!.n })));
  const span = measured.length > 1 ? `${measured[0]!.year}–${measured[measured.length - 1]!.year}` : measured.length === 1 ? `${measured[0]!.year}` : '';
  const withTarget = b.target !== null && b.targetYear !== null;
  const meta: FigureMeta = {
    id: figureIds.realised(indicator.id, b.breakdown),
    title: title(indicator, b, 'gemiddelde en spreiding per jaar'),
    subtitle:
      `Realisatie${span ? ` ${span}` : ''}` +
      (withTarget ? `, met de gemiddelde streefwaarde ${b.targetYear}` : '') +
      `; ${UNIT_WORDS[indicator.unit]}`,
    source: institutionSource(results, indicator.source, ...(withTarget ? [PLANS] : [])),
    notes: notes(partialYearsNote(partial), disclosureNote(results, indicator, b)),
  };
  // A single year has no development to draw (the bands would have no width); its values are in the
  // start–target figure and the text. Say what there is instead.
  if (measured.length < 2) {
    const one = measured[0];
    const reason = one
      ? `er is alleen in ${one.year} gemeten (gemiddeld ${formatLevel(one.stats!.mean, indicator.unit)} over ` +
        `${plural(one.stats!.n, 'instelling', 'instellingen')}); de ontwikkeling volgt zodra er een tweede meting is.`
      : 'er zijn nog geen gerealiseerde waarden gemeten.';
    return emptyFigure(meta, REALISED_TYPE, reason);
  }
  return buildRealisedBands(
    {
      unit: indicator.unit,
      valueTitle: axisTitle(indicator, b),
      periods: measured.map((y) => ({
        period: String(y.year),
        mean: y.stats!.mean,
        p5: y.stats!.p5,
        p25: y.stats!.q1,
        p75: y.stats!.q3,
        p95: y.stats!.p95,
        n: y.stats!.n,
        earlier: earlierOf(partial, y.year),
      })),
      meanTarget: withTarget ? b.target!.mean : null,
      targetLabel: `Gemiddelde streefwaarde ${b.targetYear ?? ''}`.trim(),
    },
    meta,
  );
}

/** The earlier period a partial year is marked against, or null for a full year. */
function earlierOf(partial: readonly PartialYear[], year: number): { period: string; n: number } | null {
  const p = partial.find((x) => x.year === year);
  return p ? { period: String(p.earlierYear), n: p.earlierN } : null;
}

// ---- Catch-up: start against improvement ambition -------------------------------------------------------

export function convergenceFigure(results: Results, indicator: IndicatorResult, b: BreakdownResult): Figure {
  const c = b.convergence;
  const meta: FigureMeta = {
    id: figureIds.convergence(indicator.id, b.breakdown),
    title: title(indicator, b, 'startwaarde en verbeterambitie per instelling'),
    subtitle:
      `${b.startYear !== null ? `Startwaarde ${b.startYear}` : 'Startwaarde'}, verbeterambitie` +
      `${b.targetYear !== null ? ` tot ${b.targetYear}` : ''}; ${UNIT_WORDS[indicator.unit]}`,
    source: institutionSource(results, PLANS),
  };
  // Counts scale with the size of an institution, so Results leave catch-up out for them (n = 0).
  if (indicator.unit === 'aantal') {
    return emptyFigure(meta, CONVERGENCE_TYPE, 'bij aantallen berekenen we geen inhaalslag: een aantal hangt vooral af van de omvang van de instelling.');
  }
  // The same institutions Results correlated: those with a start value and an improvement ambition.
  const points = b.rows
    .filter((r) => r.start !== null && r.improvement !== null)
    .map((r) => ({ label: r.institutionName, start: r.start!, ambition: r.improvement! }));
  if (c.n === 0 || points.length < 3) {
    const few = points.length === 0 ? 'geen enkele instelling heeft' : `alleen ${plural(points.length, 'instelling heeft', 'instellingen hebben')}`;
    return emptyFigure(meta, CONVERGENCE_TYPE, `${few} zowel een start- als een streefwaarde; voor een samenhang zijn er minstens drie nodig.`);
  }
  return buildConvergence({ unit: indicator.unit, points, r: c.r, p: c.p, n: c.n, direction: indicator.direction, spread: c.spread }, meta);
}
