import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { editionReport } from './helpers/report.ts';
import { factsheetDocument } from '../scripts/pdf/factsheet.ts';
import { typesetFactsheet } from '../scripts/pdf/factsheet-job.ts';
import { readPdfs } from '../scripts/pdf/inspect.ts';
import { factsheetParagraphs } from '../scripts/prose/types.ts';
const { report } = editionReport(join(import.meta.dirname, '..', 'data', 'snapshots', '2025-11-01'));
mkdirSync('/tmp/fs', { recursive: true });
const cpu0 = process.cpuUsage(); let t0 = performance.now();
const files: string[] = []; let typ = 0;
for (const f of report.factsheets) {
  const file = `/tmp/fs/${f.institutionId}.pdf`; files.push(file);
  const r = typesetFactsheet({ id: f.institutionId, file, document: factsheetDocument(f, report.edition), paragraphs: factsheetParagraphs(f.prose), synthetic: true, date: report.edition.referenceDate });
  typ += r.ms;
}
const cpu1 = process.cpuUsage(cpu0);
console.log('typeset 55: wall', Math.round(performance.now() - t0), 'ms; typst ms', Math.round(typ), 'cpu', Math.round((cpu1.user + cpu1.system) / 1000));
t0 = performance.now();
await readPdfs(files);
console.log('readPdfs 55 (one shell): wall', Math.round(performance.now() - t0));
