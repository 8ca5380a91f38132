// Each chart's SVG, validated in Chromium once per content hash: html-validate does not look inside <svg>, so
// these problems would otherwise pass unseen.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../scripts/lib/chromium.ts';
import { validateSvgs } from '../../scripts/site/checks/svg.ts';

let session: BrowserSession;
let root: string;
let cache: string;

const GOOD = '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t d"><title id="t">Titel</title><desc id="d">Beschrijving</desc><g><text>1</text></g></svg>';
const FILES: Record<string, string> = {
  'a.svg': GOOD,
  'b.svg': GOOD,
  'dup.svg': '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="x"><g id="a"/><g id="a"/></svg>',
  'ref.svg': '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="weg"><rect fill="url(#niets)"/></svg>',
  'broken.svg': '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>',
  'code.svg': '<svg xmlns="http://www.w3.org/2000/svg" role="img"><title>t</title><rect onclick="x()"/><script>x()</script><blink/><a href="#t"><text>1</text></a><g tabindex="0"/></svg>',
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mbo-svg-'));
  cache = mkdtempSync(join(tmpdir(), 'mbo-svg-cache-'));
  mkdirSync(join(root, 'figuren'));
  for (const [name, svg] of Object.entries(FILES)) writeFileSync(join(root, 'figuren', name), `${svg}\n`);
  session = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await session?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe('validateSvgs', () => {
  it('names each problem per file, and validates equal SVGs once', async () => {
    const report = await validateSvgs(session.browser, root, cache);
    expect(report.files).toBe(6);
    expect(report.distinct).toBe(5);
    expect(report.cached).toBe(0);
    const of = (file: string) => report.problems.filter((p) => p.startsWith(`/figuren/${file}: `));
    expect(of('a.svg')).toEqual([]);
    expect(of('b.svg')).toEqual([]);
    expect(of('dup.svg')).toEqual(['/figuren/dup.svg: id "a" komt meer dan eens voor']);
    // The dangling aria-labelledby also leaves the chart without a name.
    expect(of('ref.svg')).toHaveLength(3);
    expect(of('ref.svg').join('\n')).toMatch(/<svg role="img"> heeft geen naam/);
    expect(of('ref.svg').join('\n')).toMatch(/aria-labelledby="weg".*verwijst naar een id die er niet is/);
    expect(of('ref.svg').join('\n')).toMatch(/fill="url\(#niets\)"/);
    expect(of('broken.svg')).toHaveLength(1);
    expect(of('broken.svg')[0]).toMatch(/geen geldige XML/);
    expect(of('code.svg').join('\n')).toMatch(/onclick/);
    expect(of('code.svg').join('\n')).toMatch(/<script> hoort niet in een grafiek/);
    expect(of('code.svg').join('\n')).toMatch(/<blink> is geen SVG-element/);
    // axe checks a chart without its drawing, so nothing in it may take the focus.
    expect(of('code.svg').join('\n')).toMatch(/<a> kan de focus krijgen/);
    expect(of('code.svg').join('\n')).toMatch(/<g> kan de focus krijgen/);
  }, 60_000);

  it('takes an unchanged SVG from the cache, with the same result', async () => {
    const first = await validateSvgs(session.browser, root, cache);
    expect(readdirSync(cache)).toHaveLength(5);
    const again = await validateSvgs(session.browser, root, cache);
    expect(again.cached).toBe(5);
    expect(again.problems).toEqual(first.problems);
  }, 60_000);
});
