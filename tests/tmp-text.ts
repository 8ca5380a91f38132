import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { editionReport } from './helpers/report.ts';
import { reportText } from './helpers/report-text.ts';
const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'data', 'snapshots', '2025-11-01');
const { report } = editionReport(dir);
writeFileSync(process.argv[3] ?? '/tmp/bundled-text.txt', reportText(report));
