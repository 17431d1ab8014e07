// Sharing and moving for everyone (issue 18): no axe violations in the chooser, the move panel,
// the code prompt and the shared page, light and dark; the whole share done from the keyboard;
// nothing wider than a 320 px screen.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { pack } from '../../src/share/payload';
import { violationLines } from './advisor-axe';
import { AXE_TAGS } from './axe-tags';
import { makeShareLink, openShareChooser, shownCode, studentWorkbook } from './share-fixtures';
import { KEY, ORIGIN, openWorkbookPage, seededContext } from './workbook-fixtures';

const DOC = studentWorkbook(20);

/** My workbook with the student's workbook, in a context with these options. */
async function studentPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const page = await (await seededContext(browser, { [KEY]: JSON.stringify(DOC) }, options)).newPage();
  await openWorkbookPage(page);
  return page;
}

/** The axe violations on a page, in lines. */
async function violations(page: Page): Promise<string[]> {
  return violationLines(await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze());
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the chooser with its preview, code and QR code, and the move panel have no axe violations (${colorScheme})`, async ({
    browser,
  }) => {
    const page = await studentPage(browser, { colorScheme });
    await openShareChooser(page);
    await page.getByLabel('Show full names').check();
    await page.getByLabel('Your interview notes').check();
    await page.getByRole('button', { name: 'Choose my own code' }).click();
    await page.getByRole('button', { name: 'Make the link' }).click();
    await expect(page.locator('#share-code-own-error')).toBeVisible();
    await page.getByRole('button', { name: 'Use the words the site made' }).click();
    await makeShareLink(page);
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Your interview notes').uncheck();
    await page.getByLabel('Show full names').uncheck();
    await page.getByLabel('Lock the link with a code').uncheck();
    for (const part of [
      'About you',
      'Your next actions',
      "Your advisor's plan and how far you are",
      'Questions for your advisor',
    ])
      await page.getByLabel(part, { exact: true }).uncheck();
    await makeShareLink(page);
    await expect(page.locator('.share-qr')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('heading', { name: 'Share with my advisor' })).toBeFocused();

    await page.getByRole('button', { name: 'Move my workbook' }).click();
    await page.getByRole('button', { name: 'Lock my workbook' }).click();
    await expect(page.getByRole('textbox', { name: 'Link to open on your other device' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  test(`the shared page, its code prompt and its sentences have no axe violations (${colorScheme})`, async ({
    browser,
  }) => {
    const page = await studentPage(browser);
    await openShareChooser(page);
    await page.getByLabel('Your interview notes').check();
    const code = await shownCode(page, '.share-flow');
    const link = await makeShareLink(page);
    await page.context().close();

    const advisor = await (await browser.newContext({ baseURL: ORIGIN, colorScheme })).newPage();
    await advisor.goto(link);
    await advisor.getByLabel('Code', { exact: true }).fill('wrong words');
    await advisor.getByRole('button', { name: 'Open' }).click();
    await expect(advisor.locator('#shared-code-error')).toBeVisible();
    expect(await violations(advisor)).toEqual([]);
    await advisor.getByLabel('Code', { exact: true }).fill(code);
    await advisor.getByRole('button', { name: 'Open' }).click();
    await expect(advisor.locator('.shared-content .shared-view')).toBeVisible();
    expect(await violations(advisor)).toEqual([]);
    await advisor.goto('/shared/#s1.00000000.AAAA');
    await expect(advisor.locator('.shared-content [role="alert"]')).toBeVisible();
    expect(await violations(advisor)).toEqual([]);
    await advisor.context().close();
  });

  test(`the code prompt for a moved workbook has no axe violations (${colorScheme})`, async ({ browser }) => {
    const page = await studentPage(browser, { colorScheme });
    await page.goto(`/workbook/#${await pack('move', '{}', 'acorn bagel comet daisy')}`);
    await page.getByLabel('Code', { exact: true }).fill('wrong words');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.locator('#unlock-code-error')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
}

test('a share from the keyboard alone: open, choose, lock, make the link, copy it; the focus is always seen', async ({
  browser,
}) => {
  const page = await studentPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const open = page.getByRole('button', { name: 'Share with my advisor' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose what to share' })).toBeFocused();
  // Tab to "Show full names" and switch it on with the space bar.
  const fullNames = page.getByLabel('Show full names');
  for (let i = 0; i < 40 && !(await fullNames.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(fullNames).toBeFocused();
  const outline = await fullNames.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Lock the link with a code')).toBeChecked();
  const make = page.getByRole('button', { name: 'Make the link' });
  for (let i = 0; i < 40 && !(await make.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.share-result')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Link for your advisor' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByRole('textbox', { name: 'Link for your advisor' }).inputValue());
  await page.context().close();
});

test('the chooser, the move panel and the shared page fit a 320 px screen', async ({ browser }) => {
  const page = await studentPage(browser, { viewport: { width: 320, height: 640 } });
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  await openShareChooser(page);
  await page.getByLabel('Lock the link with a code').check();
  const link = await makeShareLink(page);
  expect(await width()).toBeLessThanOrEqual(320);
  await page.getByRole('button', { name: 'Move my workbook' }).click();
  await page.getByRole('button', { name: 'Lock my workbook' }).click();
  await expect(page.getByRole('textbox', { name: 'Link to open on your other device' })).toBeVisible();
  expect(await width()).toBeLessThanOrEqual(320);
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByLabel('Code', { exact: true })).toBeVisible();
  expect(await width()).toBeLessThanOrEqual(320);
  await page.context().close();
});
