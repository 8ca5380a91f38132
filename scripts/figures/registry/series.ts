// National series (seed 003 Figuur 2.2–2.12): one chart per series slug with every breakdown of it as a line and
// the national goal where there is one. These are real published figures: their sources are never marked as
// invented, whatever the edition.
import type { Results, SeriesResult } from '../../compute/types.ts';
import { capitalize } from '../../lib/nl.ts';
import { buildTimeseries, CHART_TYPE } from '../charts/timeseries.ts';
import { emptyFigure, type FigureMeta } from '../figure.ts';
import { figureIds } from '../../lib/ids.ts';
import { byPeriod } from '../spec.ts';
import type { Figure } from '../types.ts';
import { UNIT_WORDS, notes } from './common.ts';
import { formatMeasured } from '../../lib/units.ts';

/** Said once a chapter (report/notes.ts) rather than in every paragraph about a series. */
const PUBLISHED_NOTE = 'Gepubliceerde landelijke cijfers, geen gegevens van afzonderlijke instellingen.';

const UNIT_TITLES = { procent: 'Aandeel', cijfer: 'Rapportcijfer', aantal: 'Aantal', euro: 'Bedrag' } as const;

/** One figure per series slug, in slug order (Results sort series by slug, then breakdown). */
export function seriesFigures(results: Results): Figure[] {
  const slugs = [...new Set(results.series.map((s) => s.series))];
  return slugs.map((slug) => seriesFigure(results, results.series.filter((s) => s.series === slug)));
}

/**
 * The value axis names what the series measures in its own unit: the series' name when it is short enough for the
 * axis, else the unit's word. Never the linked indicator's name: a series of wages (bbl) under an indicator of
 * internship pay would name the wrong quantity.
 */
const axisTitle = (s: SeriesResult): string => (s.name.length <= AXIS_TITLE_MAX ? s.name : UNIT_TITLES[s.unit]);
const AXIS_TITLE_MAX = 32;

/** Legend name of a breakdown line: the series itself when it has one line. */
const lineLabel = (s: SeriesResult, single: boolean) => (single ? s.name : capitalize(s.breakdown));

export function seriesFigure(results: Results, lines: readonly SeriesResult[]): Figure {
  const first = lines[0]!;
  const unit = first.unit;
  const single = lines.length === 1;
  const periods = [...new Set(lines.flatMap((s) => s.points.map((p) => p.period)))];
  const firstPeriod = lines.map((s) => s.first?.period).filter((p): p is string => !!p).sort(byPeriod)[0];
  const lastPeriod = lines.map((s) => s.last?.period).filter((p): p is string => !!p).sort(byPeriod).pop();
  const span = firstPeriod && lastPeriod ? (firstPeriod === lastPeriod ? firstPeriod : `${firstPeriod}–${lastPeriod}`) : '';
  // The national goal of the whole (or of the first line that has one), at its year.
  const goalLine = lines.find((s) => s.breakdown === 'totaal' && s.nationalGoals.length > 0) ?? lines.find((s) => s.nationalGoals.length > 0);
  const goal = goalLine ? goalLine.nationalGoals[goalLine.nationalGoals.length - 1]! : null;
  const sources = [...new Set(lines.flatMap((s) => s.sources))].sort((a, b) => a.localeCompare(b, 'nl'));

  const meta: FigureMeta = {
    id: figureIds.series(first.series),
    title: first.name,
    subtitle: `Landelijk${span ? `, ${span}` : ''}${single ? '' : `, naar ${lines.some((s) => s.breakdown.startsWith('niveau')) ? 'niveau' : 'uitsplitsing'}`}; ${UNIT_WORDS[unit]}`,
    source: sources.join('; '),
    notes: notes(goal ? `Landelijk doel: ${formatMeasured(goal.value, unit)} in ${goal.year} (${goal.source}).` : null, PUBLISHED_NOTE),
  };
  if (periods.length < 2 || lines.every((s) => s.points.length < 2)) {
    const value = first.last;
    const reason = value
      ? `er is één meting: ${formatMeasured(value.value, unit)} in ${value.period}; een ontwikkeling volgt zodra er een tweede meting is.`
      : 'er zijn geen waarden voor deze reeks.';
    return emptyFigure(meta, CHART_TYPE, reason);
  }
  return buildTimeseries(
    {
      unit,
      valueTitle: axisTitle(first),
      series: lines.map((s) => ({ label: lineLabel(s, single), points: s.points.map((p) => ({ period: p.period, value: p.value })) })),
      goal: goal ? { value: goal.value, label: `Landelijk doel ${goal.year}: ${formatMeasured(goal.value, unit)}`, period: String(goal.year) } : null,
    },
    meta,
  );
}
