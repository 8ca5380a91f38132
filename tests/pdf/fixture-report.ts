// Test helpers for the PDF: the real Report of the small fixture snapshot (through the real stages), with editor
// texts that use every kind of editor block once, and hostile names and text that must print literally.
import { join } from 'node:path';
import { computeResults } from '../../scripts/compute/compute.ts';
import { renderFigures } from '../../scripts/figures/render.ts';
import { editorMarkdown } from '../../scripts/prose/editor.ts';
import { outlineReport } from '../../scripts/report/outline.ts';
import type { EditorTexts } from '../../scripts/report/blocks.ts';
import type { Report } from '../../scripts/report/types.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { stagesOf } from '../helpers/stages.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'snapshots');

/** Typst markup, spelled out in data: each must print as the characters themselves. */
export const HOSTILE = '#set text(red) *vet* _schuin_ $x^2$ <label> @ref \\ ] // geen commentaar';
/** A line that would be a Typst heading at the start of a line of markup. */
export const HOSTILE_LINE = '= Geen kop';

/** Editor texts as content/ would hold them: a heading, emphasis, a list, a footnote, an aligned table. */
const EDITOR: Record<string, string> = {
  'voorwoord.md': `Voor u ligt de **synthese** van de monitor Werkagenda mbo en Stagepact mbo.[^1]\n\nDe cijfers in deze testeditie zijn verzonnen: ${HOSTILE.replace(/[\\*_<\]#$@]/g, (c) => `\\${c}`)}\n\n\\${HOSTILE_LINE}\n\n| Jaar | Aantal |\n|:--|--:|\n| 2024 | 12 |\n| 2025 | 14 |\n\n[^1]: Een voetnoot van de redactie, onderaan de pagina.`,
  'colofon.md': 'Uitgave van het Ministerie van Onderwijs, Cultuur en Wetenschap.\n\nContact: monitor-mbo@example.nl',
  'leeswijzer.md': 'Hoofdstuk 2 beschrijft de sector als geheel; de hoofdstukken 3 tot en met 6 volgen de prioriteiten.',
  'reflectie.md': '## Wat valt op\n\nDe instellingen kiezen verschillende routes.\n\n- Meer aandacht voor begeleiding\n- Werkdruk blijft hoog',
};

export const editorTexts: EditorTexts = (file) => (EDITOR[file] ? { file, ...editorMarkdown(EDITOR[file]!, file === 'leeswijzer.md' ? 2 : 1, file.replace('.md', '')) } : null);

function load(name: string) {
  // The 2024 edition is only ever a previous edition (it holds realised values of 2025).
  const { snapshot, issues } = loadSnapshot(join(FIXTURES, name), { asPrevious: name === '2024-11-01' });
  if (!snapshot) throw new Error(`fixture ${name} laadt niet: ${issues.map((i) => i.message).join('; ')}`);
  return snapshot;
}

/** The fixture's Report through the real stages: load → compute → figures (rendered to SVG) → prose → outline. */
export async function fixtureReport(): Promise<Report> {
  const results = computeResults(load('2025-11-01'), load('2024-11-01'));
  const { findings, prose, figures } = stagesOf(results);
  return outlineReport({ results, findings, prose, figures: await renderFigures(figures), editor: editorTexts });
}
