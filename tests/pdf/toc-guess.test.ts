// The ToC without a second full tagged print: the first print of a new ToC is an untagged measuring pass, and a
// rebuild starts from the page numbers remembered from the last print, so one print suffices when nothing
// moved; the chapters' layout steps are replayed, not measured again. Either way the PDF is the same, byte for byte.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printAssetMounts } from '../../scripts/pdf/assets.ts';
import { printPdf } from '../../scripts/pdf/print.ts';
import { SAMPLE, writeSample } from '../fixtures/print/sample.ts';
import { captureLog } from './sample-print.ts';

const dir = mkdtempSync(join(tmpdir(), 'mbo-toc-guess-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ToC page numbers remembered between prints', () => {
  it('prints once when the remembered numbers are right, with the same bytes as the measured print', async () => {
    const htmlFile = writeSample(join(dir, 'site'), { synthetic: true });
    const cacheDir = join(dir, 'cache');
    const print = async (name: string) => {
      const log = captureLog();
      const result = await printPdf({ htmlFile, mounts: printAssetMounts(), outFile: join(dir, name), ...SAMPLE, synthetic: true, log, cacheDir });
      return { result, log, bytes: readFileSync(join(dir, name)) };
    };
    const first = await print('first.pdf');
    expect(first.result.passMs).toHaveLength(2);
    expect(first.log.lines.some((l) => l.includes('pdf opgemaakt (1e keer, alleen om de paginanummers van de inhoudsopgave te bepalen)'))).toBe(true);
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('toc-'))).toHaveLength(1);
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('layout-')).length).toBeGreaterThan(0);

    const second = await print('second.pdf');
    expect(second.result.passMs).toHaveLength(1);
    // Every chapter's layout replayed, not measured again.
    expect(second.log.lines.some((l) => /opmaak van \d+ ongewijzigde hoofdstukken uit de cache/.test(l))).toBe(true);
    expect(second.result.tocEntries).toEqual(first.result.tocEntries);
    expect(second.bytes.equals(first.bytes)).toBe(true);
  }, 600_000);
});
