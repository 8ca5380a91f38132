// The built site in real Chromium: axe finds no violations on one page of each type (at 1280 and 360 px),
// an interactive chart and the search page run under the Content-Security-Policy without a violation, a
// failed request or a request to another origin, tables sort and filter, and the keyboard path works.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolation, runAxe } from '../../scripts/site/checks/axe.ts';
import { launchBrowser, type BrowserSession } from '../../scripts/lib/chromium.ts';
import { sitePages } from '../../scripts/site/checks/plan.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { buildSample, type BuiltSite } from './build-sample.ts';

let site: BuiltSite;
let server: StaticServer;
let session: BrowserSession;
let browser: Browser;
/** The first page of each page type. */
const samplePaths = (data: BuiltSite['data']) => [...new Map(sitePages(data).reverse().map((p) => [p.kind, p.url])).values()];

beforeAll(async () => {
  site = await buildSample({ context: { interactiveFigures: true } });
  server = await serveStatic(site.dir);
  session = await launchBrowser();
  browser = session.browser;
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  site?.remove();
});

interface Watched {
  readonly page: Page;
  readonly problems: string[];
  readonly requests: string[];
  cspViolations(): Promise<string[]>;
}

/** A page that records console errors, failed requests, HTTP errors, other origins and CSP violations. */
async function watchedPage(width = 1280): Promise<Watched> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const problems: string[] = [];
  const requests: string[] = [];
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return {
    page,
    problems,
    requests,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

const otherOrigins = (requests: readonly string[]) => requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:'));

describe('accessibility (axe-core)', () => {
  it('finds no violations on one page of each type at 1280 px', async () => {
    const paths = samplePaths(site.data);
    expect(paths).toHaveLength(13);
    const report = await runAxe(browser, server.origin, paths, { width: 1280 });
    expect(report.violations.map(describeViolation)).toEqual([]);
  });

  it('finds no violations at 360 px, and no page scrolls sideways', async () => {
    const paths = samplePaths(site.data);
    // The narrow layout differs in header, tables and cards: check the pages that have them.
    const report = await runAxe(browser, server.origin, ['/', '/doelstelling/3-3/', '/instellingen/', '/downloads/'], { width: 360 });
    expect(report.violations.map(describeViolation)).toEqual([]);
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 740 });
    for (const path of paths) {
      await page.goto(server.origin + path, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    await page.close();
  });
});

describe('reflow (WCAG 1.4.10)', () => {
  it('has no page of any type wider than the viewport at 320 and 360 px', async () => {
    const paths = samplePaths(site.data);
    const page = await browser.newPage();
    const wide: string[] = [];
    for (const width of [320, 360]) {
      await page.setViewport({ width, height: 740 });
      for (const path of paths) {
        // Measured once the interactive charts have replaced the static ones.
        await page.goto(server.origin + path, { waitUntil: 'networkidle0' });
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        if (scroll > client) wide.push(`${width} px ${path}: ${scroll} > ${client}`);
      }
    }
    expect(wide).toEqual([]);
    await page.close();
  });
});

describe('content security policy', () => {
  it('renders an interactive chart with no violation, failed request or other origin', async () => {
    const w = await watchedPage();
    await w.page.goto(`${server.origin}/doelstelling/3-3/`, { waitUntil: 'networkidle0' });
    // assets/js/figure-embed.js renders the live view into a `.figure-interactive` child of the chart and marks
    // the chart `data-embed="interactive"`; the static SVG stays in place (hidden) as the fallback.
    await w.page.waitForSelector('.figure-chart[data-embed="interactive"]', { timeout: 20_000 });
    expect(await w.page.$$eval('.figure-chart .figure-interactive svg', (els) => els.length)).toBeGreaterThan(0);
    expect(await w.page.$eval('.figure-chart .figure-interactive', (el) => el.getAttribute('role'))).toBe('img');
    expect(await w.cspViolations()).toEqual([]);
    expect(w.problems).toEqual([]);
    expect(otherOrigins(w.requests)).toEqual([]);
    expect(w.requests.some((u) => u.endsWith('/assets/vendor/vega-interpreter.js'))).toBe(true);
    expect(w.requests.some((u) => u.endsWith('/figuren/ambitie-werkdruk.vl.json'))).toBe(true);
    await w.page.close();
  });

  it('searches offline with pagefind under the policy', async () => {
    const w = await watchedPage();
    await w.page.goto(`${server.origin}/zoeken/?q=werkdruk`, { waitUntil: 'networkidle0' });
    await w.page.waitForSelector('.search-results__list a', { timeout: 20_000 });
    const links = await w.page.$$eval('.search-results__list a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/indicator/werkdruk/');
    expect(await w.page.$eval('.search-results__status', (p) => p.textContent)).toMatch(/^\d+ resultaten voor “werkdruk”\.$/);
    expect(await w.cspViolations()).toEqual([]);
    expect(w.problems).toEqual([]);
    expect(otherOrigins(w.requests)).toEqual([]);
    expect(w.requests.some((u) => u.endsWith('.wasm') || u.includes('/pagefind/wasm'))).toBe(true);

    // Dutch index with synonyms: the words of an abbreviation find its page, and the page is the first result.
    await w.page.goto(`${server.origin}/zoeken/?q=${encodeURIComponent('voortijdig schoolverlaten')}`, { waitUntil: 'networkidle0' });
    await w.page.waitForSelector('.search-results__list a', { timeout: 20_000 });
    expect((await w.page.$$eval('.search-results__list a', (as) => as.map((a) => a.getAttribute('href'))))[0]).toBe('/indicator/vsv/');

    // A partly typed word finds the longer words it starts.
    await w.page.goto(`${server.origin}/zoeken/?q=stagebeg`, { waitUntil: 'networkidle0' });
    await w.page.waitForSelector('.search-results__list a', { timeout: 20_000 });
    expect(await w.page.$$eval('.search-results__list a', (as) => as.map((a) => a.getAttribute('href')))).toContain('/stagepact/sp1/');

    // More than 20 results: the first 20, then "Meer resultaten" shows the rest.
    await w.page.goto(`${server.origin}/zoeken/?q=instellingen`, { waitUntil: 'networkidle0' });
    await w.page.waitForSelector('.search-results__list a', { timeout: 20_000 });
    const total = Number((await w.page.$eval('.search-results__status', (p) => p.textContent!)).match(/^(\d+) resultaten/)![1]);
    expect(total).toBeGreaterThan(20);
    expect(await w.page.$$eval('.search-results__list li', (li) => li.length)).toBe(20);
    await w.page.click('.search-results__more');
    await w.page.waitForFunction((n) => document.querySelectorAll('.search-results__list li').length === n, {}, Math.min(total, 40));
    expect(await w.page.$eval('.search-results__more', (b) => (b as HTMLButtonElement).hidden)).toBe(total <= 40);

    // The escaped institution name is found as text and shown as text.
    await w.page.goto(`${server.origin}/zoeken/?q=alert`, { waitUntil: 'networkidle0' });
    await w.page.waitForSelector('.search-results__list a', { timeout: 20_000 });
    const titles = await w.page.$$eval('.search-results__list a', (as) => as.map((a) => a.textContent));
    expect(titles).toContain('<script>alert(1)</script>');
    expect(await w.page.$$eval('.search-results script', (s) => s.length)).toBe(0);
    expect(await w.cspViolations()).toEqual([]);
    await w.page.close();
  });
});

describe('interaction', () => {
  it('sorts and filters the institution overview', async () => {
    const w = await watchedPage();
    await w.page.goto(`${server.origin}/instellingen/`, { waitUntil: 'load' });
    const names = () => w.page.$$eval('table[data-filterable] tbody tr:not([hidden]) th', (ths) => ths.map((th) => th.textContent!.trim()));
    expect(await names()).toEqual(['ROC Noorderland', 'Vakcollege Westkust', '<script>alert(1)</script>']);
    // Column 4 is "Studenten": ascending, then descending.
    await w.page.click('table[data-filterable] thead th:nth-child(4) button');
    expect(await w.page.$eval('table[data-filterable] thead th:nth-child(4)', (th) => th.getAttribute('aria-sort'))).toBe('ascending');
    expect(await names()).toEqual(['<script>alert(1)</script>', 'ROC Noorderland', 'Vakcollege Westkust']);
    await w.page.click('table[data-filterable] thead th:nth-child(4) button');
    expect(await names()).toEqual(['Vakcollege Westkust', 'ROC Noorderland', '<script>alert(1)</script>']);
    await w.page.type('.table-filter input', 'noord');
    expect(await names()).toEqual(['ROC Noorderland']);
    expect(await w.page.$eval('.table-filter__status', (p) => p.textContent)).toBe('1 van 3 rijen zichtbaar');
    // "Type 1" matches the cell "Type 1", not every row with a 1 somewhere (12.000, 18.500).
    await w.page.$eval('.table-filter input', (input) => ((input as HTMLInputElement).value = ''));
    await w.page.type('.table-filter input', 'Type 1');
    expect(await names()).toEqual(['ROC Noorderland']);
    // Restricted to one column: "noord" is a region only in the Regio column, not in the Type column.
    await w.page.$eval('.table-filter input', (input) => ((input as HTMLInputElement).value = ''));
    await w.page.type('.table-filter input', 'noord');
    await w.page.select('.table-filter select', '4');
    expect(await names()).toEqual([]);
    await w.page.select('.table-filter select', '2');
    expect(await names()).toEqual(['ROC Noorderland']);
    expect(w.problems).toEqual([]);
    await w.page.close();
  });

  it('keeps the total row at the bottom whatever the sort', async () => {
    const w = await watchedPage();
    await w.page.goto(`${server.origin}/doelstelling/2-2/`, { waitUntil: 'load' });
    const table = 'figure#fig-stagevergoeding-bol table';
    const last = () => w.page.$eval(table, (t) => (t as HTMLTableElement).rows[(t as HTMLTableElement).rows.length - 1]!.cells[0]!.textContent!.trim());
    for (const column of [1, 2, 4]) {
      await w.page.click(`${table} thead th:nth-child(${column}) button`);
      expect(await last()).toBe('Totaal');
      await w.page.click(`${table} thead th:nth-child(${column}) button`);
      expect(await last()).toBe('Totaal');
    }
    expect(w.problems).toEqual([]);
    await w.page.close();
  });

  it('starts keyboard navigation with a visible skip link to the content', async () => {
    const { page } = await watchedPage();
    await page.goto(`${server.origin}/doelstelling/3-3/`, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, top: box.top, background: getComputedStyle(el).backgroundColor };
    });
    expect(skip.text).toBe('Direct naar de inhoud');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.background).toBe('rgb(255, 182, 18)');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.close();
  });

  it('reads complete without JavaScript', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}/instellingen/`, { waitUntil: 'load' });
    expect(await page.$$eval('table[data-filterable] tbody tr', (rows) => rows.length)).toBe(3);
    expect(await page.$('.table-filter')).toBeNull();
    await page.goto(`${server.origin}/doelstelling/3-3/`, { waitUntil: 'load' });
    expect(await page.$$eval('.figure-chart svg', (svgs) => svgs.length)).toBe(1);
    await page.close();
  });
});
