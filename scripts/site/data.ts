// The site-data stage: flattens the Report into one entry per page (url, title, breadcrumbs, content,
// prev/next, navigation state), plus the site-only pages. Pure: everything it needs from disk comes in
// through `SiteContext`.
import { ReportError } from '../lib/errors.ts';
import type { Chapter, Report, Section } from '../report/types.ts';
import { pageContent } from './content.ts';
import { figureView, onSitePage } from './figures.ts';
import { pageText, searchKeywords, searchSynonyms, SITE_PAGE_KEYWORDS } from './search-terms.ts';
import { comparePages } from './comparison-pages.ts';
import { accessibilityPage, DATA_NOTE_SECTION, downloadsPage, editionView, searchPage } from './site-pages.ts';
import type { BlockView, FigureView, Link, NavItem, PageKind, SiteContext, SiteData, SiteExtras, SitePage } from './types.ts';

const URL_PATTERN = /^\/(?:[a-z0-9][a-z0-9-]*\/)*$/;

/** The page type follows from the URL scheme in architecture.md. */
export function pageKind(url: string): PageKind {
  if (url === '/') return 'home';
  if (url === '/instellingen/') return 'institutions';
  if (url === '/instellingen/typologie/') return 'typology';
  if (url === '/verantwoording/') return 'method';
  if (url === '/wat-is-veranderd/') return 'changes';
  if (/^\/instelling\/[^/]+\/factsheet\/$/.test(url)) return 'factsheet';
  if (url === '/stand-van-zaken/') return 'state';
  const first = url.split('/')[1];
  const kinds: Record<string, PageKind> = {
    prioriteit: 'priority',
    doelstelling: 'goal',
    stagepact: 'stagepact',
    indicator: 'indicator',
    instelling: 'institution',
  };
  return kinds[first ?? ''] ?? 'other';
}

/** Short label for the primary navigation: the part of the title before a colon. */
export function navLabel(title: string): string {
  return title.split(':')[0]!.trim();
}

interface Entry {
  readonly section: Section;
  readonly chapter: Chapter;
  /** Page sections above this one, root first. */
  readonly ancestors: readonly Section[];
}

/** Every section with a page that the site shows, in reading order (depth first). */
function collectPages(report: Report, warnings: string[]): Entry[] {
  const entries: Entry[] = [];
  const walk = (section: Section, chapter: Chapter, ancestors: Section[]) => {
    if (!section.site) return;
    const above = section.page ? [...ancestors, section] : ancestors;
    if (section.page) entries.push({ section, chapter, ancestors });
    for (const child of section.children) walk(child, chapter, above);
  };
  for (const chapter of report.chapters) {
    if (chapter.site && !chapter.page) {
      warnings.push(`hoofdstuk "${chapter.title}" is voor de site bedoeld maar heeft geen pagina; het staat niet op de site`);
      continue;
    }
    walk(chapter, chapter, []);
  }
  return entries;
}

/**
 * The site's numbering (report/numbering.ts): figures and tables per page, headings without the PDF's section
 * numbers ("6.3.2" means nothing on a page of its own).
 */
export function siteNumbering(content: readonly BlockView[]): BlockView[] {
  const counters = { figure: 0, table: 0 };
  return content.map((block) => {
    if (block.kind === 'heading') return { ...block, number: null };
    if (block.kind === 'figure') return { kind: 'figure', figure: onSitePage(block.figure, ++counters[block.figure.type]) };
    return block;
  });
}

function checkUrls(entries: readonly Entry[]): void {
  const seen = new Set<string>();
  for (const { section } of entries) {
    const url = section.page!.url;
    if (!URL_PATTERN.test(url)) {
      throw new ReportError(`sectie "${section.id}" heeft een ongeldige pagina-url: "${url}"`, 'Gebruik kleine letters, cijfers en koppeltekens, met een / aan begin en eind.');
    }
    if (seen.has(url)) throw new ReportError(`twee secties hebben dezelfde pagina-url "${url}"`);
    seen.add(url);
  }
  if (!seen.has('/')) throw new ReportError('het rapport heeft geen startpagina (een sectie met url "/")');
}

function navigation(report: Report, currentUrl: string, ancestorUrls: ReadonlySet<string>): NavItem[] {
  return report.chapters
    .filter((c) => c.part === 'body' && c.site && c.page && c.page.url !== '/' && c.page.nav !== false)
    .map((c) => ({
      url: c.page!.url,
      title: navLabel(c.page!.title),
      current: c.page!.url === currentUrl ? 'page' : ancestorUrls.has(c.page!.url) ? 'true' : null,
    }));
}

