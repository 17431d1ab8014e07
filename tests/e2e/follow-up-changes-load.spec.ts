import { type Browser, expect, type Page, test } from '@playwright/test';
import { contact, contextWithWorkbook, openWorksheetAt, startIslandsOf, workbook } from './workbook-fixtures';

// Step 6 loads its saving code on demand: the tracker's adding and saving (tracker-changes.ts) when
// the add fields are first reached or a card first opens, an opened card's details (CardOpen.tsx)
// when a card first opens (the printed copy of the list has them at once), what the list does after a
// filter, a sort, "Show more" or "Update the order" (list-moves.tsx) when the list is first reached,
// the thank-you's "Mark as sent" (sent.ts) on the first click of that button. These tests cover what the student sees if those files do not
// arrive, and that the work goes on once they do.

const CHANGES = /\/_astro\/tracker-changes\.[\w-]+\.js$/;
const CARD_OPEN = /\/_astro\/CardOpen\.[\w-]+\.js$/;
const SENT = /\/_astro\/sent\.[\w-]+\.js$/;
const MOVES = /\/_astro\/list-moves\.[\w-]+\.js$/;

/** Opens step 6 at `worksheet` with Ana Ruiz met (a thank-you due), `blocked` files failing to arrive. */
async function openStep6(browser: Browser, worksheet: string, blocked?: RegExp): Promise<Page> {
  const ana = contact('p_ana', 'Ana Ruiz', { org: 'Clinic', status: 'met' });
  const context = await contextWithWorkbook(browser, workbook([ana]));
  const page = await context.newPage();
  if (blocked) await page.route(blocked, (route) => route.abort());
  await openWorksheetAt(page, '/steps/follow-up/', worksheet);
  return page;
}

test('the tracker adds a person once its saving code arrives: the card and editor open, the cursor in it', async ({
  browser,
}) => {
  const page = await openStep6(browser, 'contact-tracker');
  const sheet = page.locator('#contact-tracker');
  await sheet.getByLabel('Name', { exact: true }).fill('Bea Lin');
  await sheet.getByLabel('Name', { exact: true }).press('Enter');
  await expect(sheet.getByRole('group', { name: 'Update Bea Lin' }).locator('legend').first()).toBeFocused();
  await expect(page.locator('#announcer')).toHaveText(
    'Added Bea Lin to your tracker, at the top of the list. Update their status and dates now.',
  );
  await page.context().close();
});

test('the tracker: when its saving code cannot be fetched, adding and quick buttons say so in words and change nothing', async ({
  browser,
}) => {
  const page = await openStep6(browser, 'contact-tracker', CHANGES);
  const sheet = page.locator('#contact-tracker');
  const name = sheet.getByLabel('Name', { exact: true });
  await name.fill('Bea Lin');
  await name.press('Enter');
  await expect(name).toHaveAccessibleDescription(/Your change could not be saved/);
  await expect(name).toBeFocused();
  await expect(sheet.locator('.ct-card')).toHaveCount(1);

  const ana = sheet.locator('.ct-card').filter({ hasText: 'Ana Ruiz' });
  await ana.locator('.ct-toggle').click();
  await ana.getByRole('button', { name: '+1 day (next contact tomorrow)' }).click();
  await expect(page.locator('#announcer')).toHaveText(/^Your change could not be saved/);
  await expect(ana.locator('.ct-date').filter({ hasText: 'Next contact' })).toContainText('No date set');

  // Once the file arrives, the same press works.
  await page.unroute(CHANGES);
  await ana.getByRole('button', { name: '+1 day (next contact tomorrow)' }).click();
  await expect(ana.locator('.ct-date').filter({ hasText: 'Next contact' })).toContainText('Due tomorrow');
  await page.context().close();
});

test('thank-you: when "Mark as sent" cannot be fetched, an alert says so and nothing is marked', async ({
  browser,
}) => {
  const page = await openStep6(browser, 'thank-you', SENT);
  const sheet = page.locator('#thank-you');
  await sheet.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(sheet.getByRole('alert')).toHaveText(
    'The "Mark as sent" step could not be loaded. Check your connection, then reload the page.',
  );
  await expect(sheet.locator('.undo-bar')).toHaveCount(0);

  await page.unroute(SENT);
  await sheet.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(sheet.locator('.undo-bar')).toBeFocused();
  await expect(sheet.getByRole('alert')).toHaveCount(0);
  await page.context().close();
});

