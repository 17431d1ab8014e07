import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cacheControlOf,
  contentTypeOf,
  isCompressible,
  originOf,
  pickEncoding,
  resolveRequestPath,
  serveDist,
} from './serve-dist.mjs';

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['_astro/page.Bx1.js', 'text/javascript; charset=utf-8'],
    ['_astro/index.C2.css', 'text/css; charset=utf-8'],
    ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['pagefind/index/en_1.pf_index', 'application/octet-stream'],
    ['pagefind/fragment/en_2.pf_fragment', 'application/octet-stream'],
    ['pagefind/pagefind.en_3.pf_meta', 'application/octet-stream'],
    ['engine.wasm', 'application/wasm'],
    ['favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['icon-192.PNG', 'image/png'],
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['sitemap-index.xml', 'application/xml; charset=utf-8'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});

describe('isCompressible', () => {
  it('compresses text, JSON, SVG, manifests and WebAssembly', () => {
    for (const type of ['text/html; charset=utf-8', 'application/json', 'image/svg+xml', 'application/wasm']) {
      expect(isCompressible(type), type).toBe(true);
    }
  });

  it('leaves images and Pagefind’s already gzipped files alone', () => {
    for (const type of ['image/png', 'application/octet-stream', 'font/woff2']) {
      expect(isCompressible(type), type).toBe(false);
    }
  });
});

describe('pickEncoding', () => {
  it('prefers brotli when both are accepted', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
  });

  it('falls back to gzip, and to nothing', () => {
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('deflate')).toBeUndefined();
    expect(pickEncoding('')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });

  it('honours q=0 and the * wildcard', () => {
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('br;q=0, *;q=0.5')).toBe('gzip');
  });
});

describe('resolveRequestPath', () => {
  it('maps folders to their index.html', () => {
    expect(resolveRequestPath('/')).toBe('index.html');
    expect(resolveRequestPath('/steps/follow-up/')).toBe('steps/follow-up/index.html');
    expect(resolveRequestPath('/workbook/?from=plan#top')).toBe('workbook/index.html');
  });

  it('maps files to themselves, decoding the path', () => {
    expect(resolveRequestPath('/_astro/client.Ab1.js?v=2')).toBe('_astro/client.Ab1.js');
    expect(resolveRequestPath('/a%20file.txt')).toBe('a file.txt');
    expect(resolveRequestPath('/steps')).toBe('steps');
  });

  it('refuses paths that try to leave the folder', () => {
    for (const target of [
      '/../etc/passwd',
      '/steps/../../etc/passwd',
      '/%2e%2e/etc/passwd',
      '/steps/..%2F..%2Fetc%2Fpasswd',
      '/..%5C..%5Cwindows',
      '/file%00.html',
      '/./index.html',
    ]) {
      expect(resolveRequestPath(target), target).toBeNull();
    }
  });

  it('refuses malformed targets', () => {
    expect(resolveRequestPath('/%E0%A4%A')).toBeNull();
    expect(resolveRequestPath('http://elsewhere.example/')).toBeNull();
    expect(resolveRequestPath('*')).toBeNull();
  });
});

describe('cacheControlOf', () => {
  it('caches Astro’s hashed assets for a year and revalidates everything else', () => {
    expect(cacheControlOf('_astro/page.Bx1.js')).toContain('immutable');
    expect(cacheControlOf('index.html')).toBe('no-cache');
    expect(cacheControlOf('pagefind/pagefind.js')).toBe('no-cache');
  });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET (no URL normalisation, so '..' reaches the server as typed). */
function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serveDist', () => {
  let parent: string;
  let site: string;
  let server: Server;
  let origin: string;
  const page = `<!doctype html><title>Home</title>${'<p>Networking is talking to people.</p>'.repeat(50)}`;

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'serve-dist-'));
    site = join(parent, 'dist');
    mkdirSync(join(site, 'steps/follow-up'), { recursive: true });
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'index.html'), page);
    writeFileSync(join(site, 'steps/follow-up/index.html'), '<!doctype html><title>Follow up</title>');
    writeFileSync(join(site, '404.html'), '<!doctype html><title>Page not found</title>');
    writeFileSync(join(site, 'pagefind/wasm.en.pagefind'), Buffer.from([1, 2, 3, 4]));
    writeFileSync(join(parent, 'outside.txt'), 'secret');
    server = await serveDist({ root: site });
    origin = originOf(server);
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(parent, { recursive: true, force: true });
  });

  it('serves a folder’s index.html, brotli-compressed when accepted', async () => {
    const reply = await get(origin, '/', { 'accept-encoding': 'gzip, br' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(reply.body.length).toBeLessThan(page.length);
    expect(brotliDecompressSync(reply.body).toString()).toBe(page);
  });

  it('sends gzip to a browser that accepts only gzip, and plain bytes to one that accepts neither', async () => {
    const gz = await get(origin, '/', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page);
    const plain = await get(origin, '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it('does not compress Pagefind’s own gzipped files again', async () => {
    const reply = await get(origin, '/pagefind/wasm.en.pagefind', { 'accept-encoding': 'gzip, br' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect([...reply.body]).toEqual([1, 2, 3, 4]);
  });

  it('redirects a folder without its trailing slash, keeping the query', async () => {
    const reply = await get(origin, '/steps/follow-up?x=1');
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('/steps/follow-up/?x=1');
  });

  it('answers a missing page with the site’s 404 page and status 404', async () => {
    const reply = await get(origin, '/no-such-page/');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('Page not found');
  });

  it('refuses to read outside the folder', async () => {
    for (const path of ['/../outside.txt', '/..%2Foutside.txt', '/dist/../../outside.txt']) {
      const reply = await get(origin, path);
      expect(reply.status, path).toBe(400);
      expect(reply.body.toString(), path).not.toContain('secret');
    }
  });
});

describe('serveDist with replaced files', () => {
  let site: string;
  let server: Server;
  let origin: string;
  const replaced = new Map<string, string>([
    ['sw.js', '// the new version'],
    ['steps/new/index.html', '<!doctype html><title>New page</title>'],
  ]);

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'serve-dist-override-'));
    writeFileSync(join(site, 'sw.js'), '// the built version');
    writeFileSync(join(site, '404.html'), '<!doctype html><title>Page not found</title>');
    server = await serveDist({ root: site, override: (relative) => replaced.get(relative) });
    origin = originOf(server);
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(site, { recursive: true, force: true });
  });

  it('sends the replacement instead of the file, compressed like any other', async () => {
    const reply = await get(origin, '/sw.js', { 'accept-encoding': 'gzip' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(gunzipSync(reply.body).toString()).toBe('// the new version');
  });

  it('serves a replaced page that the folder does not have', async () => {
    const reply = await get(origin, '/steps/new/');
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toContain('New page');
    expect((await get(origin, '/steps/other/')).status).toBe(404);
  });
});
