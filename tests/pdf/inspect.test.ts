import { describe, expect, it } from 'vitest';
import { blankShare, flattenOutline, parseOutline, parsePdfFonts, parsePdfInfo, parsePgms, pdfLanguage } from '../../scripts/pdf/inspect.ts';

describe('poppler output parsers', () => {
  it('reads pdfinfo fields, including the page size', () => {
    const info = parsePdfInfo(
      'Title:           Synthese: monitor\nAuthor:          OCW\nTagged:          yes\nPages:           56\nPage size:       594.96 x 841.92 pts (A4)\nCreationDate:    2025-11-01T00:00:00Z\n',
    );
    expect(info).toMatchObject({ title: 'Synthese: monitor', author: 'OCW', tagged: true, pages: 56, subject: '', creationDate: '2025-11-01T00:00:00Z' });
    expect(info.pageSize).toEqual({ width: 594.96, height: 841.92 });
  });

  it('reads pdffonts rows, also when a long name overflows its column', () => {
    const fonts = parsePdfFonts(
      [
        'name                                 type              encoding         emb sub uni object ID',
        '------------------------------------ ----------------- ---------------- --- --- --- ---------',
        'AAAAAA+SourceSans3ExtraLight-SemiBold CID TrueType      Identity-H       yes yes yes      4  0',
        'DejaVuSans                           Type 1C           Custom           no  no  yes     19  0',
      ].join('\n'),
    );
    expect(fonts).toEqual([
      { name: 'AAAAAA+SourceSans3ExtraLight-SemiBold', type: 'CID TrueType', embedded: true, subset: true, unicode: true },
      { name: 'DejaVuSans', type: 'Type 1C', embedded: false, subset: false, unicode: true },
    ]);
  });

  it('reads the nested outline of pdftohtml -xml', () => {
    const outline = parseOutline(
      '<pdf2xml><page/><outline>\n<item page="2">Colofon</item>\n<item page="8">1 Inleiding</item>\n<outline>\n<item page="8">1.1 Achtergrond &amp; doel</item>\n</outline>\n<item page="12">2 Sectorbeeld</item>\n</outline>\n</pdf2xml>',
    );
    expect(outline.map((e) => e.title)).toEqual(['Colofon', '1 Inleiding', '2 Sectorbeeld']);
    expect(outline[1]!.children).toEqual([{ title: '1.1 Achtergrond & doel', page: 8, children: [] }]);
    expect(flattenOutline(outline).map((e) => `${e.level}:${e.page}`)).toEqual(['1:2', '1:8', '2:8', '1:12']);
  });

  it('reads the catalog language', () => {
    expect(pdfLanguage(Buffer.from('<</Type /Catalog\n/Lang (nl)>>'))).toBe('nl');
    expect(pdfLanguage(Buffer.from('<</Type /Catalog>>'))).toBeNull();
  });
});

describe('blank rows of rendered pages', () => {
  /** A 10 × 297 px grey page (1 px per mm): white, with ink on the given rows. */
  function pgm(inkRows: readonly number[]): Buffer {
    const pixels = Buffer.alloc(10 * 297, 255);
    for (const y of inkRows) pixels[y * 10 + 3] = 0;
    return Buffer.concat([Buffer.from('P5\n# pdftoppm\n10 297\n255\n', 'latin1'), pixels]);
  }
  const margins = { top: 24, bottom: 22 };

  it('reads pdftoppm pages one after the other and measures the longest blank stretch of the content area', () => {
    const lines = Array.from({ length: 63 }, (_, i) => 24 + i * 4); // text down to row 272
    const images = parsePgms(Buffer.concat([pgm([10, ...lines, 280]), pgm([10, 24, 30, 280])]));
    expect(images).toHaveLength(2);
    // Line spacing leaves 3 blank rows; the header (10) and footer (280) lie in the margins.
    expect(blankShare(images[0]!, margins)).toBeCloseTo(3 / 251, 3);
    expect(blankShare(images[1]!, margins)).toBeCloseTo((275 - 31) / 251, 3);
  });

  it('refuses output that is not an 8-bit grey image', () => {
    expect(() => parsePgms(Buffer.from('P6\n10 10\n255\n', 'latin1'))).toThrow(/pdftoppm/);
    expect(parsePgms(Buffer.alloc(0))).toEqual([]);
  });
});