test('a tracker card shows its details once opened, focus staying on its name; printing shows every card open', async ({
  browser,
}) => {
  const page = await openStep6(browser, 'contact-tracker');
  const sheet = page.locator('#contact-tracker');
  const advice = 'Send a thank-you within a few days. Add the date you met to see when it is due.';
  // On paper, with no card opened: every card with where they are from and their dates, the list
  // printed once (the advice stays on screen).
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(sheet.locator('.ct-card').filter({ visible: true })).toHaveCount(1);
  await expect(sheet.locator('.ct-summary').filter({ visible: true })).toHaveText(
    '1 person in your tracker. 0 overdue, 1 due today, 0 due in the next 3 days.',
  );
  // (after a separator: on paper it runs on after the card's line)
  await expect(sheet.locator('.ct-where').filter({ visible: true })).toHaveText('· Clinic · Work and internships');
  await expect(sheet.locator('.ct-dates').filter({ visible: true })).toContainText(
    'Thank-youDue now (add the date you met)',
  );
  await expect(sheet.locator('.ct-advice').filter({ visible: true })).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: null });
  await expect(sheet.locator('.ct-advice').filter({ visible: true })).toHaveCount(0);

  // On screen, opening the card: its details arrive, the focus stays on its name.
  const toggle = sheet.getByRole('button', { name: 'Ana Ruiz', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(sheet.locator('.ct-advice')).toHaveText(advice);
  await expect(toggle).toBeFocused();
  await sheet.getByRole('button', { name: 'Update status and dates for Ana Ruiz' }).click();
  await expect(sheet.getByRole('group', { name: 'Update Ana Ruiz' })).toBeVisible();
  await page.context().close();
});

test('the tracker: when a card’s details cannot be fetched, opening it says so in words', async ({ browser }) => {
  const page = await openStep6(browser, 'contact-tracker', CARD_OPEN);
  const sheet = page.locator('#contact-tracker');
  await sheet.getByRole('button', { name: 'Ana Ruiz', exact: true }).click();
  await expect(sheet.locator('.ct-card').getByRole('alert')).toHaveText(
    'The details could not be loaded. Check your connection, then reload the page.',
  );
  await page.context().close();
});

test('the tracker list starts without its moves; when they cannot be fetched, a filter says so in words, and works once they arrive', async ({
  browser,
}) => {
  const ana = contact('p_ana', 'Ana Ruiz', { org: 'Clinic', status: 'met' });
  const bea = contact('p_bea', 'Bea Lin', { status: 'reached-out' });
  const context = await contextWithWorkbook(browser, workbook([ana, bea]));
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (MOVES.test(request.url())) fetched.push(request.url());
  });
  await page.route(MOVES, (route) => route.abort());
  await openWorksheetAt(page, '/steps/follow-up/', 'contact-tracker');
  const sheet = page.locator('#contact-tracker');
  const names = sheet.locator('.ct-name');
  await expect(names).toHaveText(['Ana Ruiz', 'Bea Lin']);
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);

  // The status filter chosen while the file cannot arrive: the list stays as it was, and says why.
  const status = sheet.getByLabel('Status', { exact: true });
  await status.selectOption({ label: 'Met (1)' });
  await expect(sheet.getByRole('alert')).toHaveText(
    "The list's controls could not be loaded. Check your connection, then reload the page.",
  );
  await expect(names).toHaveText(['Ana Ruiz', 'Bea Lin']);

  // Once it arrives, the next choice is applied, said and kept in the address.
  await page.unroute(MOVES);
  await status.selectOption({ label: 'Reached out (1)' });
  await expect(names).toHaveText(['Bea Lin']);
  await expect(page.locator('#announcer')).toHaveText('Showing 1 person.');
  await expect(sheet.getByRole('alert')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('status')).toBe('reached-out');
  await context.close();
});

test('the tracker list says its order is older when a thank-you is marked as sent beside it, and sorts again on request', async ({
  browser,
}) => {
  // Ana's thank-you is due; Abe has nothing due. Once Ana's thank-you is sent, both have nothing due
  // and the names decide: Abe first.
  const ana = contact('p_ana', 'Ana Ruiz', { org: 'Clinic', status: 'met' });
  const abe = contact('p_abe', 'Abe Lin');
  const context = await contextWithWorkbook(browser, workbook([ana, abe]));
  const page = await context.newPage();
  let movesFetched = false;
  page.on('request', (request) => {
    if (MOVES.test(request.url())) movesFetched = true;
  });
  await openWorksheetAt(page, '/steps/follow-up/', 'contact-tracker');
  const tracker = page.locator('#contact-tracker');
  const names = tracker.locator('.ct-name');
  await expect(names).toHaveText(['Ana Ruiz', 'Abe Lin']);

  // Marked as sent in the thank-you worksheet: the list (never reached) keeps its order and says so.
  await startIslandsOf(page, 'thank-you');
  expect(movesFetched).toBe(false);
  await page.locator('#thank-you').getByRole('button', { name: 'Mark as sent' }).click();
  await expect(tracker.locator('.ct-stale')).toHaveText(
    'Your changes are saved. The list keeps its order while you work. Update the order',
  );
  await expect(names).toHaveText(['Ana Ruiz', 'Abe Lin']);
  await tracker.getByRole('button', { name: 'Update the order' }).click();
  await expect(names).toHaveText(['Abe Lin', 'Ana Ruiz']);
  await expect(page.locator('#announcer')).toHaveText('List updated. Showing 2 people.');
  await expect(tracker.locator('.ct-stale')).toHaveCount(0);
  await context.close();
});
