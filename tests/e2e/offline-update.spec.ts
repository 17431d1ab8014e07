import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { waitForOfflineCopy } from './service-worker';
import { type StaticServer, startStaticServer } from './static-server';

// These tests need the service worker that the rest of the suite blocks. They serve dist/ from
// their own server, to publish a new version of the site while a page is open.
test.use({ serviceWorkers: 'allow' });

const dist = new URL('../../dist/', import.meta.url);
const built = (path: string) => readFileSync(new URL(path, dist), 'utf8');
const NOTE = 'This page comes from the new version of the guide.';

/** Replaces `pattern` in `text`, failing the test when it is not there (the build changed shape). */
function replaceOnce(text: string, pattern: RegExp, by: string): string {
  const changed = text.replace(pattern, by);
  if (changed === text) throw new Error(`${pattern} not found in the built sw.js`);
  return changed;
}

/**
 * Publishes a new version of the site: /steps/make-contact/ gains a note, and sw.js stores that
 * page under a new revision and, when `dropInterviewNotes`, no longer has the interview notes island.
 */
function publishNewVersion(server: StaticServer, { dropInterviewNotes = false } = {}): void {
  const page = 'steps/make-contact/index.html';
  let sw = replaceOnce(built('sw.js'), /(\{url:"steps\/make-contact\/index\.html",revision:")[^"]+/, '$1new-version');
  if (dropInterviewNotes) sw = replaceOnce(sw, /\{url:"_astro\/InterviewNotes\.[^"]+\.js",revision:null\},/, '');
  server.replace(`/${page}`, built(page).replace('</h1>', `</h1><p id="new-version">${NOTE}</p>`));
  server.replace('/sw.js', sw);
}

/** Has the browser check for a new version (as it does on each page load) and waits until it is installed and waiting. */
async function waitForNewVersion(page: Page): Promise<void> {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)))
    .toBe(true);
}

/** Marks the page's document; a reload would lose the mark (see documentMark). */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { testMark: string; controllerChanged: boolean };
    w.testMark = 'same document';
    w.controllerChanged = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      w.controllerChanged = true;
    });
  });
}

/** "same document" while the page has not been reloaded since markDocument, else "reloaded". */
const documentMark = (page: Page) =>
  page.evaluate(() => (window as unknown as { testMark?: string }).testMark ?? 'reloaded');

/** Scrolls a worksheet into view and waits until its island has hydrated and read the workbook. */
async function openWorksheet(page: Page, id: string): Promise<void> {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await expect(page.locator(`#${id} astro-island[ssr]`)).toHaveCount(0);
  await expect(page.locator(`#${id} .save-status`)).not.toBeEmpty();
}

let server: StaticServer;
let context: BrowserContext;

test.beforeEach(async ({ browser }: { browser: Browser }) => {
  server = await startStaticServer();
  context = await browser.newContext({ baseURL: server.origin, serviceWorkers: 'allow' });
});

test.afterEach(async () => {
  await context.close();
  await server.close();
});

test('a new version waits while the student types, reloads nothing, and serves the next page they open', async () => {
  const page = await context.newPage();
  await page.goto('/steps/expand-your-list/#places-to-meet');
  await waitForOfflineCopy(page);
  await openWorksheet(page, 'places-to-meet');
  await markDocument(page);
  const notes = page.locator('#places-to-meet').getByLabel(/Notes on Career fairs/);
  await page
    .locator('#places-to-meet')
    .getByRole('checkbox', { name: /Career fairs/ })
    .check();
  await notes.pressSequentially('Bring copies of ');

  publishNewVersion(server);
  await waitForNewVersion(page);
  await notes.pressSequentially('my CV.');

  await expect(notes).toHaveValue('Bring copies of my CV.');
  await expect(notes).toBeFocused();
  expect(await documentMark(page)).toBe('same document');
  expect(await page.evaluate(() => (window as unknown as { controllerChanged: boolean }).controllerChanged)).toBe(
    false,
  );

  // The next link the student follows opens the new version.
  await page.locator('a[href="/steps/make-contact/"]:visible').first().click();
  await expect(page).toHaveURL(/\/steps\/make-contact\/$/);
  await expect(page.locator('#new-version')).toHaveText(NOTE);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
  ).toBeNull();

  // What was typed before leaving the page was kept.
  await page.goto('/steps/expand-your-list/#places-to-meet');
  await openWorksheet(page, 'places-to-meet');
  await expect(notes).toHaveValue('Bring copies of my CV.');
});

test('with another window open, the old version stays; when the new one takes over, no page reloads and old pages still load their islands offline', async () => {
  const typing = await context.newPage();
  await typing.goto('/steps/expand-your-list/#places-to-meet');
  await waitForOfflineCopy(typing);
  await openWorksheet(typing, 'places-to-meet');
  await markDocument(typing);
  const notes = typing.locator('#places-to-meet').getByLabel(/Notes on Career fairs/);
  await typing
    .locator('#places-to-meet')
    .getByRole('checkbox', { name: /Career fairs/ })
    .check();
  await notes.pressSequentially('Bring copies ');

  publishNewVersion(server, { dropInterviewNotes: true });
  await waitForNewVersion(typing);

  // A link followed in another window opens the old version: the typing window still uses it.
  const other = await context.newPage();
  await other.goto('/');
  await other.locator('a[href="/steps/make-contact/"]:visible').first().click();
  await expect(other).toHaveURL(/\/steps\/make-contact\/$/);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Make contact');
  await expect(other.locator('#new-version')).toHaveCount(0);
  expect(await other.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
    true,
  );
  // Its interview notes, far down the page, have not been loaded yet (islands load when seen).
  await expect(other.locator('#interview-notes astro-island[ssr]')).toHaveCount(1);

  // The new version takes over while the student is typing (as when another window tells it to).
  await other.evaluate(async () =>
    (await navigator.serviceWorker.getRegistration())?.waiting?.postMessage({ type: 'SKIP_WAITING' }),
  );
  await expect
    .poll(() => typing.evaluate(() => (window as unknown as { controllerChanged: boolean }).controllerChanged))
    .toBe(true);
  await notes.pressSequentially('of my CV.');
  await expect(notes).toHaveValue('Bring copies of my CV.');
  expect(await documentMark(typing)).toBe('same document');

  // The old page still gets the island that the new version no longer stores, even offline.
  await context.setOffline(true);
  await other.locator('#interview-notes').scrollIntoViewIfNeeded();
  await expect(other.locator('#interview-notes astro-island[ssr]')).toHaveCount(0);
});

test('turning the offline mode off removes the worker and its copy of the site, and reloads nothing', async () => {
  const page = await context.newPage();
  await page.goto('/steps/expand-your-list/');
  await waitForOfflineCopy(page);
  await markDocument(page);
  // What `PUBLIC_SERVICE_WORKER=off npm run build` writes as sw.js.
  server.replace(
    '/sw.js',
    readFileSync(new URL('../../src/integrations/offline/sw-retire.js', import.meta.url), 'utf8'),
  );
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  expect(await documentMark(page)).toBe('same document');
  // The next page comes from the network.
  const response = await page.goto('/steps/repeat/');
  expect(response?.fromServiceWorker()).toBe(false);
});
