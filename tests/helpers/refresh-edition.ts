// Test helper: an incomplete refresh, made the way an editor makes one — the fixture edition 2025-11-01 copied to
// 2026-11-01 with a few edits: no spending for 2025, the last year whose e-file is in at that peildatum (the
// monitoring calendar, snapshot/calendar.ts), a new institution I07 without budget, spending, measures or e-file
// rows, a partial year (rekenen 2026 from I01 only, where 2024 had I01 and I02), one corrected value, complete 2026
// rows for werkdruk and complete 2025 rows for measures and e-file judgements.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, type SnapshotCopy } from './snapshot-copy.ts';

export const REFRESH = '2026-11-01';

export function makeRefreshEdition(): SnapshotCopy {
  const base = copyFixture();
  const dir = join(base.root, REFRESH);
  cpSync(base.dir, dir, { recursive: true });
  const edition = editionAt(base, dir);

  edition.write(
    'snapshot.json',
    JSON.stringify(
      {
        titel: 'Testeditie 2026 (verversing)',
        peildatum: '2026-11-01',
        rapportjaar: 2026,
        synthetisch: true,
        toelichting: 'Verversing van de testset: bestedingen 2025 ontbreken, Instelling 07 is nieuw.',
        vorige: '2025-11-01',
      },
      null,
      2,
    ) + '\n',
  );
  edition.appendLine('instellingen.csv', 'I07,Instelling 07,roc,Noord,nee,7000');
  // A corrected value, the new institution's start and target, and 2026 realisations (rekenen: partial).
  edition.write('waarden.csv', edition.read('waarden.csv').replace('I02,lc-ld,totaal,start,2022,28,,kwaliteitsagenda', 'I02,lc-ld,totaal,start,2022,29,,kwaliteitsagenda'));
  for (const line of [
    'I07,lc-ld,totaal,start,2022,35,,kwaliteitsagenda',
    'I07,lc-ld,totaal,streef,2027,45,,kwaliteitsagenda',
    'I01,werkdruk,totaal,realisatie,2026,41,390,mto-2026',
    'I02,werkdruk,totaal,realisatie,2026,45,600,mto-2026',
    'I03,werkdruk,totaal,realisatie,2026,30,40,mto-2026',
    'I04,werkdruk,totaal,realisatie,2026,35,38,mto-2026',
    'I01,rekenen,totaal,realisatie,2026,60,,duo',
  ]) {
    edition.appendLine('waarden.csv', line);
  }
  // No spending for 2025 (the refresh is incomplete); measures and judgements of 2025 for the institutions of 2024.
  for (const file of ['maatregel_inzet.csv', 'efile_oordelen.csv']) {
    const rows = edition.read(file).trim().split('\n').slice(1);
    for (const row of rows) edition.appendLine(file, row.replace(',2024,', ',2025,'));
  }
  return edition;
}

/** The SnapshotCopy API on another folder of the same root. */
function editionAt(base: SnapshotCopy, dir: string): SnapshotCopy {
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  return {
    dir,
    root: base.root,
    read,
    write,
    setLine(file, line, text) {
      const lines = read(file).split('\n');
      lines[line - 1] = text;
      write(file, lines.join('\n'));
    },
    appendLine(file, text) {
      write(file, read(file).replace(/\n?$/, '\n') + text + '\n');
    },
    remove: base.remove,
  };
}
