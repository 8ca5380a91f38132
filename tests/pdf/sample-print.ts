// Test helpers: print the sample print edition into a temporary folder, and read a page's text the way a
// reader sees it (running header = first line, footer = last line, body = everything between).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../../scripts/lib/log.ts';
import { printAssetMounts } from '../../scripts/pdf/assets.ts';
import { printPdf, type PrintResult } from '../../scripts/pdf/print.ts';
import { SAMPLE, writeSample } from '../fixtures/print/sample.ts';

export interface CapturedLog extends Log {
  readonly lines: string[];
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(l), warn: (l) => lines.push(`warn: ${l}`) };
}

export interface SamplePrint {
  readonly dir: string;
  readonly pdf: string;
  readonly result: PrintResult;
  readonly log: CapturedLog;
}

export async function printSample(name = 'sample.pdf', dir = mkdtempSync(join(tmpdir(), 'mbo-pdf-test-'))): Promise<SamplePrint> {
  const htmlFile = writeSample(join(dir, 'site'), { synthetic: true });
  const log = captureLog();
  const pdf = join(dir, name);
  const result = await printPdf({ htmlFile, mounts: printAssetMounts(), outFile: pdf, ...SAMPLE, synthetic: true, log });
  return { dir, pdf, result, log };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface PageParts {
  readonly header: string;
  readonly body: readonly string[];
  readonly footer: string;
}

/** Split a page's layout text; whitespace inside each line is collapsed. */
export function pageParts(text: string): PageParts {
  const lines = text.split('\n').map(squash).filter((l) => l !== '');
  return { header: lines[0] ?? '', body: lines.slice(1, -1), footer: lines.at(-1) ?? '' };
}
