// A small static web server for dist/, like a static host, on a free port. Tests of the service
// worker's updates use it to publish a "new version" (some files replaced) while a page is open:
// Playwright's routing does not reach the browser's own update check of sw.js.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server: its origin, a way to replace files (publish a new version) and to stop it. */
export interface StaticServer {
  origin: string;
  /** From now on, serve `body` at `path` ("/sw.js") instead of the built file. */
  replace(path: string, body: string): void;
  close(): Promise<void>;
}

/** Starts a server for dist/ on 127.0.0.1 and a port the system picks. */
export async function startStaticServer(): Promise<StaticServer> {
  const replaced = new Map<string, string>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    const send = (status: number, body: string | Buffer, type: string) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
      response.end(body);
    };
    const swap = replaced.get(path.endsWith('/') ? `${path}index.html` : path);
    if (swap !== undefined) return send(200, swap, TYPES[extname(file)] ?? 'text/html; charset=utf-8');
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      return send(404, readFileSync(join(dist, '404.html')), TYPES['.html'] ?? '');
    }
    return send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    replace: (path, body) => replaced.set(path, body),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
