// Figures of the findings stage: the overview table of every indicator's course in words (Samenvatting), and
// finding titles: a figure that shows a finding gets the finding's headline as its title (written by the prose
// stage, handed in by the pipeline), and its descriptive title moves to the subtitle (seed 003 style: "In 2024/25
// kwam er een einde aan de daling …").
import type { Results } from '../../compute/types.ts';
import { developmentClaim, verdictClaim } from '../../findings/claims.ts';
import type { Findings } from '../../findings/types.ts';
import { COURSE_WORDS, DEVELOPMENT_WORDS } from '../../lib/verdicts.ts';
import { lowerFirst } from '../../lib/nl.ts';
import { buildTable } from '../charts/table.ts';
import type { Figure, FigureColumn, FindingTitles } from '../types.ts';
import { PLANS, SOURCE_PER_INDICATOR, goalCell, indicatorUrl, institutionSource } from './common.ts';

export const OVERVIEW_TABLE = 'tabel-koers-per-indicator';

export function findingFigures(results: Results, findings: Findings): Figure[] {
  return [overviewTable(results, findings)];
}

/**
 * Every indicator × breakdown with its verdict and development in words (never colour alone, the words of
 * lib/verdicts.ts), the institutions on their own path, and the rows' claims for the consistency check.
 */
function overviewTable(results: Results, findings: Findings): Figure {
  const columns: FigureColumn[] = [
    { key: 'doelstelling', label: 'Doelstelling', format: 'text' },
    { key: 'indicator', label: 'Indicator', format: 'text' },
    { key: 'koers', label: 'Oordeel', format: 'text', verdict: true },
    { key: 'op_pad', label: 'Instellingen op of boven hun pad', format: 'text' },
    { key: 'ontwikkeling', label: 'Ontwikkeling sinds de start', format: 'text' },
  ];
  const courses = findings.overview.map((row) => findings.course[row.indicatorId]![row.breakdown]!);
  const rows = findings.overview.map((row, i) => {
    const indicator = results.indicators[row.indicatorId]!;
    const course = courses[i]!;
    return {
      doelstelling: goalCell(results, row.goalId),
      indicator: row.breakdown !== 'totaal' ? `${indicator.name} (${row.breakdown})` : indicator.name,
      koers: COURSE_WORDS[row.status],
      op_pad: course.n > 0 ? `${course.onCourse} van ${course.n}` : '–',
      ontwikkeling: DEVELOPMENT_WORDS[row.development],
      url: indicatorUrl(row.indicatorId),
    };
  });
  return {
    ...buildTable(
      { columns, rows },
      {
        id: OVERVIEW_TABLE,
        title: 'Koers van de sector per indicator en uitsplitsing',
        subtitle: 'Vooruitgang van de instellingen tegen hun eigen pad, een rechte lijn van start- naar streefwaarde, in woorden',
        source: institutionSource(results, PLANS, SOURCE_PER_INDICATOR),
        notes: [
          'Per instelling met een streefwaarde die verbetering plant: het verschil tussen de werkelijke en de op het eigen pad geplande vooruitgang. Voor op schema: het 95%-interval van het gemiddelde verschil ligt boven nul; achter op schema: eronder; op schema: het omvat nul en de sector ging aantoonbaar vooruit; onzeker: vooruitgang is niet te onderscheiden van stilstand; verslechterd: de sector ging aantoonbaar achteruit; te weinig instellingen: minder dan vijf. Zie de verantwoording.',
        ],
      },
    ),
    claims: courses.flatMap((c) => [verdictClaim(c), developmentClaim(c)]),
  };
}

/** Titles that state the finding (one per figure: the prose stage picks the most important finding). */
export function withFindingTitles(figures: readonly Figure[], titles: FindingTitles): Figure[] {
  return figures.map((figure) => {
    const title = titles[figure.id];
    if (!title || figure.emptyReason) return figure;
    const descriptive = figure.subtitle ? `${figure.title}; ${lowerFirst(figure.subtitle)}` : figure.title;
    return { ...figure, title: title.text, subtitle: descriptive, titleParagraph: title.paragraph };
  });
}
