import { expect, type Locator, type Page, test } from '@playwright/test';
import { type Contact, emptyWorkbook, type Rating, type Workbook } from '../../src/workbook/schema';
import { scanBothThemes } from './axe';
import { contact, KEY, openWorksheetAt, seededPage } from './workbook-fixtures';

const PATH = '/steps/assess-your-goals/';
const STAMP = '2026-11-25T10:00:00.000Z';

/** A stored contact with every field (circle 'work' unless given); override what the test needs. */
function person(id: string, name: string, extra: Partial<Contact> = {}): Contact {
  return contact(id, name, { circleId: 'work', createdAt: STAMP, updatedAt: STAMP, ...extra }) as Contact;
}

/** A workbook holding people given as [name, relevance, motivation, in the top five]. */
function withPeople(people: ReadonlyArray<readonly [string, Rating, Rating, boolean?]>): Workbook {
  return {
    ...emptyWorkbook(new Date(STAMP)),
    contacts: people.map(([name, relevance, motivation, topFive = false], i) =>
      person(`p_${i}`, name, { relevance, motivation, topFive }),
    ),
  };
}

/** Three people, none rated yet. */
const THREE = () =>
  withPeople([
    ['Professor Adeyemi', 0, 0],
    ['Sam', 0, 0],
    ['Rosa Delgado', 0, 0],
  ]);

/** Goes to the worksheet and waits until its island has hydrated and read the workbook. */
const openWorksheet = (page: Page) => openWorksheetAt(page, PATH, 'goals');

const sheet = (page: Page) => page.locator('#goals');
/** The fieldset of one person, whose legend is their name. */
const personGroup = (page: Page, name: string) => sheet(page).getByRole('group', { name, exact: true });
/** One radio button of a person: which question, and the choice ("2 Medium"). */
const rating = (group: Locator, question: 'relevant' | 'talk', choice: string) =>
  group
    .getByRole('group', {
      name: question === 'relevant' ? 'How relevant to your goals?' : 'How much do you want to talk to them?',
    })
    .getByRole('radio', { name: choice });
/** The names in the list in order of priority. */
const ranked = (page: Page) => sheet(page).locator('.priority-list .entry-name');
/** The "In my top five" checkbox of one person. */
const topBox = (page: Page, name: string) =>
  sheet(page).getByRole('checkbox', { name: `In my top five (${name})`, exact: true });

/** The stored workbook, once it has been saved. */
async function stored(page: Page): Promise<Workbook> {
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
}

