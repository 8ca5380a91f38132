// Which pages an ordinary build checks (issue 31, decision 1): of each type the smallest and the largest page,
// every page with editor text, every page whose stored result was computed with other templates; the others
// keep their stored result (with its edition) or are stood for by their type's checked pages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckHistory, checkShape } from '../../scripts/site/checks/history.ts';
import { planChecks, type StoredResult } from '../../scripts/site/checks/plan.ts';
import type { BlockView, PageKind, SitePage } from '../../scripts/site/types.ts';

const page = (url: string, kind: PageKind, content: BlockView[] = []) => ({ url, kind, content }) as unknown as SitePage;
const EDITOR: BlockView = { kind: 'editor', file: 'voorwoord.md', html: '<p>x</p>' };
const PAGES = [
  page('/', 'home'),
  page('/voorwoord/', 'other', [EDITOR]),
  page('/colofon/', 'other'),
  page('/instelling/a/', 'institution'),
  page('/instelling/b/', 'institution'),
  page('/instelling/c/', 'institution'),
  page('/instelling/d/', 'institution'),
];
const SIZES: Record<string, number> = { '/': 5, '/voorwoord/': 9, '/colofon/': 3, '/instelling/a/': 40, '/instelling/b/': 10, '/instelling/c/': 90, '/instelling/d/': 50 };
const size = (url: string) => SIZES[url]!;

describe('planChecks', () => {
  it('checks the smallest and largest page of each type and every page with editor text', () => {
    const plan = planChecks(PAGES, 'changes', size, () => null);
    expect(plan.checked.map((p) => [p.url, p.reasons])).toEqual([
      ['/', ['smallest']],
      ['/voorwoord/', ['largest', 'editor']],
      ['/colofon/', ['smallest']],
      ['/instelling/b/', ['smallest']],
      ['/instelling/c/', ['largest']],
    ]);
    expect(plan.earlier).toEqual([]);
    expect(plan.represented.map((p) => p.url)).toEqual(['/instelling/a/', '/instelling/d/']);
  });

  it('keeps a stored result computed with the same templates, and checks again where they changed', () => {
    const stored: Record<string, StoredResult> = {
      '/instelling/a/': { edition: '2024-11-01', current: true },
      '/instelling/d/': { edition: '2024-11-01', current: false },
    };
    const plan = planChecks(PAGES, 'changes', size, (url) => stored[url] ?? null);
    expect(plan.checked.find((p) => p.url === '/instelling/d/')?.reasons).toEqual(['template']);
    expect(plan.earlier).toEqual([{ url: '/instelling/a/', kind: 'institution', edition: '2024-11-01' }]);
    expect(plan.represented).toEqual([]);
  });

  it('checks every page when asked for all', () => {
    const plan = planChecks(PAGES, 'all', size, () => ({ edition: '2024-11-01', current: true }));
    expect(plan.checked.map((p) => p.url)).toEqual(PAGES.map((p) => p.url));
    expect(plan.checked.every((p) => p.reasons.includes('all'))).toBe(true);
    expect(plan.earlier).toEqual([]);
    expect(plan.represented).toEqual([]);
  });
});

describe('CheckHistory', () => {
  it('gives a stored result with its edition, current only under the same templates and checks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbo-history-'));
    try {
      const record = { edition: '2024-11-01', axe: [], reflow: { scrollWidth: 320, clientWidth: 320, status: 200 }, html: [] };
      new CheckHistory(dir, 'vorm-a').set('/instelling/a/', record);
      expect(new CheckHistory(dir, 'vorm-a').status('/instelling/a/')).toEqual({ edition: '2024-11-01', current: true });
      expect(new CheckHistory(dir, 'vorm-b').status('/instelling/a/')).toEqual({ edition: '2024-11-01', current: false });
      expect(new CheckHistory(dir, 'vorm-a').status('/instelling/b/')).toBeNull();
      expect(new CheckHistory(dir, 'vorm-a').get('/instelling/a/')).toEqual({ shape: 'vorm-a', ...record });
      expect(new CheckHistory(null, 'vorm-a').status('/instelling/a/')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('changes shape with the checks', () => {
    expect(checkShape('axe 1')).not.toBe(checkShape('axe 2'));
    expect(checkShape('axe 1')).toBe(checkShape('axe 1'));
  });
});
