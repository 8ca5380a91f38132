// The report's text in reading order, one line per heading, sentence, list item and figure field: what the golden
// test compares and what the sentence-shape count reads (tests/report/).
import type { Block, Paragraph, Report, Section } from '../../scripts/report/types.ts';

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
  const figure = (id: string, indent = '', said?: Extract<Block, { kind: 'figure' }>['notesSaid']) => {
    const f = figures.get(id);
    if (!f) return out.push(`${indent}[figuur ${id} ontbreekt]`);
    out.push(`${indent}[${f.number ?? (f.type === 'table' ? 'tabel' : 'figuur')}] ${f.id}: ${f.title}`);
    if (f.subtitle) out.push(`${indent}  ondertitel: ${f.subtitle}`);
    for (const n of f.notes) {
      // A note said before in the chapter (pdf) or on the page (site) is not shown again there.
      const where = [said?.pdf.includes(n) ? 'pdf' : '', said?.site.includes(n) ? 'site' : ''].filter(Boolean);
      out.push(`${indent}  noot: ${n}${where.length > 0 ? ` [al gezegd: ${where.join(', ')}]` : ''}`);
    }
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
        return figure(b.figureId, '', b.notesSaid);
      case 'editor':
        out.push(`✎ ${b.file}: ${htmlText(b.html)}`);
        return (b.paragraphs ?? []).forEach((p) => paragraph(p, '  '));
      case 'keyfigures':
        return b.items.forEach((k) => out.push(`# ${k.label}: ${k.value}${k.note ? ` (${k.note})` : ''}`));
      case 'definitions':
        return b.items.forEach((d) => out.push(`= ${d.label}: ${d.value}`));
      case 'links':
        return b.items.forEach((l) => out.push(`→ ${l.title} (${l.url}): ${l.description}`));
      case 'verdicts':
        return b.groups.forEach((g) => {
          if (g.title) out.push(`▤ ${g.title} (${g.url})`);
          if (g.spending) paragraph(g.spending, '  ');
          for (const r of g.rows) {
            out.push(`  ${r.symbol} ${r.words} | ${r.indicator}${r.breakdown ? `, ${r.breakdown}` : ''} (${r.url})`);
            for (const p of [r.interval, r.onPath, r.trend?.text ?? null]) if (p) paragraph(p, '    ');
          }
        });
      case 'traced-table':
        out.push(`▦ ${b.id}${b.siteOnly ? ' [alleen site]' : ''}: ${b.table.columns.map((c) => c.label).join(' | ')}`);
        return b.table.rows.forEach((r) => out.push(`  ${r.heading ? '» ' : ''}${r.paragraph.sentences.map((x) => x.text).join(' | ')}`));
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
