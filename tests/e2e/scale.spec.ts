// Long lists with a big workbook: a page at a time on screen, the rest a keypress away, and
// everything when printed and on My workbook. Timings are measured by `npm run bench:scale`, not here.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { storedItems } from '../../scripts/lighthouse-workbook';
import type { Workbook } from '../../src/workbook/model';
import { buildSampleWorkbook } from '../../src/workbook/sample-workbook';
import { openWorkbookPage, openWorksheetAt } from './workbook-fixtures';

const NOW = new Date('2026-03-01T12:00:00.000Z');

/** The sample workbook with `people` people and `places` places of the student's own. */
const sample = (people: number, places = 0) => buildSampleWorkbook(people, NOW, { places, notesEvery: 4 });

/**
 * A new page whose browser holds `doc`, saved as the site saves it (with the checksum). Stored by
 * the page itself on another address of the site first: storageState would write the 4 MB from a
 * script that runs inside the tested page.
 */
async function pageWith(browser: Browser, baseURL: string | undefined, doc: Workbook): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/robots.txt');
  await page.evaluate((items) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, storedItems(doc));
  return page;
}

/** The name of the person at `index` in `doc`. */
const nameAt = (doc: Workbook, index: number) => doc.contacts[index]?.name ?? '';

/** The people to rate, and the list in order of priority, on step 3. */
const rateRows = (page: Page) => page.locator('#goals .rate-list > fieldset.rate-person');
const rankRows = (page: Page) => page.locator('#goals .priority-list > li');

test('step 3 opens with 5,000 people and shows the first page of each list; the next page is a keypress away', async ({
  browser,
  baseURL,
}) => {
  // Storing and reading 4 MB takes a few seconds on a busy two-core machine, more than the default 30 s allow with the rest.
  test.setTimeout(90_000);
  const doc = sample(5000, 2000);
  const page = await pageWith(browser, baseURL, doc);
  await openWorksheetAt(page, '/steps/assess-your-goals/', 'goals');
  const sheet = page.locator('#goals');
  await expect(sheet.getByText('5000 people on your list')).toBeVisible();
  await expect(rateRows(page)).toHaveCount(20);
  await expect(rankRows(page)).toHaveCount(50);
  await expect(rateRows(page).first().locator('legend').first()).toHaveText(nameAt(doc, 0));

  const more = sheet.getByRole('button', { name: 'Show 20 more people to rate (4980 not shown)' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(rateRows(page)).toHaveCount(40);
  // The new people come after the ones shown before, and focus moves to the first of them.
  const firstNew = rateRows(page).nth(20);
  await expect(firstNew.locator('legend').first()).toHaveText(nameAt(doc, 20));
  await expect(firstNew.getByRole('radio', { name: '1 Low' }).first()).toBeFocused();
  await expect(sheet.getByRole('button', { name: 'Show 20 more people to rate (4960 not shown)' })).toBeVisible();

  // The list in order of priority pages the same way.
  await sheet.getByRole('button', { name: /^Show 50 more people in order of priority/ }).press('Enter');
  await expect(rankRows(page)).toHaveCount(100);
  await expect(rankRows(page).nth(50).getByRole('checkbox')).toBeFocused();
});

test('printing step 3 shows every person, and the page goes back to its first page after', async ({
  browser,
  baseURL,
}) => {
  const page = await pageWith(browser, baseURL, sample(120));
  await openWorksheetAt(page, '/steps/assess-your-goals/', 'goals');
  await expect(rateRows(page)).toHaveCount(20);
  await expect(rankRows(page)).toHaveCount(50);

  // The browser sends `beforeprint` before it lays out the page for printing.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(rateRows(page)).toHaveCount(120);
  await expect(rankRows(page)).toHaveCount(120);
  await expect(rankRows(page).last()).toBeVisible();
  await expect(page.locator('#goals .show-more')).toHaveCount(0);

  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(rateRows(page)).toHaveCount(20);
  await expect(rankRows(page)).toHaveCount(50);
});

test('My workbook lists every person, place and note of a big workbook', async ({ browser, baseURL }) => {
  const doc = sample(600, 80);
  const page = await pageWith(browser, baseURL, doc);
  await openWorkbookPage(page);
  const view = page.locator('.wb-view');
  // People in the first circle: every fourth person (the sample spreads them over three circles and none).
  const work = view.locator('h3', { hasText: 'Work and internships (150)' });
  await expect(work).toBeVisible();
  await expect(view.locator('h3:has-text("Work and internships") + ul > li')).toHaveCount(150);
  await expect(view.locator('h3:has-text("Work and internships") + ul > li').last()).toContainText(nameAt(doc, 596));
  await expect(view.locator('section[aria-labelledby="wb-places-to-meet"] ul.wb-list > li')).toHaveCount(82);
  await expect(view.getByRole('heading', { name: /^Notes from your talk with/ })).toHaveCount(60);
});

test('printing My workbook as soon as it opens prints every step in full: each of its islands starts at load', async ({
  browser,
  baseURL,
}) => {
  const doc = sample(600, 80);
  const page = await pageWith(browser, baseURL, doc);
  // No scrolling: the islands far down the page must start without coming into view.
  await openWorkbookPage(page);
  await expect(page.locator('.workbook-page astro-island:not([client="load"])')).toHaveCount(0);
  // Counted in the same task as `beforeprint`, as the browser lays out the print right after it.
  const counts = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    const view = document.querySelector('.wb-view');
    const count = (selector: string) => view?.querySelectorAll(selector).length ?? 0;
    const headings = [...(view?.querySelectorAll('h3') ?? [])].map((h) => h.textContent ?? '');
    return {
      people: count('section[aria-labelledby="wb-network-map"] ul.wb-list > li'),
      places: count('section[aria-labelledby="wb-places-to-meet"] ul.wb-list > li'),
      messages: headings.filter((h) => h.startsWith('Message to')).length,
      preps: headings.filter((h) => h.startsWith('Preparing to meet')).length,
      notes: headings.filter((h) => h.startsWith('Notes from your talk with')).length,
      thankYous: headings.filter((h) => h.startsWith('Thank-you to')).length,
      tracked: count('section[aria-labelledby="wb-contact-tracker"] ul.wb-list > li'),
    };
  });
  const tracked = doc.contacts.filter((c) => c.status !== 'not-contacted' || c.nextContactAt).length;
  expect(counts).toEqual({
    people: doc.contacts.length,
    places: doc.places.length,
    messages: doc.outreach.length,
    preps: doc.preps.length,
    notes: doc.interviews.length,
    thankYous: doc.thankYous.filter((t) => t.learned.trim() || t.action.trim() || t.thanks.trim()).length,
    tracked,
  });
  expect(tracked).toBeGreaterThan(10);
  expect(counts.messages).toBeGreaterThan(10);
});
