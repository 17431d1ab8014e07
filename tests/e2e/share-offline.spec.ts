// Shared links open offline (issue 18): the shared page and the code that reads a link are in the
// offline copy, and the link holds everything else.
import { expect, test } from '@playwright/test';
import { pack } from '../../src/share/payload';
import { precacheEntryCount, waitForOfflineCopy } from './service-worker';
import { ORIGIN } from './workbook-fixtures';

// These tests need the service worker that the rest of the suite blocks.
test.use({ serviceWorkers: 'allow' });

test('after one visit, a locked shared link opens offline with its code', async ({ browser }) => {
  const snapshot = {
    sharedAt: '2026-03-05T10:00:00.000Z',
    fullNames: false,
    goals: { wants: ['field'], fields: 'Water quality', organizations: '', questions: '' },
    questions: 'Is the certificate worth it?',
  };
  const link = await pack('locked-share', JSON.stringify(snapshot), 'acorn bagel comet daisy');
  const context = await browser.newContext({ baseURL: ORIGIN, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/');
  expect(await waitForOfflineCopy(page)).toBe(precacheEntryCount());
  await context.setOffline(true);

  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  const response = await page.goto(`/shared/#${link}`);
  expect(response?.fromServiceWorker()).toBe(true);
  await page.getByLabel('Code', { exact: true }).fill('acorn bagel comet daisy');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('.shared-content .shared-view')).toContainText('Is the certificate worth it?');
  expect(failed).toEqual([]);
  await context.close();
});
