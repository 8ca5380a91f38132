// `npm run check -- [--snapshot X]`: validate a snapshot, print a short Dutch summary or every violation.
import { runCli, parseCli } from './lib/cli.ts';
import { formatNumber, plural } from './lib/nl.ts';
import { loadWithPrevious } from './snapshot/previous.ts';
import { editionCoverage } from './snapshot/coverage.ts';
import { institutionChanges, institutionLines } from './snapshot/institutions.ts';
import { locateSnapshot } from './snapshot/locate.ts';
import { formatIssue, formatRejection, formatWarnings } from './snapshot/report.ts';

await runCli(async () => {
  const { values } = parseCli({ snapshot: { type: 'string' } });
  const dir = locateSnapshot(values.snapshot);
  const { current, previous, issues, rejected } = loadWithPrevious(dir);
  if (rejected) {
    process.stderr.write(`✖ ${formatRejection(rejected, issues).join('\n')}\n`);
    return 1;
  }
  const s = current!;
  const notices = issues.filter((i) => i.severity === 'melding');
  process.stdout.write(
    [
      `✓ Snapshot ${s.name} (${s.hash}) is geldig${s.meta.synthetic ? ' — let op: instellingsgegevens zijn fictief (synthetisch)' : ''}.`,
      `  ${plural(s.institutions.length, 'instelling', 'instellingen')}, ${plural(s.indicators.length, 'indicator', 'indicatoren')}, ` +
        `${plural(s.goals.length, 'doelstelling', 'doelstellingen')}, ${formatNumber(s.values.length)} instellingswaarden, ` +
        `${formatNumber(s.series.length)} reekswaarden, ${plural(notices.length, 'melding', 'meldingen')}.`,
      previous ? `  Vorige editie: ${previous.name} (${previous.hash}).` : '  Geen vorige editie opgegeven.',
      ...(previous ? institutionLines(institutionChanges(s, previous), s, previous.name).map((line) => `  ${line}`) : []),
      ...formatWarnings(issues),
      ...notices.map((n) => `  ℹ ${formatIssue(n)}`),
      ...editionCoverage(s, previous).lines.map((line) => `  ${line}`),
      '',
    ].join('\n'),
  );
  return 0;
});
