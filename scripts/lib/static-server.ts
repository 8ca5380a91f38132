// A tiny static file server on 127.0.0.1, for printing the PDF and for the checks and tests in Chromium.
// Serving over http rather than file:// gives pages the same root-relative URLs as the published site
// (/assets/css/…, /pagefind/…) and one origin to allow, exactly as the CSP 'self' expects.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** A URL prefix served from a folder, e.g. `/assets/fonts/` → node_modules/@fontsource/source-sans-3/files. */
export interface Mount {
  readonly prefix: string;
  readonly dir: string;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/**
 * Map a request path to a file: the longest matching mount wins, then the root. Returns null for paths that
 * would leave their folder (`..`, encoded or not) or are malformed.
 */
export function resolveRequestPath(urlPath: string, root: string, mounts: readonly Mount[]): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  if (!path.startsWith('/') || path.includes('\0')) return null;
  const mount = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).find((m) => path.startsWith(m.prefix));
  const base = resolve(mount ? mount.dir : root);
  const rest = mount ? path.slice(mount.prefix.length) : path.slice(1);
  const file = resolve(join(base, rest));
  if (file !== base && !file.startsWith(base + sep)) return null;
  return file;
}

function fileFor(path: string | null): string | null {
  if (!path) return null;
  try {
    const stat = statSync(path);
    if (stat.isFile()) return path;
    if (stat.isDirectory()) return fileFor(join(path, 'index.html'));
  } catch {
    // missing: answered with 404
  }
  return null;
}

function handle(root: string, mounts: readonly Mount[], req: IncomingMessage, res: ServerResponse): void {
  const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(resolveRequestPath(req.url ?? '/', root, mounts)) : null;
  if (!file) {
    res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405, { 'content-type': 'text/plain' });
    res.end('niet gevonden');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** Start serving `root` (plus mounts) on a free port of 127.0.0.1; `close()` stops it and its connections. */
export async function serveStatic(root: string, mounts: readonly Mount[] = []): Promise<StaticServer> {
  const server = createServer((req, res) => handle(root, mounts, req, res));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
