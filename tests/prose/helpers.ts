// Results the prose tests run on: the small fixture, and the bundled edition (data/snapshots/2025-11-01 when it
// is there; otherwise the same edition generated in a temporary folder with the bundled settings).
import { existsSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeResults } from '../../scripts/compute/compute.ts';
import type { Results } from '../../scripts/compute/types.ts';
import { BUNDLED, generateEditions } from '../../scripts/generate/index.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'snapshots');

function load(dir: string) {
  // The 2024 edition is only ever a previous edition (it holds realised values of 2025).
  const { snapshot, issues } = loadSnapshot(dir, { asPrevious: dir.endsWith('2024-11-01') });
  if (!snapshot) throw new Error(`snapshot ${dir} afgekeurd: ${issues.map((i) => i.message).join('; ')}`);
  return snapshot;
}

let fixture: Results | null = null;
export function fixtureResults(): Results {
  fixture ??= computeResults(load(join(FIXTURES, '2025-11-01')), load(join(FIXTURES, '2024-11-01')));
  return fixture;
}

let bundled: { results: Results; source: string } | null = null;
export function bundledResults(): { results: Results; source: string } {
  if (bundled) return bundled;
  const dataDir = join(ROOT, 'data', 'snapshots');
  let dir = join(dataDir, '2025-11-01');
  let source = 'data/snapshots/2025-11-01';
  if (!existsSync(join(dir, 'snapshot.json'))) {
    const out = mkdtempSync(join(tmpdir(), 'prose-bundled-'));
    for (const e of generateEditions(BUNDLED)) {
      mkdirSync(join(out, e.name));
      for (const [file, text] of e.files) writeFileSync(join(out, e.name, file), text);
    }
    dir = join(out, '2025-11-01');
    source = 'gegenereerd met de instellingen van de gebundelde editie';
  }
  const current = load(dir);
  const previousDir = current.meta.previous ? join(dir, '..', current.meta.previous) : null;
  const previous = previousDir && existsSync(previousDir) ? load(previousDir) : null;
  bundled = { results: computeResults(current, previous), source };
  return bundled;
}
