// The checks that need no browser (html-validate and the link check) in a worker thread, so that they run on
// the second core beside Chromium (axe, reflow, the PDF) instead of after it. The worker loads TypeScript
// through tsx (static-worker.mjs), which costs about a second, against tens of seconds of validation.
import { Worker } from 'node:worker_threads';
import { validateHtml, type HtmlReport } from './html.ts';
import { checkLinks, type LinkReport } from './links.ts';

export interface StaticInput {
  readonly root: string;
  /** URL paths a later stage writes (the PDF); links to them count as resolved. */
  readonly pending: readonly string[];
  /** Folder of the per-page result cache; null: no cache. */
  readonly cacheDir: string | null | undefined;
  /** The pages html-validate checks (links are checked on every page). */
  readonly htmlUrls: readonly string[];
}

export interface StaticOutput {
  readonly html: HtmlReport & { readonly cached: number };
  readonly links: LinkReport;
}

/** Both checks, in this thread. */
export async function staticChecks(input: StaticInput): Promise<StaticOutput> {
  const html = await validateHtml(input.root, { cacheDir: input.cacheDir, urls: input.htmlUrls });
  const links = checkLinks(input.root, { pending: input.pending });
  return { html, links };
}

/** Both checks in a worker thread; rejects with the worker's error. */
export function staticChecksInWorker(input: StaticInput): Promise<StaticOutput> {
  const worker = new Worker(new URL('./static-worker.mjs', import.meta.url), { workerData: input });
  return new Promise((resolve, reject) => {
    let result: StaticOutput | null = null;
    worker.once('message', (message: StaticOutput) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`de controle van HTML en links stopte onverwacht (code ${code})`))));
  });
}
