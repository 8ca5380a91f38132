// Editor markdown as editors know it (issue 18): an image under content/ (alt text required, copied to /inhoud/),
// a footnote, an aligned table; a missing image or an image without alt text refused at content/<bestand>.md:<regel>.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../scripts/lib/errors.ts';
import { silentLog } from '../../scripts/lib/log.ts';
import { loadEditorText } from '../../scripts/prose/editor.ts';
import { editor } from '../../scripts/report/blocks.ts';
import type { Chapter } from '../../scripts/report/types.ts';
import { copyEditorImages } from '../../scripts/site/content.ts';

// The eight bytes every PNG starts with: enough for a file the build copies (it does not decode images).
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

function contentDir(markdown: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  mkdirSync(join(dir, 'afbeeldingen'));
  writeFileSync(join(dir, 'afbeeldingen', 'kaart.png'), PNG);
  writeFileSync(join(dir, 'voorwoord.md'), markdown);
  return dir;
}

const GOOD = [
  '# Voorwoord',
  '',
  'De monitor volgt de werkagenda.[^1]',
  '',
  "![Kaart van de mbo-regio's](afbeeldingen/kaart.png)",
  '',
  '| Regio | Instellingen |',
  '| :--- | ---: |',
  '| Noord | 7 |',
  '',
  '[^1]: Zie de verantwoording.',
  '',
].join('\n');

const load = (dir: string) => loadEditorText('voorwoord.md', { contentDir: dir, log: silentLog, sectionLevel: 1 });

describe('an editor text with an image, a footnote and an aligned table', () => {
  const dir = contentDir(GOOD);
  const text = load(dir)!;

  it('serves the image from /inhoud/ with its alt text', () => {
    expect(text.html).toContain(`<img src="/inhoud/afbeeldingen/kaart.png" alt="Kaart van de mbo-regio's">`);
    expect(text.images).toEqual([{ url: '/inhoud/afbeeldingen/kaart.png', source: join(dir, 'afbeeldingen', 'kaart.png') }]);
  });

  it("renders the footnote as the site's notes, with ids unique to the file", () => {
    expect(text.html).toContain('<sup class="noteref"><a href="#noot-voorwoord-1" id="noot-voorwoord-1-ref"><span class="visually-hidden">noot </span>1</a></sup>');
    expect(text.html).toContain('<section class="endnotes editor-notes" aria-label="Noten bij deze tekst">');
    expect(text.html).toContain('<li id="noot-voorwoord-1"><p>Zie de verantwoording. <a class="endnotes__back" href="#noot-voorwoord-1-ref">');
    expect(text.html).not.toContain('[^1]');
  });

  it('aligns table cells with classes, never inline styles', () => {
    expect(text.html).toContain('<th class="align-right">Instellingen</th>');
    expect(text.html).toContain('<td class="align-left">Noord</td>');
    expect(text.html).not.toContain('style=');
  });

  it('copies the image into the site where the HTML points', () => {
    const out = mkdtempSync(join(tmpdir(), 'site-'));
    const chapter = { id: 'voorwoord', title: 'Voorwoord', level: 1, number: null, blocks: editor(text), children: [], print: true, site: true, part: 'front' } as unknown as Chapter;
    expect(copyEditorImages(out, [chapter])).toBe(1);
    expect(readFileSync(join(out, 'inhoud', 'afbeeldingen', 'kaart.png'))).toEqual(PNG);
  });
});

describe('refused at the markdown line', () => {
  const refusal = (markdown: string) => {
    try {
      load(contentDir(markdown));
    } catch (error) {
      expect(error).toBeInstanceOf(ReportError);
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  it('a missing image', () => {
    expect(refusal('# Voorwoord\n\nTekst.\n\n![Grafiek](afbeeldingen/grafiek.png)\n')).toContain(
      "content/voorwoord.md:5: de afbeelding 'afbeeldingen/grafiek.png' bestaat niet in content/; controleer de naam of zet het bestand daar neer",
    );
  });

  it('an image without alt text', () => {
    expect(refusal('Tekst.\n\nMeer tekst\nen dan ![](afbeeldingen/kaart.png) in de regel.\n')).toContain(
      "content/voorwoord.md:4: de afbeelding 'afbeeldingen/kaart.png' heeft geen beschrijving (alt-tekst)",
    );
  });

  it('an image on another site, with every problem of the file at once', () => {
    const message = refusal('![Logo](https://example.org/logo.png)\n\n![Kaart](../buiten.png)\n');
    expect(message).toContain("content/voorwoord.md:1: de afbeelding 'https://example.org/logo.png' staat op een andere website");
    expect(message).toContain("content/voorwoord.md:3: de afbeelding '../buiten.png' ligt buiten content/");
    expect(message).toMatch(/^2 problemen in de redactieteksten/);
  });
});

it('the shipped content files still load', () => {
  const shipped = join(import.meta.dirname, '..', '..', 'content');
  expect(existsSync(join(shipped, 'voorwoord.md'))).toBe(true);
  expect(loadEditorText('voorwoord.md', { contentDir: shipped, log: silentLog, sectionLevel: 1 })).not.toBeNull();
});
