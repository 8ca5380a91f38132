// The monitoring calendar (issue 24): the e-file over a year is handed in by 1 July of the year after (seed 001
// L115), so at 1 November 2025 an edition holds spending and e-file answers over 2024, "het eerste jaar van de vier
// jaren" (seed 003 L426-428). A year that had not ended is refused at its line; what is doubtful is a warning.
import { afterEach, describe, expect, it } from 'vitest';
import { closedYear, editionCalendar, efileDeadline } from '../../scripts/snapshot/calendar.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { formatIssue } from '../../scripts/snapshot/report.ts';
import { runScript } from '../helpers/run-script.ts';
import { copyFixture, type SnapshotCopy } from '../helpers/snapshot-copy.ts';

let copy: SnapshotCopy | undefined;
afterEach(() => copy?.remove());

/** Load a changed copy of the fixture edition 2025-11-01; the formatted errors and warnings. */
function check(mutate: (c: SnapshotCopy) => void) {
  copy = copyFixture();
  mutate(copy);
  const { snapshot, issues } = loadSnapshot(copy.dir);
  const lines = (severity: string) => issues.filter((i) => i.severity === severity).map((i) => formatIssue(i));
  return { snapshot, errors: lines('fout'), warnings: lines('waarschuwing') };
}

const atPeildatum = (c: SnapshotCopy, date: string) =>
  c.write('snapshot.json', c.read('snapshot.json').replace('"peildatum": "2025-11-01"', `"peildatum": "${date}"`));

describe('the calendar of a peildatum', () => {
  it('closes a year when its e-file is due, on 1 July of the year after', () => {
    expect(efileDeadline(2024)).toBe('2025-07-01');
    expect([closedYear('2025-11-01'), closedYear('2025-07-01'), closedYear('2025-06-30'), closedYear('2024-11-01')]).toEqual([2024, 2024, 2023, 2023]);
  });

  it('counts the years of the funding period 2024-2027 the e-file covers: one of four at 1 November 2025', () => {
    expect(editionCalendar('2025-11-01')).toMatchObject({ closedYear: 2024, fundingYearsClosed: 1, fundingYears: 4, measurementYear: 2025 });
    expect(editionCalendar('2024-11-01').fundingYearsClosed).toBe(0);
    expect(editionCalendar('2029-11-01').fundingYearsClosed).toBe(4);
  });
});

describe('the check', () => {
  it('refuses spending over 2025 at peildatum 1 november 2025, at its line and column', () => {
    const { snapshot, errors } = check((c) => c.appendLine('bestedingen.csv', 'I01,3.3,2025,100000'));
    expect(snapshot).toBeNull();
    expect(errors).toEqual([
      'bestedingen.csv:7:3: jaar 2025 is op de peildatum 1 november 2025 nog niet afgesloten; bestedingen over 2025 komen pas in de e-file over 2025, ' +
        'die uiterlijk 1 juli 2026 wordt ingeleverd. Deze editie kan bestedingen tot en met 2024 bevatten; controleer het jaar of de peildatum in snapshot.json',
    ]);
  });

  it('refuses e-file judgements and measures carried out over a year that had not ended', () => {
    const { errors } = check((c) => {
      c.appendLine('efile_oordelen.csv', 'I01,2.2,2025,meeste,effectief');
      c.appendLine('maatregel_inzet.csv', 'I03,3.3-werkdruk,2026,ja');
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^maatregel_inzet\.csv:8:3: jaar 2026 is op de peildatum 1 november 2025 nog niet afgesloten; uitgevoerde maatregelen over 2026/);
    expect(errors[1]).toMatch(/^efile_oordelen\.csv:5:3: jaar 2025 is op de peildatum 1 november 2025 nog niet afgesloten; oordelen uit de e-file over 2025/);
  });

  it('warns, without refusing, about a year that ended but whose e-file was not yet due', () => {
    const { snapshot, errors, warnings } = check((c) => atPeildatum(c, '2025-05-01'));
    expect(errors).toEqual([]);
    expect(snapshot).not.toBeNull();
    expect(warnings).toContain(
      'bestedingen.csv:2:3: bestedingen over 2024: de e-file over 2024 hoeft pas uiterlijk 1 juli 2025 binnen te zijn, na de peildatum 1 mei 2025; controleer of deze cijfers definitief zijn',
    );
  });

  it('refuses realised values and national figures dated after the peildatum (value-rules), and warns about a later start value', () => {
    const { snapshot, errors, warnings } = check((c) => {
      c.appendLine('waarden.csv', 'I01,werkdruk,totaal,realisatie,2026,40,400,mto-2026');
      c.appendLine('reeksen.csv', 'instroom,,totaal,2026/27,210000,aantal,DUO (2025),Instroom mbo (bekostigd)');
    });
    expect(snapshot).toBeNull();
    expect(errors.some((e) => /^waarden\.csv:\d+:5: kolom 'jaar': een gerealiseerde waarde over 2026 ligt na de peildatum/.test(e)), errors.join('\n')).toBe(true);
    expect(errors.some((e) => /^reeksen\.csv:\d+:4: /.test(e)), errors.join('\n')).toBe(true);
    expect(warnings).toEqual([]);
    copy!.remove();
    const later = check((c) => {
      c.appendLine('waarden.csv', 'I01,lc-ld,totaal,start,2026,40,,kwaliteitsagenda');
      c.appendLine('waarden.csv', 'I02,lc-ld,totaal,start,2026,44,,kwaliteitsagenda');
    });
    const lines = copy!.read('waarden.csv').trim().split('\n').length;
    expect(later.warnings).toContain(
      `waarden.csv:${lines - 1}:5: 2 startwaarden uit 2026, na de peildatum 1 november 2025; de eerste staat op deze regel; controleer het jaar of de peildatum in snapshot.json`,
    );
  });

  it('warns about e-file targets in an edition from before the first e-file', () => {
    const { warnings } = check((c) => {
      atPeildatum(c, '2024-11-01');
      for (const file of ['bestedingen.csv', 'efile_oordelen.csv', 'maatregel_inzet.csv']) c.write(file, `${c.read(file).split('\n')[0]}\n`);
    });
    expect(warnings.find((w) => w.includes('met herkomst e-file'))).toMatch(
      /^waarden\.csv:\d+:8: \d+ streefwaarden met herkomst e-file, maar op de peildatum 1 november 2024 is nog geen e-file ingeleverd \(de eerste, over 2024, uiterlijk 1 juli 2025\)/,
    );
  });

  it('prints the refusal in npm run check and exits 1', () => {
    copy = copyFixture();
    copy.appendLine('bestedingen.csv', 'I01,3.3,2025,100000');
    const { status, stdout, stderr } = runScript('check.ts', ['--snapshot', copy.dir]);
    expect(status).toBe(1);
    expect(stdout + stderr).toContain('bestedingen.csv:7:3: jaar 2025 is op de peildatum 1 november 2025 nog niet afgesloten');
  });
});
