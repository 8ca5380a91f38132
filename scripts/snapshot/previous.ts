// Loading the snapshot together with the edition it names as `vorige`, for "Wat is veranderd".
import { dirname, join } from 'node:path';
import { capIssues, loadSnapshot } from './load.ts';
import { institutionChanges, mergedSince, removalWarnings } from './institutions.ts';
import { checkOwnSeries } from './own-series.ts';
import { checkAgainstPrevious } from './plausibility.ts';
import type { Issue, Snapshot } from './types.ts';

export interface Editions {
  readonly current: Snapshot | null;
  readonly previous: Snapshot | null;
  readonly issues: readonly Issue[];
  /** Name of the snapshot that has errors, or null when both loaded. */
  readonly rejected: string | null;
}

export function loadWithPrevious(dir: string): Editions {
  const current = loadSnapshot(dir);
  if (!current.snapshot) return { current: null, previous: null, issues: current.issues, rejected: nameOf(dir) };
  const previousName = current.snapshot.meta.previous;
  const waarden = current.tables?.get('waarden.csv');
  if (!previousName) return { current: current.snapshot, previous: null, issues: [...current.issues, ...checkOwnSeries(current.snapshot, waarden, null)], rejected: null };
  const previous = loadSnapshot(join(dirname(dir), previousName), { asPrevious: true });
  // Issues of the previous edition are named relative to this snapshot's folder.
  const prefixed = previous.issues.map((i) => ({ ...i, file: `../${previousName}/${i.file}` }));
  const jumps = previous.snapshot
    ? capIssues(checkAgainstPrevious(current.snapshot, current.tables ?? new Map(), previous.snapshot, previous.tables ?? new Map()))
    : [];
  const changes = previous.snapshot ? institutionChanges(current.snapshot, previous.snapshot) : null;
  const series = checkOwnSeries(current.snapshot, waarden, previous.snapshot, changes ? mergedSince(changes) : undefined);
  const gone = changes ? removalWarnings(changes, previousName) : [];
  // One cause, one message: a warning on a line that the comparison with the previous edition refuses is dropped.
  const refused = new Set(jumps.filter((i) => i.severity === 'fout').map((i) => `${i.file}:${i.line}`));
  const warnings = [...current.issues, ...gone, ...series].filter((i) => !(i.severity === 'waarschuwing' && refused.has(`${i.file}:${i.line}`)));
  const issues = [...warnings, ...jumps, ...prefixed.filter((i) => i.severity === 'fout')];
  if (jumps.length > 0) return { current: null, previous: null, issues, rejected: nameOf(dir) };
  return {
    current: current.snapshot,
    previous: previous.snapshot,
    issues,
    rejected: previous.snapshot ? null : previousName,
  };
}

const nameOf = (dir: string) => dir.split('/').filter(Boolean).pop() ?? dir;
