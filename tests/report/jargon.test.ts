// No text meant for developers or editors reaches a reader (issue 27): every string the Report shows on the site or
// in the PDF — sentences, list items, figure titles, subtitles, notes, sources, alternative texts, key figures,
// definitions, editor texts, the edition's explanation — is free of the jargon list (scripts/lib/text.ts).
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEditions } from '../../scripts/generate/index.ts';
import { jargonIn } from '../../scripts/lib/text.ts';
import type { Block, Report, Section } from '../../scripts/report/types.ts';
import { removeWritten, writeEditions } from '../generate/editions.ts';
import { editionReport } from '../helpers/report.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every reader-visible string of the Report with the place it stands. */
export function readerStrings(report: Report): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const push = (where: string, text: string | null | undefined) => {
    if (text) out.push({ where, text });
  };
  const block = (where: string, b: Block) => {
    switch (b.kind) {
      case 'paragraph':
        return b.paragraph.sentences.forEach((s) => (push(b.paragraph.id, s.text), push(b.paragraph.id, s.note)));
      case 'bullets':
        push(where, b.title);
        return b.items.forEach((p) => p.sentences.forEach((s) => push(p.id, s.text)));
      case 'highlights':
        return b.items.forEach((h) => h.paragraph.sentences.forEach((s) => push(h.paragraph.id, s.text)));
      case 'editor':
        return push(b.file, b.html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' '));
      case 'keyfigures':
        return b.items.forEach((k) => (push(where, k.label), push(where, k.note)));
      case 'definitions':
        return b.items.forEach((d) => push(where, `${d.label}: ${d.value}`));
      case 'links':
        return b.items.forEach((l) => push(where, l.description));
      case 'figure':
        return;
    }
  };
  const section = (s: Section) => {
    push(s.id, s.title);
    if (s.page) push(s.page.url, s.page.description);
    s.blocks.forEach((b) => block(s.id, b));
    s.children.forEach(section);
  };
  push('editie', report.edition.explanation);
  report.chapters.forEach(section);
  for (const f of report.figures) {
    for (const text of [f.title, f.subtitle, ...f.notes, f.source, f.alt, f.emptyReason]) push(`figuur ${f.id}`, text);
  }
  return out;
}

const problems = (report: Report) =>
  readerStrings(report).flatMap(({ where, text }) => jargonIn(text).map((j) => `${where}: ${j} — ${text.slice(0, 160)}`));

afterAll(removeWritten);

describe('jargon in reader text', () => {
  it('finds what the issue names', () => {
    expect(jargonIn('Het bestand met instellingswaarden telt 6.639 regels.')).toHaveLength(1);
    expect(jargonIn('lineaire interpolatie (de gangbare definitie ‘type 7’)')).toHaveLength(1);
    expect(jargonIn('alfabetisch, met ‘niveau 2’ vóór ‘niveau 10’')).toHaveLength(1);
    expect(jargonIn('elke genegeerde waarde wordt aan de redactie gemeld.')).toHaveLength(1);
    expect(jargonIn('belang is gewicht maal omvang maal bereik')).toHaveLength(1);
    expect(jargonIn('samengesteld met een rapportgenerator')).toHaveLength(1);
    expect(jargonIn('(55 instellingen, startgetal 2023)')).toHaveLength(1);
    expect(jargonIn('zie waarden.csv')).toHaveLength(1);
    expect(jargonIn('zie waarden.csv', { fileNames: true })).toHaveLength(0);
    expect(jargonIn('Op de site kunt u elke figuur als tabel bekijken.')).toHaveLength(1);
    expect(jargonIn('Op de site kunt u elke figuur als tabel bekijken (/downloads/).')).toHaveLength(0);
    expect(jargonIn('Een instelling van type 2 start laag; de typen staan in de bijlage.')).toHaveLength(0);
  });

  it('is absent from the fixture edition', () => {
    const { report } = editionReport(join(ROOT, 'tests', 'fixtures', 'snapshots', '2025-11-01'), join(ROOT, 'tests', 'fixtures', 'content'));
    expect(problems(report)).toEqual([]);
  });

  it('is absent from the bundled edition', () => {
    const { report } = editionReport(join(ROOT, 'data', 'snapshots', '2025-11-01'));
    expect(problems(report)).toEqual([]);
  });

  it('is absent from a generated edition with 165 institutions', () => {
    const root = writeEditions(generateEditions({ institutions: 165, seed: 7, edition: 2025, dialect: 'en' }));
    const { report } = editionReport(join(root, '2025-11-01'));
    expect(problems(report)).toEqual([]);
  });
});
