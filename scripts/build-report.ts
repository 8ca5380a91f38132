// The build report: what the build did and what an editor should know (ignored targets, suppressed cells,
// notices). Written next to the output folder, never published: it may name suppressed cells.
import { writeFileSync } from 'node:fs';
import type { Results } from './compute/types.ts';
import type { StageTiming } from './lib/log.ts';
import { formatDuration } from './lib/log.ts';
import { formatDate, formatNumber, plural } from './lib/nl.ts';
import { editionCoverage } from './snapshot/coverage.ts';
import type { Editions } from './snapshot/previous.ts';
import { formatIssue } from './snapshot/report.ts';
import type { Snapshot } from './snapshot/types.ts';

export interface BuildReportInput {
  readonly snapshot: Snapshot;
  readonly results: Results;
  readonly editions: Editions;
  readonly timings: readonly StageTiming[];
}

export function formatBuildReport({ snapshot, results, editions, timings }: BuildReportInput): string {
  const { ignoredTargets, suppressed, notices } = results.buildReport;
  const lines = [
    `Buildrapport — snapshot ${snapshot.name} (kenmerk ${snapshot.hash}), peildatum ${formatDate(snapshot.meta.referenceDate)}`,
    snapshot.meta.synthetic ? 'Let op: de instellingsgegevens in deze snapshot zijn fictief (synthetisch: true).' : '',
    '',
    'Stappen',
    ...timings.map((t) => `  ${t.stage.padEnd(14)} ${formatDuration(t.ms).padStart(8)}  ${t.summary}`),
    '',
    ...editionCoverage(snapshot, editions.previous).lines,
    '',
    `Genegeerde streefwaarden (${formatNumber(ignoredTargets.length)})`,
    ...ignoredTargets.map(
      (t) => `  ${t.ref.file}:${t.ref.line}: ${t.institutionId} ${t.indicatorId} (${t.breakdown}) ${formatNumber(t.value, 1)} uit ${t.origin}: ${t.reasonText}`,
    ),
    '',
    `Afgeschermde realisaties wegens te weinig respondenten (${formatNumber(suppressed.length)})`,
    ...suppressed.map((s) => `  ${s.ref.file}:${s.ref.line}: ${s.institutionId} ${s.indicatorId} (${s.breakdown}) ${s.year}: n = ${formatNumber(s.n)} < ${formatNumber(s.minN)}`),
    '',
    `Meldingen (${formatNumber(notices.length + editions.issues.length)})`,
    ...editions.issues.map((i) => `  ${formatIssue(i)}`),
    ...notices.map((n) => `  ${n.ref ? `${n.ref.file}:${n.ref.line}: ` : ''}${n.message}`),
    '',
    `Samengevat: ${plural(ignoredTargets.length, 'streefwaarde', 'streefwaarden')} genegeerd, ${plural(suppressed.length, 'waarde', 'waarden')} afgeschermd.`,
    '',
  ];
  return lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n');
}

export function writeBuildReport(file: string, input: BuildReportInput): string {
  writeFileSync(file, formatBuildReport(input));
  return file;
}
