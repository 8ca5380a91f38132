// The print edition of real Reports, rendered by Eleventy with the site and printed by printReport, then read
// back with poppler: the fixture snapshot through the real stages (no figures yet), and the site's sample
// Report (figures, tables, footnotes). KEEP_PDF=1 keeps the folders for a look with pdftoppm.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printEdition, type PrintEdition } from '../../scripts/site/print-view.ts';
import { PRINT_DIR, printReport, type PrintReportResult } from '../../scripts/pdf/edition.ts';
import { readBlankShares, readDestinations, readOutline, readPageTexts, readPdfFonts, readPdfInfo, type OutlineEntry, type PdfFont, type PdfInfo } from '../../scripts/pdf/inspect.ts';
import type { RenderedFigure } from '../../scripts/figures/types.ts';
import { halfEmptyPages, localLinks, PAGE_MARGINS } from '../../scripts/pdf/verify.ts';
import type { Chapter, Report, Section } from '../../scripts/report/types.ts';
import { HTML_VALIDATE_CONFIG } from '../../scripts/site/checks/html.ts';
import { sampleReport } from '../fixtures/report/sample-report.ts';
import { fixtureReport, renderWithPrint } from './edition-site.ts';
import { captureLog, pageParts, type PageParts } from './sample-print.ts';

interface Printed {
  readonly report: Report;
  readonly edition: PrintEdition;
  readonly dir: string;
  readonly html: string;
  readonly result: PrintReportResult;
  readonly info: PdfInfo;
  readonly fonts: PdfFont[];
  readonly outline: OutlineEntry[];
  readonly pages: PageParts[];
  readonly raw: string[];
}

async function printIt(report: Report, keepPrintPage: boolean): Promise<Printed> {
  const dir = await renderWithPrint(report);
  const html = readFileSync(join(dir, PRINT_DIR, 'index.html'), 'utf8');
  const result = await printReport({ report, siteDir: dir, log: captureLog(), keepPrintPage });
  const [info, fonts, outline, raw] = await Promise.all([readPdfInfo(result.file), readPdfFonts(result.file), readOutline(result.file), readPageTexts(result.file)]);
  return { report, edition: printEdition(report), dir, html, result, info, fonts, outline, pages: raw.map(pageParts), raw };
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
  data: Array.from({ length: 70 }, (_, i) => ({ naam: `Instelling ${String(i + 1).padStart(2, '0')}`, studenten: 1200 + i * 517, ambitie: (i % 9) - 2.5 })),
};

/** A chart nearly a page tall (it scales to the 200 mm maximum of print.css). */
const TALL_CHART: RenderedFigure = {
  id: 'alle-ambities', type: 'figure', chartType: 'start-target', number: 'Figuur D.1', title: 'Ambitie per instelling',
  source: 'Kwaliteitsagenda’s (fictief)', notes: [], alt: 'Start- en streefwaarde van 70 instellingen.', spec: null,
  columns: [{ key: 'naam', label: 'Instelling', format: 'text' }], data: [{ naam: 'Instelling 01' }],
  svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 900"><rect x="40" y="10" width="520" height="880" fill="#cfe3f3"/><text x="50" y="40">Instelling 01</text></svg>',
};

const SENTENCE = 'De instellingen kiezen verschillende routes naar hetzelfde doel, en wat de een in het eerste jaar doet, doet de ander pas later.';
const textBlock = (id: string, sentences: number): Chapter['blocks'][number] => ({
  kind: 'paragraph',
  paragraph: { id, sentences: Array.from({ length: sentences }, () => ({ text: SENTENCE, facts: [] })) },
});

/** The site's sample Report plus annex C with the long table and annex D, where a tall chart follows a long paragraph. */
function sampleWithLongTable(): Report {
  const report = sampleReport();
  const annex: Chapter = {
    id: 'bijlage-instellingen', number: 'C', title: 'Alle instellingen', level: 1, part: 'annex', print: true, site: false, children: [],
    blocks: [{ kind: 'paragraph', paragraph: { id: 'bijlage-instellingen-uitleg', sentences: [{ text: 'De tabel toont alle instellingen van deze editie.', facts: [] }] } }, { kind: 'figure', figureId: LONG_TABLE.id }],
  };
  // Without floating, the chart would leave most of the first page blank; the four short paragraphs fill it.
  const tall: Chapter = {
    id: 'bijlage-ambities', number: 'D', title: 'Ambities per instelling', level: 1, part: 'annex', print: true, site: false, children: [],
    blocks: [textBlock('bijlage-ambities-1', 12), { kind: 'figure', figureId: TALL_CHART.id }, ...[2, 3, 4, 5].map((n) => textBlock(`bijlage-ambities-${n}`, 4))],
  };
  return { ...report, chapters: [...report.chapters, annex, tall], figures: [...report.figures, LONG_TABLE, TALL_CHART] };
}

