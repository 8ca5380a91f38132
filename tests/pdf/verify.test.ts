import { describe, expect, it } from 'vitest';
import type { PdfFont, PdfInfo } from '../../scripts/pdf/inspect.ts';
import { footerLine, halfEmptyPages, headerLine, judgePdf } from '../../scripts/pdf/verify.ts';

const info: PdfInfo = {
  pages: 3,
  tagged: true,
  title: 'Synthese',
  author: '',
  subject: '',
  keywords: '',
  creator: '',
  producer: '',
  creationDate: '',
  modDate: '',
  pageSize: { width: 594.96, height: 841.92 },
};
const fonts: PdfFont[] = [{ name: 'AAAAAA+SourceSans3ExtraLight-Regular', type: 'CID TrueType', embedded: true, subset: true, unicode: true }];
const pages = ['Synthese 2025\n', 'Synthese   1 Inleiding\ntekst\nInstellingsgegevens zijn fictief    pagina 2 van 3\n', 'Synthese\ntekst\nInstellingsgegevens zijn fictief    pagina 3 van 3\n'];
const expect0 = { title: 'Synthese', synthetic: true, headings: ['1 Inleiding'] };

describe('judgePdf', () => {
  it('accepts a sound PDF', () => {
    expect(judgePdf(info, fonts, pages, ['1 Inleiding'], expect0)).toEqual({ errors: [], warnings: [] });
    expect(footerLine(pages[1]!)).toBe('Instellingsgegevens zijn fictief    pagina 2 van 3');
  });

  it('names every problem a reader would notice', () => {
    const bad = judgePdf(
      { ...info, tagged: false, title: 'Naamloos', pageSize: { width: 612, height: 792 } },
      [...fonts, { name: 'DejaVuSans', type: 'TrueType', embedded: false, subset: false, unicode: true }],
      [pages[0]!, 'x\nNaN van 3\npagina 2 van 3', pages[2]!],
      [],
      expect0,
    );
    expect(bad.errors).toEqual([
      'de PDF is niet getagd (niet toegankelijk voor schermlezers)',
      'titel in de PDF is "Naamloos" in plaats van "Synthese"',
      'paginaformaat 612 × 792 pt is geen A4',
      'niet ingebedde lettertypen: DejaVuSans',
      'de PDF heeft geen bladwijzers',
      'pagina 2 bevat "NaN"',
      'voettekst van pagina 2 mist "Instellingsgegevens zijn fictief"',
    ]);
    expect(bad.warnings).toEqual(['naast Source Sans 3 gebruikt: DejaVuSans (tekens die Source Sans 3 mist?)']);
  });

  it('warns about bookmarks that are no heading; a heading without bookmark and wrong page numbers are errors', () => {
    const judged = judgePdf(info, fonts, [pages[0]!, pages[2]!, pages[1]!], ['1Inleiding'], expect0);
    expect(judged.warnings).toEqual(['bladwijzers die niet als kop in de tekst staan: "1Inleiding"']);
    expect(judged.errors).toEqual([
      'koppen zonder bladwijzer: "1 Inleiding"',
      'voettekst van pagina 2 is "Instellingsgegevens zijn fictief    pagina 3 van 3"',
      'voettekst van pagina 3 is "Instellingsgegevens zijn fictief    pagina 2 van 3"',
    ]);
  });
});

describe('half-empty pages', () => {
  const text = (header: string) => `${header}\ntekst\npagina\n`;
  it('counts pages more than half blank, except the cover and the last page of a chapter', () => {
    const texts = [text('Omslag'), text('Titel 1 Inleiding'), text('Titel 1 Inleiding'), text('Titel 2 Sector'), text('Titel 2 Sector')];
    //            cover 90%      mid-chapter 60%  chapter end 80%  mid-chapter 50%  document end 90%
    const shares = [0.9, 0.6, 0.8, 0.5, 0.9];
    expect(halfEmptyPages(shares, texts)).toEqual([{ page: 2, blank: 0.6 }]);
    expect(headerLine('\n  Titel    1 Inleiding \nx')).toBe('Titel 1 Inleiding');
  });
});
