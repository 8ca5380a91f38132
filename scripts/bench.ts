// `npm run bench -- [--sizes bundled,55,165,550]`: per snapshot (the bundled one and generated ones with 55, 165
// and 550 institutions), each step in a fresh process so that nothing else runs beside it and peak memory is
// per step:
//   1. a cold build (empty cache folder), timed in total and per stage, with the build's peak RSS;
//   2. a rebuild after editing one file in a copy of content/ (PDF included), with the cache of step 1;
//   3. the floors, measured alone: rendering all charts of the edition, and one Typst compilation of the report
//      (its document model made beforehand, not counted);
//   4. serve latency: `npm run serve` on a copy of content/, one markdown file edited, time until the served
//      page shows the edit.
// Then ratio (a) = cold build ÷ (charts + one print), target ≤ 1,5, and rebuild ÷ cold, target ≤ 0,3.
// Not a test: machines are noisy (compare ratios from one run), so it reports and never fails.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFindings } from './findings/findings.ts';
import { buildFigures } from './figures/registry.ts';
import { renderFigures } from './figures/render.ts';
import { generateEditions } from './generate/index.ts';
import { parseCli, runCli } from './lib/cli.ts';
import { ReportError } from './lib/errors.ts';
import { formatDuration, silentLog } from './lib/log.ts';
import { formatNumber } from './lib/nl.ts';
import { reportDocument } from './pdf/document.ts';
import { typeset } from './pdf/typst.ts';
import { build, cacheDirs, computeStages, findingTitles, outline } from './pipeline.ts';
import { computeResults } from './compute/compute.ts';
import { writeProse } from './prose/prose.ts';
import { locateSnapshot } from './snapshot/locate.ts';
import { loadWithPrevious } from './snapshot/previous.ts';

const ROOT = join(import.meta.dirname, '..');
const CONTENT = join(ROOT, 'content');
/** The editor text the rebuild and serve measurements edit, and the page that shows it. */
const EDITED = { file: 'voorwoord.md', url: '/voorwoord/' };

interface BuildMeasurement {
  readonly totalMs: number;
  readonly stages: Record<string, number>;
  readonly maxRssMb: number;
  readonly pages: number;
  readonly figures: number;
  readonly pdfPages: number | null;
  readonly rebuildMs: number;
}

interface Measurement extends BuildMeasurement {
  readonly label: string;
  readonly chartsMs: number;
  readonly printMs: number;
  readonly serveMs: number | null;
}

