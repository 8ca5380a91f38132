// The build report: what the build did and what an editor should know (ignored targets, suppressed cells,
// notices). Written next to the output folder, never published: it may name suppressed cells.
import { rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Results } from './compute/types.ts';
import { ReportError } from './lib/errors.ts';
import type { StageTiming } from './lib/log.ts';
import type { CheckSummary } from './site/types.ts';
import { formatDuration } from './lib/log.ts';
import { formatDate, formatNumber, plural } from './lib/nl.ts';
import { editionCoverage } from './snapshot/coverage.ts';
import { institutionChanges, institutionLines } from './snapshot/institutions.ts';
import type { Editions } from './snapshot/previous.ts';
import { formatIssue, formatWarnings } from './snapshot/report.ts';
import type { Snapshot } from './snapshot/types.ts';

export interface BuildReportInput {
  readonly snapshot: Snapshot;
  readonly results: Results;
  readonly editions: Editions;
  readonly timings: readonly StageTiming[];
  /** Outcome of the site checks (HTML, accessibility, links), listed problem by problem; null when not run. */
  readonly checks?: CheckSummary | null;
}

export function formatBuildReport({ snapshot, results, editions, timings, checks = null }: BuildReportInput): string {
  const { ignoredTargets, suppressed, notices } = results.buildReport;
  // Indicator names beside their codes: an editor knows 'Werkdruk', the file says 'werkdruk'.
  const ind = (id: string) => `${id} (${results.indicators[id]?.shortName ?? id})`;
  const lines = [
    `Buildrapport — editie ${snapshot.name}, peildatum ${formatDate(snapshot.meta.referenceDate)}`,
    snapshot.meta.synthetic ? 'Let op: de gegevens per instelling in deze editie zijn verzonnen (synthetische gegevens).' : '',
    '',
    ...formatWarnings(editions.issues),
    '',
    'Stappen',
    ...timings.map((t) => `  ${t.stage.padEnd(14)} ${formatDuration(t.ms).padStart(8)}  ${t.summary}`),
    '',
    ...editionCoverage(snapshot, editions.previous).lines,
    '',
    ...(editions.previous ? institutionLines(institutionChanges(snapshot, editions.previous), snapshot, editions.previous.name) : []),
    '',
    `Genegeerde streefwaarden (${formatNumber(ignoredTargets.length)})`,
    ...ignoredTargets.map(
      (t) => `  ${t.ref.file}:${t.ref.line}: ${t.institutionId} ${ind(t.indicatorId)}, ${t.breakdown}, ${formatNumber(t.value, 1)} uit ${t.origin}: ${t.reasonText}`,
    ),
    '',
    `Afgeschermde realisaties wegens te weinig respondenten (${formatNumber(suppressed.length)})`,
    ...suppressed.map((s) => `  ${s.ref.file}:${s.ref.line}: ${s.institutionId} ${ind(s.indicatorId)}, ${s.breakdown}, ${s.year}: ${s.n === null ? `geen aantal respondenten (drempel ${formatNumber(s.minN)})` : `n = ${formatNumber(s.n)} < ${formatNumber(s.minN)}`}`),
    '',
    `Meldingen (${formatNumber(notices.length + editions.issues.length)})`,
    ...editions.issues.map((i) => `  ${formatIssue(i)}`),
    ...notices.map((n) => `  ${n.ref ? `${n.ref.file}:${n.ref.line}: ` : ''}${n.message}`),
    '',
    ...checkLines(checks),
    `Samengevat: ${plural(ignoredTargets.length, 'streefwaarde', 'streefwaarden')} genegeerd, ${plural(suppressed.length, 'waarde', 'waarden')} afgeschermd.`,
    '',
  ];
  return lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n');
}

/** The site checks problem by problem (the public accessibility page only gives a Dutch summary). */
function checkLines(checks: CheckSummary | null): string[] {
  if (!checks) return [];
  const words: Record<string, string> = { axe: 'Toegankelijkheid', html: 'Geldige HTML', links: 'Interne links' };
  return checks.outcomes.flatMap((o) => [
    `${words[o.id] ?? o.label}: ${o.problems === 0 ? `in orde (${plural(o.pages, 'pagina', "pagina's")} gecontroleerd)` : `${plural(o.problems, 'probleem', 'problemen')} op ${plural(o.pages, 'gecontroleerde pagina', "gecontroleerde pagina's")}`}`,
    ...o.messages.map((m) => `  ${m}`),
    '',
  ]);
}

export function writeBuildReport(file: string, input: BuildReportInput): string {
  writeFileSync(file, formatBuildReport(input));
  return file;
}

/** A failed build's own report: what failed, and that nothing was published (never the previous build's report). */
export function writeFailedBuildReport(file: string, input: { snapshotDir: string; error: unknown; timings: readonly StageTiming[] }): string {
  const message = input.error instanceof Error ? input.error.message : String(input.error);
  const hint = input.error instanceof ReportError && input.error.hint ? input.error.hint : '';
  const lines = [
    `Buildrapport — de build van ${basename(input.snapshotDir)} is mislukt`,
    '',
    'Er is niets gepubliceerd: de uitvoermap is nog die van de vorige geslaagde build.',
    '',
    'Wat misging:',
    ...message.split('\n').map((l) => `  ${l}`),
    ...(hint ? ['', hint] : []),
    '',
    input.timings.length === 0 ? 'Geen stap is afgerond.' : 'Afgeronde stappen',
    ...input.timings.map((t) => `  ${t.stage.padEnd(14)} ${formatDuration(t.ms).padStart(8)}  ${t.summary}`),
    '',
  ];
  try {
    writeFileSync(file, lines.join('\n'));
  } catch {
    rmSync(file, { force: true }); // at least never leave the previous build's report behind
  }
  return file;
}
