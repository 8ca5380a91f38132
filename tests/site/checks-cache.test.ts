// The per-page cache of check results: a result counts only for exactly the same page and the same files it
// used; anything changed means the page is checked again. Plus the wording of a reflow problem.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageCache } from '../../scripts/site/checks/cache.ts';
import { describeReflow } from '../../scripts/site/checks/reflow.ts';

let site: string;
let cache: string;
const write = (path: string, text: string) => {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), text);
};
const PAGE = '<!doctype html><link rel="stylesheet" href="/assets/site.css"><img src="../fig.svg" alt=""><a href="/other/">x</a>';

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'mbo-checkcache-site-'));
  cache = mkdtempSync(join(tmpdir(), 'mbo-checkcache-'));
  write('page/index.html', PAGE);
  write('assets/site.css', '@font-face { src: url("fonts/a.woff2") } body { color: #222 }');
  write('assets/fonts/a.woff2', 'font-1');
  write('fig.svg', '<svg/>');
  write('other/index.html', 'other');
});
afterEach(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

/** A fresh cache object, as a later build would make. */
const open = (check = 'axe|1280', assets = true) => new PageCache<string[]>(site, check, { dir: cache, assets });

describe('check results cached per page', () => {
  it('returns a stored result for the unchanged page, and counts hits and misses', () => {
    const first = open();
    expect(first.get('/page/')).toBeNull();
    first.set('/page/', ['probleem']);
    const later = open();
    expect(later.get('/page/')).toEqual(['probleem']);
    expect(later.stats).toEqual({ hits: 1, misses: 0 });
    expect(first.stats).toEqual({ hits: 0, misses: 1 });
  });

  it('checks again when the page, a stylesheet, a font the stylesheet loads or an image changed', () => {
    for (const [path, text] of [
      ['page/index.html', `${PAGE} `],
      ['assets/site.css', '@font-face { src: url("fonts/a.woff2") } body { color: #999 }'],
      ['assets/fonts/a.woff2', 'font-2'],
      ['fig.svg', '<svg><text>x</text></svg>'],
    ] as const) {
      open().set('/page/', []);
      expect(open().get('/page/'), path).toEqual([]);
      write(path, text);
      expect(open().get('/page/'), path).toBeNull();
    }
  });

  it('does not depend on pages the page only links to', () => {
    open().set('/page/', []);
    write('other/index.html', 'changed');
    expect(open().get('/page/')).toEqual([]);
  });

  it('depends on files the browser requested while checking', () => {
    write('data/spec.json', '{"a":1}');
    open().set('/page/', [], ['/data/spec.json']);
    expect(open().get('/page/')).toEqual([]);
    write('data/spec.json', '{"a":2}');
    expect(open().get('/page/')).toBeNull();
  });

  it('keeps checks apart, and a check of the HTML alone ignores the stylesheet', () => {
    open('axe|1280').set('/page/', ['a']);
    expect(open('axe|320').get('/page/')).toBeNull();
    open('html', false).set('/page/', ['h']);
    write('assets/site.css', 'body { color: red }');
    expect(open('html', false).get('/page/')).toEqual(['h']);
    expect(open('axe|1280').get('/page/')).toBeNull();
  });

  it('stores nothing without a cache folder', () => {
    const off = new PageCache<string[]>(site, 'axe', { dir: null });
    off.set('/page/', ['x']);
    expect(off.get('/page/')).toBeNull();
  });
});

describe('reflow at 320 px', () => {
  it('names a page wider than the window, in Dutch, and passes one that fits', () => {
    expect(describeReflow('/instellingen/', { scrollWidth: 320, clientWidth: 320, status: 200 })).toBeNull();
    expect(describeReflow('/instellingen/', { scrollWidth: 742, clientWidth: 320, status: 200 })).toBe('/instellingen/: 742 px breed bij een venster van 320 px; de pagina schuift opzij');
    expect(describeReflow('/weg/', { scrollWidth: 0, clientWidth: 320, status: 404 })).toBe('/weg/: pagina laadt niet (HTTP 404)');
  });
});
