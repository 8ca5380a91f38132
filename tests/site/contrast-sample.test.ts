// color-contrast checks one element per contrast signature (axe.ts): on a hand-made page, a low-contrast cell
// among hundreds of identical good ones is still found, the same text style on a darker background is checked
// on its own, and identical cells are checked once. And one visit per page (pages.ts) measures the width before the
// charts' drawing is taken out and still finds what axe finds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { CONTRAST_MARK, markContrastSample, runAxe } from '../../scripts/site/checks/axe.ts';
import { PageCache } from '../../scripts/site/checks/cache.ts';
import { checkPages } from '../../scripts/site/checks/pages.ts';

const rows = (n: number, cls = '') => Array.from({ length: n }, (_, i) => `<tr><td${cls}>rij ${i}</td><td>${i * 3}</td></tr>`).join('');
const page = (body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title><style>` +
  `body { color: #222; background: #fff } .pale { color: #bbb } .band { background: #555 }` +
  `</style></head><body><main><h1>Proef</h1>${body}</main></body></html>`;

let dir: string;
let server: StaticServer;
let session: BrowserSession;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mbo-contrast-'));
  const table = (middle: string) => `<table><caption>Tabel</caption><thead><tr><th>Naam</th><th>Waarde</th></tr></thead><tbody>${rows(300)}${middle}${rows(300)}</tbody></table>`;
  writeFileSync(join(dir, 'pale.html'), page(table(rows(1, ' class="pale"'))));
  writeFileSync(join(dir, 'good.html'), page(table('')));
  // A chart with a name, and one without: axe checks the chart as one image, without its drawing.
  const chart = (name: string) => `<svg class="chart-svg" role="img" ${name}viewBox="0 0 10 10">${name ? '<title id="t">Grafiek</title>' : ''}<g><text x="1" y="5" fill="#eee">laag contrast</text><image href="x.png"/></g></svg>`;
  writeFileSync(join(dir, 'charts.html'), page(`${chart('aria-labelledby="t" ')}${chart('')}`));
  writeFileSync(join(dir, 'wide.html'), page('<div style="width: 742px">Te breed voor een telefoon.</div><img src="x.png">'));
  writeFileSync(join(dir, 'band.html'), page('<p>Leesbaar op wit.</p><div class="band"><p>Dezelfde tekststijl op een donkere band.</p></div>'));
  server = await serveStatic(dir);
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('one visit per page for reflow and axe (pages.ts)', () => {
  it('measures the width with the charts drawn, then finds what axe finds without their drawing', async () => {
    const cache = () => new PageCache<never>(dir, 'proef', { dir: null });
    const paths = ['/wide.html', '/charts.html', '/good.html'];
    const found = await checkPages(session.browser, server.origin, paths, { axeWidth: 1280, axeCache: cache(), reflowCache: cache() });
    // 742 px and the body's default margin of 8 px.
    expect(found.reflow.map((r) => r.scrollWidth)).toEqual([750, 320, 320]);
    expect(found.axe.map((page) => page.map((v) => v.rule))).toEqual([['image-alt'], ['svg-img-alt'], []]);
  });
});

describe('color-contrast on one element per contrast signature', () => {
  it('finds the one pale cell among 600 identical good ones', async () => {
    const report = await runAxe(session.browser, server.origin, ['/pale.html']);
    const contrast = report.violations.filter((v) => v.rule === 'color-contrast');
    expect(contrast).toHaveLength(1);
    expect(contrast[0]!.targets).toHaveLength(1);
    expect(contrast[0]!.targets[0]).toMatch(/pale/);
  });

  it('checks a chart as one image: its name, not its drawing', async () => {
    const report = await runAxe(session.browser, server.origin, ['/charts.html']);
    expect(report.violations.map((v) => `${v.rule} ${v.targets.join(',')}`)).toEqual(['svg-img-alt svg:nth-child(3)']);
  });

  it('checks the same text style on another background on its own', async () => {
    const report = await runAxe(session.browser, server.origin, ['/band.html']);
    expect(report.violations.filter((v) => v.rule === 'color-contrast').flatMap((v) => v.targets)).toEqual(['div > p']);
  });

  it('checks identical cells once, and keeps every element without text of its own', async () => {
    const tab = await session.browser.newPage();
    try {
      await tab.goto(`${server.origin}/good.html`);
      const [marked, texts] = await markContrastSample(tab);
      // 1.200 cells, the caption, two headers and the heading have text: a handful of signatures.
      expect(texts).toBe(1204);
      const textMarked = await tab.evaluate((mark) => [...document.querySelectorAll(`[${mark}]`)].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())).length, CONTRAST_MARK);
      expect(textMarked).toBeLessThanOrEqual(5);
      const withoutText = await tab.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())).length);
      expect(marked).toBe(textMarked + withoutText);
    } finally {
      await tab.close();
    }
  });
});
