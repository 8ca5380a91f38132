// The factsheets per institution (issue 30) of the fixture snapshot, typeset by Typst in a child process and read back
// with poppler: two pages each, tagged, fonts embedded, the notice on both pages, every traced number found; the same
// bytes when typeset again; from the cache when unchanged, and only the changed institution's factsheet typeset anew
// after a change to its data. KEEP_PDF=1 keeps the folders.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { renderFigures } from '../../scripts/figures/render.ts';
import { silentLog } from '../../scripts/lib/log.ts';
import { factsheetDocument, factsheetHeadings } from '../../scripts/pdf/factsheet.ts';
import { printFactsheets, type PrintedFactsheets } from '../../scripts/pdf/factsheets.ts';
import { typeset } from '../../scripts/pdf/typst.ts';
import { flattenOutline, readOutline, readPageTexts, readPdf, readPdfFonts, readPdfInfo, readPdfs, readRawText, readXmp } from '../../scripts/pdf/inspect.ts';
import { outlineReport } from '../../scripts/report/outline.ts';
import type { Report } from '../../scripts/report/types.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { stagesOf } from '../helpers/stages.ts';
import { copyFixture, FIXTURES } from '../helpers/snapshot-copy.ts';
import { editorTexts } from './fixture-report.ts';

const dirs: string[] = [];
const scratch = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

async function reportOf(current: string, previous: string): Promise<Report> {
  const load = (dir: string) => loadSnapshot(dir).snapshot!;
  const results = computeResults(load(current), load(previous));
  const { findings, prose, figures } = stagesOf(results);
  return outlineReport({ results, findings, prose, figures: await renderFigures(figures), editor: editorTexts });
}

let report: Report;
let site: string;
let cache: string;
let first: PrintedFactsheets;

beforeAll(async () => {
  report = await reportOf(join(FIXTURES, '2025-11-01'), join(FIXTURES, '2024-11-01'));
  site = scratch('mbo-factsheets-');
  cache = scratch('mbo-factsheets-cache-');
  first = await printFactsheets({ report, siteDir: site, log: silentLog, cacheDir: cache });
}, 300_000);

