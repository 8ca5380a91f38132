// `npx tsx tests/report/measure-shapes.ts [snapshot folder] [top]`: the most frequent sentence shapes per chapter of
// an edition's Report (default: the bundled edition data/snapshots/2025-11-01), most frequent first.
import { join, resolve } from 'node:path';
import { editionReport } from '../helpers/report.ts';
import { chapterShapes } from './shapes.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = resolve(process.argv[2] ?? join(ROOT, 'data', 'snapshots', '2025-11-01'));
const top = Number(process.argv[3] ?? 25);
const { report, results } = editionReport(dir);

const rows = chapterShapes(report, results).flatMap((u) => [...u.shapes].map(([shape, list]) => ({ unit: u.unit, shape, list })));
rows.sort((a, b) => b.list.length - a.list.length);
const over = rows.filter((r) => r.list.length > 3);
process.stdout.write(`${over.length} vormen komen vaker dan drie keer voor in één hoofdstuk (of pagina); samen ${over.reduce((n, r) => n + r.list.length, 0)} zinnen\n\n`);
for (const r of rows.slice(0, top)) process.stdout.write(`${String(r.list.length).padStart(4)}  [${r.unit}] ${r.shape}\n      bv. ${r.list[0]}\n`);
