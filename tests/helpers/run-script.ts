// Test helper: run an npm entry point (scripts/*.ts) the way an editor does, capturing output and exit code.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
