// The Report of an edition through every stage, without drawing a chart (figures keep their titles and notes):
// what the report-level tests read (golden text, sentence shapes, jargon).
import { join } from 'node:path';
import { computeResults } from '../../scripts/compute/compute.ts';
import type { Results } from '../../scripts/compute/types.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { buildFigures } from '../../scripts/figures/registry.ts';
import type { RenderedFigure } from '../../scripts/figures/types.ts';
import { silentLog } from '../../scripts/lib/log.ts';
import { findingTitles, outline } from '../../scripts/pipeline.ts';
import { writeProse } from '../../scripts/prose/prose.ts';
import type { Report } from '../../scripts/report/types.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import type { Snapshot } from '../../scripts/snapshot/types.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** `asPrevious`: loaded as the previous edition of another (snapshot/load.ts). */
export function loadEdition(dir: string, asPrevious = false): Snapshot {
  const { snapshot, issues } = loadSnapshot(dir, { asPrevious });
  if (!snapshot) throw new Error(`snapshot ${dir} afgekeurd: ${issues.map((i) => i.message).join('; ')}`);
  return snapshot;
}

/** `dir` and, when it names one, its previous edition beside it; editor texts from `contentDir` (default content/). */
export function editionReport(dir: string, contentDir = join(ROOT, 'content')): { report: Report; results: Results } {
  const current = loadEdition(dir);
  const previous = current.meta.previous ? loadEdition(join(dir, '..', current.meta.previous), true) : null;
  const results = computeResults(current, previous);
  const findings = findFindings(results);
  const prose = writeProse(results, findings);
  const figures: RenderedFigure[] = buildFigures(results, findings, findingTitles(prose)).map((f) => ({ ...f, svg: null }));
  return { report: outline(results, prose, figures, contentDir, silentLog, findings, previous), results };
}
