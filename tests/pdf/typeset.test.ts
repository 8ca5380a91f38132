// The PDF of real Reports, typeset by Typst and read back with poppler: the fixture snapshot through the real stages
// (figures, prose, editor texts with a footnote and a table), and the site's sample Report with hostile text in
// titles, sentences, table cells and notes and a table longer than a page. KEEP_PDF=1 keeps the folders.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderedFigure } from '../../scripts/figures/types.ts';
import { silentLog } from '../../scripts/lib/log.ts';
import { documentHeadings, reportDocument } from '../../scripts/pdf/document.ts';
import { printReport, type PrintReportResult } from '../../scripts/pdf/edition.ts';
import { flattenOutline, pdfLanguage, readBlankShares, readOutline, readPageTexts, readPdfFonts, readPdfInfo, readRawText, readXmp, splitPages, type OutlineEntry } from '../../scripts/pdf/inspect.ts';
import { figuresOutsideSection } from '../../scripts/pdf/layout.ts';
import { footerLine, halfEmptyPages, headerLine, PAGE_MARGINS } from '../../scripts/pdf/verify.ts';
import { factCheckPdf } from '../../scripts/pdf/factcheck.ts';
import type { Block, Chapter, Report } from '../../scripts/report/types.ts';
import { sampleReport } from '../fixtures/report/sample-report.ts';
import { fixtureReport, HOSTILE, HOSTILE_LINE } from './fixture-report.ts';

interface Typeset {
  readonly report: Report;
  readonly dir: string;
  readonly result: PrintReportResult;
  readonly pages: string[];
  readonly outline: (OutlineEntry & { level: number })[];
}

async function typesetIt(report: Report): Promise<Typeset> {
  const dir = mkdtempSync(join(tmpdir(), 'mbo-pdf-'));
  const result = await printReport({ report, siteDir: dir, log: silentLog });
  const [pages, outline] = await Promise.all([readPageTexts(result.file), readOutline(result.file)]);
  return { report, dir, result, pages, outline: flattenOutline(outline) };
}

/** 70 institutions: a table longer than a page, as in the typology annex. */
const LONG_TABLE: RenderedFigure = {
  id: 'alle-instellingen', type: 'table', chartType: 'table', number: 'Tabel C.1', title: 'Typering van alle instellingen',
  source: 'Berekening op basis van kwaliteitsagenda’s (fictief)', notes: [], alt: 'Tabel met 70 instellingen.', spec: null, svg: null,
  columns: [
    { key: 'naam', label: 'Instelling', format: 'text' },
    { key: 'studenten', label: 'Studenten', format: 'integer' },
    { key: 'ambitie', label: 'Gemiddelde ambitie', format: 'points' },
  ],
  data: Array.from({ length: 70 }, (_, i) => ({ naam: i === 3 ? HOSTILE : `Instelling ${String(i + 1).padStart(2, '0')}`, studenten: 1200 + i * 517, ambitie: (i % 9) - 2.5 })),
};

/** The sample Report with hostile text everywhere data reaches the page, and annex C with the long table. */
function hostileSample(): Report {
  const report = sampleReport();
  const para: Block = {
    kind: 'paragraph',
    paragraph: { id: 'bijlage-vijandig', sentences: [{ text: `Een instelling heet ${HOSTILE}.`, facts: [], note: `Noot: ${HOSTILE}` }, { text: HOSTILE_LINE, facts: [] }] },
  };
  const annex: Chapter = {
    id: 'bijlage-instellingen', number: 'C', title: `Alle instellingen ${HOSTILE}`, level: 1, part: 'annex', print: true, site: false, children: [],
    blocks: [para, { kind: 'figure', figureId: LONG_TABLE.id }],
  };
  return { ...report, chapters: [...report.chapters, annex], figures: [...report.figures, LONG_TABLE] };
}

let real: Typeset;
let sample: Typeset;

beforeAll(async () => {
  real = await typesetIt(await fixtureReport());
  sample = await typesetIt(hostileSample());
}, 240_000);

