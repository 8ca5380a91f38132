// Stage 3, part 2: Results → every Figure of the report. The registry selects and rewords values from Results
// into the chart builders' inputs (scripts/figures/charts/); it never computes a statistic. Each area of the
// report has its own module under registry/; this file lists them in a fixed order, so the output is the same
// for the same Results. Ids are those of lib/ids.ts, which the outline uses to place figures.
import type { Results } from '../compute/types.ts';
import type { Findings } from '../findings/types.ts';
import { findingFigures, withFindingTitles } from './registry/findings.ts';
import { annexFigures } from './registry/annex.ts';
import { goalFigures } from './registry/goals.ts';
import { indicatorFigures } from './registry/indicators.ts';
import { institutionFigures } from './registry/institutions.ts';
import { sectorFigures } from './registry/sector.ts';
import { seriesFigures } from './registry/series.ts';
import { typologyFigures } from './registry/typology.ts';
import type { Figure, FindingTitles } from './types.ts';

/** The areas in reading order: sector picture, indicators, national series, goals, institutions, annexes, pages. */
const AREAS: readonly ((results: Results) => Figure[])[] = [
  sectorFigures,
  indicatorFigures,
  seriesFigures,
  goalFigures,
  typologyFigures,
  annexFigures,
  institutionFigures,
];

/**
 * Every figure, with the finding that belongs to a figure as its title (`titles`, keyed by figure id: the prose
 * stage's headlines, handed in by the pipeline; the descriptive title becomes the subtitle), plus the overview
 * table of every indicator's course.
 */
export function buildFigures(results: Results, findings: Findings, titles: FindingTitles): Figure[] {
  const figures = withFindingTitles([...AREAS.flatMap((area) => area(results)), ...findingFigures(results, findings)], titles);
  // Ids become file names under /figuren/: a duplicate would silently overwrite another figure.
  const seen = new Set<string>();
  for (const f of figures) {
    if (seen.has(f.id)) throw new Error(`dubbele figuur-id ${f.id}`);
    seen.add(f.id);
  }
  return figures;
}
