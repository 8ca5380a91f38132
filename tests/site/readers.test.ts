// The fixture edition's site as readers use it (issue 29), built once through the real stages:
// - search: ten queries, each with the page it must find first (the real pagefind index, queried with pagefind's
//   own script in Node over http, as the browser fetches it; assets/js/search.js sets no ranking option, so the
//   order here is the order a reader sees);
// - phone: at 360 × 740 px the page title ends in the upper half of the first screen, and the menu folds out
//   with and without JavaScript (layout measurements in Chromium, not timings);
// - keyboard: each chart's tools are one tab stop;
// - comparing institutions: the view from the address, axe and reflow at 320 px, nothing from another origin;
// - downloads: a chart's SVG and PNG carry its title, source, edition and the notice of fictitious data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { AXE_SCRIPT } from '../../scripts/site/checks/axe.ts';
import { EXPORT_NOTICE, editionLine } from '../../scripts/site/export-image.ts';
import { PNG_SCALE } from '../../scripts/site/png.ts';
import { buildFixtureSite, type FixtureSite } from './build-fixture.ts';

/** Query → the page a reader expects first. */
const QUERIES: readonly (readonly [string, string])[] = [
  // The indicator page says "personeel", readers type "docenten".
  ['werkdruk docenten', '/indicator/werkdruk/'],
  // The soort leads to the overview, not to one of the institutions that is one.
  ['ROC', '/instellingen/'],
  // An institution by its code and by its name: its own page, not pages that merely contain the number.
  ['I05', '/instelling/i05/'],
  ['Instelling 05', '/instelling/i05/'],
  // Words for an abbreviation, and an abbreviation's other form.
  ['voortijdig schoolverlaten', '/indicator/vsv/'],
  ['salarisschaal', '/indicator/lc-ld/'],
  ['typologie', '/instellingen/typologie/'],
  ['csv', '/downloads/'],
  ['wat is veranderd', '/wat-is-veranderd/'],
  ['instellingen vergelijken', '/vergelijk/'],
];

interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  destroy?(): Promise<void>;
}

let site: FixtureSite;
let server: StaticServer;
let pagefind: Pagefind;
let session: BrowserSession;
let browser: Browser;

beforeAll(async () => {
  site = await buildFixtureSite();
  server = await serveStatic(site.dir);
  pagefind = (await import(pathToFileURL(`${site.dir}/pagefind/pagefind.js`).href)) as Pagefind;
  await pagefind.options({ basePath: `${server.origin}/pagefind/`, excerptLength: 24 });
  session = await launchBrowser();
  browser = session.browser;
});
afterAll(async () => {
  await pagefind?.destroy?.();
  await session?.close();
  await server?.close();
  site?.remove();
});

/**
 * A page at the given size that records console errors, failed requests, requests to other origins and violations
 * of the page's Content-Security-Policy (`problems()`). With `axe`, the policy is bypassed so axe can be injected.
 */
