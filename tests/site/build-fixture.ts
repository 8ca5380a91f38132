// Test helper: the site of the small fixture edition through the real stages (load → compute → findings →
// figures → prose → outline → site with its search index and the comparison pages), built once per test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeResults } from '../../scripts/compute/compute.ts';
import type { Results } from '../../scripts/compute/types.ts';
import { renderFigures } from '../../scripts/figures/render.ts';
import { silentLog } from '../../scripts/lib/log.ts';
import { outlineReport } from '../../scripts/report/outline.ts';
import type { Report } from '../../scripts/report/types.ts';
import { comparisonData } from '../../scripts/site/comparison.ts';
import { renderSite, type SiteSummary } from '../../scripts/site/render.ts';
import type { SiteExtras } from '../../scripts/site/types.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { stagesOf } from '../helpers/stages.ts';
import type { Snapshot } from '../../scripts/snapshot/types.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'snapshots');

export function loadFixture(name: '2024-11-01' | '2025-11-01'): Snapshot {
  // The 2024 edition is only ever a previous edition (it holds realised values of 2025).
  const { snapshot, issues } = loadSnapshot(join(FIXTURES, name), { asPrevious: name === '2024-11-01' });
  if (!snapshot) throw new Error(`fixture ${name} laadt niet: ${issues.map((i) => i.message).join('; ')}`);
  return snapshot;
}

export interface FixtureSite extends SiteSummary {
  readonly dir: string;
  readonly results: Results;
  readonly report: Report;
  readonly extras: SiteExtras;
  remove(): void;
}

/** The fixture edition's site in a fresh folder, with the search index (and the checks, when asked). */
export async function buildFixtureSite(options: { check?: boolean } = {}): Promise<FixtureSite> {
  const snapshot = loadFixture('2025-11-01');
  const results = computeResults(snapshot, loadFixture('2024-11-01'));
  const { findings, prose, figures: drawn } = stagesOf(results);
  const figures = await renderFigures(drawn);
  const report = outlineReport({ results, findings, prose, figures, editor: () => null });
  const extras: SiteExtras = { tables: [], snapshot: null, pdfFile: null, checks: null, comparison: comparisonData(results) };
  const dir = mkdtempSync(join(tmpdir(), 'mbo-fixture-site-'));
  const summary = await renderSite({ report, outDir: dir, extras, log: silentLog, pngCache: null, check: options.check ? { pages: 'all', cacheDir: null } : undefined });
  return { ...summary, dir, results, report, extras, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
