// Editor texts: markdown rendering rules, the missing-file message, and the shipped content/ files.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { factRoot } from '../../scripts/findings/root.ts';
import type { Log } from '../../scripts/lib/log.ts';
import { loadWithPrevious } from '../../scripts/snapshot/previous.ts';
import { EDITOR_FILES, loadEditorText, loadEditorTexts, renderEditorMarkdown } from '../../scripts/prose/editor.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

function captureLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(`info: ${l}`), warn: (l) => lines.push(`warn: ${l}`) };
}

describe('renderEditorMarkdown', () => {
  it('shifts headings under the section the outline gives them', () => {
    expect(renderEditorMarkdown('# Kop\n\n## Onderkop', 1)).toBe('<h2>Kop</h2>\n<h3>Onderkop</h3>\n');
    expect(renderEditorMarkdown('# Kop', 2)).toBe('<h3>Kop</h3>\n');
    expect(renderEditorMarkdown('#### Diep', 4)).toBe('<h6>Diep</h6>\n');
  });

  it('shows raw HTML as text and refuses script links', () => {
    expect(renderEditorMarkdown('<script>alert(1)</script>', 1)).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(renderEditorMarkdown('[x](javascript:alert(1))', 1)).toBe('<p>[x](javascript:alert(1))</p>\n');
  });

  it('marks links to other sites rel="noopener" and leaves site links alone', () => {
    expect(renderEditorMarkdown('[bron](https://www.rijksoverheid.nl/) en [methode](/verantwoording/)', 1)).toBe(
      '<p><a href="https://www.rijksoverheid.nl/" rel="noopener">bron</a> en <a href="/verantwoording/">methode</a></p>\n',
    );
  });

  it('curls quotes and dashes (typographer) but does not turn bare addresses into links', () => {
    expect(renderEditorMarkdown('"Samen" -- zie www.example.org', 1)).toBe('<p>“Samen” – zie www.example.org</p>\n');
  });
});

describe('loadEditorText', () => {
  it('reports a missing file through the log and returns null', () => {
    const log = captureLog();
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    expect(loadEditorText('voorwoord.md', { contentDir: dir, log, sectionLevel: 1 })).toBeNull();
    expect(log.lines).toEqual(['warn: content/voorwoord.md ontbreekt; het voorwoord wordt weggelaten']);
  });

  it('treats an empty file like a missing one', () => {
    const log = captureLog();
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(dir, 'reflectie'));
    writeFileSync(join(dir, 'reflectie', 'prioriteit-2.md'), '\n  \n');
    expect(loadEditorText('reflectie/prioriteit-2.md', { contentDir: dir, log, sectionLevel: 2 })).toBeNull();
    expect(log.lines).toEqual(['warn: content/reflectie/prioriteit-2.md is leeg; de reflectie bij prioriteit 2 wordt weggelaten']);
  });

  it('renders a present file with its path as editors know it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    writeFileSync(join(dir, 'colofon.md'), '\uFEFF# Colofon\n\nTekst.');
    expect(loadEditorText('colofon.md', { contentDir: dir, log: captureLog(), sectionLevel: 1 })).toEqual({
      file: 'content/colofon.md',
      html: '<h2>Colofon</h2>\n<p>Tekst.</p>\n',
      content: [{ t: 'heading', level: 2, title: 'Colofon' }, { t: 'paragraph', c: ['Tekst.'] }],
    });
  });
});

describe('the shipped content/ files', () => {
  it('are all present and render without a warning other than fields still to fill in', () => {
    const log = captureLog();
    // The shipped texts quote live numbers ([[getal: …]]): read them from the bundled edition's results.
    const editions = loadWithPrevious(join(import.meta.dirname, '..', '..', 'data', 'snapshots', '2025-11-01'));
    const results = computeResults(editions.current!, editions.previous);
    const texts = loadEditorTexts({ contentDir: CONTENT, log, facts: factRoot(results, findFindings(results)) });
    // Issue 14: the colofon and foreword fields the editors have not filled in are left out with a warning.
    expect(log.lines.filter((l) => !/^warn: content\/(colofon|voorwoord)\.md:\d+: ".*" is nog niet ingevuld; die regel wordt weggelaten$/.test(l))).toEqual([]);
    for (const { file } of EDITOR_FILES) {
      const t = texts[file]!;
      expect(t.file).toBe(`content/${file}`);
      expect(t.html.length, file).toBeGreaterThan(200);
      expect(t.html).not.toMatch(/\{\{|\}\}|undefined|<script|in te vullen/);
      // Headings in editor files start at # so they nest under the outline's heading.
      expect(t.html).not.toMatch(/<h1/);
    }
  });

  it('are listed in content/README.md', () => {
    const readme = readFileSync(join(CONTENT, 'README.md'), 'utf8');
    for (const { file } of EDITOR_FILES) expect(readme).toContain(`\`${file}\``);
  });
});
