// The whole pipeline on the small fixture snapshot: every page exists, numbers are Dutch and traceable,
// output is escaped, the checks pass, the PDF is sound, and two builds are byte-identical.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import type { Results } from '../../scripts/compute/types.ts';
import { silentLog } from '../../scripts/lib/log.ts';
import { formatPercent } from '../../scripts/lib/nl.ts';
import { readPageTexts, readPdfFonts, readPdfInfo } from '../../scripts/pdf/inspect.ts';
import { build, type BuildSummary } from '../../scripts/pipeline.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { copyFixture, type SnapshotCopy } from '../helpers/snapshot-copy.ts';

const XSS = '<script>alert(1)</script>';
let copy: SnapshotCopy;
let root: string;
let summary: BuildSummary;
let results: Results;
const site = () => join(root, 'a', '_site');
const page = (url: string) => readFileSync(join(site(), url, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');

function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

beforeAll(async () => {
  copy = copyFixture();
  // An institution name that would run as a script if anything were not escaped.
  copy.setLine('instellingen.csv', 5, `I04,${XSS},vakinstelling,West,ja,900`);
  root = mkdtempSync(join(tmpdir(), 'mbo-build-'));
  // axe on every page here (the build's default checks one page of each type).
  summary = await build({ snapshotDir: copy.dir, outDir: join(root, 'a', '_site'), log: silentLog, cache: false, check: 'all' });
  await build({ snapshotDir: copy.dir, outDir: join(root, 'b', '_site'), log: silentLog, cache: false, check: 'all' });
  const previous = loadSnapshot(join(copy.root, '2024-11-01'), { asPrevious: true }).snapshot;
  results = computeResults(loadSnapshot(copy.dir).snapshot!, previous);
}, 600_000);

afterAll(() => {
  copy?.remove();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('npm run build on the fixture snapshot', () => {
  it('gives every institution and every indicator a page of its own', () => {
    for (const id of results.institutionOrder) expect(existsSync(join(site(), 'instelling', id.toLowerCase(), 'index.html')), id).toBe(true);
    for (const id of results.indicatorOrder) expect(existsSync(join(site(), 'indicator', id, 'index.html')), id).toBe(true);
    for (const url of ['/', '/prioriteit/1/', '/doelstelling/3-3/', '/stagepact/sp1/', '/instellingen/', '/instellingen/typologie/', '/verantwoording/', '/wat-is-veranderd/', '/toegankelijkheid/', '/downloads/', '/zoeken/']) {
      expect(existsSync(join(site(), url, 'index.html')), url).toBe(true);
    }
  });

  it('shows computed numbers in Dutch notation', () => {
    const werkdruk = results.sector.werkdruk!.totaal!;
    // Mean start of werkdruk over the six institutions: (45+52+33+38+41+48)/6 = 42,8%.
    expect(formatPercent(werkdruk.start!.mean, 1)).toBe('42,8%');
    expect(text(page('/indicator/werkdruk/'))).toContain('42,8%');
    expect(text(page('/doelstelling/3-3/'))).toContain('Doelstelling 3.3: Werken in mbo');
    expect(text(page('/'))).toContain('Instellingen in deze editie');
  });

  it('escapes data everywhere: a script in a name is shown as text', () => {
    const html = page('/instelling/i04/');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const [file] of tree(site())) {
      if (file.endsWith('.html') || file.endsWith('.svg')) expect(readFileSync(join(site(), file), 'utf8'), file).not.toContain(XSS);
    }
  });

  it('says on every page that institution data are fictitious and names the edition', () => {
    const pages = [...tree(site()).keys()].filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    for (const f of pages) {
      const html = readFileSync(join(site(), f), 'utf8');
      expect(html, f).toContain('<strong>Let op:</strong> cijfers per instelling zijn fictief.');
      expect(html, f).toContain(`Editie ${results.edition.snapshot} · peildatum`);
      // The content hash is for machines (PDF metadata), not for readers.
      expect(html, f).not.toContain(results.edition.hash);
    }
  });

  it('ran axe, HTML validation and the link check, and states a clean result', () => {
    const statement = text(page('/toegankelijkheid/'));
    expect(statement).toContain('WCAG 2.1');
    expect(statement).toContain('axe-core');
    expect(statement).toContain('Automatische toegankelijkheidstest van alle pagina’s');
    // Each check with its summary. Reflow at 320 px (issue 16) is reported like axe; whether the pages pass it
    // is the site CSS’s part (branch `site`), so here it only has to be reported.
    const checks = new Map(
      [...page('/toegankelijkheid/').matchAll(/<h3 class="check__title">([^<]*)<\/h3>[\s\S]*?<p class="check__summary">([^<]*)<\/p>/g)].map((m) => [m[1]!, m[2]!]),
    );
    expect([...checks.keys()]).toHaveLength(5);
    for (const [title, summary] of checks) {
      if (title.startsWith('Geen zijwaarts scrollen')) expect(summary, title).toMatch(/op \d+ pagina’s\.$/);
      else if (title.startsWith('Geldige grafieken')) expect(summary, title).toMatch(/^Geen problemen gevonden op \d+ grafiekbestanden\.$/);
      else expect(summary, title).toMatch(/^Geen problemen gevonden op \d+ pagina’s\.$/);
    }
    // --check all: every page checked by this build, none stood for by another.
    const pages = [...tree(site()).keys()].filter((f) => f.endsWith('index.html')).length;
    expect(statement).toContain(`Door deze build gecontroleerd (${pages})`);
    expect(statement).not.toContain('niet apart gecontroleerd');
    expect(statement).toContain('dan geldt de uitkomst die toen voor die identieke inhoud is berekend');
    expect(statement).toContain('De contrastregel van axe slaat de tekst binnen de grafieken over');
  });

  it('prints a tagged PDF with embedded fonts and the fictitious-data note on every page', async () => {
    const pdf = join(site(), 'downloads', 'synthese-werkagenda-stagepact-2025.pdf');
    const info = await readPdfInfo(pdf);
    expect(info.tagged).toBe(true);
    expect(info.pages).toBe(summary.pdfPages);
    expect(info.pages).toBeGreaterThan(20);
    expect((await readPdfFonts(pdf)).every((f) => f.embedded)).toBe(true);
    const pages = await readPageTexts(pdf);
    pages.slice(1).forEach((p, i) => {
      expect(p, `pagina ${i + 2}`).toMatch(/fictief/i);
      expect(p, `pagina ${i + 2}`).toContain(`pagina ${i + 2} van ${pages.length}`);
    });
    expect(pages.join('\n')).not.toMatch(/undefined|NaN/);
  });

  it('offers the result tables and the snapshot as downloads', () => {
    for (const f of ['sector.csv', 'streefwaarden.csv', 'doelbereik.csv', 'convergentie.csv', 'typologie.csv', 'inzet-en-ontwikkeling.csv']) {
      expect(existsSync(join(site(), 'downloads', 'data', f)), f).toBe(true);
    }
    expect(readFileSync(join(site(), 'downloads', 'data', 'streefwaarden.csv'), 'utf8').split('\n')[0]).toMatch(
      /^instelling,indicator,uitsplitsing,start,streef_origineel,streef,herkomst_streef,genegeerd\b/,
    );
    expect(existsSync(join(site(), 'downloads', 'snapshot', 'waarden.csv'))).toBe(true);
  });

  it('writes the build report next to the output folder, not into it', () => {
    const report = readFileSync(join(root, 'a', 'build-rapport.txt'), 'utf8');
    // I02's e-file werkdruk target 44 is less ambitious than its quality-agenda target 40 (lager is beter).
    // Indicator names beside codes (issue 18).
    expect(report).toMatch(/waarden\.csv:7: I02 werkdruk \(Werkdruk\), totaal, 44/);
    expect(report).toContain('Jaren per bestand (rapportjaar 2025; bestedingen en e-file tot en met 2024):');
    expect(report).not.toMatch(/kenmerk|synthetisch: true/);
    expect(report).toContain('Afgeschermde realisaties');
    expect(existsSync(join(site(), 'build-rapport.txt'))).toBe(false);
  });

  it('produces byte-identical output for the same snapshot, PDF included', () => {
    const a = tree(site());
    const b = tree(join(root, 'b', '_site'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    const different = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(different).toEqual([]);
  });
});
