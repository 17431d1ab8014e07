// The workbook engine in a real browser: saving, reloading, blocked, full, damaged and newer storage,
// persistence, text typed before hydration, layout stability and the live status line.
import { expect, type Page, test } from '@playwright/test';
import {
  addPerson,
  blockStorage,
  CHECK_KEY,
  contact,
  contextWithWorkbook,
  downloadText,
  fillStorage,
  freeStorage,
  holdBack,
  KEY,
  layoutShift,
  manyContacts,
  NETWORK_MAP,
  networkMap,
  openNetworkMap,
  openWorkbookPage,
  seededContext,
  shownNames,
  storageEntries,
  storedNames,
  storedRaw,
  UNREADABLE_PREFIX,
  waitForHydration,
  workbook,
} from './workbook-fixtures';

const statusLine = (page: Page) => networkMap(page).locator('.save-status');
const notices = (page: Page) => networkMap(page).locator('.notice');

/** Records the order of localStorage writes (keys only) in `window.__writes`. */
const recordWrites = () => {
  const w = window as unknown as { __writes: string[] };
  w.__writes = [];
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    w.__writes.push(key);
    return original.call(this, key, value);
  };
};

test('people added on the network map are there after a reload and on My workbook', async ({ page }) => {
  await openNetworkMap(page);
  await addPerson(page, 'Ana Souza');
  await addPerson(page, 'Ben Okafor');
  await expect(statusLine(page)).toHaveText('Saved on this device.');
  await expect.poll(() => storedNames(page)).toEqual(['Ana Souza', 'Ben Okafor']);

  await page.reload();
  await page.locator('#network-map').scrollIntoViewIfNeeded();
  await waitForHydration(page);
  await expect(shownNames(page)).toHaveText(['Ana Souza', 'Ben Okafor']);

  await openWorkbookPage(page);
  const step1 = page.locator('.wb-section').first();
  await expect(step1.locator('li strong')).toHaveText(['Ana Souza', 'Ben Okafor']);
});

