// Excel-aware hints on reference errors (issue 18): a code Excel made a date of, a look-alike code (O/0, l/1),
// and the Excel column letter beside the column number.
import { afterEach, describe, expect, it } from 'vitest';
import { excelColumn, excelDateOrigin, lookalikeOf, unknownCodeHint } from '../../scripts/snapshot/hints.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { formatIssue } from '../../scripts/snapshot/report.ts';
import { copyFixture, type SnapshotCopy } from '../helpers/snapshot-copy.ts';

let copy: SnapshotCopy | undefined;
afterEach(() => copy?.remove());

describe('hints', () => {
  it('gives Excel column letters', () => {
    expect([1, 2, 26, 27, 52, 703].map(excelColumn)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('recognises dates Excel made of a goal code', () => {
    expect(['1-mrt', '1-Mar', '01-03', '1-3-2025', '2025-03-01', '3-okt'].map(excelDateOrigin)).toEqual(['1.3', '1.3', '1.3', '1.3', '1.3', '3.10']);
    expect(['I01', 'werkdruk', '3.3-carriere', '1-xyz'].map(excelDateOrigin)).toEqual([null, null, null, null]);
  });

  it('finds the one look-alike code', () => {
    expect(lookalikeOf('IO1', ['I01', 'I02'])).toBe('I01');
    expect(lookalikeOf('Il0', ['I10', 'I01'])).toBe('I10');
    expect(lookalikeOf('I99', ['I01'])).toBeNull();
    expect(unknownCodeHint('1-mrt', new Set(['1.3']))).toBe("'1-mrt' lijkt een datum die Excel van 1.3 maakte. Bedoelt u 1.3? Geef de kolom in Excel de opmaak Tekst en typ de code opnieuw.");
  });
});

describe('reference errors with hints', () => {
  it('names the date Excel made and the column letter', () => {
    copy = copyFixture();
    copy.setLine('begroting.csv', 2, 'I01,1-mrt,1200000');
    const lines = loadSnapshot(copy.dir).issues.map((i) => formatIssue(i));
    expect(lines).toContain(
      "begroting.csv:2:2: kolom 'doelstelling': '1-mrt' bestaat niet in doelstellingen.csv (kolom B in Excel). '1-mrt' lijkt een datum die Excel van 1.3 maakte. Bedoelt u 1.3? Geef de kolom in Excel de opmaak Tekst en typ de code opnieuw.",
    );
  });

  it('asks "bedoelt u" for an O/0 slip', () => {
    copy = copyFixture();
    copy.setLine('waarden.csv', 20, 'IO1,lc-ld,totaal,start,2022,40.5,,kwaliteitsagenda');
    const lines = loadSnapshot(copy.dir).issues.map((i) => formatIssue(i));
    expect(lines.find((l) => l.startsWith('waarden.csv:20:1:'))).toBe(
      "waarden.csv:20:1: kolom 'instelling': 'IO1' bestaat niet in instellingen.csv (kolom A in Excel). Bedoelt u I01? Let op de letter O en het cijfer 0, en de letter l en het cijfer 1.",
    );
  });
});
