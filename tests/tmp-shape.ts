import { join } from 'node:path';
import { editionReport } from './helpers/report.ts';
import { chapterShapes } from './report/shapes.ts';
const { report, results } = editionReport(process.argv[2] ?? join(import.meta.dirname, '..', 'data', 'snapshots', '2025-11-01'));
for (const u of chapterShapes(report, results)) for (const [shape, list] of u.shapes) if (list.length > 3) console.log(u.unit, shape, '\n  ' + list.join('\n  '));