test('when storage is blocked the worksheet works in memory and offers a backup download', async ({ browser }) => {
  const context = await browser.newContext();
  await blockStorage(context);
  const page = await context.newPage();
  await openNetworkMap(page);
  const notice = notices(page).filter({ hasText: 'blocking storage' });
  await expect(notice).toContainText('kept only while this page is open');
  await expect(notice).toBeVisible();

  await addPerson(page, 'Ana Souza');
  await addPerson(page, 'Ben Okafor');
  await expect(shownNames(page)).toHaveText(['Ana Souza', 'Ben Okafor']);
  await expect(networkMap(page).locator('.totals')).toHaveText(/^2 people on your list/);
  await expect(notice).toBeVisible();

  const file = await downloadText(page, () => notice.getByRole('button', { name: 'Download a backup' }).click());
  expect(file.name).toMatch(/^networking-workbook-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(file.text);
  expect(backup).toMatchObject({ app: 'networking-guide', schemaVersion: 1 });
  expect(Number.isNaN(Date.parse(backup.exportedAt))).toBe(false);
  expect(backup.data.contacts.map((c: { name: string }) => c.name)).toEqual(['Ana Souza', 'Ben Okafor']);
  await context.close();

  // The file is a backup the site itself accepts.
  const elsewhere = await browser.newContext();
  const restore = await elsewhere.newPage();
  await openWorkbookPage(restore);
  await restore.setInputFiles('#wb-file', {
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
  await expect(restore.locator('.notice').filter({ hasText: 'Replace your workbook' })).toContainText(
    'The backup holds: 2 people.',
  );
  await elsewhere.close();
});

test('when storage is full the text stays, a notice offers a backup, and freeing space clears it', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openNetworkMap(page);
  // Fill the real storage with filler data, leaving room for about three people.
  const filled = await fillStorage(page, 2_000);
  // The filler really takes nearly all of the storage.
  expect(filled).toBeGreaterThan(5_000_000);
  const status = networkMap(page).locator('.workbook-status');

  const added: string[] = [];
  for (let i = 1; i <= 10; i++) {
    const name = `Person number ${i}`;
    await addPerson(page, name);
    added.push(name);
    await expect(status).toContainText(/Saved on this device\.|Saving failed/);
    if ((await status.textContent())?.includes('Saving failed')) break;
  }
  const notice = notices(page).filter({ hasText: 'Saving failed' });
  await expect(notice).toContainText('storage is full. Your text is still here. Download a backup');
  expect(added.length).toBeGreaterThan(1);
  expect(added.length).toBeLessThan(10);
  await expect(shownNames(page)).toHaveText(added);
  const saved = await storedNames(page);
  expect(saved).toEqual(added.slice(0, saved.length));
  expect(saved.length).toBeLessThan(added.length);

  const file = await downloadText(page, () => notice.getByRole('button', { name: 'Download a backup' }).click());
  expect(JSON.parse(file.text).data.contacts.map((c: { name: string }) => c.name)).toEqual(added);

  // Free the space, then make one more edit: it saves everything and the notice goes away.
  await freeStorage(page);
  await addPerson(page, 'After the space was freed');
  await expect(statusLine(page)).toHaveText('Saved on this device.');
  await expect(notice).toBeHidden();
  await expect.poll(() => storedNames(page)).toEqual([...added, 'After the space was freed']);
  await context.close();
});

test('saved data that is not JSON: empty workbook, a notice, and the original kept and downloadable', async ({
  browser,
}) => {
  const original = '{"schemaVersion":1,"contacts":[{"id":"p_ana","name":"Ana Souza"'; // cut off mid-way
  const context = await seededContext(browser, { [KEY]: original });
  const page = await context.newPage();
  await openNetworkMap(page);

  const notice = notices(page).filter({ hasText: 'Some of your saved answers could not be read.' });
  await expect(notice).toContainText('a new, empty one was started');
  await expect(shownNames(page)).toHaveCount(0);
  await expect(networkMap(page).locator('.totals')).toHaveText('No one on your list yet.');

  const entries = await storageEntries(page);
  const copies = Object.keys(entries).filter((k) => k.startsWith(UNREADABLE_PREFIX));
  expect(copies).toHaveLength(1);
  expect(entries[copies[0] ?? '']).toBe(original);

  const file = await downloadText(page, () =>
    notice.getByRole('button', { name: 'Download the unreadable copy' }).click(),
  );
  expect(file.text).toBe(original);

  // The next visit loads cleanly and does not copy the original again.
  await openNetworkMap(page);
  await expect(notice).toBeHidden();
  const after = Object.keys(await storageEntries(page)).filter((k) => k.startsWith(UNREADABLE_PREFIX));
  expect(after).toEqual(copies);
  await context.close();
});

test('partly valid saved data: valid contacts load, the notice names what was left out, the original is copied first', async ({
  browser,
}) => {
  const doc = workbook([
    contact('p_ana', 'Ana Souza'),
    contact('not a valid id!', 'Carla Invalid-Id'),
    contact('p_empty', '   '),
    contact('p_ben', 'Ben Okafor', { relevance: 'very high' }),
  ]);
  const original = JSON.stringify(doc);
  const context = await seededContext(browser, { [KEY]: original });
  await context.addInitScript(recordWrites);
  const page = await context.newPage();
  await openNetworkMap(page);

  await expect(shownNames(page)).toHaveText(['Ana Souza', 'Ben Okafor']);
  const notice = notices(page).filter({ hasText: 'Some of your saved answers could not be read.' });
  await expect(notice).toContainText('Everything else loaded.');
  await expect(notice).toContainText('2 contacts could not be read and were left out.');
  await expect(notice).toContainText('1 contact had details that could not be read; those details were cleared.');

  const entries = await storageEntries(page);
  const copies = Object.keys(entries).filter((k) => k.startsWith(UNREADABLE_PREFIX));
  expect(copies).toHaveLength(1);
  const copyKey = copies[0] ?? '';
  expect(entries[copyKey]).toBe(original);
  const repaired = JSON.parse(entries[KEY] ?? '{}');
  expect(repaired.contacts.map((c: { name: string }) => c.name)).toEqual(['Ana Souza', 'Ben Okafor']);
  expect(repaired.contacts[1].relevance).toBe(0);

  const writes = await page.evaluate(() => (window as unknown as { __writes: string[] }).__writes);
  expect(writes).toContain(copyKey);
  expect(writes).toContain(KEY);
  expect(writes.indexOf(copyKey)).toBeLessThan(writes.indexOf(KEY));

  const file = await downloadText(page, () =>
    notice.getByRole('button', { name: 'Download the unreadable copy' }).click(),
  );
  expect(file.text).toBe(original);
  await context.close();
});

test('a workbook saved by a newer version is shown read-only and never overwritten', async ({ browser }) => {
  const original = JSON.stringify({
    ...workbook([contact('p_ana', 'Ana Souza')]),
    schemaVersion: 99,
    somethingNew: { kept: true },
  });
  const context = await seededContext(browser, { [KEY]: original });
  const page = await context.newPage();
  await openNetworkMap(page);
  const notice = notices(page).filter({ hasText: 'saved by a newer version of the site' });
  await expect(notice).toContainText('Reload the page');

  await addPerson(page, 'Ben Okafor');
  // Leaving the page saves anything unsaved (pagehide, visibilitychange): nothing may be written.
  await page.evaluate(() => {
    window.dispatchEvent(new Event('pagehide'));
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(await storedRaw(page)).toBe(original);
  await page.close();

  const check = await context.newPage();
  await check.goto('/privacy/');
  const workbookKeys = Object.entries(await storageEntries(check)).filter(([k]) => k.startsWith(KEY));
  expect(workbookKeys).toEqual([[KEY, original]]);
  await context.close();
});

test('persistent storage is asked for once, at the first save; the backup reminder can be put off', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __persistCalls: number };
    w.__persistCalls = 0;
    StorageManager.prototype.persist = () => {
      w.__persistCalls++;
      return Promise.resolve(false);
    };
    StorageManager.prototype.persisted = () => Promise.resolve(false);
  });
  const page = await context.newPage();
  const calls = () => page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls);
  const reminder = notices(page).filter({ hasText: 'some browsers delete them' });

  await openNetworkMap(page);
  expect(await calls()).toBe(0);
  await addPerson(page, 'Person 1');
  await expect.poll(() => storedNames(page)).toEqual(['Person 1']);
  await expect.poll(calls).toBe(1);
  await expect(reminder).toBeHidden(); // one person is not yet worth a reminder

  for (const n of [2, 3, 4, 5]) await addPerson(page, `Person ${n}`);
  await expect.poll(() => storedNames(page)).toHaveLength(5);
  await expect(reminder).toBeVisible();
  expect(await calls()).toBe(1);
  await expect(reminder.getByRole('button', { name: 'Download a backup' })).toBeVisible();

  await reminder.getByRole('button', { name: 'Not now' }).click();
  await expect(reminder).toBeHidden();
  await expect.poll(() => storedRaw(page, 'networking-guide:backup:dismissedAt')).toMatch(/^\d{4}-\d\d-\d\dT/);

  await openNetworkMap(page);
  await addPerson(page, 'Person 6');
  await expect.poll(() => storedNames(page)).toHaveLength(6);
  await expect.poll(calls).toBe(1);
  // Let the answer to persist() arrive before checking that the reminder stays away.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await expect(reminder).toBeHidden();
  await expect(statusLine(page)).toHaveText('Saved on this device.');
  await context.close();
});

