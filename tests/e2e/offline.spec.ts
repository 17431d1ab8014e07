import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { findBrowser } from '../../scripts/browser-path.mjs';
import { encodePlan } from '../../src/advisors/codec';
import { targets } from '../fixtures/advisor-e2e';
import { scaled } from '../slowdown';
import { searchFor } from './search-box';
import { builtHeading, precacheEntryCount, waitForOfflineCopy } from './service-worker';
import { sitemapPaths } from './site';
import { ORIGIN, startIslandsOf } from './workbook-fixtures';

// These tests need the service worker that the rest of the suite blocks.
test.use({ serviceWorkers: 'allow' });

/** Same-origin requests that failed on a page (an offline page asking for a file that is not stored). */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
  return failed;
}

/** Opens the site once, waits until its offline copy is stored, then cuts the connection. */
async function visitOnceThenGoOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.goto('/steps/repeat/');
  expect(await waitForOfflineCopy(page)).toBe(precacheEntryCount());
  await context.setOffline(true);
}

/**
 * A browser that visited the site once and is now offline, shared by the page tests of one worker
 * (storing the offline copy takes a while; each page test opens its own tab in it).
 */
const offline = test.extend<object, { offlineBrowser: BrowserContext }>({
  offlineBrowser: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: ORIGIN, serviceWorkers: 'allow' });
      await visitOnceThenGoOffline(await context.newPage(), context);
      await use(context);
      await context.close();
    },
    { scope: 'worker', timeout: scaled(60_000) },
  ],
});

offline.describe('after one visit, offline, every page of the sitemap opens with its own content', () => {
  const paths = sitemapPaths();

  offline('the sitemap lists the pages', () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  for (const path of paths) {
    offline(`${path}`, async ({ offlineBrowser }) => {
      const page = await offlineBrowser.newPage();
      const failed = failedRequests(page);
      const response = await page.goto(path);
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(page.locator('h1').first()).toHaveText(builtHeading(path));
      await expect(page).not.toHaveTitle(/not found/i);
      expect(failed).toEqual([]);
      await page.close();
    });
  }

  offline(
    'a step page printed offline has its QR codes (image files that only printing loads)',
    async ({ offlineBrowser }) => {
      const page = await offlineBrowser.newPage();
      const failed = failedRequests(page);
      await page.goto('/steps/make-contact/');
      await page.emulateMedia({ media: 'print' });
      // The handout footer's code, and a worksheet's own code as it prints when that worksheet prints alone.
      const codes = [page.locator('.print-footer img.qr-code'), page.locator('#outreach .worksheet-qr img')];
      for (const code of codes) {
        await code.evaluate((img) => {
          (img as HTMLImageElement).loading = 'eager';
        });
        await expect.poll(() => code.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      }
      expect(failed).toEqual([]);
      await page.close();
    },
  );

  offline('an old address forwards to its page (the redirect page is stored too)', async ({ offlineBrowser }) => {
    const page = await offlineBrowser.newPage();
    const failed = failedRequests(page);
    await page.goto('/advisor/');
    await expect(page).toHaveURL(/\/advisors\/$/);
    await expect(page.locator('h1').first()).toHaveText(builtHeading('/advisors/'));
    expect(failed).toEqual([]);
    await page.close();
  });
});

test.describe('after one visit, offline', () => {
  test.beforeEach(async ({ page, context }) => visitOnceThenGoOffline(page, context));

  test('an unknown address shows the page-not-found page', async ({ page }) => {
    await page.goto('/no-such-page/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
    await expect(page.getByRole('button', { name: 'Search the guide' })).toBeVisible();
  });

  test('a plan link opens and shows the plan it carries', async ({ page }) => {
    const pitch = targets.find((t) => t.kind === 'worksheet' && t.worksheet === 'pitch-builder');
    const repeat = targets.find((t) => t.kind === 'page' && t.href === '/steps/repeat/');
    if (!pitch || !repeat) throw new Error('link targets missing from link-manifest.json');
    const hash = encodePlan({
      items: [pitch.code, repeat.code],
      note: 'Draft your pitch before we meet.',
      meetingDate: '',
    });
    await page.goto(`/plan/?utm_source=email#${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your plan');
    await expect(page.locator('.plan-note')).toHaveText('Draft your pitch before we meet.');
    await expect(page.locator('.plan-item-link')).toHaveText([pitch.title, repeat.title]);
  });

  test('search finds the elevator pitch step', async ({ page }) => {
    const failed = failedRequests(page);
    await page.goto('/');
    const { dialog, results } = await searchFor(page, 'elevator pitch');
    await expect(results.first()).toHaveAttribute('href', /\/steps\/elevator-pitch\//);
    await expect(dialog.getByRole('status')).toContainText('match');
    expect(failed).toEqual([]);
  });

  test('a worksheet saves what the student types, and it is still there after a reload', async ({ page }) => {
    const worksheet = page.locator('#places-to-meet');
    const notes = worksheet.getByLabel(/Notes on Career fairs/);
    const open = async () => {
      await page.goto('/steps/expand-your-list/#places-to-meet');
      await startIslandsOf(page, 'places-to-meet');
      await expect(worksheet.locator('.save-status')).not.toBeEmpty();
    };
    await open();
    await worksheet.getByRole('checkbox', { name: /Career fairs/ }).check();
    await notes.fill('Typed on the train, with no connection.');
    await expect(worksheet.locator('.save-status')).toHaveText('Saved on this device.');
    await page.reload();
    await open();
    await expect(notes).toHaveValue('Typed on the train, with no connection.');
  });
});

test('the manifest parses without errors and the site is installable', async ({ baseURL }) => {
  // Chromium never offers to install from a private (incognito) context: use a profile on disk.
  const profile = mkdtempSync(join(tmpdir(), 'install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await findBrowser(),
    baseURL,
    serviceWorkers: 'allow',
  });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await waitForOfflineCopy(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    // Each icon is a PNG of the size the manifest gives.
    for (const icon of JSON.parse(manifest.data ?? '{}').icons as Array<{ src: string; sizes: string }>) {
      const png = await (await page.request.get(icon.src)).body();
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
