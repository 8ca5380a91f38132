import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../scripts/lib/errors.ts';
import { appendUpdate, catalogWithMetadata, finalizePdf, fixDates, normalizeNodeIds, pdfDate, pdfString, xmlEscape, xmpPacket } from '../../scripts/pdf/finalize.ts';
import { readPdfInfo, readXmp } from '../../scripts/pdf/inspect.ts';
import { xmpProblems } from '../../scripts/pdf/verify.ts';

/** A minimal valid PDF (one empty page) with correct xref offsets, shaped like Chromium's output. */
function tinyPdf(date = "D:20261125201125+00'00'", extra = ''): Buffer {
  const objects = [
    `<</Creator (Chromium)\n/Producer (Skia/PDF m156)\n/CreationDate (${date})\n/ModDate (${date})>>`,
    '<</Type /Catalog\n/Pages 3 0 R\n/Lang (nl)>>',
    '<</Type /Pages\n/Count 1\n/Kids [4 0 R]>>',
    `<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595 842]${extra}>>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(out, 'latin1');
}

const dir = mkdtempSync(join(tmpdir(), 'mbo-finalize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const meta = {
  title: 'Synthese – Werkagenda mbo',
  author: 'Ministerie van OCW',
  subject: 'Voortgang (2025)',
  keywords: ['mbo', 'Stagepact'],
  creator: 'mbo-monitor',
  date: '2025-11-01',
};

describe('pdfDate and pdfString', () => {
  it('writes the date in the exact shape Chromium uses', () => {
    expect(pdfDate('2025-11-01')).toBe("D:20251101000000+00'00'");
    expect(pdfDate('2025-11-01')).toHaveLength("D:20261125201125+00'00'".length);
    expect(() => pdfDate('1-11-2025')).toThrow(ReportError);
  });

  it('writes ASCII as an escaped literal and anything else as UTF-16BE hex', () => {
    expect(pdfString('a (b) \\ c')).toBe('(a \\(b\\) \\\\ c)');
    expect(pdfString('é')).toBe('<FEFF00E9>');
    expect(pdfString('–')).toBe('<FEFF2013>');
  });
});

describe('fixDates', () => {
  it('replaces both dates without changing the length', () => {
    const pdf = tinyPdf();
    const { pdf: fixed, replaced } = fixDates(pdf, pdfDate('2025-11-01'));
    expect(replaced).toBe(2);
    expect(fixed.length).toBe(pdf.length);
    expect(fixed.toString('latin1')).toContain("/CreationDate (D:20251101000000+00'00')");
    expect(fixed.toString('latin1')).not.toContain('2026');
  });

  it('refuses a date of another length instead of shifting offsets', () => {
    expect(() => fixDates(tinyPdf('D:20261125201125Z'), pdfDate('2025-11-01'))).toThrow(/datumnotatie/);
  });
});

describe('normalizeNodeIds', () => {
  it('renumbers node ids by rank, keeping order and length', () => {
    const a = normalizeNodeIds(Buffer.from('/ID (node00000496) /Headers [(node00000497)] /ID (node00000497) (node00000501)', 'latin1'));
    const b = normalizeNodeIds(Buffer.from('/ID (node00000495) /Headers [(node00000496)] /ID (node00000496) (node00000500)', 'latin1'));
    expect(a.toString('latin1')).toBe('/ID (node00000001) /Headers [(node00000002)] /ID (node00000002) (node00000003)');
    expect(b.equals(a)).toBe(true);
  });
});

describe('appendUpdate and finalizePdf', () => {
  it('adds author, subject and keywords that pdfinfo reads, keeping the original bytes as a prefix', async () => {
    const pdf = tinyPdf();
    const out = finalizePdf(pdf, meta);
    expect(out.subarray(0, pdf.length).toString('latin1').replace(/D:\d{14}/g, '')).toBe(pdf.toString('latin1').replace(/D:\d{14}/g, ''));
    const file = join(dir, 'meta.pdf');
    writeFileSync(file, out);
    const info = await readPdfInfo(file);
    expect(info).toMatchObject({ title: meta.title, author: meta.author, subject: meta.subject, keywords: 'mbo, Stagepact', creator: 'mbo-monitor', pages: 1 });
    expect(info.creationDate).toBe('2025-11-01T00:00:00Z');
    expect(info.producer).toBe('Skia/PDF m156');
  });

  it('replaces objects through the update, and the same input gives the same bytes', async () => {
    const pdf = tinyPdf();
    const out = appendUpdate(pdf, meta, [{ num: 3, body: '<</Type /Pages\n/Count 1\n/Kids [4 0 R]\n/Rotate 90>>' }]);
    expect(appendUpdate(pdf, meta, [{ num: 3, body: '<</Type /Pages\n/Count 1\n/Kids [4 0 R]\n/Rotate 90>>' }]).equals(out)).toBe(true);
    const file = join(dir, 'update.pdf');
    writeFileSync(file, out);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page rot:\s+90/);
    const xref = out.toString('latin1').slice(out.lastIndexOf('xref'));
    // Every xref entry is exactly 20 bytes and points at its object.
    for (const [, num, offset] of xref.matchAll(/(\d+) 1\n(\d{10}) 00000 n \n/g)) {
      const head = `${num} 0 obj\n`;
      expect(out.toString('latin1', Number(offset), Number(offset) + head.length)).toBe(head);
    }
  });

  it('adds an XMP stream the catalog points to: title, language, PDF/UA-1, the Info dates', () => {
    const out = finalizePdf(tinyPdf(), { ...meta, title: 'Synthese <mbo> & “stage”' });
    const file = join(dir, 'xmp.pdf');
    writeFileSync(file, out);
    // qpdf reads the update as a whole: no xref or stream-length problems, the catalog names the stream.
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    const catalog = execFileSync('qpdf', ['--show-object=2', file], { encoding: 'utf8' });
    const ref = /\/Metadata (\d+) 0 R/.exec(catalog);
    expect(ref).not.toBeNull();
    expect(catalog).toContain('/Lang (nl)');
    const stream = execFileSync('qpdf', [`--show-object=${ref![1]}`, '--filtered-stream-data', file], { encoding: 'utf8' });
    expect(stream).toContain('<rdf:li xml:lang="x-default">Synthese &lt;mbo&gt; &amp; “stage”</rdf:li>');
    expect(stream).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(stream).toContain('<xmp:CreateDate>2025-11-01T00:00:00Z</xmp:CreateDate>');
    expect(stream).toContain('<pdf:Producer>Skia/PDF m156</pdf:Producer>');
    expect(stream).not.toMatch(/2026/);
    expect(readXmp(out)).toMatchObject({ title: 'Synthese <mbo> & “stage”', language: 'nl', pdfUaPart: 1 });
    expect(xmpProblems(out, 'Synthese <mbo> & “stage”')).toEqual([]);
    expect(finalizePdf(tinyPdf(), { ...meta, title: 'Synthese <mbo> & “stage”' }).equals(out)).toBe(true);
  });

  it('the PDF check names a missing or wrong XMP packet', () => {
    expect(xmpProblems(tinyPdf(), meta.title)).toEqual(['de PDF heeft geen XMP-metadata']);
    const other = finalizePdf(tinyPdf(), { ...meta, language: 'en' });
    expect(xmpProblems(other, 'Andere titel')).toEqual([
      'titel in de XMP-metadata is "Synthese – Werkagenda mbo" in plaats van "Andere titel"',
      'taal in de XMP-metadata is "en", in de catalogus "nl"',
    ]);
    const noUa = Buffer.from(other.toString('latin1').replace('<pdfuaid:part>1</pdfuaid:part>', '<pdfuaid:part>2</pdfuaid:part>'), 'latin1');
    expect(xmpProblems(noUa, meta.title)).toContain('de XMP-metadata noemt PDF/UA-1 niet (pdfuaid:part)');
  });

  it('escapes XML and refuses a catalog that already has metadata', () => {
    expect(xmlEscape(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(xmpPacket(meta, 'P').startsWith('<?xpacket begin="\uFEFF"')).toBe(true);
    expect(() => catalogWithMetadata('1 0 obj\n<</Type /Catalog\n/Metadata 9 0 R>>\nendobj\n', '1 0 R', '5 0 R')).toThrow(/metadatastroom/);
    expect(() => catalogWithMetadata('1 0 obj\n<</Type /Pages>>\nendobj\n', '1 0 R', '5 0 R')).toThrow(/catalogus/);
    expect(catalogWithMetadata('1 0 obj\n<</Type /Catalog\n/MarkInfo <</Marked true>>>>\nendobj\n', '1 0 R', '5 0 R')).toBe('<</Type /Catalog\n/MarkInfo <</Marked true>>\n/Metadata 5 0 R>>');
  });

  it('fails clearly on a file without a creation date or trailer', () => {
    expect(() => finalizePdf(Buffer.from('%PDF-1.4\n%%EOF'), meta)).toThrow(/aanmaakdatum/);
    expect(() => appendUpdate(Buffer.from('%PDF-1.4\n%%EOF'), meta)).toThrow(/trailer/);
  });
});