test('a student writes goals, rates people and picks a top five; all is there after a reload', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, THREE());
  await openWorksheet(page);
  const ws = sheet(page);
  await ws.getByLabel('Learn about a field').check();
  await ws.getByLabel('Find job or internship leads').check();
  await ws.getByLabel(/Fields that interest you/).fill('Archives\nParalegal work');
  await ws.getByLabel(/Notes on organizations/).fill('State history museum');
  await ws.getByLabel(/Questions you want answered/).fill('What is a normal day like?');
  await expect(ws.getByText('3 people on your list: 0 rated, 3 not rated yet.')).toBeVisible();

  const sam = personGroup(page, 'Sam');
  await rating(sam, 'relevant', '2 Medium').check();
  await rating(sam, 'talk', '3 High').check();
  const rosa = personGroup(page, 'Rosa Delgado');
  await rating(rosa, 'relevant', '3 High').check();
  await rating(rosa, 'talk', '3 High').check();
  await expect(ws.getByText('3 people on your list: 2 rated, 1 not rated yet.')).toBeVisible();
  await expect(ranked(page)).toHaveText(['Rosa Delgado', 'Sam', 'Professor Adeyemi']);
  await topBox(page, 'Sam').check();
  await topBox(page, 'Rosa Delgado').check();
  await expect(ws.locator('ol.top-five li')).toHaveText(['Rosa Delgado', 'Sam']);
  await expect(ws.getByText('2 of 5 chosen.')).toBeVisible();

  await page.reload();
  await openWorksheet(page);
  await expect(ws.getByLabel('Learn about a field')).toBeChecked();
  await expect(ws.getByLabel('Learn about an organization')).not.toBeChecked();
  await expect(ws.getByLabel('Find job or internship leads')).toBeChecked();
  await expect(ws.getByLabel(/Fields that interest you/)).toHaveValue('Archives\nParalegal work');
  await expect(ws.getByLabel(/Notes on organizations/)).toHaveValue('State history museum');
  await expect(ws.getByLabel(/Questions you want answered/)).toHaveValue('What is a normal day like?');
  await expect(rating(sam, 'relevant', '2 Medium')).toBeChecked();
  await expect(rating(sam, 'talk', '3 High')).toBeChecked();
  await expect(rating(rosa, 'relevant', '3 High')).toBeChecked();
  await expect(ranked(page)).toHaveText(['Rosa Delgado', 'Sam', 'Professor Adeyemi']);
  await expect(topBox(page, 'Sam')).toBeChecked();
  await expect(ws.locator('ol.top-five li')).toHaveText(['Rosa Delgado', 'Sam']);

  const doc = await stored(page);
  expect(doc.goals).toEqual({
    wants: ['field', 'leads'],
    fields: 'Archives\nParalegal work',
    organizations: 'State history museum',
    questions: 'What is a normal day like?',
    goal: '',
    targets: [],
    orgList: [],
  });
  expect(doc.contacts.map((c) => [c.name, c.relevance, c.motivation, c.topFive])).toEqual([
    ['Professor Adeyemi', 0, 0, false],
    ['Sam', 2, 3, true],
    ['Rosa Delgado', 3, 3, true],
  ]);

  // My workbook shows the goals and the top five.
  await page.goto('/workbook/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const section = page.locator('section[aria-labelledby="wb-goals"]');
  await expect(section).toContainText('Find job or internship leads');
  await expect(section).toContainText('State history museum');
  expect((await section.locator('ol li').allTextContents()).sort()).toEqual(['Rosa Delgado', 'Sam']);
});

test('the list puts motivation first, then relevance, then name, and follows every change', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(
    browser,
    baseURL,
    withPeople([
      ['Zoe', 3, 1],
      ['Not rated', 0, 0],
      ['bo', 1, 3],
      ['Amara', 1, 3],
      ['Chen', 3, 3],
      ['Dee', 2, 2],
    ]),
  );
  await openWorksheet(page);
  await expect(ranked(page)).toHaveText(['Chen', 'Amara', 'bo', 'Dee', 'Zoe', 'Not rated']);
  await expect(sheet(page).locator('.priority-list .entry-detail').first()).toHaveText(
    'Want to talk: High · Relevance: High',
  );
  await rating(personGroup(page, 'Zoe'), 'talk', '3 High').check();
  await expect(ranked(page)).toHaveText(['Chen', 'Zoe', 'Amara', 'bo', 'Dee', 'Not rated']);
  // The fieldsets stay where they are, so the one being rated does not move away.
  await expect(sheet(page).locator('.rate-person > legend')).toHaveText([
    'Zoe',
    'Not rated',
    'bo',
    'Amara',
    'Chen',
    'Dee',
  ]);
});

