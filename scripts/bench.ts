// `npm run bench`: cold builds of the bundled snapshot and of generated snapshots with 55, 165 and 550
// institutions, each in a fresh process (so peak memory is per build). Prints per size the total and per-stage
// times, peak RSS, pages and charts, and two ratios measured in the same run:
//   (a) total build time ÷ its floors (rendering all charts + one Chromium print of the PDF), target ≤ 1,5;
//   (b) time at 550 institutions ÷ time at 55, target ≤ 10.
// Not a test: machines are noisy, so it reports and never fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEditions } from './generate/index.ts';
import { parseCli, runCli } from './lib/cli.ts';
import { formatDuration, silentLog } from './lib/log.ts';
import { formatNumber } from './lib/nl.ts';
import { build } from './pipeline.ts';
import { locateSnapshot } from './snapshot/locate.ts';

interface Measurement {
  readonly label: string;
  readonly totalMs: number;
  readonly stages: Record<string, number>;
  readonly maxRssMb: number;
  readonly pages: number;
  readonly figures: number;
  readonly pdfPages: number | null;
  /** Figure rendering + the first Chromium print: what the build cannot go below. */
  readonly floorMs: number;
}

const ROOT = join(import.meta.dirname, '..');

await runCli(async () => {
  const { values } = parseCli({ worker: { type: 'string' }, label: { type: 'string' }, sizes: { type: 'string' } });
  if (values.worker) return worker(values.worker, values.label ?? values.worker);

  const scratch = mkdtempSync(join(tmpdir(), 'mbo-bench-'));
  const sizes = (values.sizes ?? '55,165,550').split(',').map(Number);
  const cases: { label: string; dir: string }[] = [{ label: 'meegeleverd', dir: locateSnapshot(undefined) }];
  for (const n of sizes) {
    const root = join(scratch, `n${n}`);
    for (const e of generateEditions({ institutions: n, seed: 2023, edition: 2025, dialect: 'en' })) {
      const dir = join(root, e.name);
      mkdirSync(dir, { recursive: true });
      for (const [file, text] of e.files) writeFileSync(join(dir, file), text);
    }
    cases.push({ label: `${n} instellingen`, dir: join(root, '2025-11-01') });
  }

  const results: Measurement[] = [];
  for (const c of cases) {
    process.stdout.write(`… ${c.label}\n`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench.ts'), '--worker', c.dir, '--label', c.label], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const last = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !last.startsWith('{')) {
      process.stdout.write(`✖ ${c.label}: build mislukt\n${child.stderr}\n`);
      continue;
    }
    results.push(JSON.parse(last) as Measurement);
  }
  rmSync(scratch, { recursive: true, force: true });
  printReport(results);
});

async function worker(snapshotDir: string, label: string): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'mbo-bench-out-'));
  const started = performance.now();
  const summary = await build({ snapshotDir, outDir: join(out, 'site'), log: silentLog, cache: false });
  const totalMs = performance.now() - started;
  const stages = Object.fromEntries(summary.timings.map((t) => [t.stage, t.ms]));
  const measurement: Measurement = {
    label,
    totalMs,
    stages,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    pages: summary.pages,
    figures: summary.figures,
    pdfPages: summary.pdfPages,
    floorMs: (stages.figuren ?? 0) + (summary.pdfPassMs[0] ?? 0),
  };
  rmSync(out, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

function printReport(results: readonly Measurement[]): void {
  const s = (ms: number) => formatDuration(ms);
  const stageNames = [...new Set(results.flatMap((r) => Object.keys(r.stages)))];
  const lines = ['', 'Benchmark (koude builds, elk in een eigen proces)', ''];
  for (const r of results) {
    lines.push(
      `${r.label}: totaal ${s(r.totalMs)}, piekgeheugen ${formatNumber(r.maxRssMb)} MB, ${formatNumber(r.pages)} pagina's, ${formatNumber(r.figures)} figuren, pdf ${r.pdfPages ?? '–'} pagina's`,
      `  stappen: ${stageNames.map((n) => `${n} ${s(r.stages[n] ?? 0)}`).join(' · ')}`,
      `  (a) totaal ÷ (figuren + één pdf-afdruk ${s(r.floorMs)}) = ${formatNumber(r.totalMs / r.floorMs, 2)} (doel ≤ 1,5)`,
    );
  }
  const small = results.find((r) => r.label === '55 instellingen');
  const large = results.find((r) => r.label === '550 instellingen');
  if (small && large) lines.push('', `(b) 550 ÷ 55 instellingen = ${formatNumber(large.totalMs / small.totalMs, 2)} (doel ≤ 10)`);
  const bundled = results.find((r) => r.label === 'meegeleverd');
  if (bundled) {
    lines.push(`Koude build meegeleverde snapshot: ${s(bundled.totalMs)} (doel ≤ 60 s); piekgeheugen ${formatNumber(bundled.maxRssMb)} MB (doel < 2.048 MB).`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
