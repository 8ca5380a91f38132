// Failures a build can meet, each ending in a Dutch ReportError with the browser closed and nothing left behind.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../scripts/lib/errors.ts';
import { printAssetMounts } from '../../scripts/pdf/assets.ts';
import { chromiumPath } from '../../scripts/lib/chromium.ts';
import { printPdf, type PrintOptions } from '../../scripts/pdf/print.ts';
import { captureLog } from './sample-print.ts';

const dir = mkdtempSync(join(tmpdir(), 'mbo-pdf-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Temporary folders (browser profile, print passes) go under a TMPDIR of this test's own, to see them all removed. */
const scratch = join(dir, 'tmp');
mkdirSync(scratch);
process.env.TMPDIR = scratch;

/** A one-chapter print edition; `head` and `body` let each case break it in one way. */
function page(name: string, { head = '<link rel="stylesheet" href="/assets/css/fonts.css"><link rel="stylesheet" href="/assets/css/print.css">', body = '' } = {}): string {
  const file = join(dir, `${name}.html`);
  writeFileSync(
    file,
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title>${head}</head><body>` +
      `<nav class="toc"><a class="toc-entry toc-level-1" href="#h-1"><span class="toc-title">1 Inleiding</span><span class="toc-page"></span></a></nav>` +
      `<section class="chapter" data-running-title="1 Inleiding"><h1 id="h-1">1 Inleiding</h1><p>Tekst.</p>${body}</section></body></html>`,
  );
  return file;
}

function options(htmlFile: string, extra: Partial<PrintOptions> = {}): PrintOptions {
  return {
    htmlFile,
    mounts: printAssetMounts(),
    outFile: join(dir, 'out.pdf'),
    title: 'Proef',
    author: 'OCW',
    subject: 'Proef',
    keywords: [],
    referenceDate: '2025-11-01',
    synthetic: false,
    log: captureLog(),
    ...extra,
  };
}

async function failure(run: Promise<unknown>): Promise<ReportError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReportError);
  return error as ReportError;
}

describe('printPdf failures', () => {
  it('says what to install when Chromium is missing', async () => {
    const error = await failure(printPdf(options(page('ok'), { chromium: join(dir, 'geen-chromium') })));
    expect(error.message).toContain('Chromium is niet gevonden op');
    expect(error.hint).toContain('bash scripts/setup.sh');
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium' })).toBe('/opt/chromium');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });

  it('blocks a request to another origin and fails loudly', async () => {
    const error = await failure(printPdf(options(page('extern', { body: '<img src="https://example.org/logo.png" alt="">' }))));
    expect(error.message).toContain('geblokkeerd verzoek naar https://example.org/logo.png');
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('fails on a missing stylesheet, so the body font cannot be missed silently', async () => {
    const error = await failure(printPdf(options(page('nocss', { head: '<link rel="stylesheet" href="/assets/css/weg.css">' }))));
    expect(error.message).toMatch(/lettertype ontbreekt|weg\.css gaf 404/);
  });

  it('fails when a ToC entry points to nothing', async () => {
    const file = page('target');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id="h-1"', 'id="h-een"'));
    const error = await failure(printPdf(options(file)));
    expect(error.message).toContain('de inhoudsopgave verwijst naar een onderdeel dat niet in het document staat: #h-1');
  });

  it('gives up when the page numbers do not settle within the allowed passes', async () => {
    const error = await failure(printPdf(options(page('passes'), { maxPasses: 1 })));
    expect(error.message).toContain('blijven verschuiven na 1 rondes');
  });
});
