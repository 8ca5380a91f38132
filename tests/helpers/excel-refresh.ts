// Test helper: the refresh walkthrough of issue 28, made the way an editor makes it. The fixture edition 2025-11-01
// is refreshed to 2026-11-01 in Dutch Excel and saved as "CSV (puntkomma)": Windows-1252, semicolons, decimal
// commas, CRLF. What changed: new 2026 values, a new institution (I07 Nieuw College), a merger with a rename
// (I04 merged into I03, which is now called 'Zoë College – Ede'), 2024 measures for the institutions the fixture
// lacked and 2025 measures from I01 only (a partial year in maatregel_inzet.csv: 2025 is the last year whose e-file
// is in at the peildatum), and five planted mistakes:
//   stale     a hidden stale row beside its correction (I01 werkdruk 2026, another herkomst) → refused
//   year      2062 typed for 2026 (I05 werkdruk)                                              → refused
//   case      'Totaal' for 'totaal' (I02 lc-ld start)                                          → refused
//   comma     4,5 typed for 45 (I02 werkdruk 2026; 47 in 2024)                                 → warned
//   digits    53 typed for 35 (I07 lc-ld start: a new institution, no series to compare)       → not found
// `fix()` corrects the three refused lines, as the editor does after the check.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dutch, windows1252 } from '../corpus/cases.ts';
import { copyFixture, type SnapshotCopy } from './snapshot-copy.ts';

export const EDITION = '2026-11-01';

export interface ExcelRefresh {
  readonly dir: string;
  readonly root: string;
  /** The line of each planted mistake in waarden.csv (header = 1), as exported and after `fix()`. */
  readonly lines: Readonly<Record<'stale' | 'year' | 'case' | 'comma' | 'digits', number>>;
  readonly linesAfterFix: Readonly<Record<'year' | 'case' | 'comma' | 'digits', number>>;
  /** Correct the three mistakes the check refuses (the stale row goes, the year and the case are retyped). */
  fix(): void;
  remove(): void;
}

const csv = (rows: readonly string[]) => `${rows.join('\n')}\n`;

/** The 2026 rows of waarden.csv, with the mistakes; `fixed` leaves out the three the check refuses. */
function waarden(base: string, fixed: boolean) {
  const rows = base
    .trimEnd()
    .split('\n')
    .filter((r) => !r.startsWith('I04,')); // I04 merged into I03: its rows go
  const added: [key: keyof ExcelRefresh['lines'] | null, row: string][] = [
    [null, 'I01,werkdruk,totaal,realisatie,2026,41,390,mto-2026'],
    ['stale', 'I01,werkdruk,totaal,realisatie,2026,44,385,mto-2026-concept'],
    ['comma', 'I02,werkdruk,totaal,realisatie,2026,4.5,600,mto-2026'],
    [null, 'I03,werkdruk,totaal,realisatie,2026,30,160,mto-2026'],
    ['year', 'I05,werkdruk,totaal,realisatie,2062,39,310,mto-2026'],
    [null, 'I01,rekenen,totaal,realisatie,2026,60,,duo'],
    [null, 'I02,rekenen,totaal,realisatie,2026,73,,duo'],
    ['digits', 'I07,lc-ld,totaal,start,2022,53,,kwaliteitsagenda'],
    [null, 'I07,lc-ld,totaal,streef,2027,60,,kwaliteitsagenda'],
  ];
  const lines: Partial<Record<keyof ExcelRefresh['lines'], number>> = {};
  const out = [...rows];
  for (const [key, row] of added) {
    if (fixed && key === 'stale') continue;
    out.push(fixed && key === 'year' ? row.replace(',2062,', ',2026,') : row);
    if (key) lines[key] = out.length;
  }
  // 'Totaal' in the row of I02's lc-ld start (an edit in place).
  const caseLine = out.findIndex((r) => r.startsWith('I02,lc-ld,totaal,start,'));
  if (!fixed) out[caseLine] = out[caseLine]!.replace(',totaal,', ',Totaal,');
  lines.case = caseLine + 1;
  return { text: csv(out), lines: lines as ExcelRefresh['lines'] };
}

export function makeExcelRefresh(): ExcelRefresh {
  const base: SnapshotCopy = copyFixture();
  const dir = join(base.root, EDITION);
  cpSync(base.dir, dir, { recursive: true });
  const read = base.read;
  // Every CSV as Dutch Excel saves it: Windows-1252, semicolons, decimal commas, CRLF, no BOM.
  const save = (file: string, text: string) => writeFileSync(join(dir, file), windows1252(dutch(text, { bom: false })));

  const write = (fixed: boolean) => {
    writeFileSync(
      join(dir, 'snapshot.json'),
      `${JSON.stringify({ titel: 'Testeditie 2026 (verversing uit Excel)', peildatum: '2026-11-01', rapportjaar: 2026, synthetisch: true, toelichting: 'Verversing: fusie van I04 in I03, nieuwe instelling I07.', vorige: '2025-11-01' }, null, 2)}\n`,
    );
    save(
      'instellingen.csv',
      csv([
        'instelling,naam,soort,regio,randstad,studenten,opgegaan_in',
        'I01,Instelling 01,roc,Noord,nee,12000,',
        'I02,Instelling 02,roc,West,ja,18500,',
        'I03,Zoë College – Ede,aoc,Oost,nee,4100,',
        'I04,Instelling 04,vakinstelling,West,ja,900,I03',
        'I05,Instelling 05,roc,Zuid,nee,9800,',
        'I06,Instelling 06,roc,West,ja,15000,',
        'I07,Nieuw College,roc,Noord,nee,7000,',
      ]),
    );
    save('waarden.csv', waarden(read('waarden.csv'), fixed).text);
    // I04's budget joins I03's; the new institution has one; spending of 2025 for the institutions with a budget.
    save('begroting.csv', csv([...read('begroting.csv').trimEnd().split('\n').filter((r) => !r.startsWith('I04,')).map((r) => r.replace('I03,3.3,400000', 'I03,3.3,550000')), 'I07,3.3,300000']));
    save('bestedingen.csv', csv([...read('bestedingen.csv').trimEnd().split('\n'), 'I01,1.3,2025,250000', 'I02,3.3,2025,700000', 'I03,3.3,2025,150000', 'I07,3.3,2025,90000']));
    // Measures: 2024 also for I05 and I06, 2025 from I01 only (the others report later).
    const measures = ['I05', 'I06'].flatMap((id, i) => [`${id},3.3-carriere,2024,${i % 2 ? 'ja' : 'nee'}`, `${id},3.3-werkdruk,2024,ja`]);
    save('maatregel_inzet.csv', csv([...read('maatregel_inzet.csv').trimEnd().split('\n'), ...measures, 'I01,3.3-carriere,2025,ja', 'I01,3.3-werkdruk,2025,ja']));
    for (const file of ['doelstellingen.csv', 'indicatoren.csv', 'maatregelen.csv', 'reeksen.csv', 'landelijke_doelen.csv', 'efile_oordelen.csv']) save(file, read(file));
  };
  write(false);
  return {
    dir,
    root: base.root,
    lines: waarden(read('waarden.csv'), false).lines,
    linesAfterFix: waarden(read('waarden.csv'), true).lines,
    fix: () => write(true),
    remove: base.remove,
  };
}
