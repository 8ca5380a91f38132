// The factsheets stage of the build (issue 30): every institution's factsheet as a PDF under
// downloads/instellingen/<code>.pdf, typeset by Typst with templates/pdf/factsheet.typ, checked like the report (PDF
// checks and fact check, factsheet-job.ts) and kept in a cache folder per institution.
//
// Cache: the key of a factsheet is a hash of its document JSON and of the code that typesets and checks it (the
// templates, pdf/ and the fact check, the Typst and font packages). A factsheet whose key has a PDF and a passed check
// in the cache is copied; only the others are typeset. A change to one institution's data therefore re-renders that
// factsheet only, unless it moves a number other factsheets show too (a sector or peer-group median).
//
// Parallel: the factsheets that are not cached are shared out over child processes (factsheet-worker.mjs; one per
// PER_PROCESS factsheets, at most PROCESSES), each with its own Typst compiler, which typesets its share and then
// reads it back with poppler and checks it. Processes, not worker threads: each poppler call forks its parent, and a
// fork costs the forking process dearly afterwards (the build's large heap; Typst's next compilation), so the worker
// forks only once its compilations are done, and then once per shell that runs the poppler calls.
// One factsheet alone is done inline: starting a process costs more than it saves.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { codeHash, readJson, writeFileAtomic, writeJsonAtomic } from '../lib/cache.ts';
import { ReportError } from '../lib/errors.ts';
import { plural } from '../lib/nl.ts';
import type { Log } from '../lib/log.ts';
import type { FactCheck } from '../prose/factcheck.ts';
import { factsheetParagraphs } from '../prose/types.ts';
import type { Factsheet, Report } from '../report/types.ts';
import { factsheetDocument } from './factsheet.ts';
import { renderFactsheet, type FactsheetJob, type FactsheetOutcome } from './factsheet-job.ts';

/** Processes that typeset and check at most: the two cores of the machine. */
export const PROCESSES = 2;
/**
 * Factsheets that pay for a process of their own: a process costs a second of CPU to start and its compiler has to
 * warm up, and the stage runs beside the site's checks and the report's PDF, which use the other core.
 */
const PER_PROCESS = 100;

export const FACTSHEET_CACHE_DIR = resolve(import.meta.dirname, '..', '..', '.cache', 'factsheets');

/** What a factsheet's PDF and check depend on besides its document. */
const CODE = [
  'templates/pdf/styles.typ',
  'templates/pdf/blocks.typ',
  'templates/pdf/factsheet.typ',
  'scripts/pdf',
  'scripts/prose/factcheck.ts',
  'scripts/prose/numbers.ts',
  'node_modules/@myriaddreamin/typst-ts-node-compiler/package.json',
  'node_modules/source-sans/package.json',
];

export interface PrintFactsheetsOptions {
  readonly report: Report;
  /** The output folder: the PDFs go to downloads/instellingen/. */
  readonly siteDir: string;
  readonly log: Log;
  /** Where checked factsheets are kept (default .cache/factsheets/); null: typeset every one. */
  readonly cacheDir?: string | null;
  /** Only these institutions (a quick look); default all. */
  readonly only?: readonly string[];
  /** Another file for each PDF than downloads/<pdfFile> (the quick look writes beside the output folder). */
  readonly fileOf?: (f: Factsheet) => string;
  readonly processes?: number;
}

export interface PrintedFactsheets {
  readonly files: readonly string[];
  /** Typeset now (not from the cache). */
  readonly rendered: number;
  readonly pages: number;
  /** Typst's time summed over the factsheets typeset now (ms, over all processes). */
  readonly typesetMs: number;
  readonly factCheck: FactCheck;
}

/** The cache key of one factsheet: its document and the code that makes and checks its PDF. */
export function factsheetKey(documentJson: string, synthetic: boolean): string {
  return createHash('sha256').update(codeHash(CODE)).update('\u0000').update(String(synthetic)).update('\u0000').update(documentJson).digest('hex').slice(0, 32);
}

