import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { contextWithWorkbook, holdBack, openWorksheetAt, workbook } from './workbook-fixtures';

// Step 3's goal and organization islands load their changes on demand (goal-changes.ts and
// org-changes.ts), fetched when one of their fields is first reached or at the first change. These
// tests cover a change made while the file is on its way (it is made once the file arrives, the
// cursor where it went before) and what the student sees if the file does not arrive. The same for
// the organizations' order by name (org-name-order.ts), fetched when the choice of order is reached,
// and for the notes made rows by the add island, whose cursor goes into the list's island below.

const GOAL_CHANGES = '**/_astro/goal-changes.*.js';
const ORG_CHANGES = /\/_astro\/org-changes\.[\w-]+\.js$/;

/** Opens step 3 with an empty workbook, `blocked` files failing to arrive. */
async function openStep3(browser: Browser, blocked?: RegExp): Promise<Page> {
  const context = await contextWithWorkbook(browser, workbook([]));
  const page = await context.newPage();
  if (blocked) await page.route(blocked, (route) => route.abort());
  await openWorksheetAt(page, '/steps/assess-your-goals/', 'goals');
  return page;
}

test('a target added while its code is on its way appears once the code arrives, the cursor in its count', async ({
  browser,
}) => {
  const context = await contextWithWorkbook(browser, workbook([]));
  const page = await context.newPage();
  const held = await holdBack(page, GOAL_CHANGES);
  await openWorksheetAt(page, '/steps/assess-your-goals/', 'goals');
  const sheet = page.locator('#goals');
  await sheet.getByRole('button', { name: 'Add a target' }).click();
  await held.requested;
  await expect(sheet.locator('.target')).toHaveCount(0);
  held.release();
  await expect(sheet.locator('.target')).toHaveCount(1);
  await expect(sheet.getByLabel('How many people')).toBeFocused();
  await expect(page.locator('#announcer')).toHaveText('Target 1 added.');
  // Typed into the target, saved and said in words.
  await page.keyboard.type('3');
  await expect(sheet.locator('.target-words')).toHaveText('Target 1 in words: Talk to 3 people.');
  await context.close();
});

test('organizations: when their saving code cannot be fetched, an alert says so and nothing is added; once it arrives, Enter adds', async ({
  browser,
}) => {
  const page = await openStep3(browser, ORG_CHANGES);
  const sheet = page.locator('#goals');
  const name = sheet.getByLabel('Name of the organization');
  await name.fill('Birch Lab');
  await name.press('Enter');
  await expect(sheet.getByRole('alert')).toHaveText(
    'The part that saves your list could not be loaded. Check your connection, then reload the page.',
  );
  await expect(sheet.locator('.org-rows .org-name input')).toHaveCount(0);
  await expect(name).toHaveValue('Birch Lab');

  await page.unroute(ORG_CHANGES);
  await name.press('Enter');
  await expect(sheet.locator('.org-rows .org-name input')).toHaveValue('Birch Lab');
  await expect(name).toHaveValue('');
  await expect(name).toBeFocused();
  await expect(sheet.getByRole('alert')).toHaveCount(0);
  await page.context().close();
});

/** The values of the fields `fields` finds, in order. */
const valuesOf = (fields: Locator) => fields.evaluateAll((all) => all.map((f) => (f as HTMLInputElement).value));

/** Three organizations: in rank order Zeta Lab, Birch, Acme; by name Acme, Birch, Zeta Lab. */
const THREE_ORGS = [
  { id: 'o1', name: 'Acme', alumni: false, advocacy: false, motivation: 1, posting: false },
  { id: 'o2', name: 'Zeta Lab', alumni: false, advocacy: false, motivation: 3, posting: false },
  { id: 'o3', name: 'Birch', alumni: false, advocacy: false, motivation: 2, posting: false },
];

test('organizations: the order by name, fetched when the choice of order is reached, applies once it arrives', async ({
  browser,
}) => {
  const goals = { wants: [], fields: '', organizations: '', questions: '', orgList: THREE_ORGS };
  const context = await contextWithWorkbook(browser, workbook([], { goals }));
  const page = await context.newPage();
  const held = await holdBack(page, '**/_astro/org-name-order.*.js');
  await openWorksheetAt(page, '/steps/assess-your-goals/', 'goals');
  const names = page.locator('#goals .org-rows .org-name input');
  await expect.poll(() => valuesOf(names)).toEqual(['Zeta Lab', 'Birch', 'Acme']);
  const order = page.getByLabel('Order', { exact: true });
  await order.focus();
  await order.selectOption({ label: 'Name, A to Z' });
  await held.requested;
  await expect.poll(() => valuesOf(names)).toEqual(['Zeta Lab', 'Birch', 'Acme']);
  held.release();
  await expect.poll(() => valuesOf(names)).toEqual(['Acme', 'Birch', 'Zeta Lab']);
  await expect(page.locator('#announcer')).toHaveText('The list is in this order now: Name, A to Z.');
  await expect(order).toBeFocused();
  await expect(order.locator('option:checked')).toHaveText('Name, A to Z');
  // Back to the ranking, at once.
  await order.selectOption({ label: 'Your ranking' });
  await expect.poll(() => valuesOf(names)).toEqual(['Zeta Lab', 'Birch', 'Acme']);
  await context.close();
});

test('organizations: when the order by name cannot be fetched, an alert says so and the ranking stays', async ({
  browser,
}) => {
  const goals = { wants: [], fields: '', organizations: '', questions: '', orgList: THREE_ORGS };
  const context = await contextWithWorkbook(browser, workbook([], { goals }));
  const page = await context.newPage();
  await page.route(/\/_astro\/org-name-order\.[\w-]+\.js$/, (route) => route.abort());
  await openWorksheetAt(page, '/steps/assess-your-goals/', 'goals');
  await page.getByLabel('Order', { exact: true }).selectOption({ label: 'Name, A to Z' });
  await expect(page.locator('#goals').getByRole('alert')).toHaveText(
    'The order by name could not be loaded. Check your connection, then reload the page.',
  );
  const names = page.locator('#goals .org-rows .org-name input');
  await expect.poll(() => valuesOf(names)).toEqual(['Zeta Lab', 'Birch', 'Acme']);
  await context.close();
});

test('organizations: each line of the notes joins the list below, the cursor in the first name', async ({
  browser,
}) => {
  const goals = { wants: [], fields: '', organizations: 'Riverside Hospital\nCity Archive', questions: '' };
  const context = await contextWithWorkbook(browser, workbook([], { goals }));
  const page = await context.newPage();
  await openWorksheetAt(page, '/steps/assess-your-goals/', 'goals');
  await page.getByRole('button', { name: 'Add each line to the list' }).click();
  const names = page.locator('#goals .org-rows .org-name input');
  await expect.poll(() => valuesOf(names)).toEqual(['Riverside Hospital', 'City Archive']);
  await expect(names.first()).toBeFocused();
  await expect(page.locator('#announcer')).toHaveText(
    'Added 2 organizations from your notes. Your notes are kept as they are.',
  );
  await expect(page.getByRole('button', { name: 'Add each line to the list' })).toHaveCount(0);
  await context.close();
});
