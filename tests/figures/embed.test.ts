// templates/assets/js/figure-embed.js in Chromium, under the site's Content-Security-Policy: a wide page swaps
// the static SVG for a live view with tooltips and the same text alternative; a narrow page keeps the static
// SVG; nothing becomes focusable; no CSP violation. Uses the site stage's vendor copy, server and browser.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFigure } from '../../scripts/figures/render.ts';
import { launchBrowser, type BrowserSession } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { copyVendorAssets } from '../../scripts/site/assets.ts';
import { sample } from './fixtures.ts';

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
const SCRIPTS = ['/assets/vendor/vega.min.js', '/assets/vendor/vega-lite.min.js', '/assets/vendor/vega-embed.min.js', '/assets/vendor/vega-interpreter.js', '/assets/js/figure-embed.js'];

let dir: string;
let server: StaticServer;
let session: BrowserSession;
let title: string;
let alt: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'figure-embed-'));
  copyVendorAssets(dir);
  mkdirSync(join(dir, 'assets/js'), { recursive: true });
  copyFileSync(join(import.meta.dirname, '../../templates/assets/js/figure-embed.js'), join(dir, 'assets/js/figure-embed.js'));
  const figure = await renderFigure(sample('budget-shares'));
  title = figure.title;
  alt = figure.alt;
  mkdirSync(join(dir, 'figuren'));
  writeFileSync(join(dir, 'figuren/budget.vl.json'), JSON.stringify(figure.spec));
  writeFileSync(join(dir, 'figuren/budget.smal.vl.json'), JSON.stringify(figure.narrowSpec));
  // The same chart with its phone variant (issue 16): the live view takes the spec that fits the column.
  writeFileSync(
    join(dir, 'smal.html'),
    `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">` +
      `<title>Test</title>${SCRIPTS.map((s) => `<script src="${s}" defer></script>`).join('')}</head><body>` +
      `<figure><figcaption>${figure.title}</figcaption><div class="figure-chart figure-chart--variants" data-spec="/figuren/budget.vl.json" ` +
      `data-spec-narrow="/figuren/budget.smal.vl.json">${figure.svg}${figure.svgNarrow}</div></figure></body></html>`,
  );
  writeFileSync(
    join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">` +
      `<title>Test</title>${SCRIPTS.map((s) => `<script src="${s}" defer></script>`).join('')}</head><body>` +
      `<a href="#">voor</a><figure><figcaption>${title}</figcaption><div class="figure-chart" data-spec="/figuren/budget.vl.json">${figure.svg}</div></figure>` +
      `<a href="#">na</a></body></html>`,
  );
  server = await serveStatic(dir);
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(width: number, path = '/'): Promise<{ page: Page; csp: () => Promise<string[]> }> {
  const page = await session.browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('.figure-chart')?.getAttribute('data-embed') !== 'loading' && document.querySelector('.figure-chart')?.hasAttribute('data-embed'), { timeout: 20_000 });
  return { page, csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

describe('figure-embed.js', () => {
  it('replaces the static SVG by a live view with the same text alternative, under the CSP', async () => {
    const { page, csp } = await open(1280);
    const state = await page.$eval('.figure-chart', (el) => ({
      embed: el.getAttribute('data-embed'),
      staticHidden: (el.querySelector(':scope > svg') as SVGElement).style.display === 'none',
      role: el.querySelector('.figure-interactive')?.getAttribute('role'),
      label: el.querySelector('.figure-interactive')?.getAttribute('aria-label'),
      bars: el.querySelectorAll('.figure-interactive .mark-rect path').length,
      focusable: el.querySelectorAll('a, button, input, select, [tabindex]').length,
    }));
    expect(state).toEqual({ embed: 'interactive', staticHidden: true, role: 'img', label: `${title}. ${alt}`, bars: 3, focusable: 0 });
    expect(await csp()).toEqual([]);

    // Hovering a bar shows a tooltip with the Dutch value text.
    const bar = await page.$('.figure-interactive .mark-rect path');
    await bar!.hover();
    await page.waitForSelector('#vg-tooltip-element.visible', { timeout: 5_000 });
    expect(await page.$eval('#vg-tooltip-element', (el) => el.textContent)).toMatch(/\d+%/);

    // Keyboard path: from the link before the figure, Tab goes straight to the link after it.
    await page.focus('a');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('na');
    await page.close();
  });

  it('keeps the static SVG where the column is narrower than the chart', async () => {
    const { page, csp } = await open(400);
    const state = await page.$eval('.figure-chart', (el) => ({
      embed: el.getAttribute('data-embed'),
      visibleSvgs: [...el.querySelectorAll('svg')].filter((s) => (s as SVGElement).style.display !== 'none').length,
      interactive: el.querySelectorAll('.figure-interactive').length,
    }));
    expect(state).toEqual({ embed: 'static', visibleSvgs: 1, interactive: 0 });
    expect(await csp()).toEqual([]);
    await page.close();
  });

  it('shows the phone variant live where only that fits, and static where neither fits', async () => {
    // A <figure> has 40 px margins: at 440 px the column is 344 px, room for the 320 px phone variant only.
    const live = await open(440, '/smal.html');
    const state = await live.page.$eval('.figure-chart', (el) => ({
      embed: el.getAttribute('data-embed'),
      width: el.querySelector('.figure-interactive svg')?.getAttribute('width'),
      staticHidden: [...el.querySelectorAll(':scope > svg')].every((s) => (s as SVGElement).style.display === 'none'),
    }));
    expect(state).toEqual({ embed: 'interactive', width: '320', staticHidden: true });
    expect(await live.csp()).toEqual([]);
    await live.page.close();

    const narrow = await open(320, '/smal.html');
    expect(await narrow.page.$eval('.figure-chart', (el) => el.getAttribute('data-embed'))).toBe('static');
    await narrow.page.close();
  });
});
