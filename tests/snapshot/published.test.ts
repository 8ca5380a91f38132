// One full build of the fixture with planted values: no suppressed realisation appears in any published file
// (pages, result and figure CSVs, specs, SVGs, the search index, the PDF text, the snapshot downloads), and
// hostile but valid text in every text column passes every stage (whatever the check accepts, the build accepts),
// and columns the check ignores (e-mail addresses in instellingen.csv) are published nowhere.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { FILES } from '../../scripts/snapshot/schema.ts';
import { silentLog } from '../../scripts/lib/log.ts';
import { build } from '../../scripts/pipeline.ts';
import { copyFixture, type SnapshotCopy } from '../helpers/snapshot-copy.ts';

/**
 * Distinctive realised values with fewer respondents than their indicator's min_n (30): none of their
 * spellings occurs anywhere else in the fixture's output.
 */
const SUPPRESSED = [
  { line: 11, row: 'I03,werkdruk,totaal,realisatie,2024,27.913,22,mto-2024', value: 27.913 },
  { append: 'I02,stage-school,bol,realisatie,2024,17.383,12,job-2024', value: 17.383 },
  { append: 'I02,professionalisering,totaal,realisatie,2024,9.837,9,mto-2024', value: 9.837 },
];
/** A disclosed value spelled just as distinctively: it must be found, so the search itself is shown to work. */
const DISCLOSED = { line: 4, row: 'I01,werkdruk,totaal,realisatie,2024,43.617,380,mto-2024', value: 43.617 };

/**
 * Where a value could show up in a file: as a reader sees it (decimal comma, 1 to 3 decimals) in the text of
 * pages, SVG labels, the PDF and the search index; as data (decimal point, 2 to 3 decimals; 1 in CSV files) in
 * every file. A spelling counts only as a whole number, not inside a longer one.
 */
function occurs(value: number, name: string, content: string): string[] {
  // Data notation: a comma may be a field separator; reader notation: a point may group thousands.
  const whole = (s: string) =>
    s.includes(',') ? new RegExp(`(?<!\\d)(?<!\\d[.,])${s}(?!\\d)(?![.,]\\d)`) : new RegExp(`(?<![\\d.])${s.replace('.', '\\.')}(?!\\d)(?!\\.\\d)`);
  const readerText = name.endsWith('.html') || name.endsWith('.svg') ? content.replace(/<[^>]*>/g, ' ') : name.endsWith('.pdf') || name.startsWith('pagefind/fragment/') ? content : '';
  const data = [name.endsWith('.csv') ? 1 : 2, 2, 3].map((d) => value.toFixed(d));
  const reader = [1, 2, 3].map((d) => value.toFixed(d).replace('.', ','));
  return [...data.filter((s) => whole(s).test(content)), ...reader.filter((s) => whole(s).test(readerText))];
}

/**
 * Appended to every cell of every text column: markup, template syntax (`{{` is refused by the check), quotes, an ampersand, a number, and what
 * Excel leaves in cells (a non-breaking and a zero-width space, a direction mark, a line break in a quoted cell).
 */
const HOSTILE = ' <b>&amp;</b> "x" ‘y’ { z } {% w %} *v* [u](http://example.org) \\ #7\u00a0\u200b\u202e\nslot';
const HOSTILE_READ = ' <b>&amp;</b> "x" ‘y’ { z } {% w %} *v* [u](http://example.org) \\ #7 slot';

/** Text columns (not codes, enums or numbers); `herkomst` only where it is free text (realisations). */
function makeHostile(c: SnapshotCopy): void {
  for (const spec of FILES) {
    const rows = parse(c.read(spec.file)) as string[][];
    const [header, ...body] = rows;
    const text = spec.columns.filter((col) => col.type.kind === 'text').map((col) => header!.indexOf(col.name)).filter((i) => i >= 0);
    if (text.length === 0) continue;
    const kind = header!.indexOf('soort');
    for (const row of body) {
      for (const i of text) {
        if (header![i] === 'herkomst' && row[kind] !== 'realisatie') continue;
        if (row[i] !== '') row[i] += HOSTILE;
      }
    }
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    c.write(spec.file, [header!, ...body].map((r) => r.map(quote).join(',')).join('\n') + '\n');
  }
}

/** Columns the check ignores (issue 28): e-mail addresses and an internal remark, in instellingen.csv. */
function plantHiddenColumns(c: SnapshotCopy): void {
  const [header, ...body] = parse(c.read('instellingen.csv')) as string[][];
  const rows = [[...header!, 'contactpersoon', 'opmerking_intern'], ...body.map((r, i) => [...r, `p${i}@instelling.example`, 'cijfers nog niet vrijgegeven door CvB'])];
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  c.write('instellingen.csv', rows.map((r) => r.map(quote).join(',')).join('\n') + '\n');
}

