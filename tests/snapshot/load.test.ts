// The loader: both CSV dialects, encodings and line endings give the same Snapshot.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { cleanCell, detectDelimiter, detectDialect, parseCsv, parseNumber } from '../../scripts/snapshot/csv.ts';
import { decodeBytes, decodeUtf8, EncodingError } from '../../scripts/snapshot/encoding.ts';
import { capIssues } from '../../scripts/snapshot/load.ts';
import { describeJsonError } from '../../scripts/snapshot/meta.ts';
import { copyFixture, FIXTURES, snapshotContent, type SnapshotCopy } from '../helpers/snapshot-copy.ts';

/** Rewrite an en-dialect CSV as a Dutch spreadsheet would export it: `;`, decimal comma, BOM, CRLF, quotes. */
function toDutchDialect(text: string): string {
  const rows = parse(text) as string[][];
  const cell = (value: string) => {
    const v = /^-?\d+\.\d+$/.test(value) ? value.replace('.', ',') : value;
    return /[;"\r\n]/.test(v) || v.includes(' ') ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return '\ufeff' + rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

let copy: SnapshotCopy | undefined;
afterEach(() => copy?.remove());

describe('loadSnapshot', () => {
  it('loads the fixture without issues into a frozen snapshot', () => {
    const { snapshot, issues } = loadSnapshot(join(FIXTURES, '2025-11-01'));
    expect(issues).toEqual([]);
    expect(snapshot).not.toBeNull();
    expect(snapshot!.institutions).toHaveLength(6);
    expect(snapshot!.values).toHaveLength(48);
    expect(snapshot!.indicators.find((i) => i.id === 'lc-ld')).toMatchObject({ unit: 'procent', minN: null, shortName: 'LC/LD' });
    expect(snapshot!.values.find((v) => v.institutionId === 'I01' && v.indicatorId === 'lc-ld' && v.kind === 'start')?.value).toBe(40.5);
    expect(snapshot!.meta).toMatchObject({ referenceDate: '2025-11-01', reportYear: 2025, synthetic: true, previous: '2024-11-01' });
    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(Object.isFrozen(snapshot!.values[0])).toBe(true);
    expect(snapshot!.hash).toMatch(/^[0-9a-f]{10}$/);
  });

  it('gives an identical snapshot for the Dutch dialect with BOM, CRLF and quoted fields', () => {
    copy = copyFixture();
    for (const file of readdirSync(copy.dir).filter((f) => f.endsWith('.csv'))) {
      copy.write(file, toDutchDialect(copy.read(file)));
    }
    const dutch = loadSnapshot(copy.dir);
    const english = loadSnapshot(join(FIXTURES, '2025-11-01'));
    expect(dutch.issues).toEqual([]);
    expect(dutch.snapshot!.files.filter((f) => f.name.endsWith('.csv')).every((f) => f.dialect === 'nl')).toBe(true);
    expect(snapshotContent(dutch.snapshot!)).toEqual(snapshotContent(english.snapshot!));
  });

  it('changes the edition hash when any file changes', () => {
    copy = copyFixture();
    const before = loadSnapshot(copy.dir).snapshot!.hash;
    copy.setLine('instellingen.csv', 2, 'I01,Instelling 01,roc,Noord,nee,12001');
    expect(loadSnapshot(copy.dir).snapshot!.hash).not.toBe(before);
  });
});

describe('csv reading', () => {
  it('detects the dialect from the header line only', () => {
    expect(detectDialect('a;b\n1,5;2')).toBe('nl');
    expect(detectDialect('a,b\n1;2')).toBe('en');
    expect(detectDialect('"a;x",b\n1,2')).toBe('en');
  });

  it('parses numbers in each dialect and rejects the other notation', () => {
    expect(parseNumber('41.5', 'en')).toBe(41.5);
    expect(parseNumber('41,5', 'nl')).toBe(41.5);
    expect(parseNumber('1.234,5', 'nl')).toBe(1234.5);
    expect(parseNumber('-2', 'nl')).toBe(-2);
    expect(parseNumber('41,5', 'en')).toBeNull();
    expect(parseNumber('41.5', 'nl')).toBeNull();
    expect(parseNumber('1e3', 'en')).toBeNull();
    expect(parseNumber('', 'en')).toBeNull();
  });

  it('numbers records by the line they start on, also after empty lines and multi-line quotes', () => {
    const table = parseCsv('a,b\n1,"x\ny"\n\n2,3\n');
    expect(table.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('rejects bytes that are not UTF-8 and drops a BOM', () => {
    expect(() => decodeUtf8(Uint8Array.from([0x61, 0xe9, 0x62]))).toThrow();
    expect(decodeUtf8(new TextEncoder().encode('\ufeffabc'))).toBe('abc');
  });

  it('reads the committed fixture files byte for byte as UTF-8', () => {
    const text = readFileSync(join(FIXTURES, '2025-11-01', 'maatregelen.csv'));
    expect(decodeUtf8(text)).toContain('Carrièreperspectief');
  });
});

describe('encodings and spreadsheet debris', () => {
  it('decodes UTF-16 with either byte order mark, Windows-1252 when not UTF-8, and names the encoding', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\tb\n€ 1\t2\n', 'utf16le')]);
    expect(decodeBytes(le)).toEqual({ text: 'a\tb\n€ 1\t2\n', encoding: 'UTF-16' });
    const be = Buffer.from([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9]);
    expect(decodeBytes(be)).toEqual({ text: 'aé', encoding: 'UTF-16' });
    expect(decodeBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toEqual({ text: 'Café €', encoding: 'Windows-1252', evidence: { word: 'Café €', line: 1 } });
    expect(decodeBytes(Buffer.from('\ufeffé', 'utf8'))).toEqual({ text: 'é', encoding: 'UTF-8' });
  });

  it('refuses bytes that no supported encoding reads, at the first line holding one', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0x8d]), Buffer.from('\n')]);
    expect(() => decodeBytes(bytes)).toThrow(EncodingError);
    try {
      decodeBytes(bytes);
    } catch (error) {
      expect((error as EncodingError).line).toBe(3);
    }
  });

  it('detects the separator by count on the header line', () => {
    expect(detectDelimiter('a\tb\tc\n1,5\t2')).toBe('\t');
    expect(detectDelimiter('a;b;c\n')).toBe(';');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
  });

  it('normalises what Excel leaves in cells and keeps printable characters', () => {
    expect(cleanCell('a\u00a0b\u200b\u00adc\u202e\r\nd\u0007 “e”')).toBe('a bc d “e”');
  });

  it('drops all-empty columns and rows, and counts them', () => {
    const table = parseCsv('a;b;;\n1;2;;\n;;;\n3;4;;\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [2, '1', '2'],
      [4, '3', '4'],
    ]);
    expect(table.ignored).toEqual({ columns: 2, rows: 1 });
  });

  it('reads CR-only line ends with the right line numbers', () => {
    expect(parseCsv('a,b\r1,2\r\r3,4\r').rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('sums up one cause after five lines, per file and column', () => {
    const issues = Array.from({ length: 8 }, (_, i) => ({ severity: 'fout' as const, file: 'x.csv', line: i + 2, column: 3, message: `kolom 'n': '${i}.5' is geen geheel getal` }));
    const capped = capIssues(issues);
    expect(capped).toHaveLength(6);
    expect(capped[5]).toEqual({ severity: 'fout', file: 'x.csv', line: 7, message: 'en nog 3 regels met dezelfde soort fout, vanaf deze regel; herstel de oorzaak en controleer opnieuw' });
  });

  it('places JSON syntax errors at line and column, in Dutch', () => {
    const text = '{\n  "titel": "x"\n  "peildatum": "2025-11-01"\n}';
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(describeJsonError(text, message)).toEqual({ line: 3, column: 3, reason: 'verwacht een komma of } na de waarde; ontbreekt er een komma aan het eind van de regel ervoor?' });
  });
});

describe('writing helper', () => {
  it('toDutchDialect produces semicolons and decimal commas', () => {
    const out = toDutchDialect('a,b\nx y,40.5\n');
    expect(out).toBe('\ufeffa;b\r\n"x y";40,5\r\n');
    writeFileSync('/dev/null', out);
  });
});
