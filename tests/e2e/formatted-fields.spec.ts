// Fields with a format (dates, email addresses): text that does not fit is never saved. It stays on
// screen with the reason in words until it fits, and the stored workbook always passes the schema.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { WorkbookSchema } from '../../src/workbook/schema';
import { contact, KEY, seededPage, workbook } from './workbook-fixtures';

// Each test opens a worksheet and types digit by digit: give them the slow-test time on a busy machine.
test.beforeEach(() => test.slow());

/** The stored workbook, parsed (undefined when nothing is stored). */
async function stored(page: Page): Promise<Record<string, unknown> | undefined> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), KEY);
  return raw === null ? undefined : (JSON.parse(raw) as Record<string, unknown>);
}

/** The schema's verdict on the stored workbook: true when a backup of it would restore whole. */
async function storedIsValid(page: Page): Promise<boolean> {
  return WorkbookSchema.safeParse(await stored(page)).success;
}

/** The stored date of the interview notes about `contactId` ('' when there are none). */
async function storedNoteDate(page: Page, contactId: string): Promise<string> {
  const doc = (await stored(page)) as { interviews?: Array<{ contactId: string; date: string }> } | undefined;
  return doc?.interviews?.find((n) => n.contactId === contactId)?.date ?? '';
}

/** A page whose saved workbook holds `person`, opened at the worksheet `id` of `path` once `ready` shows in it. */
async function openWith(
  browser: Browser,
  baseURL: string | undefined,
  person: unknown,
  [path, id, ready]: [string, string, string],
) {
  const page = await seededPage(browser, baseURL, workbook([person]));
  await page.goto(`${path}#${id}`);
  const sheet = page.locator(`#${id}`);
  // A worksheet can be several islands (the tracker has three), each started when it comes into view.
  for (const island of await sheet.locator('astro-island').all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr');
  }
  await sheet.scrollIntoViewIfNeeded();
  await expect(page.locator(`#${id} astro-island[ssr]`)).toHaveCount(0);
  await expect(sheet.locator(ready).first()).toBeVisible();
  return { page, sheet };
}

const FULL_DATE = 'Error: Enter a full date with day, month and a four-digit year, or leave it empty.';
const TALK_DATE = 'Error: Enter the date of the conversation as a full date with day, month and a four-digit year.';

test('a six-digit year in the interview notes is never saved; the date stays on screen with the reason', async ({
  browser,
  baseURL,
}) => {
  const { page, sheet: notes } = await openWith(
    browser,
    baseURL,
    contact('p_grace', 'Grace Kim', { status: 'reached-out', topFive: true }),
    ['/steps/make-contact/', 'interview-notes', 'select'],
  );
  const date = notes.getByLabel('Date of the conversation');
  await notes.getByLabel(/^What you learned/).fill('Portfolios matter more than grades.');
  await expect.poll(() => storedIsValid(page)).toBe(true);

  // 03/15/202612, typed as a student would: the browser makes it 202612-03-15.
  await date.focus();
  await page.keyboard.type('0315202612');
  await expect(date).toHaveValue('202612-03-15');
  // Typing on in another box makes the site save again: the stored workbook is still valid.
  await notes.getByLabel(/^What you learned/).focus();
  await page.keyboard.type(' Ask about internships.');
  await expect.poll(async () => JSON.stringify(await stored(page))).toContain('Ask about internships.');
  expect(JSON.stringify(await stored(page))).not.toContain('202612');
  expect(await storedIsValid(page)).toBe(true);
  // The date stays on screen as typed, with the reason in words.
  await expect(date).toHaveValue('202612-03-15');
  await expect(notes.locator('#in-date-error')).toHaveText(TALK_DATE);
  await expect(date).toHaveAttribute('aria-invalid', 'true');

  // Saving the notes reads the date on screen, not an older one kept in storage.
  await notes.getByRole('button', { name: 'Save notes and mark as met: Grace Kim' }).click();
  await expect(notes.locator('#in-date-error')).toHaveText(TALK_DATE);
  await expect(date).toBeFocused();
  expect(await storedIsValid(page)).toBe(true);

  // Put right, it is saved at once and the message goes.
  await date.fill('2026-03-15');
  await expect.poll(() => storedNoteDate(page, 'p_grace')).toBe('2026-03-15');
  await expect(notes.locator('#in-date-error')).toHaveCount(0);
  expect(await storedIsValid(page)).toBe(true);
  await page.context().close();
});

test('the contact tracker saves an email address only once it is one, and keeps the typing on screen', async ({
  browser,
  baseURL,
}) => {
  const { page, sheet } = await openWith(
    browser,
    baseURL,
    contact('p_ana', 'Ana Souza', { email: 'ana@example.org', org: 'River' }),
    ['/steps/follow-up/', 'contact-tracker', '.ct-card'],
  );
  const ana = sheet.locator('.ct-card').filter({ hasText: 'Ana Souza' });
  await ana.getByRole('button', { name: 'Ana Souza', exact: true }).click();
  await ana.getByRole('button', { name: 'Update status and dates for Ana Souza' }).click();
  const editor = ana.getByRole('group', { name: 'Update Ana Souza' });
  const email = editor.getByLabel(/^Email address/);
  await email.fill('ana.souza@');
  await email.blur();
  await expect(editor.locator('.error-message')).toHaveText(
    'Error: Enter one email address, like name@example.org, or leave it empty.',
  );
  await expect(email).toHaveValue('ana.souza@');
  const storedEmail = async () =>
    ((await stored(page)) as { contacts?: Array<{ email: string }> } | undefined)?.contacts?.[0]?.email;
  await editor.getByLabel(/^Organization/).fill('River Trust');
  await expect.poll(async () => JSON.stringify(await stored(page))).toContain('"org":"River Trust"');
  expect(await storedEmail()).toBe('ana@example.org');

  await email.fill(' ana.souza@example.org ');
  await expect.poll(storedEmail).toBe('ana.souza@example.org');
  await expect(editor.locator('.error-message')).toHaveCount(0);

  // A date with a six-digit year is refused the same way in every date field.
  const next = editor.getByLabel(/^Next contact/);
  await next.focus();
  await page.keyboard.type('0315202612');
  await expect(next).toHaveValue('202612-03-15');
  await expect(editor.locator('.error-message')).toHaveText(FULL_DATE);
  await editor.getByLabel(/^Organization/).fill('River Trust and Co');
  await expect.poll(async () => JSON.stringify(await stored(page))).toContain('River Trust and Co');
  expect(JSON.stringify(await stored(page))).not.toContain('202612');
  expect(await storedIsValid(page)).toBe(true);
  await page.context().close();
});
