// Printing validation issues: one line each, `bestand:regel[:kolom]: melding`.
import { plural } from '../lib/nl.ts';
import type { Issue } from './types.ts';

export function formatIssue(issue: Issue, prefix = ''): string {
  const where = [prefix + issue.file, issue.line, issue.line !== undefined ? issue.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}: ${issue.message}`;
}

export function countIssues(issues: readonly Issue[]) {
  const errors = issues.filter((i) => i.severity === 'fout').length;
  const warnings = issues.filter((i) => i.severity === 'waarschuwing').length;
  return { errors, warnings, notices: issues.length - errors - warnings };
}

/** More warnings of one kind than this are one line in a grouped list. */
export const WARNINGS_SHOWN = 5;

/**
 * Warnings: plausible but doubtful values, listed before anything else an editor should read. With `fullList`
 * (where the complete list is, e.g. build-rapport.txt), a kind with more than five warnings becomes one line
 * ("15 keer besteding boven begroting, zie build-rapport.txt"), so one kind cannot push the others off screen.
 */
export function formatWarnings(issues: readonly Issue[], prefix = '', fullList?: string): string[] {
  const warnings = issues.filter((i) => i.severity === 'waarschuwing');
  if (warnings.length === 0) return [];
  const count = new Map<string, number>();
  for (const w of warnings) if (w.kind) count.set(w.kind, (count.get(w.kind) ?? 0) + 1);
  const grouped = (w: Issue) => fullList !== undefined && w.kind !== undefined && count.get(w.kind)! > WARNINGS_SHOWN;
  const groups = [...count].filter(([kind]) => grouped({ kind } as Issue));
  return [
    `⚠ ${plural(warnings.length, 'waarschuwing', 'waarschuwingen')}: controleer deze waarden voordat u publiceert.`,
    ...warnings.filter((w) => !grouped(w)).map((i) => `  ⚠ ${formatIssue(i, prefix)}`),
    ...groups.map(([kind, n]) => `  ⚠ ${n} keer ${kind}, zie ${fullList}`),
  ];
}

/** The error block shown when a snapshot is rejected (the caller prefixes the first line with ✖). */
export function formatRejection(name: string, issues: readonly Issue[], prefix = ''): string[] {
  const { errors, notices } = countIssues(issues);
  const lines = [`Snapshot ${name} is afgekeurd: ${plural(errors, 'fout', 'fouten')} gevonden.`];
  for (const issue of issues) if (issue.severity === 'fout') lines.push(formatIssue(issue, prefix));
  const warnings = formatWarnings(issues, prefix);
  if (warnings.length > 0) lines.push('', ...warnings);
  if (notices > 0) {
    lines.push('', `ℹ ${plural(notices, 'melding', 'meldingen')} (geen fout):`);
    for (const issue of issues) if (issue.severity === 'melding') lines.push(formatIssue(issue, prefix));
  }
  lines.push('', 'ℹ Herstel de genoemde regels in de genoemde bestanden en start opnieuw. Er is niets gepubliceerd of overschreven.');
  return lines;
}
