// Stage 5: Results + Prose + figures + editor texts → Report, the one structure that both the site and the PDF
// render. The order here IS the table of contents of the printed synthesis report (seed 000, with the per-goal
// depth of seed 003); site-only pages follow. Numbers (chapters, sections, figures) are assigned at the end.
import type { Results } from '../compute/types.ts';
import type { Findings } from '../findings/types.ts';
import type { RenderedFigure } from '../figures/types.ts';
import { ReportError } from '../lib/errors.ts';
import { formatDate } from '../lib/nl.ts';
import { checkClaims, conflictMessages } from './claims.ts';
import { urls } from '../lib/urls.ts';
import type { Prose } from '../prose/types.ts';
import type { EditorTexts, FigureLookup } from './blocks.ts';
import { changesAnnex, correlationAnnex, indicatorAnnex, methodAnnex, reflectionChapter, typologyAnnex } from './chapters/annexes.ts';
import { colofon, samenvatting, voorwoord } from './chapters/front.ts';
import { factsheets } from './factsheets.ts';
import { institutionPages, institutionsChapter } from './chapters/institutions.ts';
import { priorityChapter, stagepactChapter } from './chapters/priorities.ts';
import { inleiding, sectorbeeld } from './chapters/sector.ts';
import { homePage, indicatorPages } from './chapters/site.ts';
import { stateChapter } from './chapters/state.ts';
import type { OutlineContext } from './context.ts';
import { numberChapters, numberFigures } from './numbering.ts';
import { sayNotesOnce } from './notes.ts';
import type { Block, Chapter, Report, Section } from './types.ts';

export interface OutlineInput {
  readonly results: Results;
  readonly findings: Findings;
  readonly prose: Prose;
  readonly figures: readonly RenderedFigure[];
  readonly editor: EditorTexts;
}

export function pdfFileName(reportYear: number): string {
  return `synthese-werkagenda-stagepact-${reportYear}.pdf`;
}

export function outlineReport(input: OutlineInput): Report {
  const byId = new Map(input.figures.map((f) => [f.id, f]));
  // Figures with nothing to draw are left out of the report; the prose already says data are missing.
  const figures: FigureLookup = { get: (id) => (byId.get(id) && !byId.get(id)!.emptyReason ? byId.get(id)! : null) };
  const ctx: OutlineContext = { results: input.results, findings: input.findings, prose: input.prose, figures, editor: input.editor };

  const chapters = numberChapters(
    [
      homePage(ctx),
      colofon(ctx),
      voorwoord(ctx),
      samenvatting(ctx),
      stateChapter(ctx),
      inleiding(ctx),
      sectorbeeld(ctx),
      priorityChapter(ctx, 1),
      priorityChapter(ctx, 2),
      stagepactChapter(ctx),
      priorityChapter(ctx, 3),
      institutionsChapter(ctx),
      reflectionChapter(ctx),
      methodAnnex(ctx),
      correlationAnnex(ctx),
      indicatorAnnex(ctx),
      typologyAnnex(ctx),
      changesAnnex(ctx),
      indicatorPages(ctx),
      institutionPages(ctx),
    ].filter((c): c is Chapter => c !== null),
  );

  const numbers = numberFigures(chapters, byId);
  const sheets = factsheets(ctx);
  const linked = sayNotesOnce(dropDeadLinks(introduceFigures(chapters, numbers), sheets.map((f) => `/downloads/${f.pdfFile}`)), byId);
  const used = usedFigureIds(chapters);
  const e = input.results.edition;
  const report: Report = {
    edition: {
      title: e.title,
      snapshot: e.snapshot,
      hash: e.hash,
      referenceDate: e.referenceDate,
      referenceDateText: formatDate(e.referenceDate),
      reportYear: e.reportYear,
      synthetic: e.synthetic,
      explanation: e.explanation,
      previous: e.previous,
      pdfFile: pdfFileName(e.reportYear),
    },
    chapters: linked,
    // Only figures the report places, each with its number (null for site-only figures).
    figures: input.figures.filter((f) => used.has(f.id)).map((f) => ({ ...f, number: numbers.get(f.id) ?? null })),
    figureTitles: input.figures.flatMap((f) => (used.has(f.id) && f.titleParagraph && input.prose.findings.titles[f.id] ? [input.prose.findings.titles[f.id]!] : [])),
    factsheets: sheets,
  };
  // Two places that state a different verdict, development or attainment share for the same indicator × breakdown
  // refuse the report (scripts/report/claims.ts).
  const conflicts = checkClaims(report);
  if (conflicts.length > 0) {
    throw new ReportError(`het rapport spreekt zichzelf tegen:\n${conflictMessages(conflicts).slice(0, 20).join('\n')}`);
  }
  return report;
}

/**
 * A numbered figure is introduced by the paragraph before it in its section (the text that discusses it), which
 * the PDF ends with a reference to its number: "… tot 86,5% (figuur 3.4)." Figures before any paragraph of their
 * section are introduced by none.
 */
function introduceFigures(chapters: readonly Chapter[], numbers: ReadonlyMap<string, string>): Chapter[] {
  const visit = <T extends Section>(s: T): T => {
    const blocks = [...s.blocks];
    let last = -1;
    blocks.forEach((b, i) => {
      if (b.kind === 'paragraph') last = i;
      else if (b.kind === 'figure' && numbers.has(b.figureId) && last >= 0) {
        const p = blocks[last] as Extract<Block, { kind: 'paragraph' }>;
        blocks[last] = { ...p, figures: [...(p.figures ?? []), b.figureId] };
      }
    });
    return { ...s, blocks, children: s.children.map(visit) };
  };
  return chapters.map(visit);
}

/** Pages the site stage adds itself; every other link card must point at a page of the report. */
const SITE_PAGES = new Set(['/downloads/', '/zoeken/', '/toegankelijkheid/']);
/** The comparison pages the site stage adds (site/comparison.ts), with their choice in the address. */
const isComparison = (url: string) => url.startsWith(urls.compare());

/**
 * Link cards to places left out (e.g. a missing editor text) are dropped, so the site has no dead links. `files`:
 * downloads the build writes besides the pages (the factsheets' PDFs).
 */
function dropDeadLinks(chapters: readonly Chapter[], files: readonly string[]): Chapter[] {
  const pages = new Set<string>([...SITE_PAGES, ...files]);
  const collect = (s: Section) => {
    if (s.page) pages.add(s.page.url);
    s.children.forEach(collect);
  };
  chapters.forEach(collect);
  const prune = <T extends Section>(s: T): T => ({
    ...s,
    blocks: s.blocks.flatMap((b): Block[] => {
      if (b.kind !== 'links') return [b];
      const items = b.items.filter((i) => pages.has(i.url) || isComparison(i.url));
      return items.length ? [{ kind: 'links', items }] : [];
    }),
    children: s.children.map(prune),
  });
  return chapters.map(prune);
}

function usedFigureIds(chapters: readonly Chapter[]): Set<string> {
  const ids = new Set<string>();
  const walk = (s: Chapter | Chapter['children'][number]) => {
    for (const b of s.blocks) {
      if (b.kind === 'figure') ids.add(b.figureId);
      if (b.kind === 'highlights') for (const h of b.items) if (h.figureId) ids.add(h.figureId);
    }
    s.children.forEach(walk);
  };
  chapters.forEach(walk);
  return ids;
}
