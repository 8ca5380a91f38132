// The editor's refresh (issue 26): a report year without spending rows, a new institution without rows, and a
// voorwoord with an image, a footnote and an aligned table. Its PDF is typeset and every printed paragraph is in it,
// with its numbers in place (the Chromium print dropped text here and the fact check stopped the build).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { renderFigures } from '../../scripts/figures/render.ts';
import { silentLog } from '../../scripts/lib/log.ts';
import { printReport, type PrintReportResult } from '../../scripts/pdf/edition.ts';
import { readRawText } from '../../scripts/pdf/inspect.ts';
import { outline } from '../../scripts/pipeline.ts';
import { factCheckPdf } from '../../scripts/pdf/factcheck.ts';
import type { Report } from '../../scripts/report/types.ts';
import { reportParagraphs } from '../../scripts/report/walk.ts';
import { loadWithPrevious } from '../../scripts/snapshot/previous.ts';
import { makeRefreshEdition } from '../helpers/refresh-edition.ts';
import { stagesOf } from '../helpers/stages.ts';

/** A 4 × 2 px PNG in the report's blue. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGMQdSqGIwZkDgBPOgZRBnPEUwAAAABJRU5ErkJggg==', 'base64');

const VOORWOORD = [
  'Deze editie ververst de cijfers van vorig jaar.[^1]',
  '',
  '![Kaart van de regio’s van de instellingen](afbeeldingen/kaart.png)',
  '',
  '| Regio | Instellingen |',
  '|:------|-------------:|',
  '| Noord | 3 |',
  '| West  | 4 |',
  '',
  '[^1]: De bestedingen over 2026 volgen in de volgende editie.',
  '',
].join('\n');

const edition = makeRefreshEdition();
const work = mkdtempSync(join(tmpdir(), 'mbo-verversing-'));
let report: Report;
let pdf: PrintReportResult;

beforeAll(async () => {
  const content = join(work, 'content');
  cpSync(join(import.meta.dirname, '..', '..', 'content'), content, { recursive: true });
  mkdirSync(join(content, 'afbeeldingen'));
  writeFileSync(join(content, 'afbeeldingen', 'kaart.png'), PNG);
  writeFileSync(join(content, 'voorwoord.md'), VOORWOORD);
  const { current, previous } = loadWithPrevious(edition.dir);
  const results = computeResults(current!, previous);
  const { findings, prose, figures } = stagesOf(results);
  report = outline(results, prose, await renderFigures(figures), content, silentLog, findings, previous);
  pdf = await printReport({ report, siteDir: join(work, 'site'), log: silentLog });
}, 240_000);

afterAll(() => {
  edition.remove();
  rmSync(work, { recursive: true, force: true });
});

const plain = (text: string) => text.replace(/\u00ad\s*/g, '').replace(/\s+/g, ' ');

describe('the PDF of an editor’s refresh', () => {
  it('passes the fact check: every number of every printed paragraph, in order', async () => {
    expect(factCheckPdf(pdf.text, report).problems).toEqual([]);
  });

  it('contains every printed paragraph', async () => {
    const text = plain(await readRawText(pdf.file));
    const printed = reportParagraphs(report.chapters, true);
    expect(printed.length).toBeGreaterThan(50);
    const missing = printed.filter((p) => !text.includes(plain(p.sentences[0]!.text).split(' ').slice(0, 6).join(' ')));
    expect(missing.map((p) => p.id)).toEqual([]);
  });

  it('prints the voorwoord’s image with its description, its footnote and its aligned table', async () => {
    const text = plain(await readRawText(pdf.file));
    expect(text).toContain('Deze editie ververst de cijfers van vorig jaar.');
    expect(text).toContain('De bestedingen over 2026 volgen in de volgende editie.');
    expect(text).toContain('Regio Instellingen Noord 3 West 4');
    const voorwoord = pdf.document.chapters.find((c) => c.id === 'voorwoord')!;
    expect(voorwoord.content).toContainEqual({ t: 'image', src: 'inhoud/afbeeldingen/kaart.png', alt: 'Kaart van de regio’s van de instellingen' });
  });
});
