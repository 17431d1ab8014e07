import { readFile } from 'node:fs/promises';
import { type Download, expect, type Locator, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Workbook } from '../../src/workbook/model';
import { contact, manyContacts, workbookWith } from '../../src/worksheets/shared/follow-up/fixtures';
import { scanBothThemes } from './axe';
import { KEY, seededPageOnTestDay, stopClock, TEST_TODAY } from './workbook-fixtures';

// Step 6: the contact tracker and the thank-you builder on /steps/follow-up/.
// "Today" is fixed at Wednesday 25 November 2026 with page.clock.

const PATH = '/steps/follow-up/';
const TODAY = TEST_TODAY;

/** A new page whose browser already holds `doc`, with today fixed. */
const seededPage = seededPageOnTestDay;

/** A few people at different points of the routine. */
function fewPeople(): Workbook {
  return workbookWith([
    contact('p_ana', 'Ana Souza', { org: 'River Trust', email: 'ana.souza@example.org' }),
    contact('p_bob', 'Bob "Bobby" Lee, Jr.', {
      status: 'reached-out',
      reachedOutAt: '2026-11-18',
      lastContactAt: '2026-11-18',
      org: 'County Lab',
      circleId: 'family',
    }),
    contact('p_chidi', 'Chidi Okoro', {
      status: 'met',
      metAt: '2026-11-24',
      lastContactAt: '2026-11-24',
      org: 'County Health Department',
      email: 'chidi@example.org',
    }),
    contact('p_li', '李伟 👩🏽‍🔬', {
      status: 'thanked',
      thankedAt: '2026-11-20',
      lastContactAt: '2026-11-20',
      nextContactAt: '2026-11-26',
      circleId: 'activities',
    }),
    contact('p_mo', 'محمد الأحمد', { nextContactAt: '2026-11-20', circleId: '' }),
    contact('p_zed', 'Zed', { status: 'met', metAt: '2026-11-20' }),
  ]);
}

/** Opens a worksheet of the page and waits until its islands have hydrated and read the workbook. */
async function openSheet(page: Page, id: 'contact-tracker' | 'thank-you', query = ''): Promise<Locator> {
  await page.goto(`${PATH}${query}#${id}`);
  return hydrated(page.locator(`#${id}`));
}

/**
 * Scrolls to each island of a worksheet already on the page in turn (each worksheet is several
 * islands, each started when it comes into view), waits for them, then shows the worksheet's top.
 */
