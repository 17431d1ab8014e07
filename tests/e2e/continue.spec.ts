// A way back in (issue 13, item 9), with the seeded 20-person workbook: a change in a worksheet is
// recorded with its person, and the home page and each step offer "Continue" back to it, named and
// opening on that person; the navigation ticks each step from the same rule of done as the path.
import { expect, type Page, test } from '@playwright/test';
import { scanBothThemes } from './axe';
import { twentyPeople, twentyPeopleWorkbook } from './twenty-people';
import { KEY, layoutShift, openWorksheetAt, seededPageOnTestDay, startIslandsOf } from './workbook-fixtures';

const PHONE = { viewport: { width: 390, height: 844 } };
const SMALL_PHONE = { viewport: { width: 320, height: 700 } };
const MAKE_CONTACT = '/steps/make-contact/';
const NAMES = new Map(twentyPeople().map((p) => [p.id as string, p.name as string]));
/** Someone far down the list (not in the top five, so not the person the worksheets open on). */
const LATER = 'p13';
/** The seeded workbook's steps: 1, 3, 4 and 6 done, 5 and 7 started, 2 not started (see pictures.spec.ts). */
const STATES = ['done', 'not-started', 'done', 'done', 'started', 'done', 'started'] as const;
/** What a screen reader hears after each step's name in the navigation, and the mark shown. */
const HEARD = { done: '\\s*, done', started: '\\s*, started', 'not-started': '' } as const;
const MARK = { done: 'Step \\d ✓', started: 'Step \\d ◐', 'not-started': 'Step \\d' } as const;

/** The "Continue" link of the page. */
const continueLink = (page: Page) => page.locator('[data-continue] a');

/** The record of the last worksheet touched, as stored. */
function storedTouch(page: Page): Promise<unknown> {
  return page.evaluate((key) => {
    const { worksheet, contactId } = JSON.parse(localStorage.getItem(key) ?? '{}').lastTouched ?? {};
    return { worksheet, contactId };
  }, KEY);
}

test('a change for a person brings the student back to them from home, by keyboard, with the steps ticked', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const page = await seededPageOnTestDay(browser, baseURL, twentyPeopleWorkbook(), PHONE);
  const name = NAMES.get(LATER) ?? '';
  await openWorksheetAt(page, MAKE_CONTACT, 'outreach');
  await page.locator('#or-contact').selectOption(LATER);
  await page.locator('#or-subject').fill('Question about your work at the lab');
  await expect(page.locator('#outreach .save-status')).toHaveText(/saved/i);
  await expect.poll(() => storedTouch(page)).toEqual({ worksheet: 'outreach', contactId: LATER });

  await page.goto('/');
  const link = continueLink(page);
  await expect(link).toHaveText(`Continue: Draft a message to ${name}`);
  await expect(link).toHaveAttribute('href', `${MAKE_CONTACT}?contact=${LATER}#outreach`);
  await expect(link).toBeInViewport();

  // The navigation ticks each step as the path does, in words for screen readers too.
  const menu = page.getByRole('button', { name: 'Menu: all steps and pages' });
  await menu.click();
  const nav = page.getByRole('navigation', { name: 'Guide' });
  for (const [i, state] of STATES.entries()) {
    const step = nav.locator(`a[data-tick="${i + 1}"]`);
    // (Hidden words count as blocks of their own: a space may come before the punctuation.)
    await expect(step).toHaveAccessibleName(new RegExp(`^Step ${i + 1}\\s*: [^,]+?${HEARD[state]}$`));
    await expect(step.locator('.step-number')).toHaveText(new RegExp(`^\\s*${MARK[state]}:?\\s*$`));
  }
  await scanBothThemes(page, 'home with "Continue" and the ticked steps', {
    include: ['[data-continue]', '.site-nav'],
  });

  // Keyboard only: the menu closes with Enter, Tab goes on to the link, Enter opens the worksheet on that person.
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${MAKE_CONTACT}\\?contact=${LATER}#outreach$`));
  await expect(page.locator('#outreach')).toBeInViewport();
  await startIslandsOf(page, 'outreach');
  await expect(page.locator('#or-contact')).toHaveValue(LATER);
  await expect(page.locator('#or-subject')).toHaveValue('Question about your work at the lab');
  await page.context().close();
});

test('at 320 px the link fills in without moving the page or scrolling sideways, prints not, and an empty workbook shows none', async ({
  browser,
  baseURL,
}) => {
  const touched = {
    ...twentyPeopleWorkbook(),
    lastTouched: { worksheet: 'interview-notes', contactId: 'p7', at: '2026-11-24T18:00:00.000Z' },
  };
  const page = await seededPageOnTestDay(browser, baseURL, touched, SMALL_PHONE);
  for (const path of ['/', MAKE_CONTACT]) {
    await page.goto(path);
    const link = continueLink(page);
    await expect(link, path).toHaveText(`Continue: Your notes from your talk with ${NAMES.get('p7')}`);
    await expect(link, path).toHaveAttribute('href', `${MAKE_CONTACT}?contact=p7#interview-notes`);
    // Its two-line limit is applied (set through the style object, which the Content Security Policy allows).
    await expect(link, path).toHaveCSS('-webkit-line-clamp', '2');
    expect(await layoutShift(page), path).toBeLessThan(0.0005);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
  // The open menu with its ticks fits too.
  await page.getByRole('button', { name: 'Menu: all steps and pages' }).click();
  await expect(page.locator('a[data-tick="1"] .nav-tick').first()).toHaveText('✓');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // On paper the link and the navigation are left out.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-continue]')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Guide' })).toBeHidden();
  await page.context().close();

  const empty = await seededPageOnTestDay(browser, baseURL, undefined, SMALL_PHONE);
  const loaded = empty.waitForResponse(/\/_astro\/step-path\./);
  await empty.goto(MAKE_CONTACT);
  await loaded;
  await expect(empty.locator('.step-path li[data-step="1"]')).toBeVisible();
  await expect(empty.locator('[data-continue]')).toBeHidden();
  await expect(empty.locator('a[data-tick] .nav-tick')).toHaveCount(0);
  await empty.context().close();
});
