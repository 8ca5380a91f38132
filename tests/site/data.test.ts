// The site-data stage on the sample Report: one page per section with a page, breadcrumbs, navigation
// state, prev/next, footnotes, figure views with Dutch-formatted table cells, and the errors it raises.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../scripts/lib/errors.ts';
import type { Chapter, Report, Section } from '../../scripts/report/types.ts';
import { shiftHeadings } from '../../scripts/site/content.ts';
import { navLabel, pageKind, siteData } from '../../scripts/site/data.ts';
import { figureView } from '../../scripts/site/figures.ts';
import type { SiteContext, SiteExtras, SitePage } from '../../scripts/site/types.ts';
import { sampleReport } from '../fixtures/report/sample-report.ts';
import { editionReport } from '../helpers/report.ts';

const extras: SiteExtras = { tables: [], snapshot: null, pdfFile: 'synthese-werkagenda-stagepact-2025.pdf', checks: null };
const context: SiteContext = { snapshotFiles: [], interactiveFigures: true };
const data = siteData(sampleReport(), extras, context);
const page = (url: string): SitePage => {
  const found = data.pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page ${url}`);
  return found;
};

function sectionsWithPage(report: Report): Section[] {
  const out: Section[] = [];
  const walk = (s: Section) => {
    if (!s.site) return;
    if (s.page) out.push(s);
    s.children.forEach(walk);
  };
  report.chapters.forEach(walk);
  return out;
}

describe('siteData pages', () => {
  it('makes one page per site section with a page, in reading order', () => {
    const expected = sectionsWithPage(sampleReport()).map((s) => s.page!.url);
    expect(data.pages.map((p) => p.url)).toEqual(expected);
    expect(data.pages).toHaveLength(31);
    expect(data.pages[0]!.url).toBe('/');
    // The print-only voorwoord has no page.
    expect(data.pages.some((p) => p.title === 'Voorwoord')).toBe(false);
  });

  it('derives the page kind from the URL scheme', () => {
    expect(['/', '/prioriteit/1/', '/doelstelling/3-3/', '/stagepact/sp2/', '/indicator/werkdruk/', '/instellingen/', '/instelling/i03/', '/instellingen/typologie/', '/verantwoording/', '/wat-is-veranderd/', '/elders/'].map(pageKind)).toEqual([
      'home', 'priority', 'goal', 'stagepact', 'indicator', 'institutions', 'institution', 'typology', 'method', 'changes', 'other',
    ]);
  });

  it('builds breadcrumbs from the page ancestry, with short labels', () => {
    expect(page('/indicator/werkdruk/').breadcrumbs.map((b) => b.title)).toEqual(['Home', 'Prioriteit 3', 'Doelstelling 3.3', 'Aandeel personeel dat werkdruk als (te) hoog ervaart']);
    expect(page('/instelling/i03/').breadcrumbs.map((b) => b.url)).toEqual(['/', '/instellingen/', '/instelling/i03/']);
    expect(page('/').breadcrumbs).toEqual([]);
    expect(navLabel('Prioriteit 2: Aansluiting onderwijs-arbeidsmarkt')).toBe('Prioriteit 2');
  });

  it('marks the current chapter in the primary navigation', () => {
    const nav = page('/doelstelling/3-3/').nav;
    expect(nav.map((n) => n.title)).toEqual(['Prioriteit 1', 'Prioriteit 2', 'Stagepact mbo', 'Prioriteit 3', 'De instellingen']);
    expect(nav.find((n) => n.url === '/prioriteit/3/')!.current).toBe('true');
    expect(nav.filter((n) => n.current !== null)).toHaveLength(1);
    expect(page('/prioriteit/3/').nav.find((n) => n.url === '/prioriteit/3/')!.current).toBe('page');
    expect(data.footerLinks.map((l) => l.url)).toEqual(['/wat-is-veranderd/', '/verantwoording/', '/downloads/', '/toegankelijkheid/']);
  });

  it('links each page to the previous and next page in reading order', () => {
    const goal = page('/doelstelling/3-3/');
    expect(goal.prev).toEqual({ url: '/doelstelling/3-2/', title: 'Doelstelling 3.2: Verbeteren kwaliteit burgerschapsonderwijs' });
    expect(goal.next!.url).toBe('/indicator/werkdruk/');
    expect(page('/').prev).toBeNull();
    expect(data.pages.at(-1)!.next).toBeNull();
  });

  it('inlines child sections without a page as headings and lists child pages as subpages', () => {
    const goal = page('/doelstelling/3-3/');
    const headings = goal.content.filter((b) => b.kind === 'heading');
    // The site shows no PDF section numbers ("3.3.1" means nothing on a page of its own).
    expect(headings.map((h) => [h.kind === 'heading' && h.level, h.kind === 'heading' && h.number])).toEqual([[2, null], [2, null]]);
    expect(goal.toc.map((t) => t.url)).toEqual(['#doel-3-3-inzet', '#doel-3-3-ontwikkeling']);
    expect(goal.toc.every((t) => !/^\d/.test(t.title))).toBe(true);
    expect(goal.subpages.map((s) => s.url)).toEqual(['/indicator/werkdruk/', '/indicator/lc-ld/']);
    // Home links its children with a links block, so no extra "Verder lezen" list.
    expect(page('/').subpages).toEqual([]);
  });

  it('numbers footnotes per page and keeps fact keys for the trace', () => {
    const method = page('/verantwoording/');
    expect(method.notes.map((n) => [n.number, n.id, n.refId])).toEqual([[1, 'noot-1', 'noot-ref-1'], [2, 'noot-2', 'noot-ref-2']]);
    expect(method.notes[1]!.text).toContain('zwak significant');
    const werkdruk = page('/doelstelling/3-3/').content.find((b) => b.kind === 'paragraph' && b.paragraph.id === 'doel-3-3-werkdruk');
    expect(werkdruk && werkdruk.kind === 'paragraph' && werkdruk.paragraph.sentences.map((s) => [s.facts, s.note?.number ?? null])).toEqual([
      ['sector.werkdruk.totaal.start.mean', null],
      ['sector.werkdruk.totaal.target.mean', 1],
    ]);
  });

  it('shifts editor headings under the page title', () => {
    const editor = page('/verantwoording/').content.find((b) => b.kind === 'editor');
    expect(editor && editor.kind === 'editor' && editor.html).toContain('<h2>Bronnen</h2>');
    expect(editor && editor.kind === 'editor' && editor.html).toContain('<h3>Onthulling</h3>');
    expect(shiftHeadings('<h1>a</h1><h3 id="x">b</h3>', 3)).toBe('<h3>a</h3><h5 id="x">b</h5>');
    expect(shiftHeadings('<p>geen koppen</p>', 2)).toBe('<p>geen koppen</p>');
  });

  it('marks pages that need the table and chart scripts', () => {
    expect(page('/doelstelling/3-3/').interactive).toBe(true);
    expect(page('/doelstelling/3-3/').tables).toBe(true);
    expect(page('/doelstelling/1-1/').interactive).toBe(false);
    expect(siteData(sampleReport(), extras, { ...context, interactiveFigures: false }).pages.some((p) => p.interactive)).toBe(false);
  });
});

describe('siteData figures', () => {
  it('numbers figures per page on the site and refers to the report by its number', () => {
    const goal = page('/doelstelling/3-3/');
    const shown = goal.content.flatMap((b) => (b.kind === 'figure' ? [b.figure] : []));
    expect(shown.map((f) => f.number)).toEqual(shown.map((f, i) => `${f.type === 'table' ? 'Tabel' : 'Figuur'} ${shown.slice(0, i + 1).filter((g) => g.type === f.type).length}`));
    const werkdruk = shown.find((f) => f.id === 'ambitie-werkdruk')!;
    expect(werkdruk.reportReference).toBe('Figuur 3.1 in het rapport');
    expect(werkdruk.table!.caption).toBe(`Gegevens bij ${werkdruk.number} Werkdruk: startwaarde en streefwaarde 2027 per instelling`);
    // The figure model keeps the PDF's numbers.
    expect(data.figures['ambitie-werkdruk']!.number).toBe('Figuur 3.1');
    expect(data.figures['ambitie-werkdruk']!.reportReference).toBeNull();
  });

  it('keeps total rows apart, so sorting leaves them at the bottom', () => {
    const stage = data.figures['stagevergoeding-bol']!;
    expect(stage.table!.totals.map((row) => row[0]!.text)).toEqual(['Totaal']);
    expect(stage.table!.rows.some((row) => row[0]!.text === 'Totaal')).toBe(false);
  });

  it('formats the data table in Dutch and links directory rows', () => {
    const werkdruk = data.figures['ambitie-werkdruk']!;
    expect(werkdruk.table!.caption).toBe('Gegevens bij Figuur 3.1 Werkdruk: startwaarde en streefwaarde 2027 per instelling');
    expect(werkdruk.table!.rows[2]!.map((c) => c.text)).toEqual(['<script>alert(1)</script>', '33,5%', '31,0%']);
    expect(werkdruk.table!.rows[2]![1]!.sort).toBe(33.5);
    expect(werkdruk.spec).toBe('/figuren/ambitie-werkdruk.vl.json');
    expect(werkdruk.downloads.map((d) => d.url)).toEqual(['/figuren/ambitie-werkdruk-nl.csv', '/figuren/ambitie-werkdruk.csv', '/figuren/ambitie-werkdruk.png', '/figuren/ambitie-werkdruk.svg', '/figuren/ambitie-werkdruk.vl.json']);

    const stage = data.figures['stagevergoeding-bol']!;
    expect(stage.table!.caption).toBe('Tabel 2.1 Aandeel bol-studenten met een stagevergoeding, per niveau');
    expect(stage.table!.rows[2]!.map((c) => c.text)).toEqual(['Niveau 3', '46%', '49%', '+3']);
    expect(stage.spec).toBeNull();
    expect(stage.table!.filterable).toBe(false);

    const overview = data.figures['instellingen-overzicht']!;
    expect(overview.table!.filterable).toBe(true);
    expect(overview.table!.rows.map((r) => [r[0]!.href, r[3]!.text])).toEqual([
      ['/instelling/i01/', '12.000'],
      ['/instelling/i02/', '18.500'],
      ['/instelling/i03/', '3.200'],
    ]);
    expect(overview.table!.rows[0]!.slice(1).every((c) => c.href === null)).toBe(true);

    const profile = data.figures['profiel-i03']!;
    expect(profile.table!.rows.map((r) => r[1]!.text)).toEqual(['+2,5', '+8,0', '–']);
    expect(profile.table!.rows[2]![1]!.empty).toBe(true);
    expect(profile.svgLabelled).toBe(false);
    expect(werkdruk.svgLabelled).toBe(true);
  });

  it('shows the empty state instead of a chart when there is nothing to draw', () => {
    const vsv = data.figures['vsv-instellingen']!;
    expect(vsv.emptyReason).toBe('Er zijn nog geen gerealiseerde waarden na de startmeting.');
    expect([vsv.svg, vsv.table, vsv.spec]).toEqual([null, null, null]);
    expect(vsv.downloads).toEqual([]);
  });
});

describe('siteData edition and site pages', () => {
  it('stamps the edition and warns about synthetic data', () => {
    expect(data.edition.stamp).toBe('Editie 2025-11-01 · peildatum 1 november 2025');
    expect(data.edition.banner).toBe('cijfers per instelling zijn fictief.');
    expect(data.edition.pdfUrl).toBe('/downloads/synthese-werkagenda-stagepact-2025.pdf');
    const real = siteData({ ...sampleReport(), edition: { ...sampleReport().edition, synthetic: false } }, { ...extras, pdfFile: null }, context);
    expect(real.edition.banner).toBeNull();
    expect(real.edition.pdfUrl).toBeNull();
    expect(real.downloads.groups.some((g) => g.id === 'rapport')).toBe(false);
  });

  it('lists downloads with Dutch file sizes', () => {
    const withFiles = siteData(
      sampleReport(),
      { ...extras, snapshot: { files: [], leftOut: 0 }, tables: [{ file: 'b.csv', csv: 'a\n'.repeat(1100) }, { file: 'a.csv', csv: 'x\n', title: 'Ambities', columns: [{ name: 'x', description: 'Een kolom.' }] }] },
      { ...context, snapshotFiles: [{ name: 'snapshot.json', bytes: 255 }, { name: 'waarden.csv', bytes: 2600 }] },
    );
    const groups = Object.fromEntries(withFiles.downloads.groups.map((g) => [g.id, g.items]));
    const excel = (name: string) => ({ url: `/downloads/data/${name}-nl.csv`, meta: 'CSV met puntkomma’s' });
    expect(groups['resultaten']).toEqual([
      { url: '/downloads/data/a.csv', title: 'Ambities', meta: 'CSV, 2 bytes', description: null, spreadsheet: excel('a'), columns: [{ name: 'x', description: 'Een kolom.' }] },
      { url: '/downloads/data/b.csv', title: 'b.csv', meta: 'CSV, 2,2 kB', description: null, spreadsheet: excel('b'), columns: [] },
    ]);
    expect(groups['datapakket']!.map((i) => i.url)).toEqual(['/datapackage.json']);
    expect(groups['snapshot']!.map((i) => i.meta)).toEqual(['JSON, 255 bytes', 'CSV, 2,6 kB']);
    expect(withFiles.downloads.figureDownloads.map((f) => f.id)).not.toContain('vsv-instellingen');
  });

  it('lists every factsheet as a download, in the report’s order, where the build writes it', () => {
    const { report } = editionReport(join(import.meta.dirname, '..', 'fixtures', 'snapshots', '2025-11-01'));
    expect(report.factsheets.length).toBeGreaterThan(1);
    const groups = siteData({ ...sampleReport(), factsheets: report.factsheets }, extras, context).downloads.groups;
    const factsheets = groups.find((g) => g.id === 'factsheets')!;
    expect(factsheets.items.map((i) => [i.url, i.title])).toEqual(report.factsheets.map((f) => [`/downloads/${f.pdfFile}`, f.title]));
    expect(factsheets.items[0]!.url).toMatch(/^\/downloads\/instellingen\/I\d+\.pdf$/);
    expect(siteData(sampleReport(), extras, context).downloads.groups.some((g) => g.id === 'factsheets')).toBe(false);
  });

  it('summarises check outcomes for the accessibility statement', () => {
    const checked = siteData(sampleReport(), {
      ...extras,
      checks: {
        standard: 'WCAG 2.1 niveau AA',
        outcomes: [
          { id: 'axe', label: 'Toegankelijkheid', tool: 'axe-core 4.11.0', pages: 13, problems: 0, messages: [] },
          { id: 'links', label: 'Links', tool: 'eigen', pages: 1, problems: 1, messages: ['/x/: kapot'] },
        ],
        plan: { checked: [], earlier: [], represented: [] },
      },
    }, context);
    expect(checked.accessibility.checks!.map((c) => [c.summary, c.passed])).toEqual([
      ['Geen problemen gevonden op 13 pagina’s.', true],
      ['Eén probleem gevonden op 1 pagina.', false],
    ]);
    expect(data.accessibility.checks).toBeNull();
    expect(data.accessibility.checked).toBe('editie 2025-11-01');
  });
});

describe('siteData errors', () => {
  const report = sampleReport();
  const withChapter = (extra: Chapter): Report => ({ ...report, chapters: [...report.chapters, extra] });
  const chapter = (url: string | null, id = 'extra'): Chapter => ({
    id, number: null, title: 'Extra', level: 1, part: 'annex', blocks: [], children: [], print: false, site: true,
    ...(url ? { page: { url, title: 'Extra', description: '' } } : {}),
  });

  it('rejects duplicate and malformed page URLs', () => {
    expect(() => siteData(withChapter(chapter('/verantwoording/')), extras, context)).toThrow(/dezelfde pagina-url "\/verantwoording\/"/);
    expect(() => siteData(withChapter(chapter('/Extra Pagina')), extras, context)).toThrow(ReportError);
  });

  it('rejects a figure block without a figure and a report without a home page', () => {
    const broken = withChapter({ ...chapter('/extra/'), blocks: [{ kind: 'figure', figureId: 'bestaat-niet' }] });
    expect(() => siteData(broken, extras, context)).toThrow(/figuur "bestaat-niet"/);
    expect(() => siteData({ ...report, chapters: report.chapters.filter((c) => c.page?.url !== '/') }, extras, context)).toThrow(/startpagina/);
  });

  it('warns about a site chapter without a page instead of dropping it silently', () => {
    const result = siteData(withChapter(chapter(null)), extras, context);
    expect(result.warnings).toEqual(['hoofdstuk "Extra" is voor de site bedoeld maar heeft geen pagina; het staat niet op de site']);
  });

  it('rejects unsafe download file names', () => {
    expect(() => siteData(report, { ...extras, pdfFile: '../x.pdf' }, context)).toThrow(/ongeldige bestandsnaam/);
  });
});

describe('verdict columns', () => {
  it('come right after the row’s first column on the site, in the order given in print and downloads', () => {
    const figure = sampleReport().figures.find((f) => f.type === 'table' && f.columns.length >= 3)!;
    const [first, ...rest] = figure.columns;
    const last = rest[rest.length - 1]!;
    const withVerdict = { ...figure, columns: [first!, ...rest.slice(0, -1), { ...last, verdict: true }] };
    const heads = (narrow: boolean) => figureView(withVerdict, false, narrow).table!.head.map((h) => h.label);
    expect(heads(true)).toEqual([first!.label, last.label, ...rest.slice(0, -1).map((c) => c.label)]);
    expect(heads(false)).toEqual(figure.columns.map((c) => c.label));
    // The cells follow their heading.
    const row = figureView(withVerdict, false, true).table!.rows[0]!;
    expect(row[1]!.text).toBe(figureView(withVerdict, false, false).table!.rows[0]![rest.length]!.text);
  });
});