async function hydrated(sheet: Locator): Promise<Locator> {
  for (const island of await sheet.locator('astro-island').all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr');
  }
  await sheet.scrollIntoViewIfNeeded();
  await expect(sheet.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(sheet.locator('.save-status')).not.toBeEmpty();
  return sheet;
}

/** One person's card in the tracker. */
const card = (sheet: Locator, name: string) =>
  sheet.locator('.ct-card').filter({ has: sheet.page().getByRole('heading', { name, exact: true }) });
/** Opens a person's card (closed, it shows one line) by its name, the button that opens it. */
async function openCard(card: Locator): Promise<Locator> {
  const toggle = card.locator('.ct-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return card;
}
/** The names in the tracker, in order. */
const names = (sheet: Locator) => sheet.locator('.ct-card .ct-name');

/** The stored workbook. */
async function stored(page: Page): Promise<Workbook> {
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
}
const storedContact = async (page: Page, id: string) => (await stored(page)).contacts.find((c) => c.id === id);

/** Clicks a download button and returns the file; an export error shown in words fails the test with it. */
async function download(sheet: Locator, button: string): Promise<Download> {
  const page = sheet.page();
  const file = page.waitForEvent('download');
  await sheet.getByRole('button', { name: button }).click();
  const error = sheet.locator('.ct-exports .error-message');
  const failed = error.waitFor().then(async () => {
    throw new Error(`The export said: ${await error.textContent()}`);
  });
  return Promise.race([file, failed]);
}

/** The text of a downloaded file. */
async function downloadedText(file: Download): Promise<string> {
  return readFile(await file.path(), 'utf8');
}

test('statuses and dates: status fills in dates, quick buttons set the next contact, all is kept after a reload', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, fewPeople());
  const sheet = await openSheet(page, 'contact-tracker');
  const ana = card(sheet, 'Ana Souza');
  await expect(ana.locator('.ct-status')).toHaveText('Status: Not contacted yet');

  await openCard(ana);
  await ana.getByRole('button', { name: 'Update status and dates for Ana Souza' }).click();
  const editor = ana.getByRole('group', { name: 'Update Ana Souza' });
  await expect(editor.getByRole('group', { name: 'Status' })).toBeVisible();
  await editor.getByLabel('Reached out', { exact: true }).check();
  await expect(ana.locator('.ct-status')).toHaveText('Status: Reached out');
  await expect(editor.getByLabel(/^Reached out on/)).toHaveValue(TODAY);
  await expect(editor.getByLabel(/^Last contact/)).toHaveValue(TODAY);
  // 3B7: Wednesday + 3 business days is Monday; + 7 is Friday of the next week.
  await expect(ana.locator('.ct-advice')).toHaveText(
    'If there is no reply by Mon 30 November 2026, write to a second person at River Trust. If there is still none by Fri 4 December 2026, send Ana Souza one short follow-up.',
  );

  // A date that cannot be right is refused in words and not saved.
  await editor.getByLabel(/^Met on/).fill('2026-12-01');
  await expect(editor.locator('.error-message')).toHaveText(
    'Error: The day you met cannot be in the future. Enter the day it happened, or leave it empty.',
  );
  await expect(editor.getByLabel(/^Met on/)).toHaveAttribute('aria-invalid', 'true');
  await editor.getByLabel(/^Met on/).fill('');
  await expect(editor.locator('.error-message')).toHaveCount(0);

  // Quick buttons set the next contact date from today.
  const next = ana.locator('.ct-date').filter({ hasText: 'Next contact' });
  await ana.getByRole('button', { name: '+1 day (next contact tomorrow)' }).click();
  await expect(next).toContainText('Thu 26 November 2026 Due tomorrow');
  await expect(editor.getByLabel(/^Next contact/)).toHaveValue('2026-11-26');
  await ana.getByRole('button', { name: /^\+3 days/ }).click();
  await expect(next).toContainText('Sat 28 November 2026 Due in 3 days');
  await ana.getByRole('button', { name: /^\+1 week/ }).click();
  await expect(next).toContainText('Wed 2 December 2026 Due in 7 days');
  await expect(page.locator('#announcer')).toHaveText(
    'Next contact with Ana Souza: Wed 2 December 2026, due in 7 days.',
  );
  await ana.getByRole('button', { name: 'Use the 3B7 date, Mon 30 November 2026' }).click();
  await expect(next).toContainText('Mon 30 November 2026 Due in 5 days');

  // A next contact date in the past is kept and shown as overdue.
  await editor.getByLabel(/^Next contact/).fill('2026-11-23');
  await expect(next).toContainText('Mon 23 November 2026 Overdue by 2 days');
  await editor.getByLabel(/^Email address/).fill('');
  await editor.getByLabel(/What you talked about/).fill('Advice: "apply early", and ask Rosa, too.');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(ana.getByRole('button', { name: 'Update status and dates for Ana Souza' })).toBeFocused();

  await expect
    .poll(() => storedContact(page, 'p_ana'))
    .toMatchObject({
      status: 'reached-out',
      reachedOutAt: TODAY,
      lastContactAt: TODAY,
      nextContactAt: '2026-11-23',
      metAt: '',
      email: '',
      notes: 'Advice: "apply early", and ask Rosa, too.',
    });

  await page.reload();
  await openSheet(page, 'contact-tracker');
  const again = card(sheet, 'Ana Souza');
  await expect(again.locator('.ct-status')).toHaveText('Status: Reached out');
  await expect(again.locator('.ct-meta')).toHaveText(
    'Status: Reached out · Next contact: Overdue by 2 days · All about Ana Souza',
  );
  await openCard(again);
  await expect(again.locator('.ct-date').filter({ hasText: 'Next contact' })).toContainText('Overdue by 2 days');
  await again.getByRole('button', { name: /^Update status and dates/ }).click();
  await expect(again.getByLabel(/What you talked about/)).toHaveValue('Advice: "apply early", and ask Rosa, too.');
});