afterAll(() => {
  if (!process.env.KEEP_PDF) for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the factsheets of the fixture', () => {
  it('are one PDF per institution under downloads/instellingen/, linked from its page', () => {
    expect(report.factsheets.map((f) => f.institutionId)).toEqual(['I01', 'I02', 'I03', 'I04', 'I05', 'I06']);
    expect(first.files).toEqual(report.factsheets.map((f) => join(site, 'downloads', 'instellingen', `${f.institutionId}.pdf`)));
    expect(first.rendered).toBe(6);
    expect(first.pages).toBe(12);
    const page = report.chapters.flatMap((c) => c.children).flatMap((s) => [s, ...s.children]).find((s) => s.id === 'instelling-i03')!;
    expect(JSON.stringify(page.blocks)).toContain('"url":"/downloads/instellingen/I03.pdf"');
  });

  it('are tagged A4 PDFs in Dutch with the factsheet’s title, Source Sans 3 embedded', async () => {
    for (const [i, file] of first.files.entries()) {
      const f = report.factsheets[i]!;
      const info = await readPdfInfo(file);
      expect(info).toMatchObject({ pages: 2, tagged: true, title: `Factsheet ${f.name}` });
      expect(info.creationDate).toBe(`${report.edition.referenceDate}T00:00:00Z`);
      expect(readXmp(readFileSync(file))).toMatchObject({ title: f.title, language: 'nl', pdfUaPart: 1 });
      const fonts = await readPdfFonts(file);
      expect(fonts.filter((x) => !x.embedded || !x.name.includes('SourceSans3'))).toEqual([]);
    }
  });

  it('say on both pages that the data are invented, with "pagina N van 2", and bookmark every heading', async () => {
    const file = first.files[2]!;
    const pages = await readPageTexts(file);
    expect(pages).toHaveLength(2);
    pages.forEach((text, i) => {
      const lines = text.split('\n').filter((l) => l.trim());
      expect(squash(lines[0]!)).toContain(report.edition.title);
      expect(squash(lines.at(-1)!)).toBe(`Instellingsgegevens zijn fictief pagina ${i + 1} van 2`);
    });
    const titles = flattenOutline(await readOutline(file)).map((e) => squash(e.title));
    expect(titles).toEqual(factsheetHeadings(factsheetDocument(report.factsheets[2]!, report.edition)));
    // The overview on page 1, the detail per goal on page 2.
    expect(pages[0]).toContain('In het kort');
    expect(pages[1]).toContain('de indicatoren tegen het eigen pad');
  });

  it('are read back by one shell as by a call per tool, and a file poppler cannot read is named', async () => {
    const files = first.files.slice(0, 3);
    expect(await readPdfs(files)).toEqual(await Promise.all(files.map(readPdf)));
    await expect(readPdfs([files[0]!, join(site, 'ontbreekt.pdf')])).rejects.toThrow(/pdfinfo ontbreekt\.pdf: .*Couldn't open file/);
  });

  it('contain every traced number of their paragraphs, in order', () => {
    expect(first.factCheck.problems).toEqual([]);
    expect(first.factCheck.checked).toBeGreaterThan(6 * 50);
  });

  it('show a value on too few respondents as "minder dan 30 respondenten", never as a number', async () => {
    // waarden.csv: I03 werkdruk 2024 = 29 on 22 respondents; its start (2022) is 30 and no other value of I03 is 29.
    const text = squash(await readRawText(first.files[2]!));
    const row = /Werkdruk[^\n]*?2024: minder dan 30 respondenten/.exec(text);
    expect(row, text).not.toBeNull();
    expect(text).not.toMatch(/(?<![\d,.])29(%|,0)?(?![\d,])/);
  });
});

describe('the second page', () => {
  // More than an institution can have: 47 rows make 15 goal headings and 32 indicator rows (an institution reports
  // on at most the 31 indicators and breakdowns of the bundled edition), each verdict wrapping onto a second line.
  // Instelling 016 of a generated edition with 165 institutions (13 headings, 30 rows) ran onto a third page at one
  // text size (2026-12-07).
  const pagesWith = (rows: number) => {
    const document = factsheetDocument(report.factsheets[2]!, report.edition);
    const heading = { heading: true, cells: ['2.2 Stage/bpv'] };
    const row = { heading: false, cells: ['Begeleiding leerbedrijf, bol', '60,9% (2022)', '63% (2027)', '61,1% (2024)', '61,7%', 'Onder het pad, binnen de marge; streefwaarde bereikt', '64,3%'] };
    const table = { ...document.indicators.table, head: document.indicators.table.head.slice(0, 7), widths: document.indicators.table.widths!.slice(0, 7) };
    const many = Array.from({ length: rows }, (_, i) => (i % 10 < 3 ? heading : row));
    const doc = { ...document, indicators: { ...document.indicators, table: { ...table, rows: many } } };
    return typeset({ template: 'factsheet.typ', document: doc, files: { text: new Map(), disk: new Map() }, date: report.edition.referenceDate }).pages;
  };

  it('holds the indicators of an institution that reports on every one, in a smaller text size', () => {
    expect(pagesWith(47)).toBe(2);
  });

  it('runs onto a third page, which the build refuses, rather than go below 7 pt', () => {
    expect(pagesWith(80)).toBeGreaterThan(2);
  });
});

describe('typesetting the factsheets again', () => {
  it('gives the same bytes', async () => {
    const again = await printFactsheets({ report, siteDir: scratch('mbo-factsheets-again-'), log: silentLog, cacheDir: null });
    expect(again.rendered).toBe(6);
    again.files.forEach((file, i) => expect(readFileSync(file).equals(readFileSync(first.files[i]!)), file).toBe(true));
  }, 300_000);

  it('copies every factsheet from the cache when nothing changed', async () => {
    const cached = await printFactsheets({ report, siteDir: scratch('mbo-factsheets-cached-'), log: silentLog, cacheDir: cache });
    expect(cached.rendered).toBe(0);
    expect(cached.factCheck.checked).toBe(first.factCheck.checked);
    cached.files.forEach((file, i) => expect(readFileSync(file).equals(readFileSync(first.files[i]!))).toBe(true));
  });

  it('typesets only the factsheet of the institution whose data changed', async () => {
    const copy = copyFixture();
    dirs.push(copy.root);
    // I02's own judgement of goal 2.2: heel effectief → effectief (no number of any other institution moves).
    copy.setLine('efile_oordelen.csv', 4, 'I02,2.2,2024,alle,effectief');
    const changed = await reportOf(copy.dir, join(copy.root, '2024-11-01'));
    const out = await printFactsheets({ report: changed, siteDir: scratch('mbo-factsheets-changed-'), log: silentLog, cacheDir: cache });
    expect(out.rendered).toBe(1);
    const text = squash(await readRawText(out.files[1]!));
    expect(text).toContain('Alle activiteiten; effectief');
    expect(readFileSync(out.files[0]!).equals(readFileSync(first.files[0]!))).toBe(true);
  }, 300_000);
});
