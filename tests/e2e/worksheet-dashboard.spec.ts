import { expect, type Locator, type Page, test } from '@playwright/test';
import { CONTACT_STATUSES, type Workbook } from '../../src/workbook/model';
import { contact, manyContacts, workbookWith } from '../../src/worksheets/shared/follow-up/fixtures';
import { scanBothThemes } from './axe';
import { openWorksheetAt, seededPageOnTestDay, TEST_NOON, TEST_TODAY } from './workbook-fixtures';

// Step 7: the dashboard on /steps/repeat/. "Today" is fixed at Wednesday 25 November 2026.

const PATH = '/steps/repeat/';
const TODAY = TEST_TODAY;
const NOON = TEST_NOON;

/** A new page whose browser already holds `doc`, with today fixed. */
const seededPage = seededPageOnTestDay;

/** A workbook part way through the steps, with introductions that include a loop and a missing introducer. */
function partWay(): Workbook {
  const doc = workbookWith([
    contact('p_ana', 'Ana Souza', { topFive: true }),
    contact('p_bob', 'Bob "Bobby" Lee, Jr.', {
      status: 'reached-out',
      reachedOutAt: '2026-11-18',
      org: 'County Lab',
      referredBy: 'p_ana',
    }),
    contact('p_chidi', 'Chidi Okoro', { status: 'met', metAt: '2026-11-24', referredBy: 'p_bob' }),
    contact('p_li', '李伟', { status: 'thanked', thankedAt: '2026-11-20', nextContactAt: '2026-11-20' }),
    contact('p_mo', 'محمد الأحمد', { referredBy: 'p_gone' }),
    contact('p_x', 'Xi', { referredBy: 'p_y' }),
    contact('p_y', 'Yu', { referredBy: 'p_x' }),
  ]);
  doc.places = [
    { id: 'career-fairs', name: 'Career fairs', kind: 'campus', custom: false, tryIt: true, date: '', notes: '' },
    { id: 'clubs', name: 'Clubs', kind: 'campus', custom: false, tryIt: true, date: '', notes: '' },
  ];
  doc.pitches = [{ id: 'pi1', name: 'Mine', audience: 'own', now: '', past: '', future: '', ask: '', updatedAt: '' }];
  doc.interviews = [
    {
      id: 'n1',
      contactId: 'p_chidi',
      date: '2026-11-24',
      learned: '',
      fit: '',
      explore: '',
      nextSteps: [{ id: 's1', text: 'Email the statistics professor', due: '2026-11-24', done: false }],
    },
  ];
  return doc;
}

/** Opens the dashboard and waits until its islands (one per section, each started in view) have hydrated and read the workbook. */
async function openDashboard(page: Page): Promise<Locator> {
  await openWorksheetAt(page, PATH, 'dashboard');
  return page.locator('#dashboard');
}

/** The text of each item of the outer tree, as a screen reader would list it. */
const treeItems = (sheet: Locator) => sheet.locator('.db-tree li');