test('overdue and due-soon items stand out in words, with 3B7 and thank-you advice', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL, fewPeople());
  const sheet = await openSheet(page, 'contact-tracker');
  await expect(sheet.locator('.ct-summary')).toHaveText(
    '6 people in your tracker. 3 overdue, 1 due today, 1 due in the next 3 days.',
  );
  // Sorted by the next follow-up, soonest first; no date last.
  await expect(names(sheet)).toHaveText([
    'محمد الأحمد',
    'Bob "Bobby" Lee, Jr.',
    'Zed',
    'Chidi Okoro',
    '李伟 👩🏽‍🔬',
    'Ana Souza',
  ]);
  // Closed, each card says what comes next in one line.
  await expect(card(sheet, 'محمد الأحمد').locator('.due')).toHaveText('Overdue by 5 days');
  await expect(card(sheet, 'Zed').locator('.ct-meta')).toHaveText(
    'Status: Met · Thank-you: Overdue by 2 days · All about Zed',
  );
  const bob = await openCard(card(sheet, 'Bob "Bobby" Lee, Jr.'));
  await expect(bob.locator('.ct-date').filter({ hasText: 'Second person' })).toContainText(
    'Mon 23 November 2026 Overdue by 2 days',
  );
  await expect(bob.locator('.ct-advice')).toHaveText(
    'No reply after 3 business days: write to a second person at County Lab. If Bob "Bobby" Lee, Jr. has not replied by Fri 27 November 2026, send one short follow-up.',
  );
  // Met on Tuesday: the thank-you is due the next weekday, today.
  const chidi = await openCard(card(sheet, 'Chidi Okoro'));
  await expect(chidi.locator('.ct-date').filter({ hasText: 'Thank-you' })).toContainText(
    'Wed 25 November 2026 Due today',
  );
  await expect((await openCard(card(sheet, 'Zed'))).locator('.ct-date').filter({ hasText: 'Thank-you' })).toContainText(
    'Mon 23 November 2026 Overdue by 2 days',
  );
  await expect(card(sheet, '李伟 👩🏽‍🔬').locator('.due')).toHaveText('Due tomorrow');
  await expect(
    (await openCard(card(sheet, 'Ana Souza'))).locator('.ct-date').filter({ hasText: 'Next contact' }),
  ).toContainText('No date set');
  // The urgency is also in the card's edge colour, never only there.
  await expect(chidi).toHaveClass(/ct-today/);
});

test('on paper, a card reads as one line: what comes next, then where the person is from, apart', async ({
  browser,
  baseURL,
}) => {
  const dana = contact('p_dana', 'Dana Cruz', { org: 'Acme', nextContactAt: '2026-11-23' });
  const page = await seededPage(browser, baseURL, workbookWith([dana]));
  const sheet = await openSheet(page, 'contact-tracker');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  // The status, what comes next and where they are from run on one line on paper: the words as laid out.
  const printed = sheet.locator('.ct-card').filter({ visible: true });
  await expect(printed).toHaveCount(1);
  await expect(printed).toContainText('Status: Not contacted yet · Next contact: Overdue by 2 days · Acme · Work', {
    useInnerText: true,
  });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: null });
  // On screen, where they are from is a line of its own in the opened card, with no separator before it.
  await expect((await openCard(card(sheet, 'Dana Cruz'))).locator('.ct-where')).toHaveText(/^Acme · Work/, {
    useInnerText: true,
  });
  await page.context().close();
});

test('the editor\'s "Introduced by" lists everyone else, follows a renamed person and saves the choice', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, fewPeople());
  const sheet = await openSheet(page, 'contact-tracker');
  const ana = await openCard(card(sheet, 'Ana Souza'));
  await ana.getByRole('button', { name: 'Update status and dates for Ana Souza' }).click();
  const menu = ana.getByLabel('Introduced by');
  const options = menu.locator('option');
  await expect(options).toHaveCount(6);
  await expect(options.first()).toHaveText('No one, or not on my list');
  await expect(options.filter({ hasText: 'Ana Souza' })).toHaveCount(0);
  await menu.selectOption({ label: 'Zed' });
  await expect.poll(async () => (await storedContact(page, 'p_ana'))?.referredBy).toBe('p_zed');
  // The person chosen, renamed in their own editor (one editor is open at a time): Ana's menu shows
  // the new name, the choice kept.
  const zed = await openCard(card(sheet, 'Zed'));
  await zed.getByRole('button', { name: 'Update status and dates for Zed' }).click();
  await zed.getByLabel('Name', { exact: true }).fill('Zed Ali');
  await expect.poll(async () => (await storedContact(page, 'p_zed'))?.name).toBe('Zed Ali');
  await ana.getByRole('button', { name: 'Update status and dates for Ana Souza' }).click();
  await expect(menu.locator('option:checked')).toHaveText('Zed Ali');
  await page.context().close();
});