let real: Printed;
let sample: Printed;

beforeAll(async () => {
  real = await printIt(await fixtureReport(), true);
  sample = await printIt(sampleWithLongTable(), false);
});

afterAll(() => {
  if (process.env.KEEP_PDF) return;
  for (const p of [real, sample]) if (p) rmSync(p.dir, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Number of body lines from `i` that spell `text` (a heading may wrap); 0 when it does not start there. */
function linesAt(body: readonly string[], i: number, text: string): number {
  let joined = '';
  for (let n = 1; n <= 4 && i + n <= body.length; n++) {
    // A heading wrapped after a hyphen ("onderwijs-" / "arbeidsmarkt") joins without a space.
    joined = n === 1 ? body[i]! : `${joined}${joined.endsWith('-') ? '' : ' '}${body[i + n - 1]}`;
    if (joined === text || joined.startsWith(`${text} `)) return n;
    if (!text.startsWith(joined)) return 0;
  }
  return 0;
}

const LIST_PAGE = /(Inhoudsopgave|Lijst van figuren en tabellen)$/;

/** Pages (1-based) on which a body line starts `text`, outside the cover, the inhoudsopgave and the figure list. */
function pagesWith(p: Printed, text: string): number[] {
  return p.pages.flatMap((page, i) => (i > 0 && !LIST_PAGE.test(page.header) && page.body.some((_, j) => linesAt(page.body, j, text) > 0) ? [i + 1] : []));
}

/** The page a chapter starts on: its heading is the first body line. */
function chapterPage(p: Printed, heading: string): number {
  return p.pages.findIndex((page, i) => i > 0 && linesAt(page.body, 0, heading) > 0) + 1;
}

/** The running title each page should carry, from where every printed chapter starts. */
function expectedHeaders(p: Printed): string[] {
  const starts = p.edition.chapters.map((c) => ({ page: chapterPage(p, c.label ? `${c.label} ${c.title}` : c.title), running: c.runningTitle }));
  return p.pages.map((_, i) => [...starts].reverse().find((s) => s.page <= i + 1)?.running ?? '');
}

/** Numbered headings (h2–h4) in the printed HTML: `3.1.2 Ontwikkeling van de indicatoren`. */
function numberedHeadings(html: string): string[] {
  return [...html.matchAll(/<h[2-4] id="[^"]+"><span class="heading-number">([^<]+)<\/span> ([^<]+)<\/h[2-4]>/g)].map((m) => squash(`${m[1]} ${m[2]}`.replace(/&amp;/g, '&').replace(/&#39;/g, '’')));
}

function sectionIds(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => [s.id, ...sectionIds(s.children)]);
}

describe.each([
  ['the fixture Report (real stages)', () => real, [14, 40]],
  ['the sample Report (figures, tables, notes)', () => sample, [12, 30]],
] as const)('the print edition of %s', (_, get, range) => {
  it('is an A4, tagged PDF of a sensible length under /downloads/, and /druk/ is gone when asked', () => {
    const p = get();
    expect(p.info.pages).toBe(p.result.pages);
    expect(p.info.pages).toBeGreaterThanOrEqual(range[0]);
    expect(p.info.pages).toBeLessThanOrEqual(range[1]);
    expect(p.info.tagged).toBe(true);
    expect(p.info.pageSize.width).toBeCloseTo(595, 0);
    expect(p.result.file).toBe(join(p.dir, 'downloads', p.report.edition.pdfFile));
    expect(p.result.url).toBe(`/downloads/${p.report.edition.pdfFile}`);
    expect(existsSync(join(p.dir, PRINT_DIR))).toBe(p === real);
    expect(p.result.passMs.length).toBeGreaterThanOrEqual(2);
  });

  it('carries the edition in its metadata', () => {
    const { info, report } = get();
    expect(info.title).toBe(report.edition.title);
    expect(info.author).toBe('Ministerie van Onderwijs, Cultuur en Wetenschap');
    expect(info.subject).toContain(`rapportjaar ${report.edition.reportYear}, peildatum ${report.edition.referenceDateText}`);
    expect(info.keywords).toContain('Werkagenda mbo');
    expect(info.creationDate).toBe(`${report.edition.referenceDate}T00:00:00Z`);
  });

  it('embeds every font, and uses another than Source Sans 3 only for signs it lacks', () => {
    const { fonts, html } = get();
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    const others = fonts.filter((f) => !f.name.includes('SourceSans3'));
    // The latin subsets of Source Sans 3 have no ≤ or ≥ (the method annex uses them): see the final report.
    if (!/[≤≥]/.test(html)) expect(others).toEqual([]);
  });

  it('shows the cover: title, report year, reference date, series and the fictitious-data notice', () => {
    const { pages, report, raw } = get();
    const cover = squash(raw[0]!);
    for (const text of [report.edition.title, 'Rapportjaar 2025', 'Peildatum 1 november 2025', 'Synthese monitor Werkagenda mbo en Stagepact mbo 2023-2027', 'Fictieve instellingsgegevens', 'Ministerie van Onderwijs, Cultuur en Wetenschap']) {
      expect(cover, text).toContain(text);
    }
    expect(pages[0]!.footer).not.toMatch(/pagina/);
  });

  it('says "fictief" on every page of a synthetic edition', () => {
    const { raw } = get();
    raw.forEach((text, i) => expect(text, `pagina ${i + 1}`).toMatch(/fictie(f|ve)/i));
  });

  it('contains no undefined, NaN or null, and no link to the print server', () => {
    const { raw, result } = get();
    expect(raw.filter((t) => /\b(undefined|NaN|null|\[object Object\])\b/.test(t))).toEqual([]);
    expect(localLinks(readFileSync(result.file))).toEqual([]);
  });

  it('starts every chapter on a new page with its heading at the top, and bookmarks it', () => {
    const p = get();
    const bookmarks = p.outline.map((e) => squash(e.title));
    for (const c of p.edition.chapters) {
      const heading = c.label ? `${c.label} ${c.title}` : c.title;
      const page = chapterPage(p, heading);
      expect(page, heading).toBeGreaterThan(1);
      const entry = p.result.tocEntries.find((e) => e.id === c.id);
      if (entry) expect(entry.page, heading).toBe(page);
      expect(bookmarks, heading).toContain(heading);
    }
  });

  it('prints in the inhoudsopgave and the figure list the page where each heading, figure and table appears', () => {
    const p = get();
    const listLines = p.pages.filter((pg) => LIST_PAGE.test(pg.header)).flatMap((pg) => pg.body);
    const expected = [...p.edition.toc.map((l) => (l.number ? `${l.number} ${l.title}` : l.title)), ...[...p.edition.figures, ...p.edition.tables].map((f) => `${f.number} ${f.title}`)];
    expect(p.result.tocEntries.map((e) => e.title)).toEqual(expected);
    for (const entry of p.result.tocEntries) {
      // The figure list is itself a list page: found as a chapter start.
      expect([...pagesWith(p, entry.title), chapterPage(p, entry.title)], entry.title).toContain(entry.page);
      expect(listLines.some((l) => l.endsWith(` ${entry.page}`) && entry.title.startsWith(l.replace(/ \d+$/, '').replace(/ \.+$/, '').slice(0, 30))), `${entry.title} ${entry.page}`).toBe(true);
    }
  });

  it('runs the report title and the current chapter in the header of every page but the cover', () => {
    const p = get();
    const headers = expectedHeaders(p);
    p.pages.slice(1).forEach((page, i) => {
      expect(page.header.startsWith(p.report.edition.title), `pagina ${i + 2}`).toBe(true);
      expect(page.header.endsWith(headers[i + 1]!), `pagina ${i + 2}: ${page.header}`).toBe(true);
      expect(page.footer).toBe(`Instellingsgegevens zijn fictief pagina ${i + 2} van ${p.info.pages}`);
    });
  });

  it('leaves no page empty and no numbered heading alone at the bottom of a page', () => {
    const p = get();
    p.pages.slice(1).forEach((page, i) => {
      expect(page.body.length, `pagina ${i + 2}`).toBeGreaterThanOrEqual(2);
      // A continued table takes its last rows along to its source line.
      expect(page.body[0], `pagina ${i + 2}`).not.toMatch(/^Bron: /);
    });
    const headings = numberedHeadings(p.html);
    expect(headings.length).toBeGreaterThan(5);
    for (const heading of headings) {
      const [page] = pagesWith(p, heading);
      expect(page, heading).toBeDefined();
      const body = p.pages[page! - 1]!.body;
      const at = body.findIndex((_, j) => linesAt(body, j, heading) > 0);
      expect(body.length - at - linesAt(body, at, heading), heading).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps every paragraph id for the fact check and prints valid HTML', async () => {
    // Live numbers in editor texts are traced paragraphs too (span.live-number in the editor's HTML).
    const liveNumbers = (html: string) => [...html.matchAll(/data-paragraph="([^"]+)"/g)].map((m) => m[1]!);
    const p = get();
    const printed = p.edition.chapters.flatMap((c) =>
      c.content.flatMap((b) =>
        b.kind === 'paragraph' ? [b.paragraph.id] : b.kind === 'bullets' ? b.items.map((i) => i.id) : b.kind === 'editor' ? liveNumbers(b.html) : [],
      ),
    );
    // Finding titles of figures are traced paragraphs too (`titleParagraph`); they sit in the figure captions.
    const titles = new Set(p.report.figures.flatMap((f) => (f.titleParagraph ? [f.titleParagraph] : [])));
    const inHtml = [...p.html.matchAll(/data-paragraph="([^"]+)"/g)].map((m) => m[1]!);
    expect(inHtml.filter((id) => !titles.has(id))).toEqual(printed);
    expect(p.html).toContain('<body class="print-edition" data-pagefind-ignore="all">');
    const validator = new HtmlValidate(JSON.parse(readFileSync(HTML_VALIDATE_CONFIG, 'utf8')) as ConfigData);
    const report = await validator.validateString(p.html, 'druk/index.html');
    // Ids that start with a digit come from the outline's section ids (`1-1-besteding`), not from this page.
    const outlineIds = new Set(sectionIds(p.report.chapters));
    const fromOutline = (message: string) => outlineIds.has(/element id "([^"]+)"/.exec(message)?.[1] ?? '');
    const problems = report.results.flatMap((r) => r.messages).filter((m) => !(m.ruleId === 'valid-id' && fromOutline(m.message)));
    expect(problems.map((m) => `${m.line}: ${m.message} (${m.ruleId})`)).toEqual([]);
  });
});

describe('the sample print edition', () => {
  it('draws the charts as vectors with their labels as text', () => {
    const images = execFileSync('pdfimages', ['-list', sample.result.file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    expect(images).toEqual([]);
    const page = pagesWith(sample, 'Figuur 3.1 Werkdruk: startwaarde en streefwaarde 2027 per instelling')[0]!;
    expect(squash(sample.raw[page - 1]!)).toContain('Vakcollege Westkust');
  });

  it('continues a long table over pages with its header row repeated and no row split', () => {
    const pages = sample.pages.flatMap((page, i) => (page.header.endsWith('Bijlage C Alle instellingen') ? [{ page, n: i + 1 }] : []));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const { page, n } of pages) expect(page.body.some((l) => l.startsWith('Instelling Studenten Gemiddelde ambitie')), `pagina ${n}`).toBe(true);
    const rows = pages.flatMap(({ page }) => page.body.filter((l) => /^Instelling \d\d /.test(l)));
    expect(rows).toHaveLength(70);
    expect(rows[0]).toBe('Instelling 01 1.200 −2,5');
    expect(rows[69]).toBe('Instelling 70 36.873 +3,5');
    expect(squash(sample.raw[pages.at(-1)!.n - 1]!)).toContain(`Bron: ${LONG_TABLE.source}`);
  });

  it('keeps each figure with its source line', () => {
    const p = sample;
    let from = 0;
    const figures = p.edition.chapters.flatMap((c) => c.content.flatMap((b) => (b.kind === 'figure' ? [b.figure] : [])));
    // Only a long table (25 rows or more, see print.css) may continue on the next page.
    for (const f of figures.filter((f) => (f.table?.rows.length ?? 0) < 25)) {
      const title = f.number ? `${f.number} ${f.title}` : f.title;
      const at = pagesWith(p, title).find((n) => n > from);
      expect(at, title).toBeDefined();
      expect(squash(p.raw[at! - 1]!), title).toContain(`Bron: ${f.source}`);
      from = at! - 1;
    }
  });

  it('prints the notes as footnotes on the page of their reference, numbered as in the text', async () => {
    const p = sample;
    const count = p.edition.chapters.flatMap((c) => c.notes).length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(p.pages.some((page) => page.body.includes('Noten'))).toBe(false);
    expect(p.html.match(/<li id="noot-/g)).toHaveLength(count);
    // The number before each footnote links back to its mark, so both are named destinations.
    const dests = await readDestinations(p.result.file);
    const notes = [...dests.keys()].filter((id) => /^noot-(?!ref-)/.test(id));
    expect(notes).toHaveLength(count);
    for (const id of notes) expect(dests.get(id), id).toBe(dests.get(id.replace('noot-', 'noot-ref-')));
  });

  it('leaves no page in the middle of a chapter more than half empty', async () => {
    for (const p of [real, sample]) {
      const blank = await readBlankShares(p.result.file, PAGE_MARGINS);
      expect(blank).toHaveLength(p.info.pages);
      expect(halfEmptyPages(blank, p.raw)).toEqual([]);
    }
  });
});

describe('printing the fixture edition again', () => {
  it('gives the same bytes and removes /druk/', async () => {
    const first = readFileSync(real.result.file);
    const again = await printReport({ report: real.report, siteDir: real.dir, log: captureLog() });
    expect(readFileSync(again.file).equals(first)).toBe(true);
    expect(existsSync(join(real.dir, PRINT_DIR))).toBe(false);
    await expect(printReport({ report: real.report, siteDir: real.dir, log: captureLog() })).rejects.toThrow(/printversie .* ontbreekt/);
  });
});
