// The sample print edition printed once (in beforeAll) and read back with poppler: structure, fonts,
// metadata, running heads, page numbers in the ToC, page breaks, and byte-identical reprints.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenOutline, pdfLanguage, readBlankShares, readOutline, readPageTexts, readPdfFonts, readPdfInfo, readXmp, type OutlineEntry, type PdfFont, type PdfInfo } from '../../scripts/pdf/inspect.ts';
import { halfEmptyPages, PAGE_MARGINS } from '../../scripts/pdf/verify.ts';
import { SAMPLE } from '../fixtures/print/sample.ts';
import { pageParts, printSample, type PageParts, type SamplePrint } from './sample-print.ts';

let run: SamplePrint;
let info: PdfInfo;
let fonts: PdfFont[];
let pages: PageParts[];
let outline: OutlineEntry[];

beforeAll(async () => {
  run = await printSample();
  [info, fonts, outline] = await Promise.all([readPdfInfo(run.pdf), readPdfFonts(run.pdf), readOutline(run.pdf)]);
  pages = (await readPageTexts(run.pdf)).map(pageParts);
});

// KEEP_PDF=1 keeps the printed files (sample.pdf, again.pdf) for a look with pdftoppm.
afterAll(() => {
  if (!process.env.KEEP_PDF) rmSync(run.dir, { recursive: true, force: true });
});

/** Pages of the inhoudsopgave and the lists, recognised by their running header. */
const isListPage = (p: PageParts) => /(Inhoud|Figuren en tabellen)$/.test(p.header);

/** Whether body line `i` starts `text`; a long heading may wrap over the next lines. */
function startsAt(body: readonly string[], i: number, text: string): boolean {
  const line = body[i]!;
  return line.startsWith(text) || (text.startsWith(`${line} `) && body.slice(i, i + 3).join(' ').startsWith(text));
}

/** The first page after the lists on which a body line starts with `text` (1-based; 0 when none). */
function pageOfHeading(text: string): number {
  return pages.findIndex((p, i) => i > 0 && !isListPage(p) && p.body.some((_, j) => startsAt(p.body, j, text))) + 1;
}

const chapters = () => run.result.tocEntries.filter((e) => e.id.startsWith('h-'));

