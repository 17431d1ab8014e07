import { type Browser, expect, type Page, test } from '@playwright/test';
import { contextWithWorkbook, holdBack, openWorksheetAt, workbook } from './workbook-fixtures';

// Step 3's goal and organization islands load their changes on demand (goal-changes.ts and
// org-changes.ts), fetched when one of their fields is first reached or at the first change. These
// tests cover a change made while the file is on its way (it is made once the file arrives, the
// cursor where it went before) and what the student sees if the file does not arrive.

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
