// The TypeScript types are part of the contract between stages: the whole project must type-check.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('type-checks without errors (tsc --noEmit)', () => {
  const root = join(import.meta.dirname, '..');
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', join(root, 'tsconfig.json')], {
    encoding: 'utf8',
    cwd: root,
  });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
}, 180_000);