await runCli(async () => {
  const { values } = parseCli({
    step: { type: 'string' },
    snapshot: { type: 'string' },
    cache: { type: 'string' },
    content: { type: 'string' },
    sizes: { type: 'string' },
  });
  if (values.step) return step(values.step, values.snapshot!, values.cache!, values.content!);

  const sizes = (values.sizes ?? 'bundled,55,165,550').split(',').map((s) => s.trim());
  const scratch = mkdtempSync(join(tmpdir(), 'mbo-bench-'));
  const cases: { label: string; dir: string }[] = [];
  for (const size of sizes) {
    if (size === 'bundled' || size === 'meegeleverd') {
      cases.push({ label: 'meegeleverd', dir: locateSnapshot(undefined) });
      continue;
    }
    const n = Number(size);
    if (!Number.isInteger(n) || n < 1) throw new ReportError(`--sizes: '${size}' is geen aantal instellingen`, 'Bijvoorbeeld: --sizes bundled,55,165,550', 2);
    const root = join(scratch, `n${n}`);
    for (const e of generateEditions({ institutions: n, seed: 2023, peildatum: '2025-11-01', dialect: 'en' })) {
      const dir = join(root, e.name);
      mkdirSync(dir, { recursive: true });
      for (const [file, text] of e.files) writeFileSync(join(dir, file), text);
    }
    cases.push({ label: `${n} instellingen`, dir: join(root, '2025-11-01') });
  }

  const results: Measurement[] = [];
  try {
    for (const c of cases) {
      const work = join(scratch, `work-${results.length}-${c.label.replace(/\W+/g, '-')}`);
      const cache = join(work, 'cache');
      const content = join(work, 'content');
      mkdirSync(work, { recursive: true });
      cpSync(CONTENT, content, { recursive: true });
      const run = (name: string) => runStep(name, c.dir, cache, content, c.label);
      process.stdout.write(`… ${c.label}: koude build en herbouw\n`);
      const built = run('build') as BuildMeasurement | null;
      if (!built) continue;
      process.stdout.write(`… ${c.label}: vloeren apart (figuren, één Typst-opmaak)\n`);
      const charts = run('charts') as { ms: number } | null;
      const print = run('print') as { ms: number } | null;
      process.stdout.write(`… ${c.label}: npm run serve\n`);
      const serveMs = await serveLatency(c.dir, cache, content, join(work, 'voorbeeld'));
      results.push({ label: c.label, ...built, chartsMs: charts?.ms ?? NaN, printMs: print?.ms ?? NaN, serveMs });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  printReport(results);
});

/** One step in a fresh process; its last stdout line is its JSON result. */
function runStep(name: string, snapshot: string, cache: string, content: string, label: string): unknown {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench.ts'), '--step', name, '--snapshot', snapshot, '--cache', cache, '--content', content], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    process.stdout.write(`✖ ${label}: stap ${name} mislukt\n${child.stderr}\n`);
    return null;
  }
  return JSON.parse(last);
}

async function step(name: string, snapshotDir: string, cacheRoot: string, contentDir: string): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'mbo-bench-out-'));
  try {
    let result: unknown;
    if (name === 'build') result = await coldAndRebuild(snapshotDir, cacheRoot, contentDir, out);
    else if (name === 'charts') result = { ms: await chartsFloor(snapshotDir) };
    else if (name === 'print') result = { ms: await printFloor(snapshotDir, cacheRoot, contentDir) };
    else throw new ReportError(`onbekende stap ${name}`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function coldAndRebuild(snapshotDir: string, cacheRoot: string, contentDir: string, out: string): Promise<BuildMeasurement> {
  rmSync(cacheRoot, { recursive: true, force: true });
  const options = { snapshotDir, outDir: join(out, 'site'), log: silentLog, cacheRoot, contentDir };
  const started = performance.now();
  const summary = await build(options);
  const totalMs = performance.now() - started;
  // Node's own peak (Chromium runs in processes of its own and is not counted).
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  appendFileSync(join(contentDir, EDITED.file), `\nDeze zin is toegevoegd om het opnieuw bouwen te meten (${Date.now()}).\n`);
  const again = performance.now();
  await build(options);
  const rebuildMs = performance.now() - again;
  return {
    totalMs,
    stages: Object.fromEntries(summary.timings.map((t) => [t.stage, t.ms])),
    maxRssMb,
    pages: summary.pages,
    figures: summary.figures,
    pdfPages: summary.pdfPages,
    rebuildMs,
  };
}

/** All charts of the edition rendered, nothing cached: the time of renderFigures alone. */
async function chartsFloor(snapshotDir: string): Promise<number> {
  const editions = loadWithPrevious(snapshotDir);
  const results = computeResults(editions.current!, editions.previous);
  const findings = findFindings(results);
  const figures = buildFigures(results, findings, findingTitles(writeProse(results, findings)));
  const started = performance.now();
  await renderFigures(figures);
  return performance.now() - started;
}

/** One Typst compilation of the report (stages from the build's cache), alone: compile and PDF export. */
async function printFloor(snapshotDir: string, cacheRoot: string, contentDir: string): Promise<number> {
  const editions = loadWithPrevious(snapshotDir);
  const stage = <T>(_: string, run: () => T | Promise<T>) => Promise.resolve(run());
  const { results, findings, figures, prose } = await computeStages(editions.current!, editions.previous, stage, silentLog, cacheDirs({ cacheRoot }));
  const report = outline(results, prose, figures, contentDir, silentLog, findings, editions.previous);
  const { document, files } = reportDocument(report);
  return typeset({ template: 'report.typ', document, files, date: report.edition.referenceDate }).ms;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Start `npm run serve` on a copy of content/, edit one file, time until the served page shows the edit. */
async function serveLatency(snapshotDir: string, cacheRoot: string, contentDir: string, outDir: string): Promise<number | null> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'serve.ts'), '--snapshot', snapshotDir, '--port', String(port), '--content', contentDir, '--out', outDir, '--cache', cacheRoot], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}${EDITED.url}`;
  const fetchPage = async () => {
    try {
      const response = await fetch(url);
      return response.ok ? await response.text() : null;
    } catch {
      return null;
    }
  };
  const until = async (test: (html: string) => boolean, limitMs: number) => {
    const end = performance.now() + limitMs;
    while (performance.now() < end) {
      const html = await fetchPage();
      if (html !== null && test(html)) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  };
  try {
    if (!(await until(() => true, 600_000))) return null;
    const marker = `Meetzin${Date.now()}`;
    const started = performance.now();
    appendFileSync(join(contentDir, EDITED.file), `\n${marker} voor de wachttijd van het voorbeeld.\n`);
    return (await until((html) => html.includes(marker), 60_000)) ? performance.now() - started : null;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  }
}

function printReport(results: readonly Measurement[]): void {
  const s = (ms: number | null) => (ms === null || Number.isNaN(ms) ? '–' : formatDuration(ms));
  const stageNames = [...new Set(results.flatMap((r) => Object.keys(r.stages)))];
  const lines = ['', 'Benchmark (elke stap in een eigen proces; tijden op een gedeelde machine schommelen, vergelijk de verhoudingen)', ''];
  for (const r of results) {
    const floor = r.chartsMs + r.printMs;
    lines.push(
      `${r.label}: koude build ${s(r.totalMs)}, piekgeheugen ${formatNumber(r.maxRssMb)} MB (Node, zonder Chromium), ${formatNumber(r.pages)} pagina's, ${formatNumber(r.figures)} figuren, pdf ${r.pdfPages ?? '–'} pagina's`,
      `  stappen: ${stageNames.map((n) => `${n} ${s(r.stages[n] ?? 0)}`).join(' · ')}`,
      `  vloeren apart: alle figuren ${s(r.chartsMs)}, één Typst-opmaak van de pdf ${s(r.printMs)}`,
      `  (a) totaal ÷ vloeren = ${formatNumber(r.totalMs / floor, 2)} (doel ≤ 1,5)`,
      `  herbouw na één tekstwijziging: ${s(r.rebuildMs)} = ${formatNumber(r.rebuildMs / r.totalMs, 2)} × koud (doel ≤ 0,3)`,
      `  npm run serve: wijziging zichtbaar na ${s(r.serveMs)} (doel ≤ 1 s)`,
    );
  }
  const small = results.find((r) => r.label === '55 instellingen');
  const large = results.find((r) => r.label === '550 instellingen');
  if (small && large) lines.push('', `(b) 550 ÷ 55 instellingen = ${formatNumber(large.totalMs / small.totalMs, 2)} (doel ≤ 10)`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