afterAll(() => {
  if (process.env.KEEP_PDF) return;
  for (const p of [real, sample]) if (p) rmSync(p.dir, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each([
  ['the fixture Report (real stages)', () => real],
  ['the sample Report (hostile text, a long table)', () => sample],
] as const)('the PDF of %s', (_, get) => {
  it('is an A4, tagged PDF/UA-1 file in Dutch with the edition in its metadata', async () => {
    const { result, report } = get();
    const info = await readPdfInfo(result.file);
    expect(info.pages).toBe(result.pages);
    expect(info.tagged).toBe(true);
    expect(info.pageSize.width).toBeCloseTo(595.3, 0);
    expect(info.title).toBe(report.edition.title);
    expect(info.author).toBe('Ministerie van Onderwijs, Cultuur en Wetenschap');
    expect(info.creationDate).toBe(`${report.edition.referenceDate}T00:00:00Z`);
    const bytes = readFileSync(result.file);
    expect(readXmp(bytes)).toMatchObject({ title: report.edition.title, language: 'nl', pdfUaPart: 1 });
    expect(pdfLanguage(bytes)).toBe('nl');
  });

  it('embeds every font, all of them Source Sans 3', async () => {
    const fonts = await readPdfFonts(get().result.file);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.filter((f) => !f.name.includes('SourceSans3'))).toEqual([]);
  });

  it('bookmarks every chapter and section, on the page where its heading is', () => {
    const { outline, result, pages } = get();
    const titles = outline.map((e) => squash(e.title));
    for (const heading of documentHeadings(result.document)) expect(titles, heading).toContain(heading);
    for (const entry of outline) {
      // A heading may wrap; its first words are on the page the bookmark points to.
      expect(squash(pages[entry.page - 1]!), entry.title).toContain(squash(entry.title).split(' ').slice(0, 3).join(' '));
    }
  });

  it('prints in the inhoudsopgave the page each chapter and section starts on', () => {
    const { outline, pages } = get();
    const toc = pages.filter((p) => /Inhoudsopgave\s*\n/.test(p.split('\n').find((l) => l.trim())! + '\n')).flatMap((p) => p.split('\n').map(squash));
    const listed = outline.filter((e) => e.level <= 2 && !['Colofon', 'Inhoudsopgave', 'Figuren', 'Tabellen'].includes(squash(e.title)));
    expect(listed.length).toBeGreaterThan(5);
    for (const entry of listed) {
      const title = squash(entry.title);
      // `3.1 Doelstelling 1.1: … . . . 24`: the line that starts with the title (or its first 40 characters, wrapped) ends in its page.
      const line = toc.find((l) => l.startsWith(title.slice(0, 40)) && /\d+$/.test(l)) ?? toc[toc.findIndex((l) => title.startsWith(l.slice(0, 40)) && l.length > 3) + 1];
      expect(line, title).toBeDefined();
      expect(Number(/(\d+)$/.exec(line!)![1]), title).toBe(entry.page);
    }
  });

  it('runs the report title, the chapter and "pagina N van M" with the notice on every page but the cover', () => {
    const { pages, report } = get();
    expect(pages[0]).not.toMatch(/pagina 1 van/);
    pages.slice(1).forEach((text, i) => {
      const lines = text.split('\n').filter((l) => l.trim());
      expect(squash(lines[0]!), `pagina ${i + 2}`).toContain(report.edition.title);
      expect(squash(lines.at(-1)!), `pagina ${i + 2}`).toBe(`Instellingsgegevens zijn fictief pagina ${i + 2} van ${pages.length}`);
    });
  });

  it('contains every traced paragraph and figure title with its numbers, in order', async () => {
    const { result, report } = get();
    expect(factCheckPdf(result.text, report).problems).toEqual([]);
    expect(result.text).toBe(await readRawText(result.file));
  });

  it('has the same first and last line on every page in reading order as laid out (the checks read the text once)', () => {
    const { result, pages } = get();
    const raw = splitPages(result.text);
    expect(raw.map(headerLine)).toEqual(pages.map(headerLine));
    expect(raw.map((p) => squash(footerLine(p)))).toEqual(pages.map((p) => squash(footerLine(p))));
  });

  it('places every figure in its own section and no page in a chapter more than half empty', async () => {
    const { result, pages } = get();
    expect(figuresOutsideSection(result.layout)).toEqual([]);
    expect(halfEmptyPages(await readBlankShares(result.file, PAGE_MARGINS), pages)).toEqual([]);
  });
});

describe('the fixture PDF', () => {
  it('sets the editor’s footnote at the foot of its page, without the site’s way back', () => {
    const page = real.pages.find((p) => p.includes('Een voetnoot van de redactie'))!;
    expect(page).toBeDefined();
    const lines = page.split('\n').filter((l) => l.trim());
    expect(lines.findIndex((l) => l.includes('Een voetnoot van de redactie'))).toBeGreaterThan(lines.findIndex((l) => l.includes('Voor u ligt de synthese')));
    expect(real.pages.join('\n')).not.toMatch(/Terug naar de tekst/);
  });

  it('prints the editor’s aligned table and refers to figures by their number in the text', async () => {
    const text = squash(await readRawText(real.result.file));
    expect(text).toContain('Jaar Aantal 2024 12 2025 14');
    expect(text).toMatch(/\((figuur|figuren|tabel) \d+\.\d+/);
  });

  it('gives the same bytes when typeset again', async () => {
    const again = await printReport({ report: real.report, siteDir: mkdtempSync(join(tmpdir(), 'mbo-pdf-')), log: silentLog });
    expect(readFileSync(again.file).equals(readFileSync(real.result.file))).toBe(true);
    rmSync(join(again.file, '..', '..'), { recursive: true, force: true });
  });
});

describe('the hostile sample PDF', () => {
  it('prints every name and text literally: nothing becomes markup', async () => {
    const text = squash(await readRawText(sample.result.file));
    expect(text).toContain(`Een instelling heet ${HOSTILE}.`);
    expect(text).toContain(HOSTILE_LINE);
    expect(text).toContain(`Noot: ${HOSTILE}`);
    expect(text).toContain(`Bijlage C Alle instellingen ${HOSTILE}`);
    // The table cell, a line of its own.
    expect(text).toContain(`${HOSTILE} 2.751`);
  });

  it('continues a long table over pages with its header row repeated and no row lost', () => {
    const pages = sample.pages.filter((p) => /Bijlage C Alle instellingen/.test(p.split('\n').find((l) => l.trim()) ?? ''));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(squash(page)).toContain('Instelling Studenten Gemiddelde ambitie');
    const rows = pages.flatMap((p) => p.split('\n').map(squash).filter((l) => /^Instelling \d\d /.test(l)));
    expect(rows).toHaveLength(69);
    expect(rows[0]).toBe('Instelling 01 1.200 −2,5');
    expect(squash(pages.at(-1)!)).toContain(`Bron: ${LONG_TABLE.source}`);
  });
});

describe('the document model', () => {
  it('keeps every text a string of data', () => {
    const { document } = reportDocument(hostileSample());
    const json = JSON.stringify(document);
    expect(json).toContain(JSON.stringify(HOSTILE).slice(1, -1));
    expect(document.chapters.at(-2)!.title).toBe(`Alle instellingen ${HOSTILE}`);
  });
});
