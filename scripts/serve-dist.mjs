// A small static server for the built site (dist/), like a real host: gzip or brotli when the
// browser accepts it, the right content types, index.html for folders, and the site's 404 page.
// The bench, Lighthouse and the browser tests use it; `npx node scripts/serve-dist.mjs [port] [folder]`
// serves by hand (port 4321 and dist/ by default).
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  // Pagefind's index and WebAssembly files are gzipped by Pagefind itself; its script unpacks them.
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
};

/** The Content-Type header for a file, from its extension (binary when unknown). */
export function contentTypeOf(file) {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether a response of this Content-Type is worth compressing (text, JSON, SVG, WebAssembly). */
export function isCompressible(contentType) {
  const type = contentType.split(';')[0].trim();
  return (
    type.startsWith('text/') ||
    ['application/json', 'application/manifest+json', 'application/xml', 'application/wasm', 'image/svg+xml'].includes(
      type,
    )
  );
}

/** The encoding to send for an Accept-Encoding header: 'br' before 'gzip', honouring q=0; undefined for none. */
export function pickEncoding(acceptEncoding = '') {
  const weights = new Map();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isNaN(weight) ? 0 : weight);
  }
  const accepted = (name) => (weights.has(name) ? weights.get(name) : (weights.get('*') ?? 0)) > 0;
  return ['br', 'gzip'].find(accepted);
}

/**
 * The file a request target asks for, relative to the site folder ('index.html' for a path ending
 * in '/'), or null when it is malformed or tries to leave the folder ('..', NUL, backslashes).
 */
export function resolveRequestPath(target) {
  const path = target.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/')) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative = segments.filter((s) => s !== '').join('/');
  return decoded.endsWith('/') ? (relative ? `${relative}/index.html` : 'index.html') : relative;
}

/** Cache-Control for a file: Astro's hashed assets never change, everything else is checked each time. */
export function cacheControlOf(relative) {
  return relative.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Brotli's quality when none is asked for: quick enough to compress on the fly, as CDNs do (the
 * highest, 11, takes about 10 s of CPU for the whole site; Lighthouse asks for it).
 */
const QUICK_BROTLI = 5;

/** Bytes compressed with 'br' (at `brotliQuality`) or 'gzip' (at its highest level). */
function pack(body, encoding, brotliQuality) {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality } })
    : gzipSync(body, { level: 9 });
}

/** A compressed copy of a file's bytes, cached by file, encoding and modification time. */
function compressor(brotliQuality) {
  const cache = new Map();
  return (file, mtimeMs, body, encoding) => {
    const key = `${encoding}:${mtimeMs}:${file}`;
    let packed = cache.get(key);
    if (!packed) {
      packed = pack(body, encoding, brotliQuality);
      cache.set(key, packed);
    }
    return packed;
  };
}

/** The stat of a path, or undefined when it does not exist. */
async function statOf(path) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/**
 * Starts serving a built site folder (dist/ by default); resolves to the listening http.Server.
 * `override(relative)` may return the text or bytes to send instead of a file ("sw.js",
 * "steps/repeat/index.html"): tests publish a new version of the site that way. `brotliQuality`
 * 11 compresses as a host that packs its files ahead of time (slow; the Lighthouse bench uses it).
 * @param {{ root?: string, port?: number, host?: string, brotliQuality?: number, override?: (relative: string) => string | Buffer | undefined }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export async function serveDist({
  root = DIST,
  port = 0,
  host = '127.0.0.1',
  brotliQuality = QUICK_BROTLI,
  override = () => undefined,
} = {}) {
  const base = resolve(root);
  const compress = compressor(brotliQuality);

  const send = async (req, res, status, file, relative) => {
    const replaced = override(relative);
    const info = replaced === undefined ? await statOf(file) : undefined;
    const body = replaced === undefined ? await readFile(file) : Buffer.from(replaced);
    const type = contentTypeOf(file);
    const headers = { 'content-type': type, 'cache-control': cacheControlOf(relative) };
    let payload = body;
    if (isCompressible(type)) {
      headers.vary = 'Accept-Encoding';
      const encoding = pickEncoding(req.headers['accept-encoding']);
      if (encoding) {
        payload =
          replaced === undefined
            ? compress(file, info?.mtimeMs ?? 0, body, encoding)
            : pack(body, encoding, brotliQuality);
        headers['content-encoding'] = encoding;
      }
    }
    headers['content-length'] = String(payload.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
  };

  const notFound = async (req, res) => {
    const page = join(base, '404.html');
    if (await statOf(page)) return send(req, res, 404, page, '404.html');
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' });
        res.end();
        return;
      }
      const target = req.url ?? '/';
      const relative = resolveRequestPath(target);
      if (relative === null) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Bad request');
        return;
      }
      const file = join(base, relative);
      if (file !== base && !file.startsWith(base + sep)) return notFound(req, res);
      if (override(relative) !== undefined) return send(req, res, 200, file, relative);
      const info = await statOf(file);
      if (info?.isDirectory()) {
        const [path, query = ''] = target.split(/\?(.*)/s, 2);
        res.writeHead(301, { location: `${path}/${query ? `?${query}` : ''}` });
        res.end();
        return;
      }
      if (!info?.isFile()) return notFound(req, res);
      await send(req, res, 200, file, relative);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(error instanceof Error ? error.message : 'Server error');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  return server;
}

/** The http://host:port origin a server started by serveDist() listens on. */
export function originOf(server) {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The server is not listening on a TCP port.');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [port = '4321', folder = DIST] = process.argv.slice(2);
  const server = await serveDist({ port: Number(port), root: folder });
  console.log(`Serving ${folder} on ${originOf(server)} (Ctrl+C stops it).`);
}