let copy: SnapshotCopy;
let root: string;
let texts: Map<string, string>;

/** Every published file as searchable text: PDFs through pdftotext, the pagefind index decompressed. */
function publishedTexts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const name = relative(dir, path);
    if (name.startsWith('assets/')) continue; // fonts and vendor scripts: no data
    const bytes = readFileSync(path);
    if (name.endsWith('.pdf')) out.set(name, execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
    else if (bytes[0] === 0x1f && bytes[1] === 0x8b) out.set(name, gunzipSync(bytes).toString('utf8'));
    else out.set(name, bytes.toString('utf8'));
  }
  return out;
}

beforeAll(async () => {
  copy = copyFixture();
  copy.setLine('waarden.csv', SUPPRESSED[0]!.line!, SUPPRESSED[0]!.row!);
  copy.setLine('waarden.csv', DISCLOSED.line, DISCLOSED.row);
  for (const s of SUPPRESSED.slice(1)) copy.appendLine('waarden.csv', s.append!);
  makeHostile(copy);
  plantHiddenColumns(copy);
  root = mkdtempSync(join(tmpdir(), 'mbo-published-'));
  await build({ snapshotDir: copy.dir, outDir: join(root, '_site'), log: silentLog, cache: false });
  texts = publishedTexts(join(root, '_site'));
}, 600_000);

afterAll(() => {
  copy?.remove();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('disclosure in every published file', () => {
  it('covers pages, CSVs, specs, SVGs, the search index, the PDF and the snapshot downloads', () => {
    const names = [...texts.keys()];
    for (const pattern of [/\.html$/, /^downloads\/data\/.+\.csv$/, /^figuren\/.+\.csv$/, /\.vl\.json$/, /\.svg$/, /^pagefind\//, /\.pdf$/, /^downloads\/instellingen\/I02\.pdf$/, /^downloads\/snapshot\/waarden\.csv$/]) {
      expect(names.some((n) => pattern.test(n)), String(pattern)).toBe(true);
    }
    expect([...texts].filter(([n]) => n.endsWith('.pdf')).every(([, t]) => t.length > 1000)).toBe(true);
  });

  it('finds the disclosed planted value, so the search can find a value', () => {
    const found = [...texts].filter(([n, t]) => occurs(DISCLOSED.value, n, t).length > 0).map(([n]) => n);
    expect(found.some((n) => n.endsWith('.html'))).toBe(true);
    expect(found).toContain('downloads/snapshot/waarden.csv');
  });

  it('publishes no suppressed value anywhere', () => {
    const leaks: string[] = [];
    for (const { value } of SUPPRESSED) {
      for (const [name, text] of texts) for (const s of occurs(value, name, text)) leaks.push(`${name}: ${s}`);
    }
    expect(leaks).toEqual([]);
  });

  it('names a suppressed value in the factsheet by its threshold only', () => {
    const sheet = texts.get('downloads/instellingen/I02.pdf')!.replace(/\s+/g, ' ');
    // The planted hostile name wraps its table cell, so the text layer interleaves the cell's two lines with the
    // next column's: the phrase is read in its two pieces.
    expect(sheet).toContain('2024: minder dan');
    expect(sheet).toContain('30 respondenten');
  });

  it('says on the downloads page how many values were left out and why', () => {
    const page = texts.get('downloads/index.html')!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(page).toContain('zijn 3 gerealiseerde waarden weggelaten die op te weinig respondenten berusten');
    expect(page).not.toContain('precies zoals');
  });
});

describe('columns the check ignores', () => {
  it('appear in no published file', () => {
    const leaks = [...texts].filter(([, t]) => /instelling\.example|vrijgegeven|contactpersoon|opmerking_intern/.test(t)).map(([n]) => n);
    expect(leaks).toEqual([]);
  });
});

describe('hostile but valid text in every text column', () => {
  it('is read with Excel debris normalised and otherwise as written', () => {
    const { snapshot } = loadSnapshot(copy.dir);
    expect(snapshot!.institutions[0]!.name).toBe(`Instelling 01${HOSTILE_READ}`);
    expect(snapshot!.values[0]!.breakdown).toBe(`totaal${HOSTILE_READ}`);
  });

  it('builds, and shows the text escaped', () => {
    const page = texts.get('instelling/i01/index.html')!;
    expect(page).toContain('Instelling 01 &lt;b&gt;&amp;amp;&lt;/b&gt;');
    for (const [name, content] of texts) if (name.endsWith('.html') || name.endsWith('.svg')) expect(content, name).not.toContain('<b>&amp;</b>');
  });
});
