// Annexes: method (verantwoording), indicators with sources, every institution's type, what changed.
// The list of figures and tables is made by the print edition from the numbered figures.
import { figureIds } from '../../lib/ids.ts';
import { chapter, editor, figure, paragraphs, section } from '../blocks.ts';
import { goalTitle, type OutlineContext } from '../context.ts';
import { changesSectionId } from '../../figures/registry/annex.ts';
import { urls } from '../../lib/urls.ts';
import type { Chapter } from '../types.ts';

export function reflectionChapter(ctx: OutlineContext): Chapter | null {
  return chapter({
    id: 'reflectie',
    title: 'Reflectie',
    part: 'body',
    blocks: editor(ctx.editor('reflectie.md')),
    page: { url: urls.reflection(), title: 'Reflectie', description: 'Beschouwing op de bevindingen van deze editie.', nav: false },
  });
}

export function methodAnnex(ctx: OutlineContext): Chapter | null {
  // The table of e-file revisions stands right under the paragraph on targets, with its own paragraph below it.
  const method = ctx.prose.method;
  const cut = method.findIndex((p) => p.id === 'methode-streefwaarden') + 1;
  return chapter({
    id: 'verantwoording',
    title: 'Verantwoording',
    part: 'annex',
    blocks: [...paragraphs(method.slice(0, cut)), ...figure(ctx.figures, figureIds.targetRevisionsTable()), ...paragraphs(method.slice(cut))],
    children: [
      section({
        id: 'over-de-gegevens',
        title: 'Over de gegevens van deze editie',
        level: 2,
        blocks: [{ kind: 'definitions', items: [{ label: 'Toelichting bij de gegevens', value: ctx.results.edition.explanation }] }],
      }),
    ],
    page: { url: urls.method(), title: 'Verantwoording', description: 'Gegevens, rekenregels, onthulling en significantie: hoe de cijfers tot stand komen.' },
  });
}

/**
 * The correlation tables (effort–development per goal, ambition–budget): every test with its q, in an annex, so
 * the chapters can report only what survives the multiple-testing correction.
 */
export function correlationAnnex(ctx: OutlineContext): Chapter | null {
  const goals = ctx.results.goalOrder.flatMap((id) => figure(ctx.figures, figureIds.effortTable(id)));
  return chapter({
    id: 'bijlage-samenhang',
    title: 'Samenhang tussen inzet, ambitie en ontwikkeling',
    part: 'annex',
    children: [
      section({ id: 'bijlage-samenhang-inzet', title: 'Inzet en ontwikkeling per doelstelling', level: 2, blocks: goals }),
      section({ id: 'bijlage-samenhang-begroting', title: 'Ambitie en begroting', level: 2, blocks: figure(ctx.figures, figureIds.ambitionBudgetTable()) }),
    ],
    page: { url: urls.correlations(), title: 'Samenhang tussen inzet, ambitie en ontwikkeling', description: 'Alle toetsen van samenhang tussen inzet, ambitie en ontwikkeling, met de correctie voor meervoudig toetsen.', nav: false },
  });
}

export function indicatorAnnex(ctx: OutlineContext): Chapter | null {
  return chapter({ id: 'bijlage-indicatoren', title: 'Indicatoren en bronnen', part: 'annex', blocks: figure(ctx.figures, figureIds.indicatorTable()), site: false });
}

export function typologyAnnex(ctx: OutlineContext): Chapter | null {
  return chapter({
    id: 'bijlage-typologie',
    title: 'Typering van alle instellingen',
    part: 'annex',
    blocks: figure(ctx.figures, figureIds.typologyInstitutionsTable()),
    site: false,
  });
}

/** Above this many changed values the per-value list is on the site and in the CSV only, not in the PDF. */
const PRINTED_VALUE_CHANGES = 200;

export function changesAnnex(ctx: OutlineContext): Chapter | null {
  const diff = ctx.results.diff;
  if (!diff) return null;
  const print = diff.valueChanges.length <= PRINTED_VALUE_CHANGES;
  return chapter({
    id: 'wat-is-veranderd',
    title: 'Wat is veranderd',
    part: 'annex',
    blocks: [...paragraphs(ctx.prose.changes), ...figure(ctx.figures, figureIds.changesByGoalTable()), ...figure(ctx.figures, figureIds.changesTable())],
    children: [
      // The proofreading list, a section per goal (so it reads without the page's filter): always on the site; in
      // the PDF only while it fits a few pages.
      section({
        id: 'alle-gewijzigde-waarden',
        title: 'Alle gewijzigde waarden',
        level: 2,
        print,
        children: ctx.results.goalOrder.map((g) =>
          section({ id: changesSectionId(g), title: goalTitle(ctx, g), level: 3, print, blocks: figure(ctx.figures, figureIds.goalValueChangesTable(g)) }),
        ),
      }),
    ],
    page: { url: urls.changes(), title: 'Wat is veranderd', description: 'Verschillen met de vorige editie: instellingen, streefwaarden en resultaten.' },
  });
}
