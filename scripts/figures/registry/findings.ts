// Figures of the findings stage: the overview table of every indicator's course in words (Samenvatting), and
// finding titles: a figure that shows a finding gets the finding's headline as its title (written by the prose
// stage, handed in by the pipeline), and its descriptive title moves to the subtitle (seed 003 style: "In 2024/25
// kwam er een einde aan de daling …").
import type { Results } from '../../compute/types.ts';
import type { Findings, OverviewRow } from '../../findings/types.ts';
import { lowerFirst } from '../../lib/nl.ts';
import { buildTable } from '../charts/table.ts';
import type { Figure, FigureColumn, FindingTitles } from '../types.ts';
import { PLANS, SOURCE_PER_INDICATOR, goalCell, indicatorUrl, institutionSource } from './common.ts';

export const OVERVIEW_TABLE = 'tabel-koers-per-indicator';

/** Course status and development in words (never colour alone). */
export const STATUS_WORDS: Readonly<Record<OverviewRow['status'], string>> = {
  'op-koers': 'op koers',
  'achter-op-schema': 'achter op schema',
  verslechterd: 'verslechterd',
  onzeker: 'onzeker',
  'geen-gegevens': 'geen gegevens',
};
export const DEVELOPMENT_WORDS: Readonly<Record<OverviewRow['development'], string>> = {
  verbetering: 'verbeterd',
  verslechtering: 'verslechterd',
  'geen-verandering': 'geen aantoonbare verandering',
  'geen-gegevens': 'geen gegevens',
};

export function findingFigures(results: Results, findings: Findings): Figure[] {
  return [overviewTable(results, findings)];
}

function overviewTable(results: Results, findings: Findings): Figure {
  const columns: FigureColumn[] = [
    { key: 'doelstelling', label: 'Doelstelling', format: 'text' },
    { key: 'indicator', label: 'Indicator', format: 'text' },
    { key: 'koers', label: 'Koers van de sector', format: 'text' },
    { key: 'op_koers', label: 'Instellingen op koers', format: 'text' },
    { key: 'ontwikkeling', label: 'Ontwikkeling sinds de start', format: 'text' },
  ];
  const rows = findings.overview.map((row) => {
    const indicator = results.indicators[row.indicatorId]!;
    const course = row.breakdown ? findings.course[row.indicatorId]?.[row.breakdown] : undefined;
    return {
      doelstelling: goalCell(results, row.goalId),
      indicator: row.breakdown && row.breakdown !== 'totaal' ? `${indicator.name} (${row.breakdown})` : indicator.name,
      koers: STATUS_WORDS[row.status],
      op_koers: course && course.n > 0 ? `${course.onCourse} van ${course.n}` : '–',
      ontwikkeling: DEVELOPMENT_WORDS[row.development],
      url: indicatorUrl(row.indicatorId),
    };
  });
  return buildTable(
    { columns, rows },
    {
      id: OVERVIEW_TABLE,
      title: 'Koers van de sector per indicator',
      subtitle: 'Voortgang sinds de start tegen een rechte lijn van start- naar streefwaarde, in woorden',
      source: institutionSource(results, PLANS, SOURCE_PER_INDICATOR),
      notes: [
        'Op koers: de gemiddelde vooruitgang valt buiten de toevalsmarge van nul en haalt de rechte lijn naar de streefwaarden; achter op schema: ze blijft eronder; verslechterd: de sector ging aantoonbaar achteruit; onzeker: de marge omvat zowel geen verandering als de rechte lijn. Zie de verantwoording.',
      ],
    },
  );
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
