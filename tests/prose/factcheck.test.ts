// The fact check, on real prose and on deliberately broken inputs: every broken case must produce a message.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../scripts/report/types.ts';
import { checkPdfText, checkRenderedHtml, checkTrace } from '../../scripts/prose/factcheck.ts';
import { allParagraphs } from '../../scripts/prose/types.ts';
import { stagesOf } from '../helpers/stages.ts';
import { fixtureResults } from './helpers.ts';

const { prose, root } = stagesOf(fixtureResults());
const paragraphs = allParagraphs(prose);
// The werkdruk row of the ambition table from its first number on (start → target, ambition, spread).
const ambitionRow = (id: string): Paragraph => {
  const row = prose.indicatorTables[id]!.ambitie[0]!;
  return { ...row, sentences: row.sentences.slice(2) };
};
const ambition = ambitionRow('werkdruk');

/** A copy of `p` with its first sentence changed. */
function tamper(p: Paragraph, change: (s: Paragraph['sentences'][number]) => Paragraph['sentences'][number]): Paragraph {
  return { ...p, sentences: [change(p.sentences[0]!), ...p.sentences.slice(1)] };
}

describe('checkTrace', () => {
  it('passes on everything writeProse produces for the fixture', () => {
    expect(checkTrace(paragraphs, root)).toEqual([]);
  });

  it('reports a fact whose key does not exist', () => {
    const broken = tamper(ambition, (s) => ({ ...s, facts: [{ ...s.facts[0]!, key: 'sector.werkdruk.totaal.paired.startMeen' }, ...s.facts.slice(1)] }));
    expect(checkTrace([broken], root)).toEqual([
      'Alinea tabel-ambitie-werkdruk-totaal, zin 1: het feit sector.werkdruk.totaal.paired.startMeen bestaat niet als getal in de resultaten.',
    ]);
  });

  it('reports a fact whose value differs from Results, and a shown text that does not round to it', () => {
    const broken = tamper(ambition, (s) => ({ ...s, facts: [{ ...s.facts[0]!, value: 43.9 }, ...s.facts.slice(1)] }));
    const messages = checkTrace([broken], root);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^Alinea tabel-ambitie-werkdruk-totaal, zin 1: het feit sector\.werkdruk\.totaal\.paired\.startMean is 42\.83\d* in de resultaten, maar de zin is gemaakt met 43\.9\.$/);
    expect(messages[1]).toBe('Alinea tabel-ambitie-werkdruk-totaal, zin 1: "42,8%" geeft de waarde 43.9 van sector.werkdruk.totaal.paired.startMean niet juist weer.');
  });

  it('reports a number in the text that no fact covers', () => {
    const broken = tamper(ambition, (s) => ({ ...s, text: s.text.replace('42,8%', '42,9%') }));
    const messages = checkTrace([broken], root);
    expect(messages).toContain('Alinea tabel-ambitie-werkdruk-totaal, zin 1: "42,8%" (sector.werkdruk.totaal.paired.startMean) staat niet in de tekst.');
    expect(messages.some((m) => m.includes('het getal 42,9 is niet herleidbaar tot een resultaat'))).toBe(true);
  });

  it('reports a number added to the text by hand', () => {
    const broken: Paragraph = { id: 'test-handwerk', sentences: [{ text: 'Er doen 57 instellingen mee.', facts: [] }] };
    expect(checkTrace([broken], root)).toEqual([
      'Alinea test-handwerk, zin 1: het getal 57 is niet herleidbaar tot een resultaat ("Er doen 57 instellingen mee.").',
    ]);
  });

  it('reports a number word that is not the value', () => {
    const broken: Paragraph = {
      id: 'test-woord',
      sentences: [{ text: 'Er doen vijf instellingen mee.', facts: [{ key: 'method.institutions', value: 6, shown: 'vijf' }] }],
    };
    expect(checkTrace([broken], root)).toEqual(['Alinea test-woord, zin 1: "vijf" geeft de waarde 6 van method.institutions niet juist weer.']);
  });

  it('allows years, periods, goal codes, dates and numbers inside names from Results', () => {
    const ok: Paragraph = {
      id: 'test-labels',
      sentences: [
        { text: 'Op 1 november 2025 gaat doelstelling 3.3 over 2024/25 tot 2027, bij Instelling 01 en prioriteit 2, in de klasse ‘20% tot 25%’ (gegevensset 2025-11-01).', facts: [] },
      ],
    };
    expect(checkTrace([ok], root)).toEqual([]);
  });

  it('reports forbidden text and duplicate ids', () => {
    const a: Paragraph = { id: 'dubbel', sentences: [{ text: 'Waarde: undefined en [object Object].', facts: [] }] };
    expect(checkTrace([a, a], root)).toEqual([
      'Alinea dubbel, zin 1: de tekst bevat "undefined".',
      'Alinea dubbel, zin 1: de tekst bevat "[object".',
      'Alinea-id "dubbel" komt meer dan eens voor.',
      'Alinea dubbel, zin 1: de tekst bevat "undefined".',
      'Alinea dubbel, zin 1: de tekst bevat "[object".',
    ]);
  });

  it('takes undefined, NaN and null as whole words only, so Dutch words that contain them pass', () => {
    const ok: Paragraph = { id: 'nullijn', sentences: [{ text: 'De nullijn en de nulling zijn geen fout.', facts: [] }] };
    expect(checkTrace([ok], root)).toEqual([]);
    const bad: Paragraph = { id: 'null', sentences: [{ text: 'Waarde: null.', facts: [] }] };
    expect(checkTrace([bad], root)).toEqual(['Alinea null, zin 1: de tekst bevat "null".']);
  });
});

