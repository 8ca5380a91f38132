// Writing CSV in both dialects: what the loader reads back must be what was written.
import { describe, expect, it } from 'vitest';
import { formatNumber, toCsv } from '../../scripts/generate/write-csv.ts';
import { parseCsv, parseNumber } from '../../scripts/snapshot/csv.ts';

const table = {
  header: ['code', 'naam', 'waarde', 'actief', 'leeg'],
  rows: [
    ['1.3', 'Begeleiding, vsv; "aanpak"', 1234.5, true, null],
    ['SP4', "Cao's", 704000000, false, null],
    ['3.3', ' spatie ', -0, true, 6.85],
  ],
};

describe('toCsv', () => {
  it('writes the en dialect with commas, decimal points and quotes only where needed', () => {
    const text = toCsv(table, 'en');
    expect(text.split('\n')[1]).toBe('1.3,"Begeleiding, vsv; ""aanpak""",1234.5,ja,');
    expect(text.split('\n')[2]).toBe("SP4,Cao's,704000000,nee,");
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes the nl dialect with semicolons and decimal commas', () => {
    const text = toCsv(table, 'nl');
    expect(text.split('\n')[0]).toBe('code;naam;waarde;actief;leeg');
    expect(text.split('\n')[1]).toBe('1.3;"Begeleiding, vsv; ""aanpak""";1234,5;ja;');
    expect(text.split('\n')[3]).toBe('3.3;" spatie ";0;ja;6,85');
  });

  it('reads back identically through the loader in both dialects', () => {
    for (const dialect of ['en', 'nl'] as const) {
      const parsed = parseCsv(toCsv(table, dialect));
      expect(parsed.dialect).toBe(dialect);
      expect(parsed.header).toEqual(table.header);
      expect(parsed.rows.map((r) => r.cells[1])).toEqual(['Begeleiding, vsv; "aanpak"', "Cao's", ' spatie ']);
      expect(parsed.rows.map((r) => parseNumber(r.cells[2]!, dialect))).toEqual([1234.5, 704000000, 0]);
    }
  });

  it('refuses numbers it cannot write plainly', () => {
    expect(formatNumber(2300000000, 'nl')).toBe('2300000000');
    expect(() => formatNumber(Number.NaN, 'en')).toThrow();
    expect(() => formatNumber(1e21, 'en')).toThrow();
    expect(() => formatNumber(1e-7, 'en')).toThrow();
  });
});
