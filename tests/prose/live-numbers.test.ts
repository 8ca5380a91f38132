// Editor texts with live numbers ([[getal: pad]]) and placeholders ("[in te vullen]"), issue 14.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFindings } from '../../scripts/findings/findings.ts';
import { factRoot } from '../../scripts/findings/root.ts';
import type { Log } from '../../scripts/lib/log.ts';
import { dropPlaceholders, loadEditorText } from '../../scripts/prose/editor.ts';
import { checkRenderedHtml } from '../../scripts/prose/factcheck.ts';
import { changedSincePrevious, resolveLiveNumbers } from '../../scripts/prose/live-numbers.ts';
import { fixtureResults } from './helpers.ts';

const results = fixtureResults();
const root = factRoot(results, findFindings(results));

function captureLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(`info: ${l}`), warn: (l) => lines.push(`warn: ${l}`) };
}

function contentWith(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'live-numbers-'));
  writeFileSync(join(dir, file), text);
  return dir;
}

describe('placeholders', () => {
  it('leaves every line with "in te vullen" out and says which line', () => {
    const { text, dropped } = dropPlaceholders('**Titel:** Monitor\n\n**Opdrachtgever:** [in te vullen]\n\n[Ondertekening: in te vullen]\n');
    expect(text).not.toMatch(/in te vullen/);
    expect(text).toContain('**Titel:** Monitor');
    expect(dropped).toEqual([
      { line: 3, text: 'Opdrachtgever: [in te vullen]' },
      { line: 5, text: '[Ondertekening: in te vullen]' },
    ]);
  });

  it('warns in the build output and never prints the placeholder', () => {
    const log = captureLog();
    const dir = contentWith('colofon.md', '**Redactie:** Team monitor\n\n**Contact:** [in te vullen: e-mailadres]\n');
    const t = loadEditorText('colofon.md', { contentDir: dir, log, sectionLevel: 1 })!;
    expect(t.html).toContain('Team monitor');
    expect(t.html).not.toContain('in te vullen');
    expect(log.lines).toEqual(['warn: content/colofon.md:3: "Contact: [in te vullen: e-mailadres]" is nog niet ingevuld; die regel wordt weggelaten']);
  });
});

describe('live numbers', () => {
  it('reads a fact path and formats it the Dutch way', () => {
    const n = resolveLiveNumbers('Er zijn [[getal: method.institutions]] instellingen; [[bedrag: budget.total]] begroot.', 'content/x.md', root);
    expect(n.map((x) => [x.path, x.shown, x.line, x.column])).toEqual([
      ['method.institutions', String(results.method.institutions), 1, 9],
      ['budget.total', n[1]!.shown, 1, 54],
    ]);
    expect(n[1]!.shown).toMatch(/^€ /);
  });

  it('takes decimals after a bar and reads findings paths', () => {
    const n = resolveLiveNumbers('[[procent: sector.werkdruk.totaal.start.mean | 1]] en [[getal: findings.counts.findings]]', 'content/x.md', root);
    expect(n[0]!.shown).toMatch(/^\d+,\d%$/);
    expect(n[1]!.value).toBe(findFindings(results).items.length);
  });

  it('stops the build on a path that holds no number, naming file, line and column', () => {
    expect(() => resolveLiveNumbers('Regel een\nen [[getal: sector.werkdruk.totaal.strat.mean]]', 'content/voorwoord.md', root)).toThrow(
      'content/voorwoord.md:2:4: "sector.werkdruk.totaal.strat.mean" is geen getal in de resultaten van deze editie',
    );
  });

  it('renders a traced, escaped span that the output fact check accepts', () => {
    const log = captureLog();
    const dir = contentWith('voorwoord.md', 'In deze editie doen **[[getal: method.institutions]]** instellingen mee.\n');
    const t = loadEditorText('voorwoord.md', { contentDir: dir, log, sectionLevel: 1, facts: root, previous: () => null })!;
    expect(t.html).toBe(
      `<p>In deze editie doen <strong><span class="live-number" data-paragraph="redactie-voorwoord-1" data-facts="method.institutions">${results.method.institutions}</span></strong> instellingen mee.</p>\n`,
    );
    expect(checkRenderedHtml(t.html, t.paragraphs!)).toEqual([]);
    // A tampered value is caught.
    expect(checkRenderedHtml(t.html.replace(`>${results.method.institutions}<`, '>99<'), t.paragraphs!)).not.toEqual([]);
  });

  it('reports a quoted value that changed since the previous edition', () => {
    const n = resolveLiveNumbers('[[getal: method.institutions]]', 'content/reflectie.md', root);
    const previous = { ...results, method: { ...results.method, institutions: results.method.institutions + 1 } };
    expect(changedSincePrevious('content/reflectie.md', n, previous)).toEqual([
      `content/reflectie.md:1:1: method.institutions was ${results.method.institutions + 1} in de vorige editie, nu ${results.method.institutions}`,
    ]);
    expect(changedSincePrevious('content/reflectie.md', n, results)).toEqual([]);
  });
});
