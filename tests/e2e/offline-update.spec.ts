import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { timeoutFor } from '../slowdown';
import { builtHeading, waitForOfflineCopy } from './service-worker';
import { type StaticServer, startStaticServer } from './static-server';
import { startIslandsOf } from './workbook-fixtures';

// These tests need the service worker that the rest of the suite blocks. They serve dist/ from
// their own server, to publish a new version of the site while a page is open.
// The rule they check: a new version waits, as browsers do by default, until no window of the
// guide is open any more. Nothing tells it to take over sooner, so no page is reloaded for it and
// no link the student follows ever waits for it.
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

/** Whether a new version is installed and waiting, as the page sees it. */
const hasWaitingVersion = (page: Page) =>
  page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

/** Has the browser check for a new version (as it does on each page load) and waits until it is installed and waiting. */
async function waitForNewVersion(page: Page): Promise<void> {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect.poll(() => hasWaitingVersion(page)).toBe(true);
}

/** Marks the page's document and notes when another worker takes it over; a reload would lose the mark. */
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

/** Whether another worker took the page over since markDocument. */
const controllerChanged = (page: Page) =>
  page.evaluate(() => (window as unknown as { controllerChanged: boolean }).controllerChanged);

/** Scrolls a worksheet into view and waits until its island has hydrated and read the workbook. */
async function openWorksheet(page: Page, id: string): Promise<void> {
  await startIslandsOf(page, id);
  await expect(page.locator(`#${id} .save-status`)).not.toBeEmpty();
}

/** Reloads the page as Ctrl+Shift+R does: around the service worker, which then does not control it. */
async function hardReload(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const loaded = page.waitForEvent('load');
  await cdp.send('Page.reload', { ignoreCache: true });
  await loaded;
  await cdp.detach();
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
}

/** Follows the first visible link to /steps/make-contact/ and waits until that page has loaded. */
async function followLinkToMakeContact(page: Page): Promise<void> {
  await page.locator('a[href="/steps/make-contact/"]:visible').first().click();
  await expect(page).toHaveURL(/\/steps\/make-contact\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make contact');
}

let server: StaticServer;
let context: BrowserContext;

test.beforeEach(async ({ browser }: { browser: Browser }) => {
  // Each test stores the offline copy of the whole site (about 2 MB) and then installs a second
  // version (offline.spec.ts gives storing the copy alone 60 s on a quiet machine).
  test.setTimeout(timeoutFor(2, 30_000));
  server = await startStaticServer();
  context = await browser.newContext({ baseURL: server.origin, serviceWorkers: 'allow' });
});

test.afterEach(async () => {
  await context.close();
  await server.close();
});

test('a new version waits while the student types, reloads nothing, and the links they follow open at once', async () => {
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
  expect(await controllerChanged(page)).toBe(false);

  // The next link opens at once, from the version in use: this window is still open, so the new one waits.
  await followLinkToMakeContact(page);
  await expect(page.locator('#new-version')).toHaveCount(0);
  expect(await hasWaitingVersion(page)).toBe(true);

  // What was typed before leaving the page was kept.
  await page.goBack();
  await expect(page).toHaveURL(/\/steps\/expand-your-list\//);
  await openWorksheet(page, 'places-to-meet');
  await expect(notes).toHaveValue('Bring copies of my CV.');
});

test('the new version arrives once no window of the guide is open, and then works offline', async () => {
  const first = await context.newPage();
  await first.goto('/steps/expand-your-list/');
  await waitForOfflineCopy(first);
  const second = await context.newPage();
  await second.goto('/');
  await waitForOfflineCopy(second);

  publishNewVersion(server);
  await waitForNewVersion(first);

  // One window closes; the other is still open, so the old version stays.
  await first.close();
  await followLinkToMakeContact(second);
  await expect(second.locator('#new-version')).toHaveCount(0);
  expect(await hasWaitingVersion(second)).toBe(true);

  // The last window closes: the next visit opens the new version.
  await second.close();
  const next = await context.newPage();
  await next.goto('/steps/make-contact/');
  await expect(next.locator('#new-version')).toHaveText(NOTE);
  expect(await hasWaitingVersion(next)).toBe(false);
  expect(await next.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

  // The new version stored the site: offline, its pages still open, the new page included.
  await context.setOffline(true);
  const response = await next.goto('/steps/repeat/');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(next.getByRole('heading', { level: 1 })).toHaveText(builtHeading('/steps/repeat/'));
  await next.goto('/steps/make-contact/');
  await expect(next.locator('#new-version')).toHaveText(NOTE);
});

test('a page of the old version that the new version takes over keeps what is typed and still loads its islands offline', async () => {
  // A hard reload (Ctrl+Shift+R) loads a page around the worker. Nothing then holds the old version
  // back, so a new version takes such pages over as soon as it is installed (as some browsers also
  // do with pages they restore from the back/forward cache).
  const typing = await context.newPage();
  await typing.goto('/steps/expand-your-list/#places-to-meet');
  await waitForOfflineCopy(typing);
  await hardReload(typing);
  await openWorksheet(typing, 'places-to-meet');
  await markDocument(typing);
  const notes = typing.locator('#places-to-meet').getByLabel(/Notes on Career fairs/);
  await typing
    .locator('#places-to-meet')
    .getByRole('checkbox', { name: /Career fairs/ })
    .check();
  await notes.pressSequentially('Bring copies ');

  const old = await context.newPage();
  await old.goto('/steps/make-contact/');
  await hardReload(old);
  await markDocument(old);
  // Its interview notes (five islands), far down the page, have not been loaded yet (islands load when seen).
  await expect(old.locator('#interview-notes astro-island[ssr]')).toHaveCount(5);

  publishNewVersion(server, { dropInterviewNotes: true });
  await typing.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect.poll(() => controllerChanged(typing)).toBe(true);
  await expect.poll(() => controllerChanged(old)).toBe(true);

  // Nothing was reloaded, and the student goes on typing.
  await notes.pressSequentially('of my CV.');
  await expect(notes).toHaveValue('Bring copies of my CV.');
  expect(await documentMark(typing)).toBe('same document');
  expect(await documentMark(old)).toBe('same document');

  // The old page still gets the island that the new version no longer stores, even offline and
  // once the browser's HTTP cache has dropped it (as phones short of space do).
  const cdp = await context.newCDPSession(old);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  await context.setOffline(true);
  await startIslandsOf(old, 'interview-notes');
});

test('turning the offline mode off reloads nothing; once no window of the guide is open, the worker and its copy are gone', async () => {
  const page = await context.newPage();
  await page.goto('/steps/expand-your-list/');
  await waitForOfflineCopy(page);
  await markDocument(page);
  // What `PUBLIC_SERVICE_WORKER=off npm run build` writes as sw.js. It waits like any new version.
  server.replace(
    '/sw.js',
    readFileSync(new URL('../../src/integrations/offline/sw-retire.js', import.meta.url), 'utf8'),
  );
  await waitForNewVersion(page);
  expect(await documentMark(page)).toBe('same document');
  expect(await controllerChanged(page)).toBe(false);
  // While a window is open, links open at once and the stored copy stays.
  await followLinkToMakeContact(page);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  await page.close();

  // The next visit comes from the network, and the worker and its copy of the site are gone.
  const next = await context.newPage();
  const response = await next.goto('/steps/repeat/');
  expect(response?.fromServiceWorker()).toBe(false);
  await expect.poll(() => next.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await expect.poll(() => next.evaluate(async () => (await caches.keys()).length)).toBe(0);
});