test('a sixth person is refused with a message in words next to the box', async ({ browser, baseURL }) => {
  const page = await seededPage(
    browser,
    baseURL,
    withPeople([
      ['A', 1, 1, true],
      ['B', 3, 3, true],
      ['C', 2, 2, true],
      ['D', 1, 2, true],
      ['E', 1, 3, true],
      ['F', 3, 1],
    ]),
  );
  await openWorksheet(page);
  const ws = sheet(page);
  await expect(ws.locator('ol.top-five li')).toHaveText(['B', 'E', 'C', 'D', 'A']);
  await expect(ws.getByText('5 of 5 chosen.')).toBeVisible();
  const f = topBox(page, 'F');
  await f.click();
  await expect(f).not.toBeChecked();
  const message = 'Your top five is full: B, E, C, D and A. Take someone out of it first, then add F.';
  await expect(ws.locator('.priority-list .error-message')).toHaveText(`Error: ${message}`);
  await expect(f).toHaveAttribute('aria-describedby', /top-error/);
  await expect(page.locator('#announcer')).toHaveText(message);
  await topBox(page, 'A').uncheck();
  await f.check();
  await expect(ws.locator('.priority-list .error-message')).toHaveCount(0);
  await expect(ws.locator('ol.top-five li')).toHaveText(['B', 'E', 'C', 'D', 'F']);
  await expect
    .poll(async () => (await stored(page)).contacts.filter((c) => c.topFive).map((c) => c.name))
    .toEqual(['B', 'C', 'D', 'E', 'F']);
});

test('with no one on the list, it explains to add people first and links to the network map', async ({ page }) => {
  await openWorksheet(page);
  const ws = sheet(page);
  await expect(ws.getByText('There is no one on your list yet.')).toBeVisible();
  await expect(ws.getByRole('link', { name: 'your network map (step 1)' })).toHaveAttribute(
    'href',
    '/steps/identify-your-networks/#network-map',
  );
  await expect(ws.getByRole('link', { name: 'places to meet people (step 2)' })).toHaveAttribute(
    'href',
    '/steps/expand-your-list/#places-to-meet',
  );
  await expect(ws.locator('.priority-list')).toHaveCount(0);
  await expect(ws.getByText('No one chosen yet.')).toBeVisible();
});

test('with 60 people, counts and the "not rated yet" filter keep the list usable', async ({ browser, baseURL }) => {
  const people = Array.from({ length: 60 }, (_, i) => [`Person ${i + 1}`, i < 55 ? 2 : 0, i < 55 ? 1 : 0] as const);
  const page = await seededPage(browser, baseURL, withPeople(people));
  await openWorksheet(page);
  const ws = sheet(page);
  await expect(ws.getByText('60 people on your list: 55 rated, 5 not rated yet.')).toBeVisible();
  // Long lists show a page at a time: 20 people to rate, 50 in order of priority.
  await expect(ws.locator('.rate-person')).toHaveCount(20);
  await expect(ws.getByRole('button', { name: 'Show 20 more people to rate (40 not shown)' })).toBeVisible();
  await expect(ws.locator('.priority-list > li')).toHaveCount(50);
  const filter = ws.getByLabel('Show only people not rated yet');
  await filter.check();
  await expect(ws.locator('.rate-person > legend')).toHaveText([
    'Person 56',
    'Person 57',
    'Person 58',
    'Person 59',
    'Person 60',
  ]);
  // Someone rated while the filter is on stays in view, so focus never jumps away.
  const p56 = personGroup(page, 'Person 56');
  await rating(p56, 'relevant', '1 Low').check();
  await rating(p56, 'talk', '1 Low').check();
  await expect(ws.getByText('60 people on your list: 56 rated, 4 not rated yet.')).toBeVisible();
  await expect(ws.locator('.rate-person')).toHaveCount(5);
  await filter.uncheck();
  await expect(ws.locator('.rate-person')).toHaveCount(20);
  await filter.check();
  await expect(ws.locator('.rate-person')).toHaveCount(4);
  // A link skips past the ratings to the list in order.
  await ws.getByRole('link', { name: 'Skip to the list in order' }).click();
  await expect(ws.getByRole('heading', { name: 'Your list in order of priority' })).toBeFocused();
});

