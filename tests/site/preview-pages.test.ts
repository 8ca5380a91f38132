// The preview re-renders only the pages an edit in content/ changed (serve.ts): a page whose data are the same
// is left out of the lists Eleventy paginates over, unless data shared by every page changed.
import { describe, expect, it } from 'vitest';
import { changedPageLists } from '../../scripts/site/eleventy.ts';
import type { SiteData, SitePage } from '../../scripts/site/types.ts';

const page = (url: string, text = 'tekst'): SitePage => ({ url, kind: url === '/' ? 'home' : 'section', title: url, content: [{ kind: 'paragraph', html: text }] }) as unknown as SitePage;

function data(overrides: { voorwoord?: string; title?: string } = {}): SiteData {
  return {
    title: overrides.title ?? 'Monitor',
    edition: { name: '2025-11-01' },
    pages: [page('/'), page('/voorwoord/', overrides.voorwoord), page('/samenvatting/')],
    downloads: page('/downloads/'),
    search: page('/zoeken/'),
    accessibility: page('/toegankelijkheid/'),
    figures: { a: { svg: '<svg/>' } },
    footerLinks: [],
    warnings: [],
  } as unknown as SiteData;
}

const urls = (lists: ReturnType<typeof changedPageLists>) => Object.values(lists).flat().map((p: SitePage) => p.url);

describe('changedPageLists', () => {
  it('lists no page when nothing changed', () => {
    expect(urls(changedPageLists(data(), data()))).toEqual([]);
  });

  it('lists only the page whose text changed', () => {
    expect(urls(changedPageLists(data(), data({ voorwoord: 'nieuwe tekst' })))).toEqual(['/voorwoord/']);
  });

  it('lists every page when data all pages share changed', () => {
    expect(urls(changedPageLists(data(), data({ title: 'Andere titel', voorwoord: 'nieuwe tekst' })))).toEqual(['/', '/voorwoord/', '/samenvatting/', '/downloads/', '/zoeken/', '/toegankelijkheid/']);
  });
});
