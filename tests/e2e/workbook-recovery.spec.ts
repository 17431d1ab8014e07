// Nothing is lost around restores and storage failures (issue 12): damaged backups restore what
// is valid, a restore keeps the workbook it replaces (with undo), recovery copies are listed on My
// workbook, "Clear my data" leaves nothing behind, messages say what really happened, and leaving
// a page while saving fails asks first.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { scanBothThemes } from './axe';
import {
  addPerson,
  blockStorage,
  contact,
  downloadText,
  fillStorage,
  KEY,
  openNetworkMap,
  openWorkbookPage,
  seededContext,
  shownNames,
  storageEntries,
  storedNames,
  storedRaw,
  UNREADABLE_PREFIX,
  workbook,
} from './workbook-fixtures';

const THREE = ['Ana Souza', 'Ben Okafor', 'Carla Mendes'];
/** Three people, last changed on Sat 7 March 2026 at noon (UTC). */
const SEEDED = workbook(
  [
    contact('p_ana', 'Ana Souza', { notes: 'Runs the water lab.' }),
    contact('p_ben', 'Ben Okafor', { circleId: 'family' }),
    contact('p_carla', 'Carla Mendes', { circleId: 'activities' }),
  ],
  { updatedAt: '2026-03-07T12:00:00.000Z' },
);
const BEFORE_RESTORE = `${KEY}:before-restore:`;
const BEFORE_UNDO = `${KEY}:before-undo:`;

const step1Names = (page: Page) => page.locator('.wb-section').first().locator('li strong');
const copyList = (page: Page) => page.locator('.wb-copies');
const copyItem = (page: Page, title: string) => page.locator('.wb-copy').filter({ hasText: title });
const preview = (page: Page) => page.locator('.notice').filter({ hasText: 'Replace your workbook with' });

/** A backup file's text, as the site writes it. */
function backupText(data: unknown, exportedAt = '2026-03-03T10:00:00.000Z'): string {
  return JSON.stringify({ app: 'networking-guide', schemaVersion: 1, exportedAt, data });
}

/** A backup of one person, Dina Haddad, made on Tue 3 March 2026. */
const DINA = backupText(workbook([contact('p_dina', 'Dina Haddad')], { updatedAt: '2026-03-03T09:00:00.000Z' }));

