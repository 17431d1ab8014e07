import { expect, type Page, test } from '@playwright/test';
import { contact, contextWithWorkbook, holdBack, KEY, startIslandsOf, workbook } from './workbook-fixtures';

// The interview notes and the preparation fetch their changes (saving, next steps, people suggested;
// ticks, dates and questions) at the student's first change (src/worksheets/shared/changes-on-demand.ts).

const CHANGES_FILE = /\/_astro\/changes\.[\w-]+\.js$/;

/** Opens step 5 at the interview notes, hydrated, on Grace Kim. */
async function openNotes(page: Page) {
  await page.goto('/steps/make-contact/#interview-notes');
  const notes = page.locator('#interview-notes');
  await startIslandsOf(page, 'interview-notes');
  await expect(notes.getByLabel('Notes on your talk with')).toHaveValue('p_grace');
  return notes;
}

test('the notes say so in words when their changes cannot be fetched; after a reload, adding works', async ({
  browser,
}) => {
  const context = await contextWithWorkbook(browser, workbook([contact('p_grace', 'Grace Kim')]));
  const page = await context.newPage();
  await page.route(CHANGES_FILE, (route) => route.abort());
  let notes = await openNotes(page);
  const name = notes.getByLabel(/^Name of someone they suggested/);
  await name.fill('Ana Lee');
  await name.press('Enter');
  await expect(notes.getByRole('alert')).toHaveText(
    'The part that saves the notes, next steps and people suggested could not be loaded. Check your connection, then reload the page.',
  );
  // Nothing typed is lost, and nothing was added.
  await expect(name).toHaveValue('Ana Lee');
  await expect(notes.locator('.in-person-name')).toHaveCount(0);

  await page.unroute(CHANGES_FILE);
  await page.reload();
  notes = await openNotes(page);
  await notes.getByLabel(/^Name of someone they suggested/).fill('Ana Lee');
  await notes.getByLabel(/^Name of someone they suggested/).press('Enter');
  await expect(notes.locator('.in-person-name')).toHaveText(['Ana Lee']);
  await expect(notes.getByLabel(/^Name of someone they suggested/)).toBeFocused();
  await expect(notes.getByRole('alert')).toHaveCount(0);
  await context.close();
});

test('the preparation says so in words when its changes cannot be fetched; after a reload, a tick is saved', async ({
  browser,
}) => {
  const context = await contextWithWorkbook(browser, workbook([contact('p_grace', 'Grace Kim')]));
  const page = await context.newPage();
  const changesFile = /\/_astro\/prep-changes\.[\w-]+\.js$/;
  await page.route(changesFile, (route) => route.abort());
  await page.goto('/steps/make-contact/#interview-prep');
  let prep = page.locator('#interview-prep');
  await startIslandsOf(page, 'interview-prep');
  await prep.getByLabel('Researched the person').check();
  await expect(prep.getByRole('alert')).toHaveText(
    'The part that saves your preparation could not be loaded. Check your connection, then reload the page.',
  );

  await page.unroute(changesFile);
  await page.reload();
  prep = page.locator('#interview-prep');
  await startIslandsOf(page, 'interview-prep');
  await expect(prep.getByLabel('Researched the person')).not.toBeChecked();
  await prep.getByLabel('Researched the person').check();
  await expect(prep.getByLabel('Researched the person')).toBeFocused();
  // The tick is made once its code has arrived, then saved (leaving before that asks first).
  await expect
    .poll(() =>
      page.evaluate((key) => {
        const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as {
          preps?: { checklist?: { person?: boolean } }[];
        };
        return stored.preps?.some((p) => p.checklist?.person) ?? false;
      }, KEY),
    )
    .toBe(true);
  await page.reload();
  // The page comes back where it was, below the worksheet's start: it starts once scrolled to.
  prep = page.locator('#interview-prep');
  await prep.scrollIntoViewIfNeeded();
  await expect(prep.getByLabel('Researched the person')).toBeChecked();
  await expect(prep.getByRole('alert')).toHaveCount(0);
  await context.close();
});

