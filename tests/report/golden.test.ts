// The report's text as a golden file: the complete Dutch text of the fixture edition (every heading, paragraph,
// list, key figure and figure title, site and PDF, in reading order) is compared with tests/report/golden/*.txt,
// so a change of wording or number format shows up as one reviewable diff.
//
// On a mismatch the test writes `<name>-changed.txt` beside the expected file and fails: compare the two, and when
// the change is intended, regenerate on a developer's machine with `UPDATE_GOLDEN=1 npx vitest run tests/report`.
// Never in CI (`CI` set): there the golden file is only read.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { buildFigures } from '../../scripts/figures/registry.ts';
import type { RenderedFigure } from '../../scripts/figures/types.ts';
import { silentLog } from '../../scripts/lib/log.ts';
import { findingTitles, outline } from '../../scripts/pipeline.ts';
import { writeProse } from '../../scripts/prose/prose.ts';
import type { Block, Paragraph, Report, Section } from '../../scripts/report/types.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const GOLDEN = join(import.meta.dirname, 'golden');

function load(name: string) {
  // The 2024 edition is only ever a previous edition (it holds realised values of 2025).
  const { snapshot, issues } = loadSnapshot(join(FIXTURES, 'snapshots', name), { asPrevious: name === '2024-11-01' });
  if (!snapshot) throw new Error(`snapshot ${name} afgekeurd: ${issues.map((i) => i.message).join('; ')}`);
  return snapshot;
}

/** The fixture edition (2025-11-01, previous 2024-11-01) through every stage up to the Report, without drawing. */
function fixtureReport(): Report {
  const previous = load('2024-11-01');
  const results = computeResults(load('2025-11-01'), previous);
  const findings = findFindings(results);
  const prose = writeProse(results, findings);
  // Titles are all this test reads of a figure: no SVG is drawn.
  const figures: RenderedFigure[] = buildFigures(results, findings, findingTitles(prose)).map((f) => ({ ...f, svg: null }));
  return outline(results, prose, figures, join(FIXTURES, 'content'), silentLog, findings, previous);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const htmlText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();

/** The report in reading order, one line per heading, sentence, list item and figure field. */
export function reportText(report: Report): string {
  const out: string[] = [];
  const figures = new Map(report.figures.map((f) => [f.id, f]));
  const paragraph = (p: Paragraph, indent = '') => {
    out.push(`${indent}¶ ${p.id}`);
    for (const s of p.sentences) {
      out.push(`${indent}  ${s.text}`);
      if (s.note) out.push(`${indent}  [noot] ${s.note}`);
    }
  };
  const figure = (id: string, indent = '') => {
    const f = figures.get(id);
    if (!f) return out.push(`${indent}[figuur ${id} ontbreekt]`);
    out.push(`${indent}[${f.number ?? (f.type === 'table' ? 'tabel' : 'figuur')}] ${f.id}: ${f.title}`);
    if (f.subtitle) out.push(`${indent}  ondertitel: ${f.subtitle}`);
    for (const n of f.notes) out.push(`${indent}  noot: ${n}`);
    out.push(`${indent}  bron: ${f.source}`);
    out.push(`${indent}  alt: ${f.alt}`);
    if (f.emptyReason) out.push(`${indent}  leeg: ${f.emptyReason}`);
  };
  const block = (b: Block) => {
    switch (b.kind) {
      case 'paragraph':
        return paragraph(b.paragraph);
      case 'bullets':
        out.push(`• lijst ${b.id}${b.title ? `: ${b.title}` : ''}`);
        return b.items.forEach((p) => paragraph(p, '  '));
      case 'highlights':
        return b.items.forEach((h) => {
          out.push(`★ ${h.goal} (${h.url})`);
          paragraph(h.paragraph, '  ');
          if (h.figureId) figure(h.figureId, '  ');
        });
      case 'figure':
        return figure(b.figureId);
      case 'editor':
        out.push(`✎ ${b.file}: ${htmlText(b.html)}`);
        return (b.paragraphs ?? []).forEach((p) => paragraph(p, '  '));
      case 'keyfigures':
        return b.items.forEach((k) => out.push(`# ${k.label}: ${k.value}${k.note ? ` (${k.note})` : ''}`));
      case 'definitions':
        return b.items.forEach((d) => out.push(`= ${d.label}: ${d.value}`));
      case 'links':
        return b.items.forEach((l) => out.push(`→ ${l.title} (${l.url}): ${l.description}`));
    }
  };
  const section = (s: Section) => {
    const where = s.print && s.site ? '' : s.print ? ' [alleen pdf]' : s.site ? ' [alleen site]' : ' [nergens]';
    out.push('', `${'='.repeat(s.level)} ${s.number ? `${s.number} ` : ''}${s.title}${where}`);
    if (s.page) out.push(`pagina ${s.page.url}: ${s.page.title} — ${s.page.description}`);
    s.blocks.forEach(block);
    s.children.forEach(section);
  };
  const e = report.edition;
  out.push(`${e.title} (${e.snapshot}, peildatum ${e.referenceDateText}, rapportjaar ${e.reportYear}, pdf ${e.pdfFile})`);
  report.chapters.forEach(section);
  return `${out.join('\n')}\n`;
}

/** Compare `text` with golden/<name>.txt; write <name>-changed.txt on a mismatch (or the golden file when asked). */
function expectGolden(name: string, text: string): void {
  const expected = join(GOLDEN, `${name}.txt`);
  const changed = join(GOLDEN, `${name}-changed.txt`);
  if (process.env.UPDATE_GOLDEN && !process.env.CI) {
    writeFileSync(expected, text);
    rmSync(changed, { force: true });
    return;
  }
  if (process.env.UPDATE_GOLDEN) throw new Error('UPDATE_GOLDEN is genegeerd in CI: werk de golden file bij op een eigen machine');
  const golden = existsSync(expected) ? readFileSync(expected, 'utf8') : null;
  if (golden === text) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, text);
  expect.fail(
    golden === null
      ? `${expected} ontbreekt; de tekst staat in ${changed} (maak hem met UPDATE_GOLDEN=1)`
      : `de tekst van het rapport wijkt af van ${expected}; vergelijk met ${changed} (diff -u), en werk bij met UPDATE_GOLDEN=1 als de wijziging bedoeld is`,
  );
}

describe('the report text of the fixture edition', () => {
  it('equals the golden file, word for word', () => {
    expectGolden('fixture-edition', reportText(fixtureReport()));
  });
});