test('filters by status and circle, sorts by date or name, and keeps a changed person in place until asked', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, fewPeople());
  const sheet = await openSheet(page, 'contact-tracker');
  const status = sheet.getByLabel('Status', { exact: true });
  const circle = sheet.getByLabel('Circle', { exact: true });
  const sort = sheet.getByLabel('Sort by');

  await sort.selectOption({ label: 'Name, A to Z' });
  await expect(names(sheet)).toHaveText([
    'Ana Souza',
    'Bob "Bobby" Lee, Jr.',
    'Chidi Okoro',
    'Zed',
    'محمد الأحمد',
    '李伟 👩🏽‍🔬',
  ]);
  await sort.selectOption({ label: 'Last contact, newest first' });
  await expect(names(sheet)).toHaveText([
    'Chidi Okoro',
    '李伟 👩🏽‍🔬',
    'Bob "Bobby" Lee, Jr.',
    'Ana Souza',
    'Zed',
    'محمد الأحمد',
  ]);

  await status.selectOption({ label: 'Met (2)' });
  await expect(names(sheet)).toHaveText(['Chidi Okoro', 'Zed']);
  await expect(sheet.locator('.ct-showing')).toHaveText('Showing 2 of 2 people who match.');
  await expect(page.locator('#announcer')).toHaveText('Showing 2 people.');
  await status.selectOption({ label: 'Overdue or due in the next 3 days (5)' });
  await expect(names(sheet)).toHaveCount(5);
  await status.selectOption({ label: 'All statuses (6)' });
  await circle.selectOption({ label: 'Not in a circle' });
  await expect(names(sheet)).toHaveText(['محمد الأحمد']);
  await circle.selectOption({ label: 'Work and internships' });
  await status.selectOption({ label: 'Met (2)' });
  await expect(names(sheet)).toHaveText(['Chidi Okoro', 'Zed']);

  // Chidi is marked "Thanked" while the "Met" filter is on: the card stays until the student updates the order.
  const chidi = await openCard(card(sheet, 'Chidi Okoro'));
  await chidi.getByRole('button', { name: /^Update status and dates/ }).click();
  await chidi.getByLabel('Thanked', { exact: true }).check();
  await expect(chidi.locator('.ct-status')).toHaveText('Status: Thanked');
  await expect(names(sheet)).toHaveText(['Chidi Okoro', 'Zed']);
  await sheet.getByRole('button', { name: 'Update the order' }).click();
  await expect(names(sheet)).toHaveText(['Zed']);
  await expect(sheet.getByLabel('Status', { exact: true }).locator('option:checked')).toHaveText('Met (1)');
  await expect.poll(() => storedContact(page, 'p_chidi')).toMatchObject({ status: 'thanked', thankedAt: TODAY });

  // No match says so in words.
  await status.selectOption({ label: 'Declined (0)' });
  await expect(sheet.getByText('No one matches.')).toBeVisible();

  // The address keeps the status and the sort (not the circle), so a reload or a link opens that view.
  const address = new URL(page.url());
  expect([address.searchParams.get('status'), address.searchParams.get('sort'), address.hash]).toEqual([
    'declined',
    'last',
    '#contact-tracker',
  ]);
  await openSheet(page, 'contact-tracker', '?status=thanked&sort=name');
  await expect(names(sheet)).toHaveText(['Chidi Okoro', '李伟 👩🏽‍🔬']);
  await expect(sort.locator('option:checked')).toHaveText('Name, A to Z');
});

