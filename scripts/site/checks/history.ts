// The last check result of every page, kept between builds (.cache/checks/history/, never published): what the
// accessibility page states for a page this build did not check (plan.ts), and when it was computed. A result
// counts only while the page's templates, assets and the check tools are those it was computed with (`shape`);
// when they changed, the page is checked again.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { codeHash, readJson, writeJsonAtomic } from '../../lib/cache.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import type { AxeViolation } from './axe.ts';
import type { StoredResult } from './plan.ts';
import type { ReflowResult } from './reflow.ts';

/** One page's results of the three page checks, and the edition of the build that computed them. */
export interface PageRecord {
  readonly shape: string;
  readonly edition: string;
  readonly axe: readonly AxeViolation[];
  readonly reflow: ReflowResult;
  readonly html: readonly string[];
}

/**
 * What every page's markup and the files it loads come from besides its data: the site's templates and assets
 * (the PDF's Typst templates aside), the code that turns the Report into pages and charts, the package versions
 * (Eleventy, the fonts, the chart scripts), and the checks themselves (`checks`: tools, versions, options).
 */
export function checkShape(checks: string): string {
  const templates = readdirSync(TEMPLATES_DIR).filter((n) => n !== 'pdf').sort().map((n) => `templates/${n}`);
  return createHash('sha256')
    .update(checks)
    .update('\u0000')
    .update(codeHash([...templates, 'scripts/site', 'scripts/report', 'scripts/figures', 'scripts/lib', 'package-lock.json']))
    .digest('hex')
    .slice(0, 24);
}

export class CheckHistory {
  /** `dir` null: no history (every page is new, as in a build without cache). */
  constructor(
    private readonly dir: string | null,
    private readonly shape: string,
  ) {}

  get(url: string): PageRecord | null {
    return this.dir ? readJson<PageRecord>(this.file(url)) : null;
  }

  /** The stored result's edition and whether it was computed with this build's templates and checks. */
  status(url: string): StoredResult | null {
    const record = this.get(url);
    return record ? { edition: record.edition, current: record.shape === this.shape } : null;
  }

  set(url: string, record: Omit<PageRecord, 'shape'>): void {
    if (!this.dir) return;
    mkdirSync(this.dir, { recursive: true });
    writeJsonAtomic(this.file(url), { shape: this.shape, ...record } satisfies PageRecord);
  }

  private file(url: string): string {
    return join(this.dir!, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.json`);
  }
}
