// Moving the whole workbook to another device (issue 18): always locked with a code, by link
// (20 people) or by file (200 people); on the other device the code leads to the restore preview,
// to merge or replace, with the undo copy kept. Nothing is sent anywhere.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNothingSent, fragmentOf, recordRequests, shownCode, studentWorkbook } from './share-fixtures';
import {
  contact,
  downloadText,
  KEY,
  ORIGIN,
  openWorkbookPage,
  seededContext,
  storedNames,
  storedRaw,
  workbook,
} from './workbook-fixtures';

/** The other device's own workbook: one person, Dina Haddad. */
const OTHER = workbook([contact('p_dina', 'Dina Haddad')], { updatedAt: '2026-03-07T12:00:00.000Z' });
const BEFORE_RESTORE = `${KEY}:before-restore:`;

/** My workbook in a new context whose storage holds `doc` (nothing when undefined). */
async function workbookPage(browser: Browser, doc?: unknown): Promise<Page> {
  const context = await seededContext(browser, doc ? { [KEY]: JSON.stringify(doc) } : {});
  const page = await context.newPage();
  return page;
}

/** Locks the workbook in the move panel; returns the code and the panel's result. */
async function lockWorkbook(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Move my workbook' }).click();
  await expect(page.getByRole('heading', { name: 'Lock your workbook with a code' })).toBeFocused();
  const code = await shownCode(page, '.share-flow');
  await page.getByRole('button', { name: 'Lock my workbook' }).click();
  await expect(page.locator('.share-result')).toBeFocused();
  await expect(page.locator('.share-result')).toContainText(`Then type the code: ${code}.`);
  return code;
}

/** The restore preview. */
const preview = (page: Page) => page.locator('.notice').filter({ hasText: 'Replace your workbook with' });

