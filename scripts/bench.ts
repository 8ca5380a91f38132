// `npm run bench -- [--sizes bundled,55,165,550]`: per snapshot (the bundled one and generated ones with 55, 165
// and 550 institutions), each step in a fresh process so that nothing else runs beside it and peak memory is
// per step:
//   1. a cold build (empty cache folder), timed in total and per stage, with the build's peak RSS and the CPU time
//      of its Node process and of the whole machine (Chromium included);
//   2. a rebuild after editing one file in a copy of content/ (PDF included), with the cache of step 1;
//   3. the floors, measured alone: rendering all charts of the edition, and one Typst compilation of the report
//      (its document model made beforehand, not counted);
//   4. serve latency: `npm run serve` on a copy of content/, one markdown file edited, time until the served
//      page shows the edit;
//   5. when the build makes factsheets: a second cold build without them, for what they add, in time and in the
//      machine's CPU time (which the other work on a shared machine sways less).
// Then the targets of issue 31 beside each number: ratio (a) = cold build ÷ (charts + one Typst compilation)
// ≤ 2,0, bundled cold build ≤ 30 s, rebuild ≤ 0,2 × cold, serve ≤ 1 s, at 550 institutions a cold build ≤ 120 s
// with checks at most a third of it and Node's peak RSS < 1 GiB, factsheets ≤ 15% of the bundled cold build.
// Not a test: machines are noisy (compare ratios from one run), so it reports and never fails; it prints the
// machine's load at the start and the end, for numbers taken beside other work are only indicative.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
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
  /** The Typst compilation inside the build's PDF stage. */
  readonly typesetMs: number | null;
  /** CPU time of the cold build's Node process (all its threads and Typst; Chromium aside): less swayed by load. */
  readonly cpuMs: number;
  /** CPU time the whole machine used during the cold build (Chromium, poppler and the factsheet processes too). */
  readonly machineCpuMs: number | null;
  readonly rebuildMs: number;
}

interface Measurement extends BuildMeasurement {
  readonly label: string;
  readonly chartsMs: number;
  readonly printMs: number;
  readonly serveMs: number | null;
  /** A cold build without the factsheets, and the machine's CPU time during it (null when the build makes none). */
  readonly withoutFactsheetsMs: number | null;
  readonly withoutFactsheetsCpuMs: number | null;
}

// Before runCli: the report is printed inside its top-level await, so a const below it is not yet initialised.
/** The targets of issue 31 (ratios from one run). */
const TARGET = { bundledColdMs: 30_000, ratioA: 2, rebuild: 0.2, serveMs: 1000, largeColdMs: 120_000, largeChecks: 1 / 3, largeRssMb: 1024, factsheets: 0.15 };

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
  const loadAtStart = loadavg();
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
      type Without = { ms: number; machineCpuMs: number | null } | null;
      let without: Without = null;
      if ('factsheets' in built.stages) {
        process.stdout.write(`… ${c.label}: koude build zonder factsheets\n`);
        without = run('build-no-factsheets') as Without;
      }
      results.push({ label: c.label, ...built, chartsMs: charts?.ms ?? NaN, printMs: print?.ms ?? NaN, serveMs, withoutFactsheetsMs: without?.ms ?? null, withoutFactsheetsCpuMs: without?.machineCpuMs ?? null });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  printReport(results, [loadAtStart, loadavg()]);
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
    else if (name === 'build-no-factsheets') {
      const cpu = machineCpuMs();
      const ms = await coldBuild(snapshotDir, cacheRoot, contentDir, out, { factsheets: false });
      result = { ms, machineCpuMs: cpu === null ? null : machineCpuMs()! - cpu };
    }
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
  const cpu = process.cpuUsage();
  const machine = machineCpuMs();
  const summary = await build(options);
  const totalMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const machineUsed = machine === null ? null : machineCpuMs()! - machine;
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
    typesetMs: summary.pdfTypesetMs,
    cpuMs: (used.user + used.system) / 1000,
    machineCpuMs: machineUsed,
    rebuildMs,
  };
}

/**
 * CPU time (ms) all processors of the machine spent on anything but idling since boot (Linux /proc/stat, in clock
 * ticks of 10 ms); null elsewhere. Unlike a process's own CPU time it counts Chromium, which puppeteer starts
 * through a shell script and so never becomes a reaped child. On a quiet machine the difference over a build is
 * the build's CPU time.
 */
function machineCpuMs(): number | null {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
    return (user! + nice! + system! + irq! + softirq! + (steal ?? 0)) * 10;
  } catch {
    return null;
  }
}

