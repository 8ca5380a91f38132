import { describe, expect, it } from 'vitest';
import { ReportError } from '../../scripts/lib/errors.ts';
import { pdfMetadata } from '../../scripts/pdf/edition.ts';
import { FIGURE_LIST, printEdition, runningTitle, TOC, type PrintChapter } from '../../scripts/site/print-view.ts';
import type { Block, Chapter, Report, Section } from '../../scripts/report/types.ts';
import type { BlockView } from '../../scripts/site/types.ts';
import { sampleReport } from '../fixtures/report/sample-report.ts';
import { fixtureReport } from './edition-site.ts';

const real = await fixtureReport();
const edition = printEdition(real);
const sample = printEdition(sampleReport());

const ids = (chapters: readonly PrintChapter[]) => chapters.map((c) => c.id);
const headings = (c: PrintChapter) => c.content.flatMap((b) => (b.kind === 'heading' ? [b] : []));
const kinds = (content: readonly BlockView[]) => new Set(content.map((b) => b.kind));

/** Every section of a Report chapter, depth first, with its print flag as inherited. */
function sections(s: Section, printed = true): { section: Section; printed: boolean }[] {
  const here = printed && s.print;
  return [{ section: s, printed: here }, ...s.children.flatMap((c) => sections(c, here))];
}

describe('printEdition on the fixture Report (real stages)', () => {
  it('prints the front matter, the inhoudsopgave, then body chapters and annexes in report order', () => {
    const expected = real.chapters.filter((c) => c.print);
    const front = expected.filter((c) => c.part === 'front').map((c) => c.id);
    const rest = expected.filter((c) => c.part !== 'front').map((c) => c.id);
    expect(front).toEqual(['colofon', 'voorwoord', 'samenvatting']);
    expect(ids(edition.chapters)).toEqual([...front, TOC.id, ...rest, FIGURE_LIST.id]);
  });

  it('leaves out every section with print: false, at any depth, and keeps every printed one', () => {
    const printedIds = new Set(edition.chapters.flatMap((c) => [c.id, ...headings(c).map((h) => h.id)]));
    const all = real.chapters.flatMap((c) => sections(c));
    expect(all.some((s) => !s.printed)).toBe(true);
    for (const { section, printed } of all) expect(printedIds.has(section.id), section.id).toBe(printed);
  });

  it('labels chapters and annexes and gives each a running title', () => {
    const byId = new Map(edition.chapters.map((c) => [c.id, c]));
    expect(byId.get('prioriteit-1')).toMatchObject({ label: '3', runningTitle: '3 Prioriteit 1: Kansengelijkheid', part: 'body' });
    expect(byId.get('verantwoording')).toMatchObject({ label: 'Bijlage A', runningTitle: 'Bijlage A Verantwoording', part: 'annex' });
    expect(byId.get('samenvatting')).toMatchObject({ label: null, runningTitle: 'Samenvatting', part: 'front' });
    expect(byId.get('prioriteit-3')!.runningTitle).toBe('6 Prioriteit 3: Onderwijs voor de toekomst');
  });

  it('drops site-only blocks and keeps the paragraphs with their ids', () => {
    for (const c of edition.chapters) expect(kinds(c.content).has('links'), c.id).toBe(false);
    const printedParagraphs = edition.chapters.flatMap((c) => c.content.flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph.id] : [])));
    expect(printedParagraphs).toContain('sector-ambitie');
    expect(new Set(printedParagraphs).size).toBe(printedParagraphs.length);
  });

  it('lists chapters and sections down to level 2 in the inhoudsopgave, not the colofon or itself', () => {
    const toc = edition.toc;
    expect(toc[0]).toEqual({ id: 'voorwoord', number: null, title: 'Voorwoord', level: 1 });
    expect(toc.map((l) => l.id)).not.toContain('colofon');
    expect(toc.map((l) => l.id)).not.toContain(TOC.id);
    expect(new Set(toc.map((l) => l.level))).toEqual(new Set([1, 2]));
    expect(toc.find((l) => l.id === 'sector-inhaalslag')).toEqual({ id: 'sector-inhaalslag', number: '2.2', title: 'Inhaalslag', level: 2 });
    expect(toc.find((l) => l.id === 'verantwoording')).toEqual({ id: 'verantwoording', number: 'Bijlage A', title: 'Verantwoording', level: 1 });
  });

  it('puts the fictitious-data notice on the cover and the explanation in the colofon', () => {
    expect(edition.cover).toMatchObject({
      year: 'Rapportjaar 2025',
      referenceDate: 'Peildatum 1 november 2025',
      series: 'Synthese monitor Werkagenda mbo en Stagepact mbo 2023-2027',
      synthetic: { heading: 'Fictieve instellingsgegevens', text: 'De gegevens over instellingen in deze editie zijn fictief. Meer hierover in het colofon.' },
    });
    const colofon = edition.chapters.find((c) => c.id === 'colofon')!;
    expect(colofon.aside).toEqual({ title: 'Over de gegevens in deze editie', text: real.edition.explanation });
  });

  it('says nothing about fictitious data for a real edition', () => {
    const plain = printEdition({ ...real, edition: { ...real.edition, synthetic: false } });
    expect(plain.cover.synthetic).toBeNull();
    expect(plain.chapters.every((c) => c.aside === null)).toBe(true);
  });
});

