// Typesetting a document with Typst (npm @myriaddreamin/typst-ts-node-compiler, Typst 0.14, native binary in the
// package): a template of templates/pdf/ reads the document model as JSON from a file mapped into the
// compilation, with the charts' SVGs and the editor's images beside it. One compilation lays out, numbers,
// resolves references and the outline, and writes a tagged PDF/UA-1 file. The only fonts are Source Sans 3's, so
// no system font can slip in and the same input gives the same bytes on every machine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { ReportError } from '../lib/errors.ts';
import type { DocFiles } from './document.ts';
import type { LayoutMark } from './layout.ts';

export const TEMPLATE_DIR = join(import.meta.dirname, '..', '..', 'templates', 'pdf');
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'TTF');
const FONT_FILES = ['Regular', 'It', 'Semibold', 'SemiboldIt', 'Bold', 'BoldIt'].map((style) => join(FONT_DIR, `SourceSans3-${style}.ttf`));
/** Where the document's JSON is mapped (a path in the compilation, root = templates/pdf/). */
const DOCUMENT_PATH = '/document.json';

export interface TypesetJob {
  /** The template's file name in templates/pdf/, e.g. `report.typ`. */
  readonly template: string;
  /** The document model the template reads (plain data; serialised as JSON). */
  readonly document: unknown;
  readonly files: DocFiles;
  /** ISO date (YYYY-MM-DD): the PDF's creation date, at 00:00 UTC. */
  readonly date: string;
}

export interface Typeset {
  readonly pdf: Buffer;
  readonly pages: number;
  /** Where every heading and figure landed (templates/pdf/blocks.ts `mark`), in document order. */
  readonly layout: readonly LayoutMark[];
  /** Time of the compilation and the PDF export alone (ms). */
  readonly ms: number;
}

let compiler: NodeCompiler | null = null;

/** One compiler per process: the fonts are read once, and Typst's caches serve the next compilation. */
function typst(): NodeCompiler {
  compiler ??= NodeCompiler.create({ workspace: TEMPLATE_DIR, fontArgs: [{ fontBlobs: FONT_FILES.map((f) => readFileSync(f)) }] });
  return compiler;
}

/** The peildatum as seconds since 1970 (UTC midnight). */
export function timestampOf(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(ms)) throw new ReportError(`ongeldige datum voor de pdf: ${date}`, 'Gebruik de vorm JJJJ-MM-DD.');
  return ms / 1000;
}

/** Diagnostics in one line each: `report.typ:12: unknown variable: x`. */
function diagnostics(list: readonly unknown[]): string[] {
  return list.slice(0, 10).map((d) => {
    const { message, path, range } = d as { message?: string; path?: string; range?: string };
    return `${path ? `${path.replace(/^.*\//, '')}${range ? ` ${range}` : ''}: ` : ''}${message ?? JSON.stringify(d)}`;
  });
}

/** Typeset `job.document` with `job.template` into a tagged PDF/UA-1 file. */
export function typeset(job: TypesetJob): Typeset {
  const c = typst();
  const started = performance.now();
  c.resetShadow();
  const at = (path: string) => join(TEMPLATE_DIR, path.replace(/^\/+/, ''));
  c.mapShadow(at(DOCUMENT_PATH), Buffer.from(JSON.stringify(job.document)));
  for (const [path, text] of job.files.text) c.mapShadow(at(path), Buffer.from(text));
  for (const [path, file] of job.files.disk) c.mapShadow(at(path), readFileSync(file));
  try {
    const result = c.compile({ mainFilePath: join(TEMPLATE_DIR, job.template), inputs: { document: DOCUMENT_PATH } });
    const error = result.takeError();
    if (error || !result.result) {
      throw new ReportError(`Typst kon de pdf niet opmaken:\n${diagnostics(error?.shortDiagnostics ?? []).join('\n')}`, 'Dit is een fout in de pdf-sjablonen (templates/pdf/); meld het aan het ontwikkelteam.');
    }
    const doc = result.result;
    let pdf: Buffer;
    try {
      pdf = c.pdf(doc, { pdfStandard: 'ua-1', creationTimestamp: timestampOf(job.date) });
    } catch (e) {
      throw new ReportError(`Typst kon de pdf niet als PDF/UA-1 schrijven: ${(e as Error).message}`, 'Dit is een fout in de pdf-sjablonen (templates/pdf/); meld het aan het ontwikkelteam.');
    }
    const ms = performance.now() - started;
    const layout = c.query(doc, { selector: '<layout>', field: 'value' }) as LayoutMark[];
    return { pdf, pages: doc.numOfPages, layout, ms };
  } finally {
    c.resetShadow();
    // Keep memoised layouts for a rebuild in the same process (serve), not forever.
    c.evictCache(10);
  }
}
