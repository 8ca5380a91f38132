import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRequestPath, serveStatic } from '../../scripts/lib/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'mbo-serve-'));
mkdirSync(join(root, 'site', 'print'), { recursive: true });
mkdirSync(join(root, 'fonts'));
writeFileSync(join(root, 'site', 'print', 'index.html'), '<p>print</p>');
writeFileSync(join(root, 'fonts', 'a.woff2'), 'font');
writeFileSync(join(root, 'secret.txt'), 'nee');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const site = join(root, 'site');
const mounts = [{ prefix: '/assets/fonts/', dir: join(root, 'fonts') }];

describe('resolveRequestPath', () => {
  it('maps the root and mounts, and refuses paths that leave their folder', () => {
    expect(resolveRequestPath('/print/index.html?x=1', site, mounts)).toBe(join(site, 'print', 'index.html'));
    expect(resolveRequestPath('/assets/fonts/a.woff2', site, mounts)).toBe(join(root, 'fonts', 'a.woff2'));
    expect(resolveRequestPath('/../secret.txt', site, mounts)).toBeNull();
    expect(resolveRequestPath('/%2e%2e/secret.txt', site, mounts)).toBeNull();
    expect(resolveRequestPath('/assets/fonts/..%2f..%2fsecret.txt', site, mounts)).toBeNull();
    expect(resolveRequestPath('/%E0%A4%A', site, mounts)).toBeNull();
  });
});

describe('serveStatic', () => {
  it('serves files with their type on 127.0.0.1, folders by index.html, and 404 otherwise', async () => {
    const server = await serveStatic(site, mounts);
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(`${server.origin}/print/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe('<p>print</p>');
      const font = await fetch(`${server.origin}/assets/fonts/a.woff2`);
      expect(font.headers.get('content-type')).toBe('font/woff2');
      expect((await fetch(`${server.origin}/nope.css`)).status).toBe(404);
      expect((await fetch(`${server.origin}/print/`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