describe('the printed sample', () => {
  it('has the length of a real synthesis report, on A4, tagged', () => {
    expect(info.pages).toBe(run.result.pages);
    expect(info.pages).toBeGreaterThanOrEqual(50);
    expect(info.pages).toBeLessThanOrEqual(70);
    expect(info.tagged).toBe(true);
    expect(info.pageSize.width).toBeCloseTo(595, 0);
    expect(info.pageSize.height).toBeCloseTo(842, 0);
    // Two passes suffice when nothing moves; each is timed.
    expect(run.result.passMs).toHaveLength(2);
  });

  it('embeds Source Sans 3 and no other font', () => {
    expect(fonts.length).toBeGreaterThanOrEqual(3); // regular, italic, semibold, bold
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
    expect(fonts.map((f) => f.name).filter((n) => !n.includes('SourceSans3'))).toEqual([]);
    expect(run.result.warnings).toEqual([]);
  });

  it('carries title, author, subject, keywords, language and the reference date', () => {
    expect(info.title).toBe(SAMPLE.title);
    expect(info.author).toBe(SAMPLE.author);
    expect(info.subject).toBe(SAMPLE.subject);
    expect(info.keywords).toBe(SAMPLE.keywords.join(', '));
    expect(info.creationDate).toBe('2025-11-01T00:00:00Z');
    expect(info.modDate).toBe('2025-11-01T00:00:00Z');
    expect(pdfLanguage(readFileSync(run.pdf))).toBe('nl');
  });

  it('carries the same metadata as XMP, with the PDF/UA-1 identification', () => {
    const xmp = readXmp(readFileSync(run.pdf));
    expect(xmp).toMatchObject({ title: SAMPLE.title, language: 'nl', pdfUaPart: 1 });
    expect(xmp!.xml).toContain('<xmp:CreateDate>2025-11-01T00:00:00Z</xmp:CreateDate>');
    expect(xmp!.xml).toContain(`<rdf:li>${SAMPLE.author}</rdf:li>`);
  });

  it('leaves no page in the middle of a chapter more than half empty', async () => {
    const texts = await readPageTexts(run.pdf);
    expect(halfEmptyPages(await readBlankShares(run.pdf, PAGE_MARGINS), texts)).toEqual([]);
  });

  it('keeps the charts as vectors and their labels as text', () => {
    const images = execFileSync('pdfimages', ['-list', run.pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    expect(images).toEqual([]);
    const figure = pageOfHeading('Figuur 2.1 ');
    expect(pages[figure - 1]!.body.join(' ')).toContain('1.1 Gelijkwaardige behandeling');
  });

  it('has a bookmark for every chapter and section, on the page where it starts', () => {
    const top = outline.map((e) => e.title);
    for (const chapter of ['Samenvatting', '1 Inleiding', '2 Sectorbeeld: op weg naar 2027', '8 Reflectie', 'C Afkortingen']) expect(top).toContain(chapter);
    const byTitle = new Map(flattenOutline(outline).map((e) => [e.title.replace(/\s+/g, ' '), e]));
    for (const entry of run.result.tocEntries.filter((e) => e.id.startsWith('sec-') || e.id.startsWith('h-'))) {
      const mark = byTitle.get(entry.title);
      expect(mark, entry.title).toBeDefined();
      expect(mark!.page, entry.title).toBe(entry.page);
    }
    expect(byTitle.get('2.1 Brede inzet en duidelijke ambitie')!.level).toBe(2);
  });

  it('prints in the ToC the page on which each heading, figure and table actually appears', () => {
    const entries = run.result.tocEntries;
    expect(entries.length).toBe(81);
    const listLines = pages.filter(isListPage).flatMap((p) => p.body);
    for (const entry of entries) {
      const found = pageOfHeading(entry.title);
      expect(found, entry.title).toBe(entry.page);
      expect(listLines, entry.title).toContain(`${entry.title} ${entry.page}`);
    }
  });

  it('shows title and current chapter in the header, and no header or footer on the cover', () => {
    expect(pages[0]!.header).toBe('Monitor Werkagenda mbo en Stagepact mbo');
    expect(pages[0]!.footer).not.toMatch(/pagina/);
    const list = chapters();
    list.forEach((chapter, i) => {
      const last = (list[i + 1]?.page ?? info.pages + 1) - 1;
      const running = chapter.title;
      for (const page of new Set([chapter.page, Math.floor((chapter.page + last) / 2), last])) {
        const header = pages[page - 1]!.header;
        expect(header, `pagina ${page}`).toMatch(new RegExp(`^${SAMPLE.title} .*${running.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^([A-C]) /, 'Bijlage $1 ')}$`));
      }
    });
  });

  it('numbers every page but the cover "pagina N van M", with the synthetic-data notice', () => {
    pages.slice(1).forEach((p, i) => expect(p.footer).toBe(`Instellingsgegevens zijn fictief pagina ${i + 2} van ${info.pages}`));
  });

  it('contains no undefined, NaN or null', () => {
    expect(pages.filter((p) => /\b(undefined|NaN|null)\b/.test([p.header, ...p.body, p.footer].join(' ')))).toEqual([]);
  });

  it('starts every chapter on a new page, with the heading at the top', () => {
    for (const chapter of chapters()) {
      expect(startsAt(pages[chapter.page - 1]!.body, 0, chapter.title), chapter.title).toBe(true);
    }
  });

  it('never splits a figure or short table across pages', () => {
    pages.forEach((p, i) => {
      // Only the long annex table may continue on the next page (its source line ends it there).
      if (isListPage(p) || p.header.endsWith('Bijlage B Indicatoren per doelstelling')) return;
      const captions = p.body.filter((l) => /^(Figuur [\dA-C]+\.\d+|Tabel [\dAC]+\.\d+) /.test(l)).length;
      const sources = p.body.filter((l) => l.startsWith('Bron: ')).length;
      expect(sources, `pagina ${i + 1}`).toBe(captions);
    });
  });

  it('never leaves a section heading alone at the bottom of a page', () => {
    for (const entry of run.result.tocEntries.filter((e) => e.id.startsWith('sec-'))) {
      const body = pages[entry.page - 1]!.body;
      const at = body.findIndex((_, j) => startsAt(body, j, entry.title));
      expect(at, entry.title).toBeGreaterThanOrEqual(0);
      expect(body.length - at - 1, entry.title).toBeGreaterThanOrEqual(2);
    }
  });

  it('prints the same bytes twice, and qpdf finds the file sound', async () => {
    const again = await printSample('again.pdf', run.dir);
    expect(readFileSync(again.pdf).equals(readFileSync(run.pdf))).toBe(true);
    let qpdf = '';
    try {
      qpdf = execFileSync('qpdf', ['--check', run.pdf], { encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return; // qpdf is optional; pdfinfo above already parsed the file
    }
    expect(qpdf).toContain('No syntax or stream encoding errors');
  });
});