test('text typed into the name field before the worksheet hydrates is kept', async ({ page }) => {
  const island = await holdBack(page, '**/_astro/NetworkMap*.js');
  await page.goto(NETWORK_MAP);
  const field = page.locator('#nm-name');
  await field.scrollIntoViewIfNeeded();
  await island.requested;
  await expect(page.locator('#network-map astro-island[ssr]')).toHaveCount(1);
  await field.pressSequentially('Ana Souza');
  await expect(page.locator('#network-map astro-island[ssr]')).toHaveCount(1);

  island.release();
  await waitForHydration(page);
  await expect(statusLine(page)).not.toBeEmpty();
  await expect(field).toHaveValue('Ana Souza');
  await field.press('Enter');
  await expect(shownNames(page)).toHaveText(['Ana Souza']);
});

test('restoring 50 saved people on a phone causes no layout shift', async ({ browser }) => {
  const context = await contextWithWorkbook(browser, workbook(manyContacts(50)));
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${NETWORK_MAP}#network-map`);
  await waitForHydration(page);
  await expect(shownNames(page)).toHaveCount(50);
  const cls = await layoutShift(page);
  expect(cls).toBeLessThan(0.05);
  await context.close();
});

test('restoring 50 saved people causes no layout shift', async ({ browser }) => {
  const fifty = await contextWithWorkbook(browser, workbook(manyContacts(50)));
  const page = await fifty.newPage();
  // As when following a link to the worksheet (advisors share these).
  await page.goto(`${NETWORK_MAP}#network-map`);
  await waitForHydration(page);
  await expect(shownNames(page)).toHaveCount(50);
  await expect(statusLine(page)).not.toBeEmpty();
  const cls = await layoutShift(page);
  expect(cls).toBeLessThan(0.05);
  await fifty.close();
});

test('500 saved people load, one more is saved, and the workbook stays under 1 MB', async ({ browser }) => {
  const large = await contextWithWorkbook(browser, workbook(manyContacts(500)));
  const big = await large.newPage();
  await openNetworkMap(big);
  // Everyone is counted; each of the three circles (167, 167 and 166 people) shows a page of 50.
  await expect(big.locator('#network-map .totals')).toContainText('500 people on your list');
  await expect(shownNames(big)).toHaveCount(150);
  await addPerson(big, 'One more person');
  await expect.poll(async () => (await storedNames(big)).length).toBe(501);
  const bytes = await big.evaluate((k) => new TextEncoder().encode(window.localStorage.getItem(k) ?? '').length, KEY);
  expect(bytes).toBeLessThan(1_000_000);
  expect(await storedRaw(big, CHECK_KEY)).toMatch(/^[0-9a-f]{8}$/);
  await large.close();
});

test('the save status is one polite live region per page', async ({ page }) => {
  await openNetworkMap(page);
  const live = page.locator('.save-status[role="status"]');
  await expect(live).toHaveCount(1);
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('.save-status')).toHaveCount(1);
  await addPerson(page, 'Ana Souza');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device.' })).toHaveCount(1);

  await openWorkbookPage(page);
  await expect(page.locator('.save-status[role="status"]')).toHaveCount(1);
  await expect(page.locator('.save-status[role="status"]')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('.save-status[aria-live="polite"]')).toHaveCount(1);
});
