import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { originOf, serveDist } from '../../scripts/serve-dist.mjs';
import { scaled } from '../slowdown';
import { searchFor } from './search-box';
import { builtHeading, precacheEntryCount, waitForOfflineCopy } from './service-worker';

// The search index and the service worker are build steps of the Astro build itself
// (src/integrations/), so a build into another folder gets both, in that folder.
test.use({ serviceWorkers: 'allow' });

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `astro build --outDir <outDir>` in the project; rejects with its output when it fails. */
function buildInto(outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const build = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    build.stdout.on('data', (chunk) => {
      output += chunk;
    });
    build.stderr.on('data', (chunk) => {
      output += chunk;
    });
    build.on('error', fail);
    build.on('close', (code) => (code === 0 ? done() : fail(new Error(`astro build failed:\n${output}`))));
  });
}

test('a build with --outDir has search and a working offline copy in that folder', async ({ page, context }) => {
  // One full production build: about 20 s alone, longer on a busy two-core machine.
  test.setTimeout(scaled(300_000));
  const outDir = mkdtempSync(join(tmpdir(), 'out-dir-build-'));
  let server: Server | undefined;
  try {
    await buildInto(outDir);
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(outDir, 'sw.js'))).toBe(true);
    server = await serveDist({ root: outDir });
    const origin = originOf(server);
    const site = pathToFileURL(`${outDir}/`);

    await test.step('search finds the elevator pitch step', async () => {
      await page.goto(`${origin}/`);
      const { results } = await searchFor(page, 'elevator pitch');
      await expect(results.first()).toHaveAttribute('href', /\/steps\/elevator-pitch\//);
    });

    await test.step('the service worker stores the whole site and serves a page offline', async () => {
      await page.goto(`${origin}/steps/repeat/`);
      expect(await waitForOfflineCopy(page)).toBe(precacheEntryCount(site));
      await context.setOffline(true);
      const response = await page.goto(`${origin}/steps/elevator-pitch/`);
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(page.locator('h1').first()).toHaveText(builtHeading('/steps/elevator-pitch/', site));
    });
  } finally {
    await context.setOffline(false);
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    rmSync(outDir, { recursive: true, force: true });
  }
});
