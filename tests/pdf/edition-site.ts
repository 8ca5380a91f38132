// Test helpers for the print edition: the real Report of the small fixture snapshot (through the real stages),
// and a site rendered by Eleventy with the print page, the way the site stage does it once it passes the
// global `print` (see the report of the PDF engineer: runEleventy gets `print: printEdition(report)`).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { computeResults } from '../../scripts/compute/compute.ts';
import { renderFigures } from '../../scripts/figures/render.ts';
import { printEdition } from '../../scripts/site/print-view.ts';
import { outlineReport } from '../../scripts/report/outline.ts';
import type { EditorTexts } from '../../scripts/report/blocks.ts';
import type { Report } from '../../scripts/report/types.ts';
import { copySiteAssets, copyVendorAssets } from '../../scripts/site/assets.ts';
import { siteData } from '../../scripts/site/data.ts';
import { runEleventy } from '../../scripts/site/eleventy.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { stagesOf } from '../helpers/stages.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'snapshots');

const md = new MarkdownIt({ html: false });

/** Editor texts as content/ would hold them: enough to print every kind of editor block once. */
const EDITOR: Record<string, string> = {
  'voorwoord.md': 'Voor u ligt de **synthese** van de monitor Werkagenda mbo en Stagepact mbo.\n\nDe cijfers in deze testeditie zijn verzonnen.',
  'colofon.md': 'Uitgave van het Ministerie van Onderwijs, Cultuur en Wetenschap.\n\nContact: monitor-mbo@example.nl',
  'leeswijzer.md': 'Hoofdstuk 2 beschrijft de sector als geheel; de hoofdstukken 3 tot en met 6 volgen de prioriteiten.',
  'reflectie.md': '## Wat valt op\n\nDe instellingen kiezen verschillende routes.\n\n- Meer aandacht voor begeleiding\n- Werkdruk blijft hoog',
};

export const editorTexts: EditorTexts = (file) => (EDITOR[file] ? { file, html: md.render(EDITOR[file]!) } : null);

function load(name: string) {
  const { snapshot, issues } = loadSnapshot(join(FIXTURES, name));
  if (!snapshot) throw new Error(`fixture ${name} laadt niet: ${issues.map((i) => i.message).join('; ')}`);
  return snapshot;
}

/** The fixture's Report through the real stages: load → compute → figures (rendered to SVG) → prose → outline. */
export async function fixtureReport(options: { figures?: boolean } = {}): Promise<Report> {
  const results = computeResults(load('2025-11-01'), load('2024-11-01'));
  const { findings, prose, figures: built } = stagesOf(results);
  const figures = options.figures === false ? [] : await renderFigures(built);
  return outlineReport({ results, findings, prose, figures, editor: editorTexts });
}

/** Render the site with the print page into a fresh folder (or `dir`); returns the folder. */
export async function renderWithPrint(report: Report, dir = mkdtempSync(join(tmpdir(), 'mbo-druk-'))): Promise<string> {
  const data = siteData(report, { tables: [], snapshot: null, pdfFile: report.edition.pdfFile, checks: null }, { snapshotFiles: [], interactiveFigures: false });
  await runEleventy(data, dir, { print: printEdition(report) });
  copySiteAssets(dir);
  copyVendorAssets(dir);
  return dir;
}
