// `npx tsx tests/corpus/write.ts <map>`: write every corpus case as a snapshot folder (with the previous
// edition beside it) under <map>/<case>/, to try them with `npm run check -- --snapshot <map>/<case>/2025-11-01`.
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyFixture } from '../helpers/snapshot-copy.ts';
import { CASES } from './cases.ts';
import { ROUND_TWO } from './round-two.ts';

const ALL_CASES = [...CASES, ...ROUND_TWO];

const out = resolve(process.argv[2] ?? 'corpus');
for (const c of ALL_CASES) {
  const copy = copyFixture();
  c.make(copy);
  mkdirSync(join(out, c.name), { recursive: true });
  cpSync(copy.root, join(out, c.name), { recursive: true });
  copy.remove();
  process.stdout.write(`${c.name}: ${c.read ? 'gelezen' : 'afgekeurd'} — ${c.shape}\n`);
}
