// The factsheets per institution (issue 30): one model per institution that both its PDF (scripts/pdf/factsheet.ts,
// templates/pdf/factsheet.typ) and its printable page on the site render. Page 1 is the overview (summary, type, one
// row per goal, changes), page 2 the detail per goal (one row per indicator × breakdown, with a note on the terms).
import { urls } from '../lib/urls.ts';
import { paragraph, section } from './blocks.ts';
import type { OutlineContext } from './context.ts';
import type { Block, Factsheet, LinkCard, Section } from './types.ts';

/** Folder of the factsheets under /downloads/. */
export const FACTSHEET_FOLDER = 'instellingen';

/** `instellingen/I14.pdf`: the institution code as given (a file name, checked by the PDF stage). */
export const factsheetFile = (institutionId: string) => `${FACTSHEET_FOLDER}/${institutionId}.pdf`;

export function factsheets(ctx: OutlineContext): Factsheet[] {
  return ctx.results.institutionOrder.map((id) => factsheet(ctx, id));
}

export function factsheet(ctx: OutlineContext, id: string): Factsheet {
  const { results, prose } = ctx;
  const previous = results.diff?.previous.reportYear ?? null;
  const name = results.institutions[id]!.name;
  return {
    institutionId: id,
    title: `Factsheet ${name}`,
    name,
    pdfFile: factsheetFile(id),
    url: `${urls.institution(id)}factsheet/`,
    headings: {
      summary: 'In het kort',
      type: 'Type en waarom',
      goals: 'Per doelstelling: middelen, maatregelen, eigen oordeel en eigen pad',
      changes: previous === null ? 'Wat is veranderd' : `Wat is veranderd sinds de editie ${previous}`,
      indicators: 'Per doelstelling: de indicatoren tegen het eigen pad',
      notes: 'Toelichting',
    },
    prose: prose.factsheets[id]!,
  };
}

/** The card that links an institution's page (and its printable factsheet) to the PDF. */
export function factsheetCard(f: Factsheet): LinkCard {
  return {
    title: `${f.title} (pdf, twee pagina’s)`,
    url: `/downloads/${f.pdfFile}`,
    description: 'Voor het bestuursgesprek: type, eigen pad per indicator, middelen, maatregelen en eigen oordeel tegenover de sector.',
  };
}

/** The factsheet as a page of the site, under its institution's page: the same parts in the same order. */
export function factsheetSection(f: Factsheet): Section {
  const id = `factsheet-${f.institutionId.toLowerCase()}`;
  const table = (part: string, caption: string, t: Factsheet['prose']['goals']): Block => ({ kind: 'traced-table', id: `${id}-${part}-tabel`, caption, table: t });
  const part = (key: string, title: string, blocks: Block[]) => section({ id: `${id}-${key}`, title, level: 4, blocks, print: false });
  const p: Factsheet['prose'] = f.prose;
  const h = f.headings;
  return section({
    id,
    title: f.title,
    level: 3,
    print: false,
    page: {
      url: f.url,
      title: f.title,
      description: `Twee pagina’s over ${f.name} voor het bestuursgesprek, om te printen of als pdf.`,
    },
    blocks: [{ kind: 'links', items: [factsheetCard(f)] }, ...paragraph(p.profile)],
    children: [
      part('samenvatting', h.summary, paragraph(p.summary)),
      part('type', h.type, paragraph(p.type)),
      part('doelen', h.goals, [table('doelen', h.goals, p.goals)]),
      p.changes ? part('wijzigingen', h.changes, paragraph(p.changes)) : null,
      part('indicatoren', h.indicators, [table('indicatoren', h.indicators, p.indicators)]),
      part('toelichting', h.notes, paragraph(p.notes)),
    ],
  })!;
}