/** Chooses a backup file in the restore field. */
function chooseFile(page: Page, name: string, text: string) {
  return page.setInputFiles('#wb-file', { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

/** My workbook in a new context (UTC clock) whose storage holds `items`. */
async function workbookPage(browser: Browser, items: Record<string, string>): Promise<Page> {
  const context = await seededContext(browser, items, { timezoneId: 'UTC' });
  const page = await context.newPage();
  await openWorkbookPage(page);
  return page;
}

/** The keys in localStorage that start with `prefix`. */
async function keysStartingWith(page: Page, prefix: string): Promise<string[]> {
  return Object.keys(await storageEntries(page)).filter((k) => k.startsWith(prefix));
}

test('a backup with one mistyped date restores everything else and lists what was left out', async ({ browser }) => {
  const page = await workbookPage(browser, { [KEY]: JSON.stringify(SEEDED) });
  const note = {
    id: 'in_sam',
    contactId: 'p_sam',
    date: '202612-03-15',
    learned: 'Energy audits take a week.',
    fit: '',
    explore: '',
    nextSteps: [],
  };
  const backup = workbook([contact('p_maria', 'Maria Okafor'), contact('p_sam', 'Sam Lee')], { interviews: [note] });
  await chooseFile(page, 'typo.json', backupText(backup));
  await expect(preview(page)).toContainText('The backup holds: 2 people, 1 interview note.');
  await expect(preview(page).locator('.wb-left-out li')).toHaveText([
    'Interview note for Sam Lee: the date “202612-03-15” is not a date, so it was left out.',
  ]);
  await preview(page).getByRole('button', { name: 'Replace my workbook' }).click();
  await expect(page.locator('.notice').filter({ hasText: 'Your backup was restored.' })).toBeVisible();
  await expect.poll(() => storedNames(page)).toEqual(['Maria Okafor', 'Sam Lee']);
  const stored = JSON.parse((await storedRaw(page)) ?? '{}');
  expect(stored.interviews).toEqual([{ ...note, date: '' }]);
  await page.context().close();
});

test('a restore keeps the workbook it replaces; "Undo the restore" puts it back, also after a reload', async ({
  browser,
}) => {
  const page = await workbookPage(browser, { [KEY]: JSON.stringify(SEEDED) });
  await chooseFile(page, 'old.json', DINA);
  await expect(preview(page)).toContainText(
    'The backup holds: 1 person. It was made on Tue 3 March 2026, 4 days older than your current answers.',
  );
  await expect(preview(page)).toContainText('This backup is older than your current answers.');
  await expect(preview(page)).toContainText('Your current workbook is kept as a recovery copy');
  await preview(page).getByRole('button', { name: 'Replace my workbook' }).click();

  const done = page.locator('.notice').filter({ hasText: 'Your backup was restored.' });
  await expect(done).toContainText('Your previous workbook is kept as a recovery copy');
  await expect(done).toBeFocused();
  await expect(step1Names(page)).toHaveText(['Dina Haddad']);
  await expect.poll(() => storedNames(page)).toEqual(['Dina Haddad']);
  const [copyKey] = await keysStartingWith(page, BEFORE_RESTORE);
  expect(JSON.parse((await storedRaw(page, copyKey)) ?? '{}').contacts.map((c: { name: string }) => c.name)).toEqual(
    THREE,
  );
  await expect(copyItem(page, 'Your workbook before a restore')).toContainText('Holds: 3 people.');

  // Dismissing the notice keeps the copy, and the list keeps offering the undo after a reload.
  await done.getByRole('button', { name: 'Dismiss' }).click();
  await expect(done).toHaveCount(0);
  await openWorkbookPage(page);
  const before = copyItem(page, 'Your workbook before a restore');
  await before.getByRole('button', { name: /^Undo the restore/ }).click();
  await expect(copyList(page)).toContainText('The restore was undone: your previous workbook is back.');
  await expect(step1Names(page)).toHaveText(THREE);
  await expect.poll(() => storedNames(page)).toEqual(THREE);
  expect(await keysStartingWith(page, BEFORE_RESTORE)).toEqual([]);
  await expect(before).toHaveCount(0);

  // The restored workbook is kept in turn, and can be restored again.
  const undone = copyItem(page, 'The restored workbook, before you undid the restore');
  await expect(undone).toContainText('Holds: 1 person.');
  expect(await keysStartingWith(page, BEFORE_UNDO)).toHaveLength(1);
  await undone.getByRole('button', { name: /^Restore it again/ }).click();
  await expect(step1Names(page)).toHaveText(['Dina Haddad']);
  await page.context().close();
});

test('restoring and undoing work from the keyboard, and the focus follows each step', async ({ browser }) => {
  const page = await workbookPage(browser, { [KEY]: JSON.stringify(SEEDED) });
  await chooseFile(page, 'old.json', DINA);
  await preview(page).getByRole('button', { name: 'Replace my workbook' }).focus();
  await page.keyboard.press('Enter');
  const done = page.locator('.notice').filter({ hasText: 'Your backup was restored.' });
  await expect(done).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(done.getByRole('button', { name: 'Undo the restore' })).toBeFocused();
  await page.keyboard.press('Enter');
  const undone = page.locator('.notice').filter({ hasText: 'The restore was undone' });
  await expect(undone).toBeFocused();
  await expect(step1Names(page)).toHaveText(THREE);
  await expect.poll(() => storedNames(page)).toEqual(THREE);
  await page.keyboard.press('Tab');
  await expect(undone.getByRole('button', { name: 'Dismiss' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(undone).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Restore from a backup' })).toBeFocused();
  await page.context().close();
});

test('when no copy fits, the restore says so, offers the download, and replaces only when told', async ({
  browser,
}) => {
  test.slow(); // filling 5 MB of real storage takes a while on a busy machine
  const page = await workbookPage(browser, { [KEY]: JSON.stringify(SEEDED) });
  const before = await storedRaw(page);
  expect(await fillStorage(page, 300)).toBeGreaterThan(5_000_000);
  await chooseFile(page, 'old.json', DINA);
  await preview(page).getByRole('button', { name: 'Replace my workbook' }).click();

  const full = page.locator('.notice').filter({ hasText: 'cannot keep a copy of your current workbook' });
  await expect(full).toHaveText(
    /^This browser's storage is full, so it cannot keep a copy of your current workbook\. Nothing was replaced yet\./,
  );
  await expect(step1Names(page)).toHaveText(THREE);
  expect(await storedRaw(page)).toBe(before);

  const file = await downloadText(page, () =>
    full.getByRole('button', { name: 'Download my current workbook' }).click(),
  );
  expect(JSON.parse(file.text).data.contacts.map((c: { name: string }) => c.name)).toEqual(THREE);

  await full.getByRole('button', { name: 'Replace without a copy' }).click();
  await expect(page.locator('.notice').filter({ hasText: 'Your backup was restored.' })).toBeVisible();
  await expect.poll(() => storedNames(page)).toEqual(['Dina Haddad']);
  expect(await keysStartingWith(page, BEFORE_RESTORE)).toEqual([]);
  await page.context().close();
});

test('a restore over a workbook from a newer version says the backup is open but not saved', async ({ browser }) => {
  const newer = JSON.stringify({ ...workbook([contact('p_ana', 'Ana Souza')]), schemaVersion: 99 });
  const page = await workbookPage(browser, { [KEY]: newer });
  await chooseFile(page, 'old.json', DINA);
  await preview(page).getByRole('button', { name: 'Replace my workbook' }).click();
  const said = page.locator('.notice').filter({ hasText: 'Your backup is open in this page but could not be saved' });
  await expect(said).toHaveText(
    /could not be saved: this browser holds a workbook saved by a newer version of the site, which is left as it is\./,
  );
  await expect(said).not.toContainText('Your backup was restored');
  await expect(said.getByRole('button', { name: 'Download a backup' })).toBeVisible();
  await expect(step1Names(page)).toHaveText(['Dina Haddad']);
  expect(await storedRaw(page)).toBe(newer);
  await page.context().close();
});

test('a restore while storage is blocked says the backup is open but not saved', async ({ browser }) => {
  const context = await browser.newContext();
  await blockStorage(context);
  const page = await context.newPage();
  await openWorkbookPage(page);
  await chooseFile(page, 'old.json', DINA);
  await preview(page).getByRole('button', { name: 'Replace my workbook' }).click();
  await expect(page.locator('.notice').filter({ hasText: 'Your backup is open in this page' })).toContainText(
    'could not be saved: this browser is blocking storage, so it is kept only while this page is open.',
  );
  await expect(step1Names(page)).toHaveText(['Dina Haddad']);
  await context.close();
});

test('recovery copies are listed on every visit with date and size, and can be downloaded and deleted', async ({
  browser,
}) => {
  const original = '{"schemaVersion":1,"contacts":[{"id":"p_ana","name":"Ana Souza"'; // cut off mid-way
  const copyKey = `${UNREADABLE_PREFIX}2026-03-01T09:00:00.000Z`;
  const page = await workbookPage(browser, { [KEY]: JSON.stringify(SEEDED), [copyKey]: original });
  const item = copyItem(page, 'Saved answers that could not be read');
  await expect(item).toContainText(`Kept on Sun 1 March 2026 at 09:00 · ${original.length} bytes`);

  await openWorkbookPage(page);
  await expect(item).toBeVisible();
  const file = await downloadText(page, () => item.getByRole('button', { name: /^Download/ }).click());
  expect(file.name).toBe('networking-workbook-unreadable-2026-03-01.txt');
  expect(file.text).toBe(original);

  await item.getByRole('button', { name: /^Delete/ }).click();
  await expect(item).toContainText('Delete this copy for good? It cannot be undone.');
  await item.getByRole('button', { name: 'Cancel' }).click();
  await expect(item.getByRole('button', { name: /^Delete/ })).toBeFocused();
  expect(await storedRaw(page, copyKey)).toBe(original);

  // "Clear my data" says that it deletes the copies too.
  await page.getByRole('button', { name: 'Clear my data' }).click();
  const clear = page.locator('.notice').filter({ hasText: 'Delete everything you wrote from this browser?' });
  await expect(clear).toContainText('This removes: 3 people, and 1 recovery copy.');
  await clear.getByRole('button', { name: 'Cancel' }).click();

  await item.getByRole('button', { name: /^Delete/ }).click();
  await item.getByRole('button', { name: 'Yes, delete this copy' }).click();
  await expect(copyList(page)).toHaveCount(0);
  expect(await storedRaw(page, copyKey)).toBeNull();
  await expect(step1Names(page)).toHaveText(THREE);
  await page.context().close();
});

test('"Clear my data" empties localStorage, sessionStorage, IndexedDB and the workbook caches; the offline pages may stay', async ({
  browser,
}) => {
  const page = await workbookPage(browser, {
    [KEY]: JSON.stringify(SEEDED),
    [`${KEY}:check`]: '12345678',
    [`${UNREADABLE_PREFIX}2026-03-01T09:00:00.000Z`]: '{"contacts":[{"name":"Ana Souza","email":"ana@example.org"',
    [`${BEFORE_RESTORE}2026-03-05T10:30:00.000Z`]: JSON.stringify(workbook([contact('p_old', 'Old Friend')])),
    'networking-guide:backup:lastBackupAt': '2026-03-01T00:00:00.000Z',
    'networking-guide:theme': 'dark',
  });
  // What the site (or an earlier version of it) may keep elsewhere, and the offline copy of the pages.
  await page.evaluate(async () => {
    sessionStorage.setItem('networking-guide:workbook:draft', 'Ana Souza');
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('networking-guide-workbook');
      open.onupgradeneeded = () => open.result.createObjectStore('docs');
      open.onsuccess = () => {
        open.result.close();
        resolve(null);
      };
      open.onerror = () => reject(open.error);
    });
    await (await caches.open('networking-guide-workbook')).put('/workbook.json', new Response('{"name":"Ana"}'));
    await (await caches.open('networking-guide-precache-v2-test')).put('/index.html', new Response('<p>Home</p>'));
  });
  const left = () =>
    page.evaluate(async () => ({
      local: Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)),
      session: Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)),
      databases: (await indexedDB.databases()).map((db) => db.name),
      caches: await caches.keys(),
    }));
  expect((await left()).local).toEqual(expect.arrayContaining([KEY, `${KEY}:check`, 'networking-guide:theme']));

  await page.getByRole('button', { name: 'Clear my data' }).click();
  const confirm = page.locator('.notice').filter({ hasText: 'Delete everything you wrote from this browser?' });
  await expect(confirm).toContainText('This removes: 3 people');
  await confirm.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.locator('.save-status')).toHaveText('Your workbook was cleared on this device.');
  await expect(copyList(page)).toHaveCount(0);
  const empty = { local: [], session: [], databases: [], caches: ['networking-guide-precache-v2-test'] };
  await expect.poll(left).toEqual(empty);

  // Leaving the page and coming back writes nothing again.
  await openWorkbookPage(page);
  await expect(step1Names(page)).toHaveCount(0);
  expect(await left()).toEqual(empty);
  await page.context().close();
});

