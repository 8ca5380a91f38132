// Rendering many figures on both cores: this thread and one worker thread take the next figure from a shared
// counter until none is left. Rendering is CPU-bound (≈ 30 ms a chart, phone variant included) and a worker
// needs 2–5 s to load tsx and vega (measured on the 2-core machine, the other core busy), so below
// MIN_FOR_WORKER figures everything stays in this thread. Results and warnings come back in input order
// whichever thread rendered them, so the output is the same either way.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderFigure } from './render.ts';
import type { Figure, RenderedFigure } from './types.ts';

/** Fewer figures than this are rendered in this thread alone: the worker's start would cost more than it saves. */
export const MIN_FOR_WORKER = 150;

export interface RenderOutcome {
  readonly figure: RenderedFigure;
  /** The warnings renderFigure gave for this figure, in order. */
  readonly warnings: readonly string[];
}

interface WorkerInput {
  readonly figures: readonly Figure[];
  /** Int32Array over a SharedArrayBuffer: [0] is the next figure to claim. */
  readonly next: SharedArrayBuffer;
}

type WorkerMessage = { readonly index: number } & RenderOutcome;

/** Claim figures from the shared counter and render them until none is left; `done` receives each. */
export async function renderClaimed(input: WorkerInput, done: (message: WorkerMessage) => void): Promise<void> {
  const next = new Int32Array(input.next);
  for (let index = Atomics.add(next, 0, 1); index < input.figures.length; index = Atomics.add(next, 0, 1)) {
    const warnings: string[] = [];
    const figure = await renderFigure(input.figures[index]!, { info: () => {}, warn: (line) => void warnings.push(line) });
    done({ index, figure, warnings });
  }
}

/**
 * Render `figures` (shape: Figure[], any length) on this thread and, from MIN_FOR_WORKER figures on a machine
 * with two or more cores, one worker thread. Returns one outcome per figure, in input order; the warnings are
 * not logged here (the caller logs them in input order). Rejects with the worker's error.
 */
export async function renderFiguresInParallel(figures: readonly Figure[]): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = new Array(figures.length);
  const input: WorkerInput = { figures, next: new SharedArrayBuffer(4) };
  const keep = (m: WorkerMessage) => void (outcomes[m.index] = { figure: m.figure, warnings: m.warnings });
  if (figures.length < MIN_FOR_WORKER || availableParallelism() < 2) {
    await renderClaimed(input, keep);
    return outcomes;
  }
  const worker = new Worker(new URL('./parallel-worker.mjs', import.meta.url), { workerData: input });
  const finished = new Promise<void>((resolve, reject) => {
    worker.on('message', keep);
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`het tekenen van figuren in een tweede thread stopte onverwacht (code ${code})`))));
  });
  try {
    await renderClaimed(input, keep);
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  await finished;
  const missing = figures.findIndex((_, i) => !outcomes[i]);
  if (missing >= 0) throw new Error(`figuur ${figures[missing]!.id} is niet getekend`);
  return outcomes;
}
