// Check results cached per page: a check's result is a function of what it checked, so an unchanged page is not
// checked again. An entry is found by a hash of the check (tool, version, options), the page's URL and its HTML;
// it holds the assets the page used when it was checked (stylesheets, scripts, fonts, figure files: what the
// HTML refers to plus every request Chromium actually made) with their hashes, and counts only while every one
// of those files is unchanged. Entries live in .cache/checks/ (never published) and hold exactly what a fresh
// check returns, so a cached result can never change the output.
import { createHash } from 'node:crypto';
import { readJson, writeJsonAtomic } from '../../lib/cache.ts';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractReferences, resolveSitePath } from './links.ts';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');
export const CHECK_CACHE_DIR = join(PROJECT_ROOT, '.cache', 'checks');

/** Tags whose reference the browser loads with the page (links the reader follows do not count). */
const LOADED = new Set(['script', 'link', 'img', 'source', 'image', 'use', 'iframe', 'embed', 'object', 'video', 'audio']);

interface Entry<T> {
  /** Site path → sha256 of the file (or `-` when it did not exist) at the time of the check. */
  readonly assets: Record<string, string>;
  readonly result: T;
}

export interface CacheStats {
  hits: number;
  misses: number;
}

/**
 * The per-page cache of one check over one built site. `dir` null switches caching off (every page is
 * checked), which is also what a damaged or unreadable entry amounts to.
 */
export class PageCache<T> {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private readonly fileHashes = new Map<string, string>();

  private readonly dir: string | null;
  private readonly withAssets: boolean;

  /**
   * `check`: tool, version and options, e.g. `axe-core 4.11.0|wcag21aa|1280`. `dir`: where entries live (null:
   * no caching). `assets`: whether the result depends on what the page loads (axe, reflow) or on its HTML
   * alone (html-validate).
   */
  constructor(
    private readonly siteDir: string,
    private readonly check: string,
    options: { readonly dir?: string | null; readonly assets?: boolean } = {},
  ) {
    this.dir = options.dir === undefined ? CHECK_CACHE_DIR : options.dir;
    this.withAssets = options.assets ?? true;
  }

  /** The stored result for the page at `url`, or null when the page or any asset it used changed. */
  get(url: string): T | null {
    if (!this.dir) return null;
    const file = join(this.dir, `${this.key(url)}.json`);
    const entry = readJson<Entry<T>>(file);
    if (!entry) {
      this.stats.misses++;
      return null;
    }
    const valid = Object.entries(entry.assets).every(([path, hash]) => this.assetHash(path) === hash);
    if (!valid) {
      this.stats.misses++;
      return null;
    }
    this.stats.hits++;
    return entry.result;
  }

  /**
   * Store the result of checking `url`. `loaded`: site paths the browser requested while checking (besides what
   * the HTML refers to); they are part of what the result depends on.
   */
  set(url: string, result: T, loaded: readonly string[] = []): void {
    if (!this.dir) return;
    const assets: Record<string, string> = {};
    if (this.withAssets) for (const path of [...new Set([...this.staticAssets(url), ...loaded])].sort()) assets[path] = this.assetHash(path);
    mkdirSync(this.dir, { recursive: true });
    const key = this.key(url);
    writeJsonAtomic(join(this.dir, `${key}.json`), { assets, result } satisfies Entry<T>);
  }

  private key(url: string): string {
    return createHash('sha256').update(`${this.check}\u0000${url}\u0000`).update(this.html(url)).digest('hex').slice(0, 32);
  }

  private html(url: string): Buffer {
    const file = resolveSitePath(this.siteDir, url);
    return file ? readFileSync(file) : Buffer.alloc(0);
  }

  /** What the page's HTML makes the browser load, and what those stylesheets load in turn (fonts, images). */
  private staticAssets(url: string): string[] {
    const found = new Set<string>();
    const visit = (path: string, from: string) => {
      const target = new URL(path, `http://site${from}`);
      if (target.host !== 'site' || found.has(target.pathname)) return;
      found.add(target.pathname);
      if (target.pathname.endsWith('.css')) {
        const file = resolveSitePath(this.siteDir, target.pathname);
        if (!file) return;
        for (const m of readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
          if (!m[1]!.startsWith('data:')) visit(m[1]!, target.pathname);
        }
      }
    };
    const html = this.html(url).toString('utf8');
    for (const ref of extractReferences(html)) {
      if ((LOADED.has(ref.tag) || ref.attr === 'data-spec') && ref.value && !ref.value.startsWith('data:') && !ref.value.startsWith('#')) visit(ref.value, url);
    }
    return [...found];
  }

  private assetHash(path: string): string {
    let hash = this.fileHashes.get(path);
    if (hash === undefined) {
      const file = resolveSitePath(this.siteDir, path);
      hash = file && existsSync(file) && statSync(file).isFile() ? createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 32) : '-';
      this.fileHashes.set(path, hash);
    }
    return hash;
  }
}
