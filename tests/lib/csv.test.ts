// The one CSV writer (scripts/lib/csv.ts): RFC 4180 quoting, plain numbers, both dialects, and what the snapshot
// loader reads back must be what was written.
import { describe, expect, it } from 'vitest';
import { dutchDecimal, num, writeCsv } from '../../scripts/lib/csv.ts';
import { parseCsv, parseNumber } from '../../scripts/snapshot/csv.ts';

const header = ['code', 'naam', 'waarde', 'actief', 'leeg'];
const rows = [
  ['1.3', 'Begeleiding, vsv; "aanpak"', 1234.5, true, null],
  ['SP4', "Cao's", 704000000, false, null],
  ['3.3', ' spatie ', -0, true, 6.85],
];

describe('writeCsv', () => {
  it('quotes by RFC 4180, and also a line break or space at either end', () => {
    const one = (value: string) => writeCsv(['a'], [[value]]).slice(2);
    expect(one('Carrière, perspectief')).toBe('"Carrière, perspectief"\n');
    expect(one('zo "genoemd"')).toBe('"zo ""genoemd"""\n');
    expect(one('twee\nregels')).toBe('"twee\nregels"\n');
    expect(one('twee\rregels')).toBe('"twee\rregels"\n');
    expect(one(' spatie ')).toBe('" spatie "\n');
    expect(one('gewoon')).toBe('gewoon\n');
    expect(writeCsv(['a'], [['x,y'], [null]])).toBe('a\n"x,y"\n\n');
  });

  it('writes the en dialect with commas, decimal points and quotes only where needed', () => {
    const text = writeCsv(header, rows);
    expect(text.split('\n')[1]).toBe('1.3,"Begeleiding, vsv; ""aanpak""",1234.5,ja,');
    expect(text.split('\n')[2]).toBe("SP4,Cao's,704000000,nee,");
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes the nl dialect with semicolons and decimal commas in numbers, text as given', () => {
    const text = writeCsv(header, rows, { dialect: 'nl' });
    expect(text.split('\n')[0]).toBe('code;naam;waarde;actief;leeg');
    expect(text.split('\n')[1]).toBe('1.3;"Begeleiding, vsv; ""aanpak""";1234,5;ja;');
    expect(text.split('\n')[3]).toBe('3.3;" spatie ";0;ja;6,85');
  });

  it('writes a byte-order mark only when asked (the spreadsheet downloads)', () => {
    expect(writeCsv(['naam', 'aandeel'], [['Carrière; perspectief', 41.25], ['c', null], ['d', true]], { dialect: 'nl', bom: true })).toBe(
      '\uFEFFnaam;aandeel\n"Carrière; perspectief";41,25\nc;\nd;ja\n',
    );
    expect(writeCsv(['x'], [[1]], { dialect: 'nl' }).startsWith('\uFEFF')).toBe(false);
  });

  it('reads back identically through the loader in both dialects', () => {
    for (const dialect of ['en', 'nl'] as const) {
      const parsed = parseCsv(writeCsv(header, rows, { dialect }));
      expect(parsed.dialect).toBe(dialect);
      expect(parsed.header).toEqual(header);
      expect(parsed.rows.map((r) => r.cells[1])).toEqual(['Begeleiding, vsv; "aanpak"', "Cao's", ' spatie ']);
      expect(parsed.rows.map((r) => parseNumber(r.cells[2]!, dialect))).toEqual([1234.5, 704000000, 0]);
    }
  });

  it('writes numbers plainly, and refuses those it cannot', () => {
    expect(writeCsv(['x'], [[0.1 + 0.2], [1e-7], [2300000000]])).toBe('x\n0.3\n0.0000001\n2300000000\n');
    expect(() => writeCsv(['x'], [[Number.NaN]])).toThrow(/NaN/);
    expect(() => writeCsv(['x'], [[1e21]])).toThrow();
  });
});

describe('num and dutchDecimal', () => {
  it('round to plain decimal text', () => {
    expect([num(2.675), num(-0.004), num(1234567.891), num(0.00001234, 4), num(null), num(Number.NaN), num(40)]).toEqual([
      '2.68',
      '0',
      '1234567.89',
      '0',
      '',
      '',
      '40',
    ]);
    // € 2,3 mld (the whole term) stays in plain notation.
    expect(num(2300000000.456)).toBe('2300000000.46');
  });

  it('gives plain numbers in text a decimal comma and leaves other text alone', () => {
    expect(['3.5', '-41.25', '40', '1.3 Begeleiding', 'a.b'].map(dutchDecimal)).toEqual(['3,5', '-41,25', '40', '1.3 Begeleiding', 'a.b']);
  });
});