test('the worksheet works with the keyboard alone', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL, THREE());
  await openWorksheet(page);
  const ws = sheet(page);
  await ws.locator('.heading-link').focus();
  const first = ws.getByLabel('Learn about a field');
  for (let i = 0; i < 6 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();

  // Into Sam's first radio group: nothing is chosen, so Tab lands on "1 Low"; arrows move and choose.
  const sam = personGroup(page, 'Sam');
  await rating(personGroup(page, 'Professor Adeyemi'), 'talk', '3 High').focus();
  await page.keyboard.press('Tab');
  await expect(rating(sam, 'relevant', '1 Low')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(rating(sam, 'relevant', '3 High')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(rating(sam, 'talk', '1 Low')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(rating(sam, 'talk', '1 Low')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(rating(sam, 'talk', '2 Medium')).toBeChecked();
  await expect(rating(sam, 'talk', '2 Medium')).toBeFocused();

  const box = topBox(page, 'Sam');
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
  await expect(sheet(page).locator('ol.top-five li')).toHaveText(['Sam']);
  await expect
    .poll(async () => (await stored(page)).contacts.find((c) => c.name === 'Sam'))
    .toMatchObject({ relevance: 3, motivation: 2, topFive: true });
});

test('a 10,000-character answer and a 200-character name do not make the page wider than 320 px', async ({
  browser,
  baseURL,
}) => {
  const long = 'W'.repeat(200);
  const page = await seededPage(browser, baseURL, withPeople([[long, 3, 3, true]]), {
    viewport: { width: 320, height: 800 },
  });
  await openWorksheet(page);
  const ws = sheet(page);
  const text = 'q'.repeat(10_000);
  await ws.getByLabel(/Questions you want answered/).fill(text);
  await expect(ws.locator('.limit-message')).toContainText('You have reached the limit of 10,000 characters.');
  await expect(personGroup(page, long)).toBeVisible();
  await expect.poll(async () => (await stored(page)).goals.questions.length).toBe(10_000);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('prints blank lines when empty and the answers in full when filled', async ({ browser, baseURL }) => {
  const empty = await seededPage(browser, baseURL, undefined);
  await openWorksheet(empty);
  await empty.emulateMedia({ media: 'print' });
  // The goal, the targets, fields, questions, the top five and the notes on organizations.
  await expect(sheet(empty).locator('.print-lines')).toHaveCount(6);
  await expect(sheet(empty).locator('.top-five-lines li')).toHaveCount(5);
  await expect(sheet(empty).locator('textarea').first()).toBeHidden();

  const doc = THREE();
  const long = `${'I want to know how people got started. '.repeat(200)}The end.`;
  doc.goals.questions = long;
  const filled = await seededPage(browser, baseURL, doc);
  await openWorksheet(filled);
  await filled.emulateMedia({ media: 'print' });
  await expect(sheet(filled).locator('.print-text')).toHaveText(long);
  await expect(sheet(filled).getByRole('link', { name: 'Skip to the list in order' })).toBeHidden();
});

test.describe('axe, light and dark theme', () => {
  test('finds nothing on the filled-in worksheet, with the top-five message showing', async ({ browser, baseURL }) => {
    const doc = withPeople([
      ['A', 1, 1, true],
      ['B', 3, 3, true],
      ['C', 2, 2, true],
      ['D', 1, 2, true],
      ['E', 1, 3, true],
      ['F', 3, 0],
      ['G', 0, 0],
      ['H', 0, 2],
    ]);
    doc.goals = {
      ...doc.goals,
      wants: ['skill'],
      fields: 'Archives',
      organizations: 'Museum',
      questions: 'How did you start?',
    };
    const page = await seededPage(browser, baseURL, doc);
    await openWorksheet(page);
    await topBox(page, 'F').click();
    await expect(sheet(page).locator('.priority-list .error-message')).toBeVisible();
    await sheet(page).getByLabel('Show only people not rated yet').check();
    // The page shell has its own axe run over every page (a11y.spec.ts); this one checks the worksheet.
    await scanBothThemes(page, 'the worksheet', { include: ['#goals'] });
  });
});