test('shows progress in words, counts by status, the next five actions and who introduced whom; same after a reload', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, partWay());
  for (const round of [1, 2]) {
    if (round === 2) await page.reload();
    const sheet = await openDashboard(page);
    // Each step by the rules of its worksheets in the registry (the same as the advisor's plan view).
    await expect(sheet.locator('.db-total')).toHaveText('2 of 6 steps done. Step 7 is a habit you keep.');
    await expect(sheet.locator('.db-step-head')).toHaveText([
      '◐ Step 1: Identify your networks (Started)',
      '✓ Step 2: Expand your list (Done)',
      '◐ Step 3: Assess your goals (Started)',
      '◐ Step 4: Create your elevator pitch (Started)',
      '◐ Step 5: Make contact (Started)',
      '✓ Step 6: Follow up (Done)',
      '↻ Step 7: Repeat (Keep going)',
    ]);
    await expect(sheet.locator('.db-step-summary').first()).toHaveText(
      '7 people on your list. Add at least 15. Open your network map (step 1)',
    );
    await expect(sheet.locator('.db-step-summary').nth(3)).toHaveText(
      'No pitch written yet. Open your pitch builder (step 4)',
    );
    const links = sheet.locator('.db-steps a');
    await expect(links).toHaveCount(7);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/steps/identify-your-networks/#network-map',
      '/steps/expand-your-list/#places-to-meet',
      '/steps/assess-your-goals/#goals',
      '/steps/elevator-pitch/#pitch-builder',
      '/steps/make-contact/#outreach',
      '/steps/follow-up/#contact-tracker',
      '/steps/repeat/#weekly-routine',
    ]);

    const table = sheet.getByRole('table', { name: 'Your contacts by status' });
    const count = (status: string) => table.getByRole('row', { name: new RegExp(`^${status} `) }).getByRole('cell');
    await expect(count('Not contacted yet')).toHaveText('4');
    await expect(count('Reached out')).toHaveText('1');
    await expect(count('Met')).toHaveText('1');
    await expect(count('Thanked')).toHaveText('1');
    await expect(count('Declined')).toHaveText('0');
    await expect(count('Everyone')).toHaveText('7');
    // Each status opens the tracker showing those people.
    await expect(table.getByRole('link', { name: 'Met (show them in the tracker)' })).toHaveAttribute(
      'href',
      '/steps/follow-up/?status=met#contact-tracker',
    );
    await expect(table.getByRole('link', { name: 'Everyone (show them in the tracker)' })).toHaveAttribute(
      'href',
      '/steps/follow-up/#contact-tracker',
    );
    // The next five actions come first, above the progress.
    await expect(sheet.locator('h4').first()).toHaveText('Your next five actions');

    const actions = sheet.getByRole('list', { name: 'Your next five actions' }).getByRole('listitem');
    await expect(actions.locator('.db-action-title')).toHaveText([
      'Get in touch with 李伟',
      'Write to a second person at County Lab',
      'Next step: Email the statistics professor',
      'Send a thank-you to Chidi Okoro',
      'Write to Ana Souza',
    ]);
    await expect(actions.locator('.db-action-when')).toHaveText([
      'Overdue by 5 days · Fri 20 November 2026',
      'Overdue by 2 days · Mon 23 November 2026',
      'Overdue by 1 day · Tue 24 November 2026',
      'Due today · Wed 25 November 2026',
      'Now',
    ]);
    expect(await actions.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/steps/follow-up/#contact-tracker',
      '/steps/follow-up/#contact-tracker',
      '/steps/make-contact/?contact=p_chidi#interview-notes',
      '/steps/follow-up/?contact=p_chidi#thank-you',
      '/steps/make-contact/?contact=p_ana#outreach',
    ]);
    await expect(
      sheet.getByText('1 more action overdue or due in the next 7 days: see the contact tracker.'),
    ).toBeVisible();

    // Nested lists: Ana → Bob → Chidi; the missing introducer and the loop are explained in words.
    await expect(sheet.locator('.db-tree-wrap > .db-tree > li > .db-person')).toHaveText([
      'Ana Souza',
      'محمد الأحمد',
      'Xi',
    ]);
    const ana = sheet.locator('.db-tree-wrap > .db-tree > li').first();
    await expect(ana.locator(':scope > ul > li > .db-person')).toHaveText('Bob "Bobby" Lee, Jr.');
    await expect(ana.locator(':scope > ul > li > ul > li > .db-person')).toHaveText('Chidi Okoro');
    await expect(ana).toContainText('Ana Souza introduced you to:');
    await expect(treeItems(sheet).filter({ hasText: 'محمد الأحمد' })).toContainText(
      '(Introduced by someone no longer on your list.)',
    );
    await expect(treeItems(sheet).filter({ hasText: 'Xi' }).first()).toContainText(
      'Xi (The introductions go round in a loop, so this list starts here.) introduced you to:',
    );
    await expect(sheet.locator('.db-tree li:not(:has(li))').filter({ hasText: 'Already listed above' })).toHaveText(
      'Xi (Already listed above: the introductions go round in a loop back to Xi.)',
    );
    await expect(sheet.getByText('6 people in 3 chains of introductions')).toBeVisible();
  }
});

