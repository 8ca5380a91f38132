// Search as readers use it (issue 29): ten queries on the fixture edition's site, each with the page it must
// find first. The real pagefind index of the built site, queried with pagefind's own search script in Node
// (served over http, as the browser fetches it). The search page (assets/js/search.js) sets no ranking option, so
// the order here is the order a reader sees.
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
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

beforeAll(async () => {
  site = await buildFixtureSite();
  server = await serveStatic(site.dir);
  pagefind = (await import(pathToFileURL(`${site.dir}/pagefind/pagefind.js`).href)) as Pagefind;
  await pagefind.options({ basePath: `${server.origin}/pagefind/`, excerptLength: 24 });
});
afterAll(async () => {
  await pagefind?.destroy?.();
  await server?.close();
  site?.remove();
});

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
