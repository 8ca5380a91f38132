// The link checker on a small hand-made site: it must find missing files, missing #fragments and resources
// loaded from another origin, and accept everything that resolves.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, extractReferences } from '../../scripts/site/checks/links.ts';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mbo-links-'));
  write('index.html', '<a href="/a/">a</a> <a href="a/#deel">deel</a> <a href="https://www.rijksoverheid.nl/">extern</a> <a href="mailto:x@example.org">mail</a> <link rel="stylesheet" href="/s.css"> <a href="#top" id="top">top</a>');
  write('a/index.html', '<h2 id="deel">Deel</h2><a href="../">terug</a> <img src="/missing.png" alt=""> <a href="/#nergens">kapot anker</a> <a href="/b/">geen map</a>');
  write('c/index.html', '<script src="https://cdn.example.org/x.js"></script><a href="/rapport.pdf">pdf</a><form action="/zoeken/"></form>');
  write('s.css', '@font-face { src: url(fonts/a.woff2) } body { background: url("https://cdn.example.org/bg.png") }');
  write('fonts/a.woff2', 'x');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('extractReferences', () => {
  it('reads href, src, action and srcset and decodes entities', () => {
    const refs = extractReferences('<a href="/x/?a=1&amp;b=2">x</a><img srcset="/a.png 1x, /b.png 2x" alt=""><!-- <a href="/weg/"> --><form action="/z/">');
    expect(refs.map((r) => `${r.tag} ${r.attr} ${r.value}`)).toEqual(['a href /x/?a=1&b=2', 'img srcset /a.png', 'img srcset /b.png', 'form action /z/']);
  });
});

describe('checkLinks', () => {
  it('reports every broken reference and nothing that resolves', () => {
    const report = checkLinks(root);
    expect(report.pages).toBe(3);
    expect(report.problems).toEqual([
      '/a/: <img src="/missing.png"> wijst naar /missing.png, dat niet bestaat',
      '/a/: <a href="/#nergens"> wijst naar #nergens, maar die plek bestaat niet op /',
      '/a/: <a href="/b/"> wijst naar /b/, dat niet bestaat',
      '/c/: <script src="https://cdn.example.org/x.js"> laadt iets van een andere website',
      '/c/: <a href="/rapport.pdf"> wijst naar /rapport.pdf, dat niet bestaat',
      '/c/: <form action="/zoeken/"> wijst naar /zoeken/, dat niet bestaat',
      '/s.css: url(https://cdn.example.org/bg.png) laadt iets van een andere website',
    ]);
  });

  it('accepts files a later stage will write', () => {
    const report = checkLinks(root, { pending: ['/rapport.pdf'] });
    expect(report.problems.some((p) => p.includes('rapport.pdf'))).toBe(false);
    expect(report.problems).toHaveLength(6);
  });
});
