// Every chart's SVG validated once per content hash (issue 31, decision 1). html-validate does not look inside
// <svg> (foreign content: a duplicate id or a dangling aria-labelledby there passes), so the SVG files under
// /figuren/ are parsed by Chromium's XML parser (DOMParser, image/svg+xml) and checked for what an inline chart
// needs: well-formed XML, an <svg> root in the SVG namespace, only elements SVG knows, unique ids, every
// reference (#id, url(#id), aria-labelledby/-describedby) resolving inside the SVG, a name for role="img",
// nothing that runs (script, foreignObject, on… attributes) and nothing that takes focus (a link, tabindex): axe
// checks a chart as one image without its drawing (axe.ts), so what could make the drawing interactive is checked here. The same SVG inline in a page is the same bytes, so
// its result holds wherever the chart appears. Results are kept per content hash in the checks' cache folder.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { readJson, writeJsonAtomic } from '../../lib/cache.ts';
import { FIGURE_DIR } from '../figures.ts';
import { listFiles } from './links.ts';

/** What a result depends on besides the SVG (bump when the rules below change). */
export const SVG_CHECK = 'svg|chromium-domparser|v2';

export interface SvgReport {
  readonly files: number;
  /** Distinct SVGs (content hashes) among the files, and how many of those came from the cache. */
  readonly distinct: number;
  readonly cached: number;
  /** Dutch, `/figuren/x.svg: …`, in file order. */
  readonly problems: readonly string[];
}

/** Validate every SVG under /figuren/ of the built site in `root`, once per content hash. */
export async function validateSvgs(browser: Browser, root: string, cacheDir: string | null): Promise<SvgReport> {
  const files = listFiles(join(root, FIGURE_DIR), '.svg').map((name) => `${FIGURE_DIR}${name}`);
  const byHash = new Map<string, string>();
  const hashOf = files.map((url) => {
    const svg = readFileSync(join(root, url), 'utf8');
    const hash = createHash('sha256').update(SVG_CHECK).update('\u0000').update(svg).digest('hex').slice(0, 32);
    byHash.set(hash, svg);
    return hash;
  });
  const found = new Map<string, string[]>();
  const entry = (hash: string) => (cacheDir ? join(cacheDir, `svg-${hash}.json`) : null);
  for (const hash of byHash.keys()) {
    const cached = entry(hash);
    const problems = cached ? readJson<string[]>(cached) : null;
    if (problems) found.set(hash, problems);
  }
  const cached = found.size;
  const todo = [...byHash.keys()].filter((h) => !found.has(h));
  if (todo.length > 0) {
    const page = await browser.newPage();
    try {
      // In batches: one evaluate per SVG costs a round trip each, all at once one huge message.
      for (let i = 0; i < todo.length; i += 40) {
        const batch = todo.slice(i, i + 40);
        const results = await page.evaluate(checkInPage, batch.map((h) => byHash.get(h)!));
        batch.forEach((hash, j) => found.set(hash, results[j]!));
      }
    } finally {
      await page.close();
    }
    if (cacheDir) mkdirSync(cacheDir, { recursive: true });
    for (const hash of todo) {
      const file = entry(hash);
      if (file) writeJsonAtomic(file, found.get(hash));
    }
  }
  return { files: files.length, distinct: byHash.size, cached, problems: files.flatMap((url, i) => found.get(hashOf[i]!)!.map((p) => `${url}: ${p}`)) };
}

/** Runs in the page (no closures, no helpers from outside): the problems of each SVG, in Dutch. */
function checkInPage(svgs: string[]): string[][] {
  const SVG_NS = 'http://www.w3.org/2000/svg';
  return svgs.map((text) => {
    const problems: string[] = [];
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    if (error) return [`geen geldige XML: ${(error.textContent ?? '').trim().split('\n')[0]}`];
    const root = doc.documentElement;
    if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS) return ['het hoofdelement is geen <svg> in de SVG-namespace'];
    const ids = new Set<string>();
    const all = [root, ...root.querySelectorAll('*')];
    for (const el of all) {
      if (el.id) {
        if (ids.has(el.id)) problems.push(`id "${el.id}" komt meer dan eens voor`);
        ids.add(el.id);
      }
    }
    const unknown = new Set<string>();
    for (const el of all) {
      const name = el.localName;
      if (el.namespaceURI !== SVG_NS) problems.push(`<${name}> staat niet in de SVG-namespace`);
      // Elements SVG knows get their own interface (SVGGElement, SVGTextElement, …); others stay SVGElement.
      else if (Object.getPrototypeOf(el) === SVGElement.prototype) unknown.add(name);
      if (name === 'script' || name === 'foreignObject') problems.push(`<${name}> hoort niet in een grafiek`);
      if (name === 'a' || el.hasAttribute('tabindex')) problems.push(`<${name}> kan de focus krijgen; een grafiek is één afbeelding`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) problems.push(`attribuut ${attr.name} op <${name}> voert code uit`);
        const refs: string[] = [];
        if (attr.name === 'href' || attr.name === 'xlink:href') {
          if (attr.value.startsWith('#')) refs.push(attr.value.slice(1));
        } else if (attr.name === 'aria-labelledby' || attr.name === 'aria-describedby') refs.push(...attr.value.split(/\s+/).filter(Boolean));
        for (const m of attr.value.matchAll(/url\(\s*['"]?#([^'")\s]+)/g)) refs.push(m[1]!);
        for (const ref of refs) if (!ids.has(ref)) problems.push(`${attr.name}="${attr.value}" op <${name}> verwijst naar een id die er niet is`);
      }
    }
    for (const name of unknown) problems.push(`<${name}> is geen SVG-element`);
    for (const el of all.filter((e) => e.getAttribute('role') === 'img')) {
      const labelledby = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const named =
        (el.getAttribute('aria-label') ?? '').trim() !== '' ||
        labelledby.some((id) => (doc.getElementById(id)?.textContent ?? '').trim() !== '') ||
        [...el.children].some((c) => c.localName === 'title' && (c.textContent ?? '').trim() !== '');
      if (!named) problems.push(`<${el.localName} role="img"> heeft geen naam (aria-label, aria-labelledby of <title>)`);
    }
    return problems;
  });
}
