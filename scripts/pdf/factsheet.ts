// One institution's factsheet as a document for Typst (templates/pdf/factsheet.typ), beside the report's document
// model (document.ts): the Report's Factsheet as plain data, texts as strings the template shows as text. Page 1 the
// overview (summary, type, one row per goal, changes), page 2 the indicators per goal and the note on the terms.
import type { Edition, Factsheet, Paragraph } from '../report/types.ts';
import { documentMeta, docRows, SYNTHETIC_NOTICE, type DocMeta, type DocRows } from './document.ts';

/** Shares of the width per column of the two tables (the columns of prose/paragraphs/factsheet.ts; the last of the
 * indicator table is left out with its column). */
const GOAL_WIDTHS = [2.3, 1.2, 1.1, 1.1, 1.1, 1.2, 2.4, 1.4];
const INDICATOR_WIDTHS = [2.6, 1.1, 1.1, 1.5, 0.8, 1.9, 1.0, 1.1];

export interface FactsheetPart {
  readonly title: string;
  readonly text: string;
}

export interface FactsheetDocument {
  readonly meta: DocMeta;
  /** Top left on both pages: the monitor and its edition. */
  readonly header: string;
  /** Bottom left on both pages (synthetic data), or null. */
  readonly notice: string | null;
  /** The institution's name: the title on page 1 and the running title top right. */
  readonly name: string;
  /** `Factsheet voor het bestuursgesprek · peildatum 1 november 2025`. */
  readonly subtitle: string;
  readonly profile: string;
  readonly summary: FactsheetPart;
  readonly type: FactsheetPart;
  readonly goals: { readonly title: string; readonly table: DocRows };
  readonly changes: FactsheetPart | null;
  readonly indicators: { readonly title: string; readonly table: DocRows };
  readonly notes: FactsheetPart;
}

const text = (p: Paragraph) => p.sentences.map((s) => s.text).join(' ');

export function factsheetDocument(f: Factsheet, edition: Edition): FactsheetDocument {
  const p = f.prose;
  const h = f.headings;
  const meta = documentMeta({ edition }, false);
  return {
    meta: { ...meta, title: f.title, subject: `${meta.subject}; factsheet van ${f.name}`, keywords: [...meta.keywords, 'factsheet', f.name] },
    header: edition.title,
    notice: edition.synthetic ? SYNTHETIC_NOTICE : null,
    name: f.name,
    subtitle: `Factsheet voor het bestuursgesprek · peildatum ${edition.referenceDateText}`,
    profile: text(p.profile),
    summary: { title: h.summary, text: text(p.summary) },
    type: { title: h.type, text: text(p.type) },
    goals: { title: h.goals, table: docRows(h.goals, p.goals, GOAL_WIDTHS) },
    changes: p.changes ? { title: h.changes, text: text(p.changes) } : null,
    indicators: { title: h.indicators, table: docRows(h.indicators, p.indicators, INDICATOR_WIDTHS.slice(0, p.indicators.columns.length)) },
    notes: { title: h.notes, text: text(p.notes) },
  };
}

/** Every heading of the factsheet, as its bookmark reads (the PDF check's expectation). */
export function factsheetHeadings(doc: FactsheetDocument): string[] {
  return [doc.name, doc.summary.title, doc.type.title, doc.goals.title, ...(doc.changes ? [doc.changes.title] : []), doc.indicators.title, doc.notes.title];
}
