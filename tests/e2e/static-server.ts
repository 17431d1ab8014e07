// The built site (dist/) served on a free port by the project's static server (scripts/serve-dist.mjs),
// with a way to replace files while a page is open. Tests of the service worker's updates use it to
// publish a "new version": Playwright's routing does not reach the browser's own update check of sw.js.
import type { AddressInfo } from 'node:net';
import { serveDist } from '../../scripts/serve-dist.mjs';

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
  const server = await serveDist({ override: (relative: string) => replaced.get(relative) });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    replace: (path, body) => replaced.set(path.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html'), body),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
