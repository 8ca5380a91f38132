// The stages after compute, for tests: findings, prose and the (undrawn) figures, each handed the one before, as
// the pipeline hands them (scripts/pipeline.ts). Computed once per Results object.
import type { Results } from '../../scripts/compute/types.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { factRoot, type FactRoot } from '../../scripts/findings/root.ts';
import type { Findings } from '../../scripts/findings/types.ts';
import { buildFigures } from '../../scripts/figures/registry.ts';
import type { Figure } from '../../scripts/figures/types.ts';
import { findingTitles } from '../../scripts/pipeline.ts';
import { writeProse } from '../../scripts/prose/prose.ts';
import type { Prose } from '../../scripts/prose/types.ts';

export interface Stages {
  readonly findings: Findings;
  /** Results with their findings: what sentences are traced in. */
  readonly root: FactRoot;
  readonly prose: Prose;
  readonly figures: readonly Figure[];
}

const done = new WeakMap<Results, Stages>();

export function stagesOf(results: Results): Stages {
  let s = done.get(results);
  if (!s) {
    const findings = findFindings(results);
    const prose = writeProse(results, findings);
    s = { findings, root: factRoot(results, findings), prose, figures: buildFigures(results, findings, findingTitles(prose)) };
    done.set(results, s);
  }
  return s;
}