test('adds a person, refuses an empty name in words, and shows the new person first with details open', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, fewPeople());
  const sheet = await openSheet(page, 'contact-tracker');
  await sheet.getByRole('button', { name: 'Add to tracker' }).click();
  await expect(sheet.locator('.ct-add .error-message')).toHaveText(
    'Error: Enter a name. Initials or a nickname are fine.',
  );
  await sheet.getByLabel('Name', { exact: true }).fill('Ana Souza');
  await sheet.getByRole('button', { name: 'Add to tracker' }).click();
  await expect(sheet.locator('.ct-add .error-message')).toContainText('already on your list');
  await sheet.getByLabel('Name', { exact: true }).fill('Dr. Émile Zola-Ng');
  await sheet
    .getByLabel(/^Organization or field/)
    .first()
    .fill('=SUM(A1)');
  await sheet.getByLabel('Name', { exact: true }).press('Enter');
  await expect(names(sheet).first()).toHaveText('Dr. Émile Zola-Ng');
  await expect(sheet.getByRole('group', { name: 'Update Dr. Émile Zola-Ng' }).locator('legend').first()).toBeFocused();
  await expect
    .poll(async () => (await stored(page)).contacts.at(-1))
    .toMatchObject({
      name: 'Dr. Émile Zola-Ng',
      org: '=SUM(A1)',
      status: 'not-contacted',
    });
});