test('the outreach says so in words when marking as sent cannot be fetched; after a reload, it marks as sent', async ({
  browser,
}) => {
  const context = await contextWithWorkbook(browser, workbook([contact('p_grace', 'Grace Kim')]));
  const page = await context.newPage();
  const sentFile = /\/_astro\/sent\.[\w-]+\.js$/;
  await page.route(sentFile, (route) => route.abort());
  await page.goto('/steps/make-contact/#outreach');
  let outreach = page.locator('#outreach');
  await startIslandsOf(page, 'outreach');
  await outreach.getByLabel(/^Subject line/).fill('A student asking for your advice');
  await outreach.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(outreach.getByRole('alert')).toHaveText(
    'The part that marks your message as sent could not be loaded. Check your connection, then reload the page.',
  );
  await expect(outreach.locator('.s5-status')).toContainText('Status: Not contacted yet.');

  await page.unroute(sentFile);
  await page.reload();
  outreach = page.locator('#outreach');
  await startIslandsOf(page, 'outreach');
  await outreach.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(outreach.locator('.s5-status')).toContainText('Status: Reached out on');
  await expect(outreach.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(outreach.getByRole('alert')).toHaveCount(0);
  await context.close();
});

test('leaving while a tick waits for its code asks first; once the code is here, the tick is saved and leaving is free', async ({
  browser,
}) => {
  const context = await contextWithWorkbook(browser, workbook([contact('p_grace', 'Grace Kim')]));
  const page = await context.newPage();
  const changes = await holdBack(page, '**/_astro/prep-changes.*.js');
  await page.goto('/steps/make-contact/#interview-prep');
  const prep = page.locator('#interview-prep');
  await startIslandsOf(page, 'interview-prep');
  await prep.getByLabel('Researched the person').check();
  await changes.requested;

  // The tick is on screen but not in the workbook yet: leaving asks first.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);

  changes.release();
  const saved = () =>
    page.evaluate((key) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as {
        preps?: { checklist?: { person?: boolean } }[];
      };
      return stored.preps?.some((p) => p.checklist?.person) ?? false;
    }, KEY);
  await expect.poll(saved).toBe(true);
  // Nothing waits any more: the page closes without asking.
  let askedAgain = false;
  page.on('dialog', (d) => {
    askedAgain = true;
    void d.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(askedAgain).toBe(false);
  await context.close();
});

test('the outreach fetches what saves the email address when the field is reached, saves the first address typed, and says so when it cannot be fetched', async ({
  browser,
}) => {
  const context = await contextWithWorkbook(browser, workbook([contact('p_grace', 'Grace Kim')]));
  const page = await context.newPage();
  const savingFile = '**/_astro/email-address.*.js';
  const held = await holdBack(page, savingFile);
  await page.goto('/steps/make-contact/#outreach');
  let outreach = page.locator('#outreach');
  await startIslandsOf(page, 'outreach');
  const email = outreach.getByLabel(/^Email address of Grace Kim/);
  await email.focus();
  // Asked for as the field is reached, before anything is typed.
  await held.requested;
  await email.fill('grace@example.org');
  await expect(email).toBeFocused();
  held.release();
  const storedEmail = () =>
    page.evaluate((key) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as { contacts?: { email?: string }[] };
      return stored.contacts?.[0]?.email ?? '';
    }, KEY);
  await expect.poll(storedEmail).toBe('grace@example.org');
  await outreach.getByLabel(/^Subject line/).fill('A student asking for your advice');
  await expect(outreach.getByRole('link', { name: 'Open in your mail app' })).toHaveAttribute(
    'href',
    /^mailto:grace@example\.org\?/,
  );
  await expect(outreach.getByRole('alert')).toHaveCount(0);

  // Offline before the file was stored: the address stays on screen, unsaved, and the student is told.
  await page.unroute(savingFile);
  await page.route(savingFile, (route) => route.abort());
  await page.reload();
  outreach = page.locator('#outreach');
  await startIslandsOf(page, 'outreach');
  await outreach.getByLabel(/^Email address of Grace Kim/).fill('grace.kim@example.org');
  await expect(outreach.getByRole('alert')).toHaveText(
    'The part that saves the email address could not be loaded. Check your connection, then reload the page.',
  );
  await expect(outreach.getByLabel(/^Email address of Grace Kim/)).toHaveValue('grace.kim@example.org');
  expect(await storedEmail()).toBe('grace@example.org');
  await context.close();
});

test("the outreach fetches a check's reason when its “Why this matters” is first opened, and says so when it cannot", async ({
  browser,
}) => {
  const context = await contextWithWorkbook(browser, workbook([contact('p_grace', 'Grace Kim')]));
  const page = await context.newPage();
  const reasonsFile = /\/_astro\/check-reasons\.[\w-]+\.js$/;
  let asked = 0;
  await page.route(reasonsFile, (route) => {
    asked += 1;
    return route.abort();
  });
  await page.goto('/steps/make-contact/#outreach');
  let outreach = page.locator('#outreach');
  await startIslandsOf(page, 'outreach');
  await outreach.getByLabel(/^Subject line/).fill('A student asking for your advice');
  const why = outreach.locator('[data-check="subject"] details');
  await expect(why.locator('summary')).toHaveText('Why this matters: the subject line');
  expect(asked).toBe(0);
  await why.locator('summary').click();
  await expect(why.getByRole('status')).toHaveText(
    'The reason could not be loaded. Check your connection, then reload the page.',
  );

  await page.unroute(reasonsFile);
  await page.reload();
  outreach = page.locator('#outreach');
  await startIslandsOf(page, 'outreach');
  const summary = outreach.locator('[data-check="subject"] summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(outreach.locator('[data-check="subject"] details p')).toHaveText(
    'The subject line decides whether the email is opened. Say in a few words who you are and why you are writing.',
  );
  await expect(summary).toBeFocused();
  await context.close();
});