/** Render paragraphs the way templates/_includes/blocks/paragraph.njk does, footnote marker included. */
function renderHtml(ps: readonly Paragraph[]): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
  const body = ps
    .map((p, i) => {
      const spans = p.sentences.map((s) => `<span data-facts="${esc(JSON.stringify(s.facts)).replace(/"/g, '&quot;')}">${esc(s.text)}</span>`).join(' ');
      return `<p data-paragraph="${p.id}">${spans}<sup class="noteref"><a href="#noot-${i + 1}"><span class="visually-hidden">noot </span>${i + 1}</a></sup></p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="nl"><body><main><h1>Test 2025</h1>${body}<p>Los getal 999 buiten alinea's.</p></main></body></html>`;
}

describe('checkRenderedHtml', () => {
  it('passes when the page shows exactly the model, entities and footnote markers included', () => {
    expect(checkRenderedHtml(renderHtml(paragraphs), paragraphs)).toEqual([]);
  });

  it('reports a number changed on the page', () => {
    // The text, not the data-facts attribute that also holds "42,8%".
    const html = renderHtml([ambition]).replace('42,8% →', '42,9% →');
    expect(checkRenderedHtml(html, [ambition])).toEqual([
      'Alinea tabel-ambitie-werkdruk-totaal: in de HTML staat 42,9 waar 42,8 verwacht werd.',
      'Alinea tabel-ambitie-werkdruk-totaal: "42,8%" (sector.werkdruk.totaal.paired.startMean) staat niet in de HTML.',
    ]);
  });

  it('reports a number missing from, or added to, the page', () => {
    const last = ambition.sentences.at(-1)!.text;
    const missing = renderHtml([ambition]).replace(/ \(q = [^)]*\)/, '');
    expect(checkRenderedHtml(missing, [ambition])[0]).toMatch(/^Alinea tabel-ambitie-werkdruk-totaal: het getal .* ontbreekt in de HTML\.$/);
    const added = renderHtml([ambition]).replace(last.slice(0, 10), `${last.slice(0, 10)} 7 `);
    expect(checkRenderedHtml(added, [ambition]).length).toBeGreaterThan(0);
  });

  it('reports a paragraph on the page that the model does not have', () => {
    expect(checkRenderedHtml('<p data-paragraph="verzonnen">Tekst.</p>', paragraphs)).toEqual([
      'De HTML bevat alinea verzonnen, die niet in het rapportmodel staat.',
    ]);
  });

  it('reads list items of a bullets block too', () => {
    const items = prose.summary;
    const html = `<ul>${items.map((p) => `<li data-paragraph="${p.id}">${p.sentences.map((s) => s.text.replace(/'/g, '&#39;')).join(' ')}</li>`).join('')}</ul>`;
    expect(checkRenderedHtml(html, items)).toEqual([]);
    expect(checkRenderedHtml(html.replace('18.000', '19.000'), items)).toEqual([
      'Alinea samenvatting-landelijke-doelen: in de HTML staat 19.000 waar 18.000 verwacht werd.',
      'Alinea samenvatting-landelijke-doelen: "18.000" (sector.vsv.totaal.sum.nationalGoal.value) staat niet in de HTML.',
    ]);
  });
});

/** Text as pdftotext writes it: lines of about 60 characters, words hyphenated at line ends, running heads. */
function pdfText(ps: readonly Paragraph[]): string {
  const lines: string[] = [];
  ps.forEach((p, i) => {
    const words = p.sentences.map((s) => s.text).join(' ').split(' ');
    let line = '';
    for (const word of words) {
      if ((line + word).length > 60 && line !== '') {
        if (word.length > 8 && /^\p{L}+$/u.test(word)) {
          lines.push(`${line}${word.slice(0, 4)}-`);
          line = `${word.slice(4)} `;
          continue;
        }
        lines.push(line.trimEnd());
        line = '';
      }
      line += `${word} `;
    }
    lines.push(line.trimEnd(), '');
    if (i % 5 === 4) lines.push(`Monitor Werkagenda mbo en Stagepact — ${i + 3}`, '\f');
  });
  return lines.join('\n');
}

describe('checkPdfText', () => {
  it('finds every traced value in paragraph order despite line breaks and hyphenation', () => {
    const text = pdfText(paragraphs);
    expect(text).toMatch(/-\n/);
    expect(checkPdfText(text, paragraphs)).toEqual([]);
  });

  it('copes with a unit split over two lines and a hyphenated unit', () => {
    const p: Paragraph = { id: 'test-regel', sentences: [{ text: 'Een daling van 14,0 procentpunt.', facts: [{ key: 'k', value: -14, shown: '14,0 procentpunt' }] }] };
    expect(checkPdfText('Een daling van 14,0\nprocent-\npunt.', [p])).toEqual([]);
    expect(checkPdfText('Een daling van 14,0 pro-\ncentpunt.', [p])).toEqual([]);
  });

  it('reads a value on over a page break, past the running header of the next page', () => {
    const p: Paragraph = { id: 'test-regel', sentences: [{ text: 'Een spreiding van 15,4 procentpunt.', facts: [{ key: 'k', value: 15.4, shown: '15,4 procentpunt' }] }] };
    const header = '\fMonitor Werkagenda mbo en Stagepact mbo 2023-2027, editie 2025 6 Prioriteit 3: Onderwijs voor de toekomst\npagina 116 van 160\n';
    expect(checkPdfText(`Een spreiding van 15,4\n${header}Instellingsgegevens zijn fictief\nprocentpunt.`, [p])).toEqual([]);
    expect(checkPdfText(`Een spreiding van 15,4\n${header}procentpunt.`, [p])).toEqual([]);
    // Without the page number line it is not a running header: nothing is dropped.
    expect(checkPdfText('Een spreiding van 15,4\n\fKop\nprocentpunt.', [p])).toHaveLength(1);
  });

  it('reads a value hyphenated at a page end on past the footer, the next header and the figures that open the next page', () => {
    const p: Paragraph = { id: 'test-regel', sentences: [{ text: 'Zij gingen gemiddeld 1,7 procentpunt achteruit.', facts: [{ key: 'k', value: 1.7, shown: '1,7 procentpunt' }] }] };
    // The order pdftotext -raw gives for the report: the footer line, the form feed, the running header.
    const furniture = 'Instellingsgegevens zijn fictief pagina 64 van 169\n\fMonitor Werkagenda mbo en Stagepact mbo 2023-2027, editie 2025 4 Prioriteit 2\n';
    expect(checkPdfText(`Zij gingen gemiddeld 1,7\n${furniture}procentpunt achteruit.`, [p])).toEqual([]);
    const figure = 'Figuur 4.7 Aandeel studenten, niveau 3: start- en streefwaarde per instelling\n0% 20% 40% 60%\nInstelling 14\ngem. 35,4% gem. 42,5%\n';
    expect(checkPdfText(`Zij gingen gemiddeld 1,7 pro\u00ad\n${furniture}${figure}centpunt achteruit.`, [p])).toEqual([]);
    // A figure placed in the flow (its caption opens a line) may interrupt a paragraph on the same page, at a space.
    const euro: Paragraph = { id: 'test-euro', sentences: [{ text: 'Van € 250 naar € 240.', facts: [{ key: 'a', value: 250, shown: '€ 250' }, { key: 'b', value: 240, shown: '€ 240' }] }] };
    expect(checkPdfText(`Van €\n${figure}${furniture}250 naar € 240.`, [euro])).toEqual([]);
    // A hyphen within a page still joins the word; a head without its tail is no match.
    expect(checkPdfText('Zij gingen gemiddeld 1,7 pro\u00ad\ncentpunt achteruit.', [p])).toEqual([]);
    expect(checkPdfText(`Zij gingen gemiddeld 1,7 pro\u00ad\n${furniture}${figure}achteruit.`, [p])).toHaveLength(1);
  });

  it('reports a value that is missing from the PDF', () => {
    const text = pdfText([ambition]).replace('42,8%', '42,9%');
    expect(checkPdfText(text, [ambition])).toEqual([
      'Alinea tabel-ambitie-werkdruk-totaal: "42,8%" (sector.werkdruk.totaal.paired.startMean) ontbreekt in de PDF.',
    ]);
  });

  it('reports paragraphs printed out of order', () => {
    const first = ambition;
    const second = ambitionRow('lc-ld');
    const messages = checkPdfText(pdfText([second, first]), [first, second]);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]).toMatch(/^Alinea tabel-ambitie-lc-ld-totaal: ".*" \(.*\) staat wel in de PDF, maar niet op de plaats van deze alinea\.$/);
  });
});