test('500 contacts at 320 px: 50 shown, "Show more", filters work and the page never gets wider', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, workbookWith(manyContacts(500, TODAY)), {
    viewport: { width: 320, height: 800 },
  });
  const sheet = await openSheet(page, 'contact-tracker');
  await expect(sheet.locator('.ct-summary')).toContainText('500 people in your tracker.');
  await expect(sheet.locator('.ct-card')).toHaveCount(50);
  await expect(sheet.locator('.ct-showing')).toHaveText('Showing 50 of 500 people.');
  await sheet.getByRole('button', { name: 'Show 50 more (450 not shown)' }).click();
  await expect(sheet.locator('.ct-card')).toHaveCount(100);
  await expect(sheet.locator('.ct-card').nth(50).locator('.ct-name')).toBeFocused();
  await sheet.getByLabel('Status', { exact: true }).selectOption('met');
  await expect(sheet.locator('.ct-showing')).toHaveText(/^Showing 50 of 83 people who match\.$/);
  await sheet.getByLabel('Sort by').selectOption('name');
  await expect(names(sheet).first()).toHaveText(
    /^(Amara|Chris|Fatima|José|Lena|Maria|Noah|Priya|Sam|Tomás|Wei|Zoë) Person/,
  );
  const first = await openCard(sheet.locator('.ct-card').first());
  await first.getByRole('button', { name: /^Update status and dates/ }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.locator('#thank-you').scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('downloads reminders as an .ics file and contacts as a .csv file, both parse back', async ({
  browser,
  baseURL,
}) => {
  const doc = fewPeople();
  doc.contacts.push(
    contact('p_q', 'Quote "Q", comma, and\nnew line', { nextContactAt: '2026-12-10', org: '@evil' }),
    contact('p_f', '=HYPERLINK("x")', { notes: '+1 555 0100' }),
  );
  const page = await seededPage(browser, baseURL, doc);
  const sheet = await openSheet(page, 'contact-tracker');

  const ics = await download(sheet, 'Download reminders (.ics calendar file)');
  expect(ics.suggestedFilename()).toBe(`networking-follow-ups-${TODAY}.ics`);
  const icsText = await downloadedText(ics);
  for (const line of icsText.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  expect(icsText.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const cal = new ICAL.Component(ICAL.parse(icsText));
  const events = cal.getAllSubcomponents('vevent').map((v) => ({
    summary: String(v.getFirstPropertyValue('summary')),
    start: String(v.getFirstPropertyValue('dtstart')),
    uid: String(v.getFirstPropertyValue('uid')),
    stamp: v.getFirstPropertyValue('dtstamp'),
  }));
  expect(events.map((e) => [e.start, e.summary])).toEqual([
    [TODAY, 'Overdue: Get in touch with محمد الأحمد'],
    [TODAY, 'Overdue: Send a thank-you to Zed'],
    [TODAY, 'Overdue: Write to a second person at County Lab'],
    [TODAY, 'Send a thank-you to Chidi Okoro'],
    ['2026-11-26', 'Get in touch with 李伟 👩🏽‍🔬'],
    ['2026-11-27', 'Send one follow-up to Bob "Bobby" Lee, Jr. at County Lab'],
    ['2026-12-10', 'Get in touch with Quote "Q", comma, and new line'],
  ]);
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  expect(events.every((e) => String(e.stamp).startsWith('2026-11-25T'))).toBe(true);
  await expect(page.locator('#announcer')).toHaveText('Downloaded 7 reminders as a calendar file.');

  const csv = await download(sheet, 'Download contacts (.csv spreadsheet)');
  expect(csv.suggestedFilename()).toBe(`networking-contacts-${TODAY}.csv`);
  const csvText = await downloadedText(csv);
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csvText.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
  expect(rows).toHaveLength(9);
  expect(rows[0]?.slice(0, 3)).toEqual(['Name', 'Status', 'Circle']);
  const byName = new Map(rows.map((r) => [r[0], r]));
  expect(byName.get('李伟 👩🏽‍🔬')?.[1]).toBe('Thanked');
  expect(byName.get('Quote "Q", comma, and\nnew line')?.[3]).toBe("'@evil");
  expect(byName.get(`'=HYPERLINK("x")`)?.[14]).toBe("'+1 555 0100");
  expect(byName.get('Bob "Bobby" Lee, Jr.')?.slice(1, 4)).toEqual(['Reached out', 'Family and friends', 'County Lab']);
});

test('thank-you: compose, copy, open in email, mark as sent (and undo); the tracker follows', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, fewPeople(), { permissions: ['clipboard-read', 'clipboard-write'] });
  const sheet = await openSheet(page, 'thank-you');
  const who = sheet.getByLabel('Who are you thanking?');
  // Thank-yous due come first, the most overdue first.
  await expect(who.locator('optgroup').first()).toHaveAttribute('label', 'Thank-you due');
  await expect(who.locator('optgroup').first().locator('option')).toHaveText([
    'Zed (overdue by 2 days)',
    'Chidi Okoro (due today)',
  ]);
  await who.selectOption({ label: 'Chidi Okoro (due today)' });
  await expect(sheet.locator('.ty-due')).toHaveText('Thank-you due Wed 25 November 2026: Due today.');

  // Copying without the specific thing learned is refused in words, next to that field.
  await sheet.getByRole('button', { name: 'Copy message' }).click();
  await expect(sheet.locator('.error-message')).toHaveText(
    'Error: Write one specific thing you learned. It is what makes a thank-you personal.',
  );
  await expect(sheet.getByLabel(/^One specific thing you learned/)).toBeFocused();

  await sheet.getByLabel(/^Your thanks/).fill('Thank you for talking with me on Tuesday.');
  await sheet.getByLabel(/^One specific thing you learned/).fill('I did not know counties hire students & interns.');
  await sheet.getByLabel(/^What you will do with it/).fill('This week I will look at the postings — 100% sure.');
  await expect(sheet.locator('.error-message')).toHaveCount(0);
  const message =
    'Hello Chidi Okoro,\n\nThank you for talking with me on Tuesday.\nI did not know counties hire students & interns.\nThis week I will look at the postings — 100% sure.\n\nBest wishes,';
  await expect(sheet.locator('.ty-preview')).toHaveText(message);

  // "Copied" shows for 2 s: with the clock stopped, a slow machine cannot miss it.
  await stopClock(page);
  await sheet.getByRole('button', { name: 'Copy message' }).click();
  await expect(sheet.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
  await page.clock.runFor(2000);
  await expect(sheet.getByRole('button', { name: 'Copy message' })).toBeVisible();
  await page.clock.resume();

  const mail = sheet.getByRole('link', { name: 'Open in your email app' });
  const href = (await mail.getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:chidi@example.org?subject=')).toBe(true);
  const url = new URL(href);
  expect(url.searchParams.get('subject')).toBe('Thank you for your time and advice');
  expect(url.searchParams.get('body')).toBe(message.replaceAll('\n', '\r\n'));

  // When copying is blocked, the message is selected in a box instead.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('blocked'));
  });
  await sheet.getByRole('button', { name: 'Copy message' }).click();
  const box = sheet.getByLabel(/Copying is blocked in this browser/);
  await expect(box).toBeFocused();
  expect(await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(
    message,
  );

  await sheet.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(sheet.locator('.undo-bar')).toBeFocused();
  await expect(sheet.locator('.ty-due')).toHaveText('Thank-you sent on Wed 25 November 2026.');
  await expect
    .poll(async () => {
      const d = await stored(page);
      return [d.contacts.find((c) => c.id === 'p_chidi'), d.thankYous.find((t) => t.contactId === 'p_chidi')];
    })
    .toMatchObject([
      { status: 'thanked', thankedAt: TODAY, lastContactAt: TODAY },
      { sentAt: TODAY, learned: 'I did not know counties hire students & interns.' },
    ]);
  const tracker = await hydrated(page.locator('#contact-tracker'));
  await expect(card(tracker, 'Chidi Okoro').locator('.ct-status')).toHaveText('Status: Thanked');
  await sheet.locator('.undo-bar').scrollIntoViewIfNeeded();

  await sheet.getByRole('button', { name: 'Undo' }).click();
  await expect(card(tracker, 'Chidi Okoro').locator('.ct-status')).toHaveText('Status: Met');
  await expect.poll(() => storedContact(page, 'p_chidi')).toMatchObject({ status: 'met', thankedAt: '' });
  await sheet.getByRole('button', { name: 'Mark as sent' }).click();

  await page.reload();
  await openSheet(page, 'thank-you');
  await who.selectOption({ label: 'Chidi Okoro' });
  await expect(sheet.getByLabel(/^One specific thing you learned/)).toHaveValue(
    'I did not know counties hire students & interns.',
  );
  await expect(sheet.locator('.ty-due')).toHaveText('Thank-you sent on Wed 25 November 2026.');
});

test('thank-you: a contact with no email still opens a message, with a note; a link can choose the person', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, fewPeople());
  const sheet = await openSheet(page, 'thank-you', '?contact=p_zed');
  await expect(sheet.getByLabel('Who are you thanking?')).toHaveValue('p_zed');
  await sheet.getByLabel(/^One specific thing you learned/).fill('Ask about the 李 project, "Phase 2".');
  const mail = sheet.getByRole('link', { name: 'Open in your email app' });
  const href = (await mail.getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:?subject=')).toBe(true);
  expect(new URL(href).searchParams.get('body')).toContain('Ask about the 李 project, "Phase 2".');
  await expect(sheet.locator('#ty-email-note')).toHaveText(
    'There is no email address for Zed in your tracker. Your email app will open without one: add it there.',
  );
  await expect(mail).toHaveAttribute('aria-describedby', 'ty-email-note');
});

test('the tracker and the thank-you builder work with the keyboard alone', async ({ browser, baseURL }) => {
  // A long walk through two worksheets, key by key: about 30 s on a busy two-core machine.
  test.slow();
  const page = await seededPage(browser, baseURL, fewPeople());
  const sheet = await openSheet(page, 'contact-tracker');
  const ana = card(sheet, 'Ana Souza');
  const edit = ana.getByRole('button', { name: /^Update status and dates/ });
  // The name opens the card (Enter); Tab goes to the person page link on the line always shown, then
  // on into the card.
  const toggle = ana.getByRole('button', { name: 'Ana Souza', exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(ana.getByRole('link', { name: 'All about Ana Souza' })).toBeFocused();
  // The card's details load when a card first opens (CardOpen.tsx): on a busy machine they can
  // arrive after the next key press, which then leaves the card.
  await expect(ana.getByRole('button', { name: /^\+1 day/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(ana.getByRole('button', { name: /^\+1 day/ })).toBeFocused();
  // Tab from the "+1 week" button reaches the edit button; Enter opens the editor and focuses its legend.
  await ana.getByRole('button', { name: /^\+1 week/ }).focus();
  await page.keyboard.press('Tab');
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ana.locator('.ct-editor > legend')).toBeFocused();
  await page.keyboard.press('Tab');
  const notContacted = ana.getByLabel('Not contacted yet', { exact: true });
  await expect(notContacted).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(ana.getByLabel('Reached out', { exact: true })).toBeChecked();
  await expect(ana.locator('.ct-status')).toHaveText('Status: Reached out');
  // Tab through the status radios into the dates, then type a next contact date.
  for (let i = 0; i < 40; i++) {
    if (await ana.getByLabel(/^Next contact/).evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(ana.getByLabel(/^Next contact/)).toBeFocused();
  await page.keyboard.type('12012026');
  await expect(ana.locator('.ct-date').filter({ hasText: 'Next contact' })).toContainText(
    'Tue 1 December 2026 Due in 6 days',
  );
  for (let i = 0; i < 30; i++) {
    if (await ana.getByRole('button', { name: 'Done' }).evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(edit).toBeFocused();
  // Shift+Tab back to the quick buttons; Space sets the date and focus stays put.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(ana.getByRole('button', { name: /^\+1 week/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(ana.getByRole('button', { name: /^\+1 week/ })).toBeFocused();
  await expect
    .poll(() => storedContact(page, 'p_ana'))
    .toMatchObject({ status: 'reached-out', nextContactAt: '2026-12-02' });

  const ty = await hydrated(page.locator('#thank-you'));
  await ty.getByLabel('Who are you thanking?').focus();
  await page.keyboard.press('Tab');
  await expect(ty.getByLabel(/^Your thanks/)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('The data team hires students.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  // "About you" (the name the message is signed with) sits between the parts and the message.
  await expect(ty.locator('.about-you-part summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(ty.getByRole('button', { name: 'Copy message' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(ty.getByRole('link', { name: 'Open in your email app' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(ty.getByRole('button', { name: 'Mark as sent' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ty.locator('.undo-bar')).toBeFocused();
  await expect.poll(() => storedContact(page, 'p_zed')).toMatchObject({ status: 'thanked', thankedAt: TODAY });
});

test.describe('axe, light and dark theme', () => {
  test('finds nothing on both worksheets, filled in, with an editor open and an error showing', async ({
    browser,
    baseURL,
  }) => {
    const doc = fewPeople();
    doc.thankYous = [{ id: 't1', contactId: 'p_zed', thanks: '', learned: '', action: 'Apply in March.', sentAt: '' }];
    const page = await seededPage(browser, baseURL, doc);
    const sheet = await openSheet(page, 'contact-tracker');
    const bob = await openCard(card(sheet, 'Bob "Bobby" Lee, Jr.'));
    await bob.getByRole('button', { name: /^Update status and dates/ }).click();
    await bob.getByLabel(/^Met on/).fill('2027-01-01');
    await expect(bob.locator('.error-message')).toBeVisible();
    const ty = await hydrated(page.locator('#thank-you'));
    await ty.getByRole('button', { name: 'Copy message' }).click();
    await expect(ty.locator('.error-message')).toBeVisible();
    await scanBothThemes(page, 'the worksheet', { include: ['#contact-tracker', '#thank-you'] });
  });
});

test('the last contact is the day the student chose, not the day they changed the status', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, fewPeople());
  const sheet = await openSheet(page, 'contact-tracker');
  const bob = await openCard(card(sheet, 'Bob "Bobby" Lee, Jr.'));
  await bob.getByRole('button', { name: /^Update status and dates/ }).click();
  const editor = bob.getByRole('group', { name: /^Update Bob/ });
  // Marking them as met today fills in today...
  await editor.getByLabel('Met', { exact: true }).check();
  await expect(editor.getByLabel(/^Met on/)).toHaveValue(TODAY);
  await expect(editor.getByLabel(/^Last contact/)).toHaveValue(TODAY);
  // ...and the day they really met moves the last contact with it.
  await editor.getByLabel(/^Met on/).fill('2026-11-20');
  await expect(editor.getByLabel(/^Last contact/)).toHaveValue('2026-11-20');
  await expect(bob.locator('.ct-date').filter({ hasText: 'Last contact' })).toContainText('Fri 20 November 2026');
  await expect
    .poll(() => storedContact(page, 'p_bob'))
    .toMatchObject({ status: 'met', metAt: '2026-11-20', lastContactAt: '2026-11-20' });
});

test('thank-you on LinkedIn: a connection note within 200 characters and the message, beside the email', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, fewPeople(), { permissions: ['clipboard-read', 'clipboard-write'] });
  const sheet = await openSheet(page, 'thank-you');
  await sheet.getByLabel('Who are you thanking?').selectOption({ label: 'Chidi Okoro (due today)' });
  await sheet.getByLabel(/^One specific thing you learned/).fill('I did not know counties hire students.');
  const li = sheet.locator('#ty-linkedin');
  await li.getByText('For LinkedIn: a connection note and a message').click();
  const note = 'Hello Chidi, Thank you for your time and advice. I did not know counties hire students.';
  await expect(li.locator('#ty-li-note')).toHaveText(note);
  await expect(li.locator('#ty-li-count')).toHaveText(`${note.length} of 200 characters.`);
  await li.getByRole('button', { name: 'Copy the connection note' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(note);
  await li.getByRole('button', { name: 'Copy the LinkedIn message' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(
      'Hello Chidi,\n\nThank you for taking the time to talk with me.\nI did not know counties hire students.\n\nBest wishes,',
    );
});