/** A cold build (empty cache) with extra options, e.g. without the factsheets where the build knows them. */
async function coldBuild(snapshotDir: string, cacheRoot: string, contentDir: string, out: string, extra: Record<string, unknown>): Promise<number> {
  rmSync(cacheRoot, { recursive: true, force: true });
  const options = { snapshotDir, outDir: join(out, 'site'), log: silentLog, cacheRoot, contentDir, ...extra };
  const started = performance.now();
  await build(options);
  return performance.now() - started;
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

function printReport(results: readonly Measurement[], load: readonly (readonly number[])[]): void {
  const s = (ms: number | null) => (ms === null || Number.isNaN(ms) ? '–' : formatDuration(ms));
  const met = (ok: boolean | null) => (ok === null ? '' : ok ? ' ✓' : ' ✗');
  const loads = load.map((l) => l.map((x) => formatNumber(x, 2)).join(' / '));
  const lines = [
    '',
    'Benchmark (elke stap in een eigen proces; tijden op een gedeelde machine schommelen, vergelijk de verhoudingen)',
    `Belasting van de machine (gemiddelde over 1 / 5 / 15 min): bij de start ${loads[0]}, aan het eind ${loads[1]}`,
    '',
  ];
  for (const r of results) {
    const floor = r.chartsMs + r.printMs;
    const stage = (name: string) => s(r.stages[name] ?? null);
    const large = r.label === '550 instellingen';
    const bundled = r.label === 'meegeleverd';
    const checksShare = (r.stages['controles'] ?? NaN) / r.totalMs;
    lines.push(
      `${r.label}: ${formatNumber(r.pages)} pagina's, ${formatNumber(r.figures)} figuren, pdf ${r.pdfPages ?? '–'} pagina's`,
      `  koude build: ${s(r.totalMs)} (CPU van Node ${s(r.cpuMs)}, van de hele machine ${s(r.machineCpuMs)})${bundled ? ` (doel ≤ ${s(TARGET.bundledColdMs)})${met(r.totalMs <= TARGET.bundledColdMs)}` : ''}${large ? ` (doel ≤ ${s(TARGET.largeColdMs)})${met(r.totalMs <= TARGET.largeColdMs)}` : ''}`,
      `  figuren / site / controles / pdf: ${stage('figuren')} / ${stage('site')} / ${stage('controles')} / ${stage('pdf')} (controles ‖ pdf; Typst zelf ${s(r.typesetMs)})`,
      `  controles ÷ koude build: ${formatNumber(checksShare, 2)}${large ? ` (doel ≤ 0,33)${met(checksShare <= TARGET.largeChecks)}` : ''}`,
      `  vloeren apart: alle figuren ${s(r.chartsMs)}, één Typst-opmaak van het rapport ${s(r.printMs)}`,
      `  (a) totaal ÷ vloeren = ${formatNumber(r.totalMs / floor, 2)} (doel ≤ 2,0)${met(r.totalMs / floor <= TARGET.ratioA)}`,
      `  herbouw na één tekstwijziging: ${s(r.rebuildMs)} = ${formatNumber(r.rebuildMs / r.totalMs, 2)} × koud (doel ≤ 0,2)${met(r.rebuildMs / r.totalMs <= TARGET.rebuild)}`,
      `  npm run serve: wijziging zichtbaar na ${s(r.serveMs)} (doel ≤ 1 s)${met(r.serveMs === null ? null : r.serveMs <= TARGET.serveMs)}`,
      `  piekgeheugen (Node, zonder Chromium): ${formatNumber(r.maxRssMb)} MB${large ? ` (doel < ${formatNumber(TARGET.largeRssMb)} MB)${met(r.maxRssMb < TARGET.largeRssMb)}` : ''}`,
    );
    if (r.withoutFactsheetsMs !== null) {
      const added = r.totalMs / r.withoutFactsheetsMs - 1;
      lines.push(`  factsheets: koude build zonder ${s(r.withoutFactsheetsMs)}, met ${formatNumber(added * 100, 0)}% meer${bundled ? ` (doel ≤ 15%)${met(added <= TARGET.factsheets)}` : ''}`);
      if (r.machineCpuMs !== null && r.withoutFactsheetsCpuMs !== null) {
        lines.push(`  factsheets in CPU van de machine (minder gevoelig voor de drukte): zonder ${s(r.withoutFactsheetsCpuMs)}, met ${formatNumber((r.machineCpuMs / r.withoutFactsheetsCpuMs - 1) * 100, 0)}% meer`);
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
