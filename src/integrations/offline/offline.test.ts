import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HookParameters } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempFolders } from '../temp-folders';
import { offline } from './index';

const folders = tempFolders('offline-');
afterEach(() => {
  vi.unstubAllEnvs();
  folders.removeAll();
});

/** Runs the integration's hooks as Astro does, for a project in `root` built into `site`; resolves to what it logged. */
async function build(root: string, site: string): Promise<string[]> {
  const { hooks } = offline();
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) };
  await hooks['astro:config:done']?.({
    config: { root: pathToFileURL(`${root}/`) },
  } as unknown as HookParameters<'astro:config:done'>);
  await hooks['astro:build:done']?.({
    dir: pathToFileURL(`${site}/`),
    logger,
  } as unknown as HookParameters<'astro:build:done'>);
  return logged;
}

/** A built site's pages, scripts, styles and manifest, without its search index and icons. */
const PAGES_AND_SCRIPTS = {
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Not found</h1>',
  '_astro/page.Ab12.js': 'console.log(1);',
  '_astro/page.Cd34.css': 'p{}',
  'manifest.webmanifest': '{}',
};
/** The search index, icons and printed QR codes that, with PAGES_AND_SCRIPTS, make a site the worker can store whole. */
const SEARCH_AND_ICONS = {
  'pagefind/pagefind.js': '',
  'pagefind/pagefind-worker.js': '',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/en.pf_meta': '',
  'pagefind/wasm.en.pagefind': '',
  'pagefind/index/en.pf_index': '',
  'pagefind/fragment/en.pf_fragment': '',
  'favicon.svg': '<svg/>',
  'apple-touch-icon.png': '',
  'icons/icon-192.png': '',
  'qr/qr-steps-repeat-dashboard.svg': '<svg/>',
};

describe('offline', () => {
  it('writes the worker that removes the offline copy when .env says PUBLIC_SERVICE_WORKER=off', async () => {
    vi.stubEnv('PUBLIC_SERVICE_WORKER', undefined);
    const root = folders.with({ '.env': 'PUBLIC_SERVICE_WORKER=off\n' });
    const site = folders.with({ 'index.html': '<h1>Home</h1>' });
    const logged = await build(root, site);
    const retire = readFileSync(new URL('./sw-retire.js', import.meta.url), 'utf8');
    expect(readFileSync(join(site, 'sw.js'), 'utf8')).toBe(retire);
    expect(logged).toEqual([`Turned off (PUBLIC_SERVICE_WORKER=off): ${site}/sw.js removes the offline copy.`]);
  });

  it('writes a worker that stores the site and never makes a new version take over at once', async () => {
    vi.stubEnv('PUBLIC_SERVICE_WORKER', '');
    const root = folders.with({});
    const site = folders.with({ ...PAGES_AND_SCRIPTS, ...SEARCH_AND_ICONS });
    const logged = await build(root, site);
    expect(logged).toEqual([expect.stringMatching(/sw\.js precaches 16 files, /)]);
    const worker = readFileSync(join(site, 'sw.js'), 'utf8');
    expect(worker).toContain('importScripts("sw-previous-files.js")');
    expect(readFileSync(join(site, 'sw-previous-files.js'), 'utf8')).toContain("'networking-guide-previous'");
    expect(worker).toContain('self.clients.claim()');
    expect(worker).not.toContain('skipWaiting');
    expect(worker).not.toContain('SKIP_WAITING');
  }, 60_000);

  it('fails the build, naming what is missing, when the site lacks files it needs offline', async () => {
    vi.stubEnv('PUBLIC_SERVICE_WORKER', '');
    const root = folders.with({});
    const site = folders.with(PAGES_AND_SCRIPTS);
    await expect(build(root, site)).rejects.toThrow(
      'Could not write the service worker. The service worker would not store:\n- the search script (pagefind/pagefind.js)',
    );
  }, 60_000);
});
