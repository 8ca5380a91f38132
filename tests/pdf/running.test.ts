import { describe, expect, it } from 'vitest';
import { cssString, runningCss, SYNTHETIC_NOTICE } from '../../scripts/pdf/running.ts';

describe('running heads', () => {
  it('escapes quotes, backslashes and line breaks in CSS strings', () => {
    expect(cssString('De "nieuwe" route\\\n mbo')).toBe('"De \\"nieuwe\\" route\\\\ mbo"');
  });

  it('puts the title and page numbers on every page, and one named page per chapter', () => {
    const css = runningCss({ title: 'Synthese 2025', chapters: ['1 Inleiding', 'Bijlage A Verantwoording'], synthetic: false });
    expect(css).toContain('@top-left { content: "Synthese 2025"; }');
    expect(css).toContain('@bottom-right { content: "pagina " counter(page) " van " counter(pages); }');
    expect(css).toContain('@page run-1 { @top-right { content: "1 Inleiding"; } }');
    expect(css).toContain('@page run-2 { @top-right { content: "Bijlage A Verantwoording"; } }');
    expect(css).toContain('[data-running-page="run-2"] { page: run-2; }');
    expect(css).not.toContain(SYNTHETIC_NOTICE);
  });

  it('adds the notice to the footer of a synthetic edition', () => {
    expect(runningCss({ title: 'T', chapters: [], synthetic: true })).toContain('@bottom-left { content: "Instellingsgegevens zijn fictief"; }');
  });
});
