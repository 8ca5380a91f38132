import { describe, expect, it } from 'vitest';
import { flattenOutline, parseDestinations, parseOutline, parsePdfFonts, parsePdfInfo, pdfLanguage } from '../../scripts/pdf/inspect.ts';

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

  it('reads named destinations as id → page', () => {
    const dests = parseDestinations('Page  Destination                 Name\n   3 [ XYZ    6  826 null      ] "h-1"\n  12 [ XYZ   62  771 null      ] "sec-2-1"\n');
    expect([...dests]).toEqual([
      ['h-1', 3],
      ['sec-2-1', 12],
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
