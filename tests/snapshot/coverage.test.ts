// Coverage of an edition against the years the monitoring calendar expects (issues 18 and 24): a refresh made from
// the fixture with no spending for 2025 (the last year whose e-file is in at 1 November 2026), a new institution
// without rows and a partial year is valid, but the check and the build must say so.
import { afterAll, describe, expect, it } from 'vitest';
import { coverageLines, coverageOf, coverageWarnings, editionCoverage } from '../../scripts/snapshot/coverage.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { loadWithPrevious } from '../../scripts/snapshot/previous.ts';
import { makeRefreshEdition } from '../helpers/refresh-edition.ts';
import { runScript } from '../helpers/run-script.ts';
import { FIXTURES } from '../helpers/snapshot-copy.ts';

const edition = makeRefreshEdition();
afterAll(() => edition.remove());
const { current, previous } = loadWithPrevious(edition.dir);

describe('coverage of a refresh', () => {
  const coverage = coverageOf(current!, previous);

  it('lists the years per file against the year the calendar expects: e-file files up to 2025, measurements 2026', () => {
    expect(coverage).toMatchObject({ reportYear: 2026, closedYear: 2025 });
    const byFile = Object.fromEntries(coverage.files.filter((f) => f.indicatorId === null).map((f) => [f.file, [f.years, f.status, f.latestYear]]));
    expect(byFile).toEqual({
      'bestedingen.csv': [[2024], 'ontbreekt', 2024],
      'maatregel_inzet.csv': [[2024, 2025], 'volledig', 2025],
      'efile_oordelen.csv': [[2024, 2025], 'volledig', 2025],
    });
  });

  it('finds a partial year per indicator: rekenen 2026 from 1 of the 2 institutions of 2024', () => {
    const rekenen = coverage.files.find((f) => f.indicatorId === 'rekenen')!;
    expect(rekenen).toMatchObject({ years: [2024, 2026], institutionsByYear: { 2024: 2, 2026: 1 }, status: 'gedeeltelijk' });
    expect(coverage.files.find((f) => f.indicatorId === 'werkdruk')!.status).toBe('volledig');
  });

  it('names the new institution and the files without its rows', () => {
    expect(coverage.newInstitutions).toEqual([
      { institutionId: 'I07', name: 'Instelling 07', files: ['begroting.csv', 'bestedingen.csv', 'maatregel_inzet.csv', 'efile_oordelen.csv'] },
    ]);
  });

  it('warns in Dutch with the latest year the report falls back to', () => {
    const warnings = editionCoverage(current!, previous).warnings;
    expect(warnings).toContain(
      'bestedingen.csv: geen gegevens voor 2025 (het laatste jaar waarvan de e-file op de peildatum binnen is, uiterlijk 1 juli 2026); de pdf en site tonen besteding tot en met 2024',
    );
    expect(warnings).toContain(
      'waarden.csv (indicator rekenen, Rekenen): 2026 (rapportjaar) heeft gegevens van 1 van de 2 instellingen van 2024; vergelijkingen met 2024 gaan alleen over instellingen met beide jaren',
    );
    expect(warnings).toContain(
      'instellingen.csv: nieuwe instelling I07 (Instelling 07) heeft geen regels in begroting.csv, bestedingen.csv, maatregel_inzet.csv en efile_oordelen.csv; haar pagina toont daar "geen gegevens"',
    );
    expect(warnings).toHaveLength(4); // + stage-school without 2026
  });

  it('agrees the verb with the number of national series that reach the report year', () => {
    const withSeries = (latest: readonly string[]) => ({ ...coverage, series: latest.map((l, i) => ({ series: `r${i}`, latest: l })) });
    const line = (latest: readonly string[]) => coverageLines(withSeries(latest)).find((l) => l.startsWith('  reeksen.csv'))!;
    expect(line(['2026', '2026', '2026', '2024'])).toContain('3 van de 4 landelijke reeksen hebben cijfers over 2026');
    expect(line(['2026', '2024'])).toContain('1 van de 2 landelijke reeksen heeft cijfers over 2026');
    expect(line(['2024', '2024'])).toContain('geen van de 2 landelijke reeksen heeft cijfers over 2026');
  });

  it('expects no spending or e-file rows before the first e-file (the fixture edition 2024-11-01)', () => {
    // The 2024 edition is only ever a previous edition (it holds realised values of 2025).
    const early = loadSnapshot(`${FIXTURES}/2024-11-01`, { asPrevious: true }).snapshot!;
    expect(coverageOf(early, null).closedYear).toBe(2023);
    expect(editionCoverage(early, null).warnings.filter((w) => /^(bestedingen|maatregel_inzet|efile_oordelen)\.csv/.test(w))).toEqual([]);
  });

  it('has no warning for an edition that covers its report year', () => {
    const full = { ...coverage, files: coverage.files.map((f) => ({ ...f, status: 'volledig' as const })), newInstitutions: [] };
    expect(coverageWarnings(full)).toEqual([]);
  });
});

describe('npm run check on the refresh', () => {
  it('prints the years per file and the warnings, and still exits 0', () => {
    const { status, stdout } = runScript('check.ts', ['--snapshot', edition.dir]);
    expect(status).toBe(0);
    expect(stdout).toContain('Jaren per bestand (rapportjaar 2026; bestedingen en e-file tot en met 2025):');
    expect(stdout).toContain('    bestedingen.csv: 2024');
    expect(stdout).toContain('  ⚠ bestedingen.csv: geen gegevens voor 2025 (het laatste jaar waarvan de e-file op de peildatum binnen is');
    expect(stdout).toContain('  ⚠ instellingen.csv: nieuwe instelling I07 (Instelling 07)');
  });

  it('keeps the bundled fixture summary line unchanged', () => {
    const { stdout } = runScript('check.ts', ['--snapshot', `${FIXTURES}/2025-11-01`]);
    expect(stdout).toContain('0 meldingen.');
  });
});