describe('printEdition on the sample Report (figures, tables, notes)', () => {
  it('numbers endnotes per chapter with ids unique in the document', () => {
    const withNotes = sample.chapters.filter((c) => c.notes.length > 0);
    expect(withNotes.map((c) => c.id)).toEqual(['prioriteit-3', 'verantwoording']);
    expect(withNotes.map((c) => c.notes.map((n) => [n.number, n.id, n.refId]))).toEqual([
      [[1, 'noot-prioriteit-3-1', 'noot-ref-prioriteit-3-1']],
      [
        [1, 'noot-verantwoording-1', 'noot-ref-verantwoording-1'],
        [2, 'noot-verantwoording-2', 'noot-ref-verantwoording-2'],
      ],
    ]);
    const marks = sample.chapters.flatMap((c) =>
      c.content.flatMap((b) => (b.kind === 'paragraph' ? b.paragraph.sentences.flatMap((s) => (s.note ? [s.note.id] : [])) : [])),
    );
    expect(marks).toEqual(['noot-prioriteit-3-1', 'noot-verantwoording-1', 'noot-verantwoording-2']);
  });

  it('lists the numbered figures and tables in print order, without site-only ones', () => {
    expect(sample.figures.map((f) => f.number)).toEqual(['Figuur 1.1', 'Figuur 1.2', 'Figuur 2.1', 'Figuur 3.1', 'Figuur 3.2', 'Figuur 4.1']);
    // Printed without a number (the sample's institution profile): shown, not listed.
    const printedFigures = sample.chapters.flatMap((c) => c.content.flatMap((b) => (b.kind === 'figure' ? [b.figure.id] : [])));
    expect(printedFigures).toContain('profiel-i03');
    expect(sample.figures.map((f) => f.id)).not.toContain('fig-profiel-i03');
    expect(sample.tables).toEqual([{ id: 'fig-stagevergoeding-bol', number: 'Tabel 2.1', title: 'Aandeel bol-studenten met een stagevergoeding, per niveau' }]);
    expect(ids(sample.chapters).at(-1)).toBe(FIGURE_LIST.id);
    expect(sample.toc.at(-1)).toEqual({ id: FIGURE_LIST.id, number: null, title: FIGURE_LIST.title, level: 1 });
  });

  it('refuses a figure printed twice', () => {
    const report = sampleReport();
    const twice: Block = { kind: 'figure', figureId: 'vsv-instellingen' };
    const chapters = report.chapters.map((c): Chapter => (c.id === 'stagepact' ? { ...c, blocks: [...c.blocks, twice] } : c));
    expect(() => printEdition({ ...report, chapters } as Report)).toThrow(ReportError);
  });
});

describe('runningTitle', () => {
  it('keeps short titles and drops trailing subtitles from long ones', () => {
    expect(runningTitle('2', 'Sectorbeeld: op weg naar 2027')).toBe('2 Sectorbeeld: op weg naar 2027');
    expect(runningTitle('6', 'Prioriteit 3: Onderwijs voor de toekomst: kwaliteit, onderzoek en innovatie')).toBe('6 Prioriteit 3: Onderwijs voor de toekomst');
    expect(runningTitle(null, 'Een heel lange titel zonder dubbele punt die gewoon langer is dan zestig tekens')).toBe(
      'Een heel lange titel zonder dubbele punt die gewoon langer is dan zestig tekens',
    );
    expect(runningTitle('A', 'Kort: maar', 5)).toBe('A Kort');
  });
});

describe('pdfMetadata', () => {
  it('takes title, date, edition stamp and synthetic flag from the edition', () => {
    const stamp = `snapshot 2025-11-01, kenmerk ${real.edition.hash}`;
    expect(real.edition.hash).toMatch(/^[0-9a-f]{10}$/);
    expect(pdfMetadata(real)).toEqual({
      title: 'Testeditie monitor Werkagenda mbo en Stagepact',
      author: 'Ministerie van Onderwijs, Cultuur en Wetenschap',
      subject: `Synthese monitor Werkagenda mbo en Stagepact mbo 2023-2027, rapportjaar 2025, peildatum 1 november 2025, ${stamp} (fictieve instellingsgegevens)`,
      keywords: ['mbo', 'Werkagenda mbo', 'Stagepact mbo', 'monitor', 'kwaliteitsplannen', 'rapportjaar 2025', stamp, 'fictieve gegevens'],
      referenceDate: '2025-11-01',
      synthetic: true,
    });
  });
});