test.describe('leaving a page while saving fails', () => {
  /** Clicks the link to My workbook and returns the dialogs the page showed (each dismissed: stay). */
  async function leave(page: Page): Promise<string[]> {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await page.locator('a[href="/workbook/"]').first().click();
    return dialogs;
  }

  test('with storage blocked, leaving after adding three people asks first, and staying keeps them', async ({
    browser,
  }) => {
    const context = await browser.newContext();
    await blockStorage(context);
    const page = await context.newPage();
    await openNetworkMap(page);
    for (const name of THREE) await addPerson(page, name);
    const dialogs = await leave(page);
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    await expect(page).toHaveURL(/\/steps\/identify-your-networks\//);
    await expect(shownNames(page)).toHaveText(THREE);
    const notice = page.locator('#network-map .notice').filter({ hasText: 'blocking storage' });
    const file = await downloadText(page, () => notice.getByRole('button', { name: 'Download a backup' }).click());
    expect(JSON.parse(file.text).data.contacts.map((c: { name: string }) => c.name)).toEqual(THREE);
    await context.close();
  });

  test('with storage full, leaving asks first', async ({ page }) => {
    test.slow(); // filling 5 MB of real storage takes a while on a busy machine
    await openNetworkMap(page);
    await fillStorage(page, 0);
    for (const name of THREE) await addPerson(page, name);
    await expect(page.locator('#network-map .notice')).toContainText('storage is full');
    const dialogs = await leave(page);
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    await expect(shownNames(page)).toHaveText(THREE);
  });

  test('when everything is saved, leaving does not ask', async ({ page }) => {
    await openNetworkMap(page);
    await addPerson(page, 'Ana Souza');
    await expect(page.locator('#network-map .save-status')).toHaveText('Saved on this device.');
    const dialogs = await leave(page);
    await expect(page).toHaveURL(/\/workbook\/$/);
    expect(dialogs).toEqual([]);
  });
});

test('My workbook with recovery copies and a restore preview has no accessibility violations, light and dark', async ({
  browser,
}) => {
  const context = await seededContext(
    browser,
    {
      [KEY]: JSON.stringify(SEEDED),
      [`${UNREADABLE_PREFIX}2026-03-01T09:00:00.000Z`]: 'broken{',
      [`${BEFORE_RESTORE}2026-03-05T10:30:00.000Z`]: JSON.stringify(workbook([contact('p_old', 'Old Friend')])),
    },
    { timezoneId: 'UTC' },
  );
  const page = await context.newPage();
  await openWorkbookPage(page);
  await expect(copyList(page).locator('.wb-copy')).toHaveCount(2);
  const broken = workbook([contact('p_dina', 'Dina Haddad', { status: 'ghosted' })]);
  await chooseFile(page, 'old.json', backupText(broken));
  await expect(preview(page).locator('.wb-left-out li')).toHaveCount(1);
  await copyItem(page, 'Saved answers that could not be read')
    .getByRole('button', { name: /^Delete/ })
    .click();
  // The rest of the page is checked by a11y.spec.ts; here, the parts that appear only now.
  await scanBothThemes(page, 'the recovery copies and the restore preview', { include: ['.wb-actions'] });
  // The same parts fit a 320 px screen without scrolling sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await context.close();
});
