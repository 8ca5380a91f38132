// The link check over a built site: every href/src/action to a local path must resolve to a file (and a
// #fragment to an id on that page); stylesheets and scripts may not load anything from another origin.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { resolveRequestPath } from '../../lib/static-server.ts';

export interface LinkReport {
  readonly pages: number;
  readonly links: number;
  readonly problems: readonly string[];
}

export interface Reference {
  readonly tag: string;
  readonly attr: string;
  readonly value: string;
}

/** Every file under `dir` with extension `ext`, as sorted paths relative to `dir` with forward slashes. */
export function listFiles(dir: string, ext: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extname(entry.name) === ext) found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** href/src/action/srcset attributes of every tag (the site's own HTML, so a tag scan is enough). */
export function extractReferences(html: string): Reference[] {
  const refs: Reference[] = [];
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of text.matchAll(/<([a-zA-Z][\w:-]*)(\s[^>]*)?>/g)) {
    const attrs = tag[2] ?? '';
    for (const attr of attrs.matchAll(/\s((?:xlink:)?href|src|action|srcset|data-spec)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const value = decodeEntities(attr[2] ?? attr[3] ?? '');
      const values = attr[1] === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value];
      for (const v of values) refs.push({ tag: tag[1]!.toLowerCase(), attr: attr[1]!, value: v });
    }
  }
  return refs;
}

export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid\s*=\s*"([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const OTHER_SCHEME = /^(?:mailto|tel|data|javascript):/i;
/** Tags whose reference makes the browser request it (as opposed to a link the reader follows). */
const LOADS = new Set(['script', 'link', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object', 'image', 'use']);

export interface LinkOptions {
  /** URL paths a later build stage writes (the PDF); links to them count as resolved. */
  readonly pending?: readonly string[];
}

/**
 * The file a link's path reaches on the published site, or null. A folder counts only with its trailing slash
 * (`/instellingen/`), as web servers redirect `/instellingen` and that costs a round trip.
 */
export function resolveSitePath(root: string, urlPath: string): string | null {
  const file = resolveRequestPath(urlPath, root, []);
  if (!file || !existsSync(file)) return null;
  if (!statSync(file).isDirectory()) return file;
  const index = join(file, 'index.html');
  return urlPath.split(/[?#]/)[0]!.endsWith('/') && existsSync(index) ? index : null;
}

export function checkLinks(root: string, options: LinkOptions = {}): LinkReport {
  const pending = new Set(options.pending ?? []);
  const pages = listFiles(root, '.html');
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = extractIds(readFileSync(file, 'utf8'));
      idCache.set(file, ids);
    }
    return ids;
  };
  const problems: string[] = [];
  let links = 0;

  for (const page of pages) {
    const pageUrl = `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
    const html = readFileSync(join(root, page), 'utf8');
    for (const ref of extractReferences(html)) {
      links++;
      const where = `${pageUrl}: <${ref.tag} ${ref.attr}="${ref.value}">`;
      if (ref.value === '') {
        problems.push(`${where} verwijst nergens naar`);
        continue;
      }
      if (EXTERNAL.test(ref.value)) {
        if (LOADS.has(ref.tag)) problems.push(`${where} laadt iets van een andere website`);
        continue;
      }
      if (OTHER_SCHEME.test(ref.value)) {
        if (/^javascript:/i.test(ref.value)) problems.push(`${where} gebruikt een javascript:-link`);
        continue;
      }
      const url = new URL(ref.value, `http://site${pageUrl}`);
      if (pending.has(url.pathname)) continue;
      const file = resolveSitePath(root, url.pathname);
      if (!file) {
        problems.push(`${where} wijst naar ${url.pathname}, dat niet bestaat`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        problems.push(`${where} wijst naar #${fragment}, maar die plek bestaat niet op ${url.pathname}`);
      }
    }
  }

  for (const sheet of listFiles(root, '.css')) {
    const css = readFileSync(join(root, sheet), 'utf8');
    for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      links++;
      const value = m[1]!;
      if (EXTERNAL.test(value)) problems.push(`/${sheet}: url(${value}) laadt iets van een andere website`);
      else if (!OTHER_SCHEME.test(value) && !resolveSitePath(root, new URL(value, `http://site/${sheet}`).pathname)) {
        problems.push(`/${sheet}: url(${value}) wijst naar een bestand dat niet bestaat`);
      }
    }
  }
  return { pages: pages.length, links, problems };
}