/** Types a code in the unlock prompt and presses Unlock. */
async function unlock(page: Page, code: string): Promise<void> {
  await page.getByLabel('Code', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

test('20 people by link: a wrong code is refused, the right one leads to the preview; replace and undo, merge and undo', async ({
  browser,
}) => {
  test.slow();
  const from = await workbookPage(browser, studentWorkbook(20));
  const sent = recordRequests(from.context());
  await openWorkbookPage(from);
  const code = await lockWorkbook(from);
  const link = await from.getByRole('textbox', { name: 'Link to open on your other device' }).inputValue();
  expect(link).toMatch(new RegExp(`^${ORIGIN}/workbook/#m1\\.`));
  expect(link.length).toBeLessThanOrEqual(16 * 1024);
  await expect(from.locator('.share-warning')).toContainText(
    'Anyone with the link or file and the code can read your whole workbook. A link cannot be taken back',
  );

  const to = await workbookPage(browser, OTHER);
  const opened = recordRequests(to.context());
  await to.goto(link);
  const prompt = to.locator('.notice').filter({ hasText: 'A locked workbook is in your link.' });
  await expect(prompt).toBeFocused();
  await unlock(to, 'acorn bagel comet daisy');
  await expect(to.locator('#unlock-code-error')).toHaveText(
    'Error: This code does not open it. Check the words and try again.',
  );
  await expect(to.getByLabel('Code', { exact: true })).toBeFocused();
  await expect(preview(to)).toHaveCount(0);
  expect(await storedNames(to)).toEqual(['Dina Haddad']);

  await unlock(to, `  ${code.toUpperCase()} `);
  await expect(preview(to)).toContainText('Replace your workbook with “the workbook in your link”?');
  await expect(preview(to)).toContainText('This browser now holds: 1 person.');
  await expect(preview(to)).toContainText(
    'The backup holds: 20 people, 2 places to meet people, your goals, 1 pitch version',
  );
  // The address no longer carries the locked workbook.
  expect(new URL(to.url()).hash).toBe('');
  await preview(to).getByRole('button', { name: 'Replace my workbook' }).click();
  const done = to.locator('.notice').filter({ hasText: 'Your backup was restored.' });
  await expect(done).toBeFocused();
  await expect.poll(async () => (await storedNames(to)).length).toBe(20);
  expect(JSON.parse((await storedRaw(to)) ?? '{}')).toMatchObject({ goals: studentWorkbook(20).goals });

  await done.getByRole('button', { name: 'Undo the restore' }).click();
  await expect(to.locator('.notice').filter({ hasText: 'The restore was undone' })).toBeFocused();
  await expect.poll(() => storedNames(to)).toEqual(['Dina Haddad']);

  // The same link again, merged this time: both workbooks' people, the one from before kept as a copy.
  await to.goto(link);
  await unlock(to, code);
  await expect(preview(to)).toContainText('Or merge the two');
  await preview(to).getByRole('button', { name: 'Merge into my workbook' }).click();
  const merged = to.locator('.notice').filter({ hasText: 'The backup was merged into your workbook.' });
  await expect(merged).toBeFocused();
  await expect.poll(async () => (await storedNames(to)).length).toBe(21);
  expect(await storedNames(to)).toContain('Dina Haddad');
  const copies = Object.keys(await to.evaluate(() => ({ ...localStorage }))).filter((k) =>
    k.startsWith(BEFORE_RESTORE),
  );
  const copied = await Promise.all(
    copies.map(async (k) => JSON.parse((await storedRaw(to, k)) ?? '{}').contacts?.length),
  );
  expect(copied).toContain(1);
  await merged.getByRole('button', { name: 'Undo the restore' }).click();
  await expect.poll(() => storedNames(to)).toEqual(['Dina Haddad']);

  expectNothingSent(sent, ORIGIN, [fragmentOf(link), code]);
  expectNothingSent(opened, ORIGIN, [fragmentOf(link), code]);
  await from.context().close();
  await to.context().close();
});

test('200 people by file: the locked file goes into "Restore from a backup"; replace, merge and undo', async ({
  browser,
}) => {
  test.slow();
  const from = await workbookPage(browser, studentWorkbook(200));
  const sent = recordRequests(from.context());
  await openWorkbookPage(from);
  const code = await lockWorkbook(from);
  const file = await downloadText(from, () => from.getByRole('button', { name: 'Download the locked file' }).click());
  expect(file.name).toMatch(/^networking-workbook-locked-\d{4}-\d\d-\d\d\.json$/);
  expect(JSON.parse(file.text)).toMatchObject({ app: 'networking-guide-locked', version: 1 });
  expect(file.text).not.toContain('Okafor');

  const to = await workbookPage(browser, OTHER);
  const opened = recordRequests(to.context());
  await openWorkbookPage(to);
  const choose = () =>
    to.setInputFiles('#wb-file', { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await choose();
  await expect(to.locator('.notice').filter({ hasText: `A locked workbook is in “${file.name}”.` })).toBeFocused();
  await unlock(to, code);
  await expect(preview(to)).toContainText(`Replace your workbook with “${file.name}”?`);
  await expect(preview(to)).toContainText('The backup holds: 200 people');
  await preview(to).getByRole('button', { name: 'Replace my workbook' }).click();
  await expect.poll(async () => (await storedNames(to)).length).toBe(200);
  const done = to.locator('.notice').filter({ hasText: 'Your backup was restored.' });
  await done.getByRole('button', { name: 'Undo the restore' }).click();
  await expect.poll(() => storedNames(to)).toEqual(['Dina Haddad']);

  await choose();
  await unlock(to, code);
  await preview(to).getByRole('button', { name: 'Merge into my workbook' }).click();
  await expect.poll(async () => (await storedNames(to)).length).toBe(201);
  await to
    .locator('.notice')
    .filter({ hasText: 'The backup was merged' })
    .getByRole('button', { name: 'Undo the restore' })
    .click();
  await expect.poll(() => storedNames(to)).toEqual(['Dina Haddad']);

  expectNothingSent(sent, ORIGIN, [code]);
  expectNothingSent(opened, ORIGIN, [code]);
  await from.context().close();
  await to.context().close();
});

test('a damaged locked file and a link from a newer version each get a sentence, and change nothing', async ({
  browser,
}) => {
  const page = await workbookPage(browser, OTHER);
  await openWorkbookPage(page);
  const cut = JSON.stringify({ app: 'networking-guide-locked', version: 1, workbook: 'm1.00000000.AAAA' });
  await page.setInputFiles('#wb-file', { name: 'moved.json', mimeType: 'application/json', buffer: Buffer.from(cut) });
  await expect(page.locator('.notice [role="alert"]')).toHaveText(
    'This file is cut short or was changed on the way, so it cannot be read. Ask for the file again, and copy all of it. Nothing was changed.',
  );
  await page.goto('/workbook/#m2.00000000.AAAA');
  await expect(page.locator('.notice [role="alert"]')).toContainText(
    'This link was made by a newer version of this site. Reload the page to get the newest version',
  );
  expect(await storedNames(page)).toEqual(['Dina Haddad']);
  await page.context().close();
});