/** The page and anchor of the section that explains the edition's data; the method page when there is none. */
function aboutDataUrl(report: Report): string {
  const find = (section: Section, pageUrl: string | null): string | null => {
    const url = section.page?.url ?? pageUrl;
    if (section.id === DATA_NOTE_SECTION && url) return section.page ? url : `${url}#${section.id}`;
    for (const child of section.children) {
      const found = find(child, url);
      if (found) return found;
    }
    return null;
  };
  for (const chapter of report.chapters) {
    const found = find(chapter, null);
    if (found) return found;
  }
  return '/verantwoording/';
}

export function siteData(report: Report, extras: SiteExtras, context: SiteContext): SiteData {
  const warnings: string[] = [];
  const figures: Record<string, FigureView> = {};
  for (const figure of report.figures) {
    if (figures[figure.id]) throw new ReportError(`twee figuren hebben hetzelfde id "${figure.id}"`);
    figures[figure.id] = figureView(figure, context.interactiveFigures, true);
  }

  const entries = collectPages(report, warnings);
  checkUrls(entries);
  const edition = editionView(report.edition, extras, aboutDataUrl(report));
  const siteTitle = report.edition.title;
  const home: Link = { url: '/', title: 'Home' };
  const documentTitle = (title: string, url: string) => (url === '/' ? siteTitle : `${title} | ${siteTitle}`);

  const pages: SitePage[] = entries.map(({ section, ancestors }, i) => {
    const page = section.page!;
    const own = pageContent(section, figures);
    const { notes, childPages } = own;
    const content = siteNumbering(own.content);
    // The same entries as pageContent's, without section numbers.
    const toc = own.toc.length === 0 ? [] : content.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [{ url: `#${b.id}`, title: b.title }] : []));
    const linked = new Set(section.blocks.flatMap((b) => (b.kind === 'links' ? b.items.map((item) => item.url) : [])));
    const crumbs = ancestors.filter((a) => a.page!.url !== '/').map((a) => ({ url: a.page!.url, title: navLabel(a.page!.title) }));
    const ancestorUrls = new Set(ancestors.map((a) => a.page!.url));
    const prev = entries[i - 1]?.section.page;
    const next = entries[i + 1]?.section.page;
    const figureBlocks = content.flatMap((b) => (b.kind === 'figure' ? [b.figure] : []));
    return {
      url: page.url,
      kind: pageKind(page.url),
      title: page.title,
      documentTitle: documentTitle(page.title, page.url),
      description: page.description,
      breadcrumbs: page.url === '/' ? [] : [home, ...crumbs, { url: page.url, title: navLabel(page.title) }],
      nav: navigation(report, page.url, ancestorUrls),
      content,
      toc,
      subpages: childPages
        .filter((c) => !linked.has(c.page!.url))
        .map((c) => ({ url: c.page!.url, title: c.page!.title, description: c.page!.description })),
      notes,
      prev: prev ? { url: prev.url, title: prev.title } : null,
      next: next ? { url: next.url, title: next.title } : null,
      interactive: figureBlocks.some((f) => f.spec !== null),
      tables: figureBlocks.some((f) => f.table !== null),
      searchSynonyms: searchSynonyms(pageText(page.title, page.description, content)),
      searchKeywords: searchKeywords(page.keywords ?? []),
    };
  });

  const sitePage = (url: string, title: string, description: string, kind: PageKind): SitePage => ({
    url,
    kind,
    title,
    documentTitle: documentTitle(title, url),
    description,
    breadcrumbs: [home, { url, title }],
    nav: navigation(report, url, new Set()),
    content: [],
    toc: [],
    subpages: [],
    notes: [],
    prev: null,
    next: null,
    interactive: false,
    tables: kind === 'downloads' || kind === 'peers',
    searchSynonyms: '',
    searchKeywords: searchKeywords(SITE_PAGE_KEYWORDS[kind] ?? []),
  });

  const downloads = downloadsPage(sitePage, report, extras, context, figures);
  const search = searchPage(sitePage);
  const accessibility = accessibilityPage(sitePage, report, extras);
  const compare = extras.comparison ? comparePages(sitePage, extras.comparison) : null;
  const footerLinks: Link[] = [
    ...entries
      .filter((e) => e.ancestors.length === 0 && e.chapter.part !== 'body' && e.section.page!.url !== '/')
      .map((e) => ({ url: e.section.page!.url, title: navLabel(e.section.page!.title) })),
    { url: downloads.url, title: downloads.title },
    { url: accessibility.url, title: accessibility.title },
  ];
  // The PDFs are typeset beside the site's checks: links to them count as resolved.
  const pending = [...(edition.pdfUrl ? [edition.pdfUrl] : []), ...report.factsheets.map((f) => `/downloads/${f.pdfFile}`)];
  return { title: siteTitle, edition, pages, downloads, search, accessibility, compare, figures, footerLinks, warnings, pending };
}
