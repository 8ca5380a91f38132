// The whole site stage on the sample Report, built once: pages and their text, the synthetic banner and
// edition stamp on every page, escaping, downloads and figure files, valid HTML, working links, the
// search index, and byte-identical output for the same input.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../scripts/lib/errors.ts';
import { validateHtml } from '../../scripts/site/checks/html.ts';
import { checkLinks } from '../../scripts/site/checks/links.ts';
import { siteData } from '../../scripts/site/data.ts';
import { runEleventy } from '../../scripts/site/eleventy.ts';
import { withTimeout } from '../../scripts/lib/timeout.ts';
import type { Section } from '../../scripts/report/types.ts';
import { sampleFigures } from '../fixtures/report/figures.ts';
import { sampleReport } from '../fixtures/report/sample-report.ts';
import { exportSvg } from '../../scripts/site/export-image.ts';
import { allFiles, buildSample, PDF_FILE, read, SAMPLE_EXTRAS, SNAPSHOT_DIR, type BuiltSite } from './build-sample.ts';

let site: BuiltSite;
let htmlFiles: string[];
const page = (url: string) => read(site.dir, `${url.slice(1)}index.html`);
/** Visible text of a page: tags dropped, entities decoded, whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  site = await buildSample({ check: { pages: 'all', chromium: false } });
  htmlFiles = allFiles(site.dir).filter((f) => f.endsWith('.html'));
});
afterAll(() => site?.remove());

describe('pages', () => {
  it('renders one page per Report section with a page, plus downloads, search and accessibility', () => {
    expect(site.pages).toBe(34);
    expect(htmlFiles).toHaveLength(34);
    for (const p of site.data.pages) expect(htmlFiles).toContain(`${p.url.slice(1)}index.html`);
    expect(htmlFiles).toEqual(expect.arrayContaining(['downloads/index.html', 'zoeken/index.html', 'toegankelijkheid/index.html']));
  });

  it('renders descriptive facts as a definition list, not as key figures', () => {
    const html = page('/indicator/werkdruk/');
    expect(html).toMatch(/<dl class="definitions">\s*<div class="definitions__row">\s*<dt>Definitie<\/dt>\s*<dd>Aandeel van het personeel dat de werkdruk als hoog of te hoog ervaart.<\/dd>/);
    expect(text(html)).toContain('Bron MTO MBO Raad');
  });

  it('gives every institution and every indicator section its own page', () => {
    const sections: Section[] = [];
    const walk = (s: Section) => {
      sections.push(s);
      s.children.forEach(walk);
    };
    sampleReport().chapters.forEach(walk);
    const wanted = sections.filter((s) => /^(instelling|indicator)-/.test(s.id));
    expect(wanted.map((s) => s.page?.url)).toEqual(['/indicator/vsv/', '/indicator/werkdruk/', '/indicator/lc-ld/', '/instelling/i01/', '/instelling/i02/', '/instelling/i03/']);
    for (const s of wanted) expect(text(page(s.page!.url))).toContain(s.page!.title);
  });

  it('shows headings, Dutch numbers and key figures', () => {
    const home = text(page('/'));
    expect(home).toContain('Monitor Werkagenda mbo en Stagepact mbo 2025');
    expect(home).toMatch(/19\.300 Streefwaarde nieuwe vsv’ers in 2027 \(opgeteld\) Landelijk doel: 18\.000/);
    expect(home).toContain('208.310 Instroom mbo 2024/25');
    expect(page('/')).toContain(`href="/downloads/${PDF_FILE}"`);

    const goal = page('/doelstelling/3-3/');
    expect(goal).toMatch(/<h1[^>]*>Doelstelling 3\.3: Verbeteren aantrekkelijkheid werken in het mbo<\/h1>/);
    expect(goal).toMatch(/<h2 id="doel-3-3-inzet">Inzet van middelen en maatregelen<\/h2>/);
    expect(text(goal)).toMatch(/Figuur \d Werkdruk: startwaarde en streefwaarde 2027 per instelling/);
    expect(text(goal)).toContain('Figuur 3.1 in het rapport');
    expect(goal).toContain('<a class="figure-link__anchor" href="#fig-ambitie-werkdruk">Link naar deze figuur');
    expect(text(goal)).toContain('Bron: MTO MBO Raad; kwaliteitsagenda’s (fictief)');
    expect(goal).toMatch(/<td class="num" data-sort="33.5">33,5%<\/td>/);
    // One disclosure per figure holds its tools: the table toggle, the downloads and the link.
    expect(goal).toMatch(/<details class="figure-tools site-only" data-pagefind-ignore>\s*<summary>Tabel en downloads<span class="visually-hidden"> bij Figuur \d<\/span><\/summary>\s*<div class="figure-tools__body">\s*<details class="figure-data">\s*<summary>Toon als tabel<\/summary>/);
    expect(goal).toMatch(/<p data-paragraph="doel-3-3-werkdruk">/);
    expect(goal).toMatch(/<sup class="noteref"><a href="#noot-1" id="noot-ref-1">/);
    expect(goal).toMatch(/<li id="noot-1">Gemiddelde over de drie instellingen met een streefwaarde; ongewogen\./);

    const table = page('/doelstelling/2-2/');
    expect(text(table)).toMatch(/Tabel 1 Aandeel bol-studenten met een stagevergoeding, per niveau/);
    expect(text(table)).toContain('Tabel 2.1 in het rapport');
    expect(table).toMatch(/<tbody class="data-table__totals">\s*<tr>\s*<th scope="row">Totaal<\/th>/);
    expect(table).toMatch(/<th scope="row">Niveau 3<\/th><td class="num" data-sort="46">46%<\/td><td class="num" data-sort="49">49%<\/td><td class="num" data-sort="3">\+3<\/td>/);

    expect(text(page('/doelstelling/1-3/'))).toContain('Geen gegevens beschikbaar: Er zijn nog geen gerealiseerde waarden na de startmeting.');
    expect(text(page('/instellingen/'))).toMatch(/ROC Noorderland roc Noord 12\.000 Type 1/);
    expect(page('/instellingen/')).toContain('<a href="/instelling/i01/">ROC Noorderland</a>');
  });

  it('shows the synthetic-data banner, the edition stamp, lang="nl" and the CSP on every page', () => {
    for (const file of htmlFiles) {
      const html = read(site.dir, file);
      expect(html, file).toContain('<html lang="nl">');
      expect(html, file).toContain('<strong>Let op:</strong> cijfers per instelling zijn fictief. <a href="/verantwoording/">Uitleg');
      expect(html, file).toMatch(/<footer[\s\S]*Editie 2025-11-01 · peildatum 1 november 2025/);
      expect(html, file).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';`);
      expect(html, file).toContain('<a class="skip-link" href="#inhoud">');
    }
  });

  it('escapes report text: a name like <script>alert(1)</script> is text, never a tag', () => {
    for (const file of htmlFiles) {
      const html = read(site.dir, file);
      expect(html, file).not.toContain('<script>alert(1)</script>');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, file).toMatch(/ src="\/(assets|pagefind)\//);
    }
    const institution = page('/instelling/i03/');
    expect(institution).toContain('<h1 class="page__title">&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(institution).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; | Monitor Werkagenda mbo en Stagepact mbo 2025</title>');
    expect(text(institution)).toContain('<script>alert(1)</script> is een aoc in regio Oost met 3.200 studenten.');
    // An SVG without its own text alternative gets the figure's alt text as its label.
    expect(institution).toMatch(/<div class="figure-body figure-chart" role="img" aria-label="De verbeterambitie is het grootst voor LC\/LD \(\+8,0 procentpunt\)\."/);
  });
});

describe('files', () => {
  it('writes each figure as SVG, Vega-Lite spec and CSV', () => {
    const figure = sampleFigures().find((f) => f.id === 'ambitie-werkdruk')!;
    expect(read(site.dir, 'figuren/ambitie-werkdruk.csv')).toBe('instelling,start,streef\nROC Noorderland,45,38\nVakcollege Westkust,52,44\n<script>alert(1)</script>,33.5,31\n');
    expect(JSON.parse(read(site.dir, 'figuren/ambitie-werkdruk.vl.json'))).toEqual(figure.spec);
    // The SVG download is the chart with its context (export-image.ts); the page shows the chart alone.
    expect(read(site.dir, 'figuren/ambitie-werkdruk.svg')).toBe(`${exportSvg(figure, sampleReport().edition)}\n`);
    const files = allFiles(site.dir).filter((f) => f.startsWith('figuren/'));
    expect(files).toContain('figuren/stagevergoeding-bol.csv');
    expect(files).not.toContain('figuren/stagevergoeding-bol.vl.json');
    expect(files.some((f) => f.startsWith('figuren/vsv-instellingen'))).toBe(false);
  });

  it('offers the result tables and the snapshot files after the disclosure rule', () => {
    expect(read(site.dir, 'downloads/data/typologie.csv')).toBe(SAMPLE_EXTRAS.tables[1]!.csv);
    for (const name of ['snapshot.json', 'instellingen.csv']) {
      expect(readFileSync(join(site.dir, 'downloads/snapshot', name))).toEqual(readFileSync(join(SNAPSHOT_DIR, name)));
    }
    // The one suppressed realisation of the fixture (I03 werkdruk 2024, n = 22 < 30) is left out, nothing else.
    const original = readFileSync(join(SNAPSHOT_DIR, 'waarden.csv'), 'utf8');
    expect(read(site.dir, 'downloads/snapshot/waarden.csv')).toBe(original.replace('I03,werkdruk,totaal,realisatie,2024,29,22,mto-2024\n', ''));
    expect(text(page('/downloads/'))).toContain('is één gerealiseerde waarde weggelaten die op te weinig respondenten berust');
    const downloads = text(page('/downloads/'));
    expect(downloads).toContain('Ambities per indicator (CSV, 42 bytes)');
    expect(downloads).toMatch(/waarden\.csv \(CSV, \d+,\d kB\)/);
    expect(downloads).toContain('Tabel 2.1 Aandeel bol-studenten met een stagevergoeding, per niveau CSV');
  });

  it('serves fonts and chart scripts itself, and builds the search index', () => {
    const files = allFiles(site.dir);
    expect(files).toEqual(expect.arrayContaining([
      'assets/css/site.css',
      'assets/css/fonts.css',
      'assets/js/tables.js',
      'assets/js/search.js',
      'assets/fonts/source-sans-3-latin-400-normal.woff2',
      'assets/vendor/vega.min.js',
      'assets/vendor/vega-lite.min.js',
      'assets/vendor/vega-embed.min.js',
      'assets/vendor/vega-interpreter.js',
      'pagefind/pagefind.js',
    ]));
    expect(site.searchPages).toBe(34);
  });
});

describe('checks', () => {
  it('has no broken internal links', () => {
    const report = checkLinks(site.dir, { pending: [`/downloads/${PDF_FILE}`] });
    expect(report.problems).toEqual([]);
    expect(report.links).toBeGreaterThan(500);
    // Until the PDF stage has run, the PDF links (footer of every page, home button, downloads list) point nowhere.
    const missing = checkLinks(site.dir).problems;
    expect(missing).toHaveLength(htmlFiles.length + 2);
    expect(missing.every((p) => p.endsWith(`wijst naar /downloads/${PDF_FILE}, dat niet bestaat`))).toBe(true);
  });

  it('is valid HTML', async () => {
    const report = await validateHtml(site.dir);
    expect(Object.values(report.problems).flat()).toEqual([]);
    expect(report.pages).toBe(34);
  });

  it('states the check outcomes on the accessibility page', () => {
    const statement = text(page('/toegankelijkheid/'));
    expect(statement).toContain('WCAG 2.1 niveau AA');
    expect(statement).toContain('De uitkomsten hieronder horen bij editie 2025-11-01.');
    expect(statement).toMatch(/Geldige HTML Hulpmiddel: html-validate 10\.\d+\.\d+ Geen problemen gevonden op 34 pagina’s\./);
    expect(statement).toContain('Werkende links en niets van andere websites');
    expect(site.checks!.outcomes.map((o) => [o.id, o.problems])).toEqual([['html', 0], ['links', 0]]);
  });
});

describe('determinism and failure', () => {
  it('writes byte-identical files for the same input', async () => {
    const again = await buildSample({ check: { pages: 'all', chromium: false } });
    try {
      const files = allFiles(site.dir);
      expect(allFiles(again.dir)).toEqual(files);
      for (const file of files) {
        expect(readFileSync(join(again.dir, file)).equals(readFileSync(join(site.dir, file))), file).toBe(true);
      }
    } finally {
      again.remove();
    }
  });

  it('turns a template failure into a ReportError instead of hanging', async () => {
    const data = siteData(sampleReport(), SAMPLE_EXTRAS, { snapshotFiles: [], interactiveFigures: false });
    const broken = { ...data, pages: data.pages.map((p, i) => (i === 1 ? { ...p, content: [{ kind: 'onbekend' }] } : p)) } as unknown as typeof data;
    const out = mkdtempSync(join(tmpdir(), 'mbo-site-broken-'));
    try {
      const error = await runEleventy(broken, out).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportError);
      expect((error as Error).message).toMatch(/^Eleventy kon de site niet maken: .*template not found: blocks\/onbekend\.njk/s);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    await expect(withTimeout(new Promise(() => {}), 20, 'Eleventy')).rejects.toThrow('Eleventy duurde langer dan 0 seconden en is afgebroken');
  });
});
