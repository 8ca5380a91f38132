// `npm run generate-snapshot -- [--institutions N] [--seed S] [--out DIR] [--peildatum JJJJ-MM-DD] [--dialect en|nl]`
// Writes a synthetic snapshot into DIR/<peildatum>/ and every previous edition it leads back to (2025-11-01 also
// writes DIR/2024-11-01/, the edition it names as `vorige`). Each holds what the monitoring calendar allows at its
// peildatum. Without options it regenerates the bundled editions in data/snapshots/.
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUNDLED, FIRST_EDITION_YEAR, generateEditions, MIN_INSTITUTIONS } from './generate/index.ts';
import type { CsvDialect } from './lib/csv.ts';
import { runCli, parseCli } from './lib/cli.ts';
import { ReportError } from './lib/errors.ts';
import { formatDuration } from './lib/log.ts';
import { formatNumber, plural } from './lib/nl.ts';
import { publishAtomically } from './lib/output.ts';
import { SNAPSHOTS_DIR } from './snapshot/locate.ts';
import { isIsoDate } from './snapshot/meta.ts';

await runCli(async () => {
  const { values } = parseCli({
    institutions: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    peildatum: { type: 'string' },
    dialect: { type: 'string' },
  });
  const institutions = integer('institutions', values.institutions, BUNDLED.institutions, MIN_INSTITUTIONS);
  const seed = integer('seed', values.seed, BUNDLED.seed, 0);
  const peildatum = referenceDate(values.peildatum ?? BUNDLED.peildatum);
  const dialect = oneOf('dialect', values.dialect ?? BUNDLED.dialect, ['en', 'nl']);
  const out = resolve(values.out ?? SNAPSHOTS_DIR);

  const started = performance.now();
  const editions = generateEditions({ institutions, seed, peildatum, dialect: dialect as CsvDialect });
  const generated = performance.now() - started;
  for (const e of editions) {
    const dir = join(out, e.name);
    await publishAtomically(dir, async (tmp) => {
      for (const [file, text] of e.files) writeFileSync(join(tmp, file), text);
    });
    const rows = (file: string) => e.files.get(file)!.split('\n').length - 2;
    const shown = relative(process.cwd(), dir);
    process.stdout.write(
      `✓ ${shown.startsWith('..') ? dir : shown}: ${plural(rows('instellingen.csv'), 'instelling', 'instellingen')}, ` +
        `${formatNumber(rows('waarden.csv'))} instellingswaarden, ${formatNumber(rows('reeksen.csv'))} reekswaarden\n`,
    );
  }
  const took = formatDuration(generated);
  process.stdout.write(`  Gegenereerd in ${took} (seed ${seed}, dialect ${dialect}); de instellingsgegevens zijn fictief.\n`);
  return 0;
});

function integer(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ReportError(`--${name} moet een geheel getal van minstens ${min} zijn, niet "${raw}"`, undefined, 2);
  }
  return value;
}

function referenceDate(raw: string): string {
  if (!isIsoDate(raw) || Number(raw.slice(0, 4)) < FIRST_EDITION_YEAR) {
    throw new ReportError(`--peildatum moet een datum JJJJ-MM-DD in ${FIRST_EDITION_YEAR} of later zijn, niet "${raw}"`, undefined, 2);
  }
  return raw;
}

function oneOf(name: string, raw: string, allowed: readonly string[]): string {
  if (!allowed.includes(raw)) throw new ReportError(`--${name} moet ${allowed.join(' of ')} zijn, niet "${raw}"`, undefined, 2);
  return raw;
}