test('with an empty workbook, nothing is done and each part says what to do', async ({ page }) => {
  await page.clock.setFixedTime(NOON);
  const sheet = await openDashboard(page);
  await expect(sheet.locator('.db-total')).toHaveText('0 of 6 steps done. Step 7 is a habit you keep.');
  await expect(sheet.locator('.db-state')).toHaveText([
    '(Not started)',
    '(Not started)',
    '(Not started)',
    '(Not started)',
    '(Not started)',
    '(Not started)',
    '(Keep going)',
  ]);
  await expect(sheet.getByText('No one on your list yet. Start with your network map in step 1.')).toBeVisible();
  await expect(sheet.getByText(/^Nothing is due in the next 7 days\./)).toBeVisible();
  await expect(sheet.getByText(/^No introductions recorded yet\./)).toBeVisible();
  // The tables keep their rows with zeros (contacts by status, the week at a glance), so nothing moves
  // when saved answers load.
  const byStatus = sheet.getByRole('table', { name: 'Your contacts by status' });
  // One row per status and one for everyone.
  await expect(byStatus.locator('td')).toHaveText(Array(CONTACT_STATUSES.length + 1).fill('0'));
  await expect(sheet.locator('.db-week tbody td').filter({ hasNotText: /^0$/ })).toHaveCount(0);
});

test('an action link takes the student to the thank-you builder with that person chosen (keyboard only)', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, partWay());
  const sheet = await openDashboard(page);
  // Tab from the worksheet's link icon into the actions, the first thing in it; Enter follows the thank-you link.
  await sheet.locator('.heading-link').focus();
  const target = sheet.getByRole('link', { name: 'Write the thank-you' });
  // The weekly routine's choices (day, the time's parts, length, calendar button, goal) come first.
  for (let i = 0; i < 25; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/steps\/follow-up\/\?contact=p_chidi#thank-you$/);
  const ty = page.locator('#thank-you');
  await expect(ty.locator('.save-status')).not.toBeEmpty();
  await expect(ty.getByLabel('Who are you thanking?')).toHaveValue('p_chidi');
  await expect(ty.locator('.ty-due')).toHaveText('Thank-you due Wed 25 November 2026: Due today.');
  // The tree's scroll box can be reached with the keyboard too.
  await page.goBack();
  const tree = (await openDashboard(page)).getByRole('region', { name: 'Who introduced whom' });
  await tree.focus();
  await expect(tree).toBeFocused();
});

test('500 contacts and a 500-long chain of introductions fit 320 px', async ({ browser, baseURL }) => {
  const contacts = manyContacts(500, TODAY).map((c, i) => ({ ...c, referredBy: i ? `m${i - 1}` : '' }));
  const page = await seededPage(browser, baseURL, workbookWith(contacts), { viewport: { width: 320, height: 800 } });
  const sheet = await openDashboard(page);
  await expect(sheet.getByText('500 people in 1 chain of introductions')).toBeVisible();
  await expect(sheet.locator('.db-tree li')).toHaveCount(500);
  await expect(sheet.getByRole('list', { name: 'Your next five actions' }).getByRole('listitem')).toHaveCount(5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('many chains of introductions: a page of 50, "Show more" moves focus to the next chain, printing shows all', async ({
  browser,
  baseURL,
}) => {
  // 60 chains of two: who introduced whom loads on demand, with its pager.
  const contacts = Array.from({ length: 120 }, (_, i) =>
    contact(`p${i}`, `Person ${i}`, { referredBy: i % 2 ? `p${i - 1}` : '' }),
  );
  const page = await seededPage(browser, baseURL, workbookWith(contacts));
  const sheet = await openDashboard(page);
  const chains = sheet.locator('.db-tree-wrap > .db-tree > li');
  await expect(sheet.getByText('120 people in 60 chains of introductions')).toBeVisible();
  await expect(chains).toHaveCount(50);
  await sheet.getByRole('button', { name: /^Show 10 more/ }).click();
  await expect(chains).toHaveCount(60);
  await expect(chains.nth(50)).toBeFocused();
  // After a reload the first page again; the browser sends `beforeprint` before it lays out the print.
  await page.reload();
  await expect(chains).toHaveCount(50);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(chains).toHaveCount(60);
});

test.describe('axe, light and dark theme', () => {
  test('finds nothing on the filled-in dashboard', async ({ browser, baseURL }) => {
    const page = await seededPage(browser, baseURL, partWay());
    const sheet = await openDashboard(page);
    await expect(sheet.locator('.db-action')).toHaveCount(5);
    await scanBothThemes(page, 'the worksheet', { include: ['#dashboard'] });
  });
});