export async function printFactsheets(options: PrintFactsheetsOptions): Promise<PrintedFactsheets> {
  const { report, log } = options;
  const cacheDir = options.cacheDir === undefined ? FACTSHEET_CACHE_DIR : options.cacheDir;
  const chosen = options.only ? report.factsheets.filter((f) => options.only!.includes(f.institutionId)) : report.factsheets;
  const fileOf = options.fileOf ?? ((f: Factsheet) => join(options.siteDir, 'downloads', ...f.pdfFile.split('/')));
  const outcomes: FactsheetOutcome[] = [];
  const todo: { job: FactsheetJob; key: string }[] = [];
  for (const f of chosen) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*\.pdf$/.test(f.pdfFile)) {
      throw new ReportError(`ongeldige bestandsnaam voor de factsheet van ${f.name}: "${f.pdfFile}"`, 'Een instellingscode bestaat uit letters, cijfers, punten en koppeltekens.');
    }
    const document = factsheetDocument(f, report.edition);
    const key = factsheetKey(JSON.stringify(document), report.edition.synthetic);
    const file = fileOf(f);
    mkdirSync(dirname(file), { recursive: true });
    const cached = cacheDir ? readJson<FactsheetOutcome>(join(cacheDir, `${key}.json`)) : null;
    if (cached && existsSync(join(cacheDir!, `${key}.pdf`))) {
      copyFileSync(join(cacheDir!, `${key}.pdf`), file);
      outcomes.push({ ...cached, typesetMs: 0 });
      continue;
    }
    todo.push({ key, job: { id: f.institutionId, file, document, paragraphs: factsheetParagraphs(f.prose), synthetic: report.edition.synthetic, date: report.edition.referenceDate } });
  }

  const fresh = todo.length <= 1
    ? await Promise.all(todo.map(({ job }) => renderFactsheet(job)))
    : await inWorkers(todo.map((t) => t.job), Math.min(options.processes ?? Math.min(PROCESSES, Math.ceil(todo.length / PER_PROCESS)), todo.length));
  const errors = fresh.flatMap((o) => o.errors);
  if (errors.length > 0) {
    throw new ReportError(`${plural(new Set(fresh.filter((o) => o.errors.length > 0).map((o) => o.id)).size, 'factsheet voldoet', 'factsheets voldoen')} niet: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? ` (en ${errors.length - 5} meer)` : ''}`);
  }
  // Only a factsheet that passed both checks is kept: a failing one is typeset (and reported) again next time.
  if (cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    fresh.forEach((o, i) => {
      if (o.problems.length > 0) return;
      const { key, job } = todo[i]!;
      writeFileAtomic(join(cacheDir, `${key}.pdf`), readFileSync(job.file));
      writeJsonAtomic(join(cacheDir, `${key}.json`), o);
    });
  }
  outcomes.push(...fresh);
  for (const warning of outcomes.flatMap((o) => o.warnings)) log.warn(`PDF: ${warning}`);
  return {
    files: chosen.map(fileOf),
    rendered: fresh.length,
    pages: outcomes.reduce((n, o) => n + o.pages, 0),
    typesetMs: fresh.reduce((n, o) => n + o.typesetMs, 0),
    factCheck: { checked: outcomes.reduce((n, o) => n + o.checked, 0), problems: outcomes.flatMap((o) => o.problems.map((p) => `factsheet ${p}`)) },
  };
}

interface Reply {
  readonly id?: string;
  readonly ready?: boolean;
  readonly outcome?: FactsheetOutcome;
  readonly error?: string;
  readonly hint?: string | null;
}

/** The jobs in `processes` child processes, each sent its share at once; outcomes in the order of `jobs`. */
function inWorkers(jobs: readonly FactsheetJob[], processes: number): Promise<FactsheetOutcome[]> {
  return new Promise((done, fail) => {
    const outcomes = new Map<string, FactsheetOutcome>();
    const workers: ChildProcess[] = [];
    let finished = false;
    const end = () => {
      finished = true;
      for (const w of workers) if (w.connected) w.disconnect();
    };
    const stop = (error: Error) => {
      if (finished) return;
      end();
      for (const w of workers) w.kill();
      fail(error);
    };
    for (let t = 0; t < processes; t++) {
      const worker = fork(new URL('./factsheet-worker.mjs', import.meta.url), { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      workers.push(worker);
      worker.on('error', (error) => stop(error));
      worker.on('exit', (code) => {
        if (!finished) stop(new ReportError(`het opmaken van de factsheets stopte onverwacht (code ${code})`));
      });
      worker.on('message', (reply: Reply) => {
        // Every processes-th job, so that each process gets factsheets of every size.
        if (reply.ready) return void worker.send({ jobs: jobs.filter((_, i) => i % processes === t) });
        if (reply.error !== undefined) return stop(new ReportError(`factsheet ${reply.id}: ${reply.error}`, reply.hint ?? undefined));
        outcomes.set(reply.id!, reply.outcome!);
        if (outcomes.size === jobs.length) {
          end();
          done(jobs.map((j) => outcomes.get(j.id)!));
        }
      });
    }
  });
}
