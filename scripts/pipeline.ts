// The build, stage by stage: load → compute → figures → prose → outline → site → search → pdf.
// Each stage is a function of the previous stage's typed result; this file only puts them in order,
// times them and publishes the output folder atomically.
import { ReportError } from './lib/errors.ts';
import type { Log, StageTiming } from './lib/log.ts';
import { timed } from './lib/log.ts';
import { plural } from './lib/nl.ts';
import { publishAtomically } from './lib/output.ts';
import { loadWithPrevious } from './snapshot/previous.ts';
import { formatRejection } from './snapshot/report.ts';

export interface BuildOptions {
  readonly snapshotDir: string;
  readonly outDir: string;
  readonly log: Log;
}

export interface BuildSummary {
  readonly snapshot: string;
  readonly timings: readonly StageTiming[];
}

export async function build(options: BuildOptions): Promise<BuildSummary> {
  const { log } = options;
  const timings: StageTiming[] = [];

  const editions = await timed(
    log,
    timings,
    'inlezen',
    () => loadWithPrevious(options.snapshotDir),
    (e) => (e.current ? `${e.current.name}: ${plural(e.current.institutions.length, 'instelling', 'instellingen')}, ${plural(e.current.indicators.length, 'indicator', 'indicatoren')}` : 'afgekeurd'),
  );
  if (editions.rejected || !editions.current) {
    throw new ReportError(formatRejection(editions.rejected ?? '?', editions.issues).join('\n'));
  }
  const snapshot = editions.current;

  await publishAtomically(options.outDir, async (dir) => {
    void dir;
  });
  return { snapshot: snapshot.name, timings };
}
