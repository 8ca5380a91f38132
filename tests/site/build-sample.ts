// Test helper: build the site for the sample Report into a fresh temp folder.
import { describeColumns } from '../../scripts/compute/columns.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { silentLog } from '../../scripts/lib/log.ts';
import type { CheckOptions } from '../../scripts/site/checks/index.ts';
import { renderSite, type SiteSummary } from '../../scripts/site/render.ts';
import type { SiteContext, SiteExtras } from '../../scripts/site/types.ts';
import { sampleReport } from '../fixtures/report/sample-report.ts';
import { computeResults } from '../../scripts/compute/compute.ts';
import { publishSnapshot, type PublishedSnapshot } from '../../scripts/snapshot/publish.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';

export const SNAPSHOT_DIR = join(import.meta.dirname, '..', 'fixtures', 'snapshots', '2025-11-01');
/** The fixture snapshot as the build publishes it (disclosure rule applied). */
export function publishedFixture(): PublishedSnapshot {
  const snapshot = loadSnapshot(SNAPSHOT_DIR).snapshot!;
  return publishSnapshot(snapshot, computeResults(snapshot, null).buildReport.suppressed.map((s) => s.ref));
}

export const PDF_FILE = 'synthese-werkagenda-stagepact-2025.pdf';

export const SAMPLE_EXTRAS: SiteExtras = {
  tables: [
    {
      file: 'streefwaarden.csv',
      csv: 'indicator,start,streef\nwerkdruk,43.3,37.7\n',
      title: 'Ambities per indicator',
      columns: describeColumns('streefwaarden.csv', ['indicator', 'start', 'streef']),
    },
    { file: 'typologie.csv', csv: 'instelling,type\ni01,1\ni02,2\ni03,\n', columns: describeColumns('typologie.csv', ['instelling', 'type']) },
  ],
  snapshot: publishedFixture(),
  pdfFile: PDF_FILE,
  checks: null,
};

export interface BuiltSite extends SiteSummary {
  readonly dir: string;
  readonly ms: number;
  remove(): void;
}

export async function buildSample(options: { check?: CheckOptions; context?: Partial<SiteContext> } = {}): Promise<BuiltSite> {
  const dir = mkdtempSync(join(tmpdir(), 'mbo-site-'));
  const start = performance.now();
  const summary = await renderSite({ report: sampleReport(), outDir: dir, extras: SAMPLE_EXTRAS, log: silentLog, pngCache: null, ...options });
  return { ...summary, dir, ms: performance.now() - start, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under `dir` as sorted relative paths. */
export function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}