async function open(path: string, width: number, height = 900, options: { js?: boolean; axe?: boolean } = {}) {
  const page = await browser.newPage();
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(`pageerror: ${String(e)}`));
  page.on('console', (m) => m.type() === 'error' && seen.push(`console: ${m.text()}`));
  page.on('requestfailed', (r) => seen.push(`failed: ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith(server.origin) && !r.url().startsWith('data:') && seen.push(`other origin: ${r.url()}`));
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`csp: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setBypassCSP(options.axe === true);
  await page.setJavaScriptEnabled(options.js !== false);
  await page.setViewport({ width, height });
  await page.goto(server.origin + path, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.fonts.ready);
  const problems = async () => [...seen, ...(options.js === false ? [] : await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
  return { page, problems };
}

/** axe (WCAG 2.1 A/AA and best practices) on `path` once its scripts are done, details opened; violations as text. */
async function axe(path: string, width: number): Promise<string[]> {
  const { page } = await open(path, width, 900, { axe: true });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  await page.addScriptTag({ path: AXE_SCRIPT });
  const result = (await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
  )) as { violations: { id: string; nodes: { target: unknown[] }[] }[] };
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.close();
  return [...result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), ...(overflow > 0 ? [`${overflow} px too wide with details open`] : [])];
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function firstResults(query: string, n = 3): Promise<string[]> {
  const { results } = await pagefind.search(query);
  const pages = await Promise.all(results.slice(0, n).map((r) => r.data()));
  return pages.map((p) => new URL(p.url, server.origin).pathname);
}

describe('search ranking', () => {
  it.each(QUERIES)('"%s" finds %s first', async (query, expected) => {
    expect((await firstResults(query))[0]).toBe(expected);
  });

  it('indexes no static comparison page (their numbers are other pages’ numbers)', async () => {
    expect(site.data.compare!.groups.length).toBeGreaterThan(0);
    expect(await firstResults('vergeleken', 20)).not.toContain(site.data.compare!.groups[0]!.url);
  });
});

describe('phone (360 × 740 px)', () => {
  it.each(['/', '/doelstelling/3-3/', '/indicator/werkdruk/', '/instelling/i05/'])('ends the page title on %s in the upper half of the first screen', async (path) => {
    const { page, problems } = await open(path, 360, 740);
    const h1 = await page.$eval('h1', (h) => h.getBoundingClientRect().bottom);
    // Before issue 29 the header, a menu in three rows and a four-line notice put it at about 560 px.
    expect(h1).toBeLessThanOrEqual(370);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('folds the search and the menu behind one button with aria-expanded, and behind a link without JavaScript', async () => {
    const shown = (page: Page, selector: string) => page.$eval(selector, (el) => getComputedStyle(el).display !== 'none');
    const { page } = await open('/doelstelling/3-3/', 360, 740);
    const button = await page.$('button.menu-button');
    expect(await button!.evaluate((b) => [b.textContent, b.getAttribute('aria-expanded'), b.getAttribute('aria-controls')])).toEqual(['Menu', 'false', 'menu']);
    expect([await shown(page, '.site-nav'), await shown(page, '.site-search')]).toEqual([false, false]);
    await button!.click();
    expect(await button!.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('true');
    expect([await shown(page, '.site-nav'), await shown(page, '.site-search')]).toEqual([true, true]);
    await page.keyboard.press('Escape');
    expect(await button!.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('false');
    expect(await shown(page, '.site-nav')).toBe(false);
    await page.close();

    const plain = await open('/doelstelling/3-3/', 360, 740, { js: false });
    expect(await shown(plain.page, '.site-nav')).toBe(false);
    await plain.page.click('a.menu-button');
    expect([await shown(plain.page, '.site-nav'), await shown(plain.page, '.site-search')]).toEqual([true, true]);
    await plain.page.close();

    // On a wide screen there is no menu button: the navigation is always there.
    const wide = await open('/doelstelling/3-3/', 1280);
    expect([await shown(wide.page, '.menu-button'), await shown(wide.page, '.site-nav')]).toEqual([false, true]);
    await wide.page.close();
  });
});

describe('keyboard', () => {
  it('reaches each chart’s table, downloads and link through one tab stop', async () => {
    const { page } = await open('/doelstelling/3-3/', 1280);
    const charts = await page.$$eval('main figure:not(.table)', (fs) => fs.map((f) => f.id));
    expect(charts.length).toBeGreaterThanOrEqual(4);
    const stops: (string | null)[] = [];
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const a = document.activeElement;
        return !a || a === document.body || a.closest('footer') ? 'end' : (a.closest('figure')?.id ?? null);
      });
      if (at === 'end') break;
      stops.push(at);
    }
    // Each chart: its tools' summary, nothing else (before: the table toggle, five downloads and the link).
    for (const id of charts) expect(stops.filter((s) => s === id), id).toHaveLength(1);
    await page.close();
  });
});

describe('comparing institutions', () => {
  it('draws the view the address asks for: institutions, indicators and the marked one', async () => {
    const { page, problems } = await open('/vergelijk/?i=I02,I03&ind=werkdruk,rekenen&markeer=I03', 1280);
    await page.waitForSelector('.compare-output table');
    const rows = await page.$$eval('.compare-output tbody:not(.data-table__totals) th', (ths) => ths.map((th) => th.textContent!.trim()));
    expect(rows).toEqual(['Instelling 02', 'Instelling 03 (gemarkeerd)']);
    const head = await page.$$eval('.compare-output thead th', (ths) => ths.map((th) => th.textContent!.trim()));
    expect(head).toEqual(['Instelling', 'Rekenen (2024)', 'Werkdruk (2024)']);
    // I03's werkdruk of 2024 rests on 22 respondents: suppressed, so "geen waarde"; it has no rekenen either.
    const cells = await page.$$eval('.compare-output tbody:not(.data-table__totals) tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(cells).toEqual([['71%', '47%'], ['–geen waarde', '–geen waarde']]);
    expect(await page.$$eval('.compare-chart', (svgs) => svgs.map((s) => s.getAttribute('role')))).toEqual(['img', 'img']);
    expect(await page.$eval('#vergelijk-groep', (s) => (s as HTMLSelectElement).value)).toBe('');
    expect(await page.$$eval('input[name="i"]:checked', (is) => is.map((i) => (i as HTMLInputElement).value))).toEqual(['I02', 'I03']);
    expect(await problems()).toEqual([]);
    expect(await axe('/vergelijk/?i=I02,I03&ind=werkdruk,rekenen&markeer=I03', 1280)).toEqual([]);

    // Choosing a group and submitting writes the choice into the address.
    await page.select('#vergelijk-groep', 'soort-roc');
    await page.click('.compare-form button[type="submit"]');
    expect(new URL(page.url()).search).toBe('?groep=soort-roc&ind=rekenen,werkdruk');
    expect(await page.$$eval('.compare-output tbody:not(.data-table__totals) th', (ths) => ths.map((th) => th.textContent!.trim()))).toEqual(['Instelling 01', 'Instelling 02', 'Instelling 05', 'Instelling 06']);
    await page.close();
  });

  it('is where every institution page leads: its peers, the institution marked', async () => {
    const { page, problems } = await open('/instelling/i02/', 1280);
    const links = await page.$$eval('main a[href^="/vergelijk/"]', (as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')]));
    expect(links).toEqual([
      ['Vergelijk met de andere ROC’s', '/vergelijk/?i=I02,I01,I05,I06&markeer=I02'],
      ['Alle ROC’s vergeleken', '/vergelijk/soort/roc/'],
      ['Regio West vergeleken', '/vergelijk/regio/west/'],
    ]);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('main a[href^="/vergelijk/?"]')]);
    await page.waitForSelector('.compare-output table');
    expect(await page.$$eval('.compare-output tr.compare-marked th', (ths) => [...new Set(ths.map((th) => th.textContent!.trim()))])).toEqual(['Instelling 02 (gemarkeerd)']);
    expect(await page.$$eval('.compare-chart__dot--marked', (dots) => dots.length)).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('passes axe and reflows at 320 px, the static group pages without JavaScript too', async () => {
    for (const path of ['/vergelijk/?groep=regio-west', '/vergelijk/soort/roc/']) {
      const { page, problems } = await open(path, 320, 740);
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
      expect(await problems(), path).toEqual([]);
      await page.close();
      expect(await axe(path, 320), path).toEqual([]);
    }
    const plain = await open('/vergelijk/regio/west/', 1280, 900, { js: false });
    expect(await plain.page.$$eval('table tbody:not(.data-table__totals) tr', (trs) => trs.length)).toBeGreaterThan(0);
    expect(await plain.page.$eval('[data-compare]', (el) => (el as HTMLElement).hidden).catch(() => 'absent')).toBe('absent');
    await plain.page.close();
  });
});

describe('downloaded charts', () => {
  it('carry their title, source line, edition and the notice inside the SVG and the PNG; the page keeps its own SVG', async () => {
    const figure = site.report.figures.find((f) => f.id === 'start-streef-werkdruk')!;
    const svg = readFileSync(join(site.dir, 'figuren', 'start-streef-werkdruk.svg'), 'utf8');
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    // The title wraps at the image's width: its lines read back as the figure's title, then the subtitle.
    const subtitle = texts.indexOf('Startwaarde 2022, streefwaarde 2027, realisatie 2024; procent');
    expect(subtitle).toBeGreaterThan(0);
    expect(texts.slice(0, subtitle).join(' ')).toBe(figure.title);
    expect(figure.title).toBe('Aandeel personeel dat werkdruk als (te) hoog ervaart: start- en streefwaarde per instelling');
    expect(texts).toContain(`Bron: ${figure.source}`);
    expect(texts).toContain('Testeditie monitor Werkagenda mbo en Stagepact · peildatum 1 november 2025');
    expect(texts.at(-1)).toBe(EXPORT_NOTICE);
    // "editie" once: the title names it; a snapshot not named after its peildatum is named as well.
    const edition = { title: 'Monitor, editie 2025', snapshot: '2025-11-01', referenceDate: '2025-11-01', synthetic: false };
    expect(editionLine(edition)).toBe('Monitor, editie 2025 · peildatum 1 november 2025');
    expect(editionLine({ ...edition, snapshot: '2025-11-01-herzien' })).toBe('Monitor, editie 2025 · gegevens 2025-11-01-herzien, peildatum 1 november 2025');
    // The chart itself, unchanged, inside.
    expect(svg).toContain(figure.svg!.slice(figure.svg!.indexOf('>') + 1));
    // The PNG is that image at twice its size (resvg), so taller than the chart by the text around it.
    const png = readFileSync(join(site.dir, 'figuren', 'start-streef-werkdruk.png'));
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const [w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).map(Number);
    expect([width, height]).toEqual([w! * PNG_SCALE, h! * PNG_SCALE]);
    expect(h).toBeGreaterThan(Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(figure.svg!)![1]) + 100);
    // The page shows the chart without the notice (its banner says it).
    const page = readFileSync(join(site.dir, 'doelstelling', '3-3', 'index.html'), 'utf8');
    expect(page).toContain(figure.svg!);
    expect(page).not.toContain(EXPORT_NOTICE);
  });
});
