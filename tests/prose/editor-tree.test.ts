// Editor markdown as structured blocks for the PDF: every construct an editor may use, footnotes at their
// reference, no HTML and no markup of any other language in the result (only strings and typed nodes).
import { describe, expect, it } from 'vitest';
import { editorMarkdown } from '../../scripts/prose/editor.ts';

const tree = (markdown: string, level = 1) => editorMarkdown(markdown, level, 'voorwoord').content;

describe('editorTree', () => {
  it('turns headings, paragraphs, emphasis, code and line breaks into nodes', () => {
    expect(tree('# Kop\n\nTekst met **vet**, *schuin* en `code`.\nregel  \nhard')).toEqual([
      { t: 'heading', level: 2, title: 'Kop' },
      { t: 'paragraph', c: ['Tekst met ', { t: 'strong', c: ['vet'] }, ', ', { t: 'emph', c: ['schuin'] }, ' en ', { t: 'code', text: 'code' }, '. regel', { t: 'break' }, 'hard'] },
    ]);
    expect(tree('## Onder', 2)).toEqual([{ t: 'heading', level: 4, title: 'Onder' }]);
  });

  it('keeps links to other websites, and a path of the site as its text', () => {
    expect(tree('[bron](https://www.rijksoverheid.nl/) en [methode](/verantwoording/)')).toEqual([
      { t: 'paragraph', c: [{ t: 'link', url: 'https://www.rijksoverheid.nl/', c: ['bron'] }, ' en methode'] },
    ]);
  });

  it('places a footnote at its reference, numbered per text, a second reference by number only', () => {
    const [p] = tree('Eerst[^a] en weer[^a], dan[^b].\n\n[^a]: De *eerste* noot.\n[^b]: De tweede.');
    expect(p).toEqual({
      t: 'paragraph',
      c: [
        'Eerst', { t: 'note', id: 'voorwoord-1', c: ['De ', { t: 'emph', c: ['eerste'] }, ' noot.'] },
        ' en weer', { t: 'note', id: 'voorwoord-1', first: false, c: ['De ', { t: 'emph', c: ['eerste'] }, ' noot.'] },
        ', dan', { t: 'note', id: 'voorwoord-2', c: ['De tweede.'] }, '.',
      ],
    });
  });

  it('reads lists, quotes, rules and aligned tables', () => {
    expect(tree('- een\n- twee\n\n3. drie\n\n> citaat\n\n---\n\n| Jaar | Aantal |\n|:--|--:|\n| 2024 | 12 |')).toEqual([
      { t: 'list', ordered: false, items: [[{ t: 'paragraph', c: ['een'] }], [{ t: 'paragraph', c: ['twee'] }]] },
      { t: 'list', ordered: true, start: 3, items: [[{ t: 'paragraph', c: ['drie'] }]] },
      { t: 'quote', c: [{ t: 'paragraph', c: ['citaat'] }] },
      { t: 'rule' },
      { t: 'table', align: ['left', 'right'], head: [['Jaar'], ['Aantal']], rows: [[['2024'], ['12']]] },
    ]);
  });

  it('keeps what would be markup elsewhere as plain text', () => {
    const text = '\\#set text(red) \\$x\\$ <b>html</b> \\= kop // \\]';
    expect(tree(text)).toEqual([{ t: 'paragraph', c: ['#set text(red) $x$ <b>html</b> = kop // ]'] }]);
  });
});
