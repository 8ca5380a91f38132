// Say once what is true of many (issue 27): what every national series has — its first and latest value, how it
// moved, its national goal, its source — as one small table per goal (and one for the series without a goal in the
// Sectorbeeld), one row per series line, instead of the same sentences under every chart. Each row is a traced
// paragraph, each cell one sentence, so the fact check reads every number back. What stands out (a national goal
// and the way to it, a turning point, a step the wrong way) stays a sentence (series.ts).
import type { SeriesResult } from '../../compute/types.ts';
import { publishedMovement } from '../../findings/movement.ts';
import { findingsOf } from '../../findings/root.ts';
import { joinList } from '../../lib/nl.ts';
import { formatMeasured, formatMeasuredDifference } from '../../lib/units.ts';
import { slug as urlSlug } from '../../lib/urls.ts';
import { EMPTY_CELL, indexPath, list, piece, required, type Piece, type Writer } from '../builder.ts';
import type { Paragraph, TableSpec } from '../types.ts';

export const SERIES_TABLE: TableSpec = {
  caption: 'Landelijke cijfers per reeks',
  columns: [
    { label: 'Reeks', numeric: false },
    { label: 'Eerste meting', numeric: true },
    { label: 'Laatste meting', numeric: true },
    { label: 'Ontwikkeling', numeric: false },
    { label: 'Landelijk doel', numeric: false },
    { label: 'Bron', numeric: false },
  ],
};

/** The main line of a series (its total, else its first breakdown) first, then the other breakdowns. */
function seriesLines(results: { readonly series: readonly SeriesResult[] }, seriesSlug: string): SeriesResult[] {
  const lines = results.series.filter((s) => s.series === seriesSlug);
  const main = lines.find((s) => s.breakdown === 'totaal') ?? lines[0];
  return main ? [main, ...lines.filter((s) => s !== main)] : [];
}

/** Rows of the table "Landelijke cijfers per reeks", keyed by series slug, in the order of `results.series`. */
export function writeSeriesTables(w: Writer): Record<string, Paragraph[]> {
  const out: Record<string, Paragraph[]> = {};
  for (const s of w.results.series) {
    if (out[s.series]) continue;
    const lines = seriesLines(w.results, s.series);
    out[s.series] = lines.map((line, k) => seriesRow(w, line, k === 0, k > 0 && sameSources(line, lines[0]!)));
  }
  return out;
}

const sameSources = (a: SeriesResult, b: SeriesResult) => a.sources.join('\n') === b.sources.join('\n');

/** `sourceAbove`: a breakdown with the sources of the main line above it says so rather than repeat them. */
function seriesRow(w: Writer, line: SeriesResult, main: boolean, sourceAbove: boolean): Paragraph {
  const path = indexPath('series', w.results.series, line);
  const n = line.points.length;
  const none = w.s`${EMPTY_CELL}`;
  const at = (i: number) => w.s`${w.fact(`${path}.points.${i}.value`, formatMeasured(line.points[i]!.value, line.unit))} in ${line.points[i]!.period}`;
  // The breakdown is named unless it is the total or the series name already says it (`… bbl (JOB-monitor)`).
  const named = line.breakdown === 'totaal' || line.name.toLowerCase().includes(line.breakdown.toLowerCase());
  const goals = line.nationalGoals.map((g, i) =>
    piece(w.fact(`${path}.nationalGoals.${i}.value`, formatMeasured(g.value, line.unit)), ' in ', w.year(`${path}.nationalGoals.${i}.year`)),
  );
  const sources = [...new Set(line.sources.map((x) => x.replace(/\.$/, '')))];
  return required(
    `tabel-reeks-${line.series}-${urlSlug(line.breakdown)}`,
    w.s`${line.name}${named ? '' : `, ${line.breakdown}`}`,
    n >= 2 ? at(0) : none,
    n >= 1 ? at(n - 1) : none,
    movementCell(w, line, path, main),
    goals.length ? w.s`${list(goals)}` : none,
    sourceAbove ? w.s`als hierboven` : sources.length ? w.s`${joinList(sources)}` : none,
  );
}

const MOVED = { stijging: 'gestegen', daling: 'gedaald' } as const;

/**
 * The last step in the words of the rule "landelijke-reeks" (findings' `latestMovement` for the main line, the same
 * `publishedMovement` for the other lines), then over a longer series the net change since its first value.
 */
function movementCell(w: Writer, line: SeriesResult, path: string, main: boolean) {
  const n = line.points.length;
  if (n === 0) return w.s`nog geen waarden`;
  if (n === 1) return w.s`één meting`;
  const trend = main ? (findingsOf(w.results)?.series[line.series] ?? null) : null;
  const prev = line.points[n - 2]!;
  const last = line.points[n - 1]!;
  const step = trend?.latestMovement ?? publishedMovement(prev.value, last.value, line.unit);
  // The size of the step is a traced number: the finding's latestChange, or for two values the line's change.
  const size: Piece | null = trend?.latestChange != null
    ? w.fact(`findings.series.${line.series}.latestChange`, formatMeasuredDifference(trend.latestChange, line.unit))
    : n === 2 && line.change !== null
      ? w.fact(`${path}.change`, formatMeasuredDifference(line.change, line.unit))
      : null;
  const stepWords = step === 'gelijk' ? piece('vrijwel gelijk') : piece(MOVED[step], size ? piece(' met ', size) : '');
  if (n === 2) return w.s`${stepWords} sinds ${prev.period}`;
  const whole = publishedMovement(line.points[0]!.value, last.value, line.unit);
  const net = whole === 'gelijk' || line.change === null
    ? piece('per saldo vrijwel gelijk')
    : piece('per saldo ', w.fact(`${path}.change`, formatMeasuredDifference(line.change, line.unit)), whole === 'stijging' ? ' hoger' : ' lager');
  return w.s`${stepWords} sinds ${prev.period}; sinds ${line.points[0]!.period} ${net}`;
}
