import { expect, type Locator, type Page, test } from '@playwright/test';
import { type Contact, emptyWorkbook, type Place, type Workbook } from '../../src/workbook/schema';
import { scanBothThemes } from './axe';
import { contact, holdBack, KEY, openWorksheetAt, seededPage } from './workbook-fixtures';

const PATH = '/steps/expand-your-list/';
const GOALS_PATH = '/steps/assess-your-goals/';
const STAMP = '2026-11-25T10:00:00.000Z';

/** A stored contact with every field (circle '' unless given); override what the test needs. */
function person(id: string, name: string, extra: Partial<Contact> = {}): Contact {
  return contact(id, name, { circleId: '', createdAt: STAMP, updatedAt: STAMP, ...extra }) as Contact;
}

/** A workbook with places filled in: a listed place with a date, notes and a person, and an own place. */
function filledWorkbook(): Workbook {
  const places: Place[] = [
    {
      id: 'career-fairs',
      name: 'Career fairs',
      kind: 'campus',
      custom: false,
      tryIt: true,
      date: '2026-12-03',
      notes: 'Bring copies of my CV.',
    },
    {
      id: 'pl_photoclub0001',
      name: 'Photography club',
      kind: 'outside',
      custom: true,
      tryIt: true,
      date: '',
      notes: '',
    },
  ];
  return {
    ...emptyWorkbook(new Date(STAMP)),
    places,
    contacts: [
      person('p_dana', 'Dana Lee', { sourcePlaceId: 'career-fairs' }),
      person('p_ines', 'Ines', { sourcePlaceId: 'pl_photoclub0001' }),
      person('p_sam', 'Sam Ortiz', { circleId: 'family' }),
    ],
  };
}

/** Goes to a worksheet and waits until its island has hydrated and read the workbook. */
const openWorksheet = (page: Page, path = PATH, id = 'places-to-meet') => openWorksheetAt(page, path, id);

const sheet = (page: Page) => page.locator('#places-to-meet');
/** One place in the list, found by its whole name (names in these tests hold no regex characters). */
const place = (page: Page, name: string): Locator =>
  sheet(page)
    .locator('li.place')
    .filter({ has: page.locator('label.place-name', { hasText: new RegExp(`^${name}$`) }) });

/** The stored workbook, once it has been saved. */
async function stored(page: Page): Promise<Workbook> {
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
}

/** Presses Tab until `target` has focus, at most `limit` times. */
async function tabUntilFocused(page: Page, target: Locator, limit: number): Promise<void> {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Adds a person at a place with the "Add a person you met here" form. */
async function addPersonAt(page: Page, placeName: string, name: string): Promise<void> {
  const item = place(page, placeName);
  await item.getByRole('button', { name: /Add a person you met here/ }).click();
  const field = item.getByLabel(/Name of the person/);
  await expect(field).toBeFocused();
  await field.fill(name);
  await field.press('Enter');
  await expect(field).toHaveValue('');
}

test('a student chooses places, adds a date, notes, people and a place of their own; all is there after a reload', async ({
  page,
}) => {
  await openWorksheet(page);
  const ws = sheet(page);
  await expect(ws.getByText('No places chosen yet.')).toBeVisible();
  // The lists come from the institution configuration.
  await expect(ws.getByRole('heading', { name: 'Places on campus' })).toBeVisible();
  await expect(place(page, 'Company presentations')).toBeVisible();
  await expect(place(page, 'Industry meetups')).toBeVisible();

  const fairs = place(page, 'Career fairs');
  await fairs.getByRole('checkbox').check();
  await expect(ws.getByText('You plan to try 1 place.')).toBeVisible();
  await fairs.getByLabel(/Date for Career fairs/).fill('2026-12-03');
  await fairs.getByLabel(/Notes on Career fairs/).fill('Bring copies of my CV.\nTalk to two people.');
  await addPersonAt(page, 'Career fairs', 'Dana Lee');
  await fairs.getByLabel(/Name of the person/).fill('Kofi Mensah');
  await fairs.getByRole('button', { name: 'Add person' }).click();
  await expect(fairs.locator('.met-name')).toHaveText(['Dana Lee', 'Kofi Mensah']);

  await ws.getByLabel('Name of the place or event').fill('  Photography   club ');
  await ws.getByRole('radio', { name: 'Outside campus' }).check();
  await ws.getByRole('button', { name: 'Add place' }).click();
  await expect(ws.getByLabel('Name of the place or event')).toHaveValue('');
  const own = place(page, 'Photography club');
  await expect(own.getByRole('checkbox')).toBeChecked();
  await own.getByLabel(/Notes on Photography club/).fill('Thursday evenings.');
  await expect(ws.getByText('You plan to try 2 places.')).toBeVisible();

  await page.reload();
  await openWorksheet(page);
  await expect(fairs.getByRole('checkbox')).toBeChecked();
  await expect(fairs.getByLabel(/Date for Career fairs/)).toHaveValue('2026-12-03');
  await expect(fairs.getByLabel(/Notes on Career fairs/)).toHaveValue('Bring copies of my CV.\nTalk to two people.');
  await expect(fairs.locator('.met-name')).toHaveText(['Dana Lee', 'Kofi Mensah']);
  await expect(own.getByLabel(/Notes on Photography club/)).toHaveValue('Thursday evenings.');
  await expect(ws.locator('#pl-kind-outside ~ ul li.place').last()).toContainText('Photography club');
  await expect(ws.getByText('You plan to try 2 places. 2 people met at these places so far.')).toBeVisible();
  await expect(place(page, 'Industry meetups').getByRole('checkbox')).not.toBeChecked();

  const doc = await stored(page);
  expect(doc.places).toEqual([
    {
      id: 'career-fairs',
      name: 'Career fairs',
      kind: 'campus',
      custom: false,
      tryIt: true,
      date: '2026-12-03',
      notes: 'Bring copies of my CV.\nTalk to two people.',
    },
    {
      id: expect.stringMatching(/^pl_[a-z0-9]{14}$/),
      name: 'Photography club',
      kind: 'outside',
      custom: true,
      tryIt: true,
      date: '',
      notes: 'Thursday evenings.',
    },
  ]);
  expect(doc.contacts.map((c) => [c.name, c.sourcePlaceId])).toEqual([
    ['Dana Lee', 'career-fairs'],
    ['Kofi Mensah', 'career-fairs'],
  ]);
});

test('unticking a place keeps its answers; a place with nothing left is no longer stored', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, filledWorkbook());
  await openWorksheet(page);
  const fairs = place(page, 'Career fairs');
  await fairs.getByRole('checkbox').uncheck();
  await expect(fairs.getByLabel(/Notes on Career fairs/)).toHaveValue('Bring copies of my CV.');
  await expect(sheet(page).getByText('You plan to try 1 place.')).toBeVisible();
  const meetups = place(page, 'Industry meetups');
  await meetups.getByRole('checkbox').check();
  await expect(meetups.getByLabel(/Notes on Industry meetups/)).toBeVisible();
  await meetups.getByRole('checkbox').uncheck();
  await expect(meetups.getByLabel(/Notes on Industry meetups/)).toHaveCount(0);
  await expect
    .poll(async () => (await stored(page)).places.map((p) => p.id))
    .toEqual(['career-fairs', 'pl_photoclub0001']);
});

test('empty, whitespace-only and repeated names get a message next to the field; a repeated person can be added anyway', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, filledWorkbook());
  await openWorksheet(page);
  const ws = sheet(page);
  const nameField = ws.getByLabel('Name of the place or event');

  await ws.getByRole('button', { name: 'Add place' }).click();
  await expect(ws.locator('#pl-new-name-error')).toHaveText(/Enter the name of the place/);
  await expect(ws.locator('#pl-new-kind-error')).toHaveText(
    'Error: Choose whether the place is on campus or outside campus.',
  );
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');

  await nameField.fill('   ');
  await ws.getByRole('radio', { name: 'On campus' }).check();
  await expect(ws.locator('#pl-new-kind-error')).toHaveCount(0);
  await nameField.press('Enter');
  await expect(ws.locator('#pl-new-name-error')).toHaveText(/Enter the name of the place/);
  await nameField.fill('career FAIRS');
  await nameField.press('Enter');
  await expect(ws.locator('#pl-new-name-error')).toHaveText(
    'Error: "Career fairs" is already in your places on campus.',
  );
  await expect(nameField).toHaveValue('career FAIRS');

  const fairs = place(page, 'Career fairs');
  await fairs.getByRole('button', { name: /Add a person you met here/ }).click();
  const personField = fairs.getByLabel(/Name of the person/);
  await personField.fill('  ');
  await personField.press('Enter');
  await expect(fairs.locator('.error-message')).toContainText('Enter a name.');
  await personField.fill('sam ortiz');
  await personField.press('Enter');
  await expect(fairs.locator('.error-message')).toContainText('Sam Ortiz is already on your list.');
  await expect(personField).toHaveValue('sam ortiz');
  await fairs.getByRole('button', { name: 'Add anyway' }).click();
  await expect(fairs.locator('.met-name')).toHaveText(['Dana Lee', 'sam ortiz']);
  await expect(fairs.locator('.error-message')).toHaveCount(0);
  await expect.poll(async () => (await stored(page)).contacts.length).toBe(4);
});

test('removing a place of your own can be undone, and the people met there stay on the list', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, filledWorkbook());
  await openWorksheet(page);
  const ws = sheet(page);
  // The institution's places have no Remove button.
  await expect(place(page, 'Career fairs').getByRole('button', { name: 'Remove Career fairs' })).toHaveCount(0);
  await place(page, 'Photography club').getByRole('button', { name: 'Remove Photography club' }).click();
  const bar = ws.locator('.undo-bar');
  await expect(bar).toContainText('Removed Photography club. The 1 person you met there stays on your list.');
  await expect(bar).toBeFocused();
  await expect(place(page, 'Photography club')).toHaveCount(0);
  await expect.poll(async () => (await stored(page)).contacts.find((c) => c.name === 'Ines')?.sourcePlaceId).toBe('');
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect(place(page, 'Photography club').locator('.met-name')).toHaveText(['Ines']);
  await expect
    .poll(async () => (await stored(page)).contacts.find((c) => c.name === 'Ines')?.sourcePlaceId)
    .toBe('pl_photoclub0001');

  // Removing a person met at a place can be undone too.
  await place(page, 'Career fairs').getByRole('button', { name: 'Remove Dana Lee from your list' }).click();
  await expect(ws.locator('.undo-bar')).toContainText('Removed Dana Lee from your list.');
  await ws.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(place(page, 'Career fairs').locator('.met-name')).toHaveText(['Dana Lee']);
});

test('the undo bar loads at the first removal; if it cannot come, the student reads that in words', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, filledWorkbook());
  await page.route(/UndoBarView\.[\w-]+\.js$/, (route) => route.abort());
  await openWorksheet(page);
  const ws = sheet(page);
  await place(page, 'Photography club').getByRole('button', { name: 'Remove Photography club' }).click();
  await expect(place(page, 'Photography club')).toHaveCount(0);
  await expect(ws.getByRole('alert')).toContainText('The Undo button could not be loaded.');
  await expect(ws.locator('.undo-bar')).toHaveCount(0);
});

test('the worksheet works with the keyboard alone', async ({ page }) => {
  await openWorksheet(page);
  const ws = sheet(page);
  await ws.locator('.heading-link').focus();
  const fairsBox = place(page, 'Career fairs').getByRole('checkbox');
  await tabUntilFocused(page, fairsBox, 10);
  await page.keyboard.press('Space');
  await expect(fairsBox).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(ws.getByLabel(/Date for Career fairs/)).toBeFocused();
  await page.keyboard.type('12032026');
  // Chromium's date field keeps focus for one more Tab (its calendar button) before moving on.
  const notes = ws.getByLabel(/Notes on Career fairs/);
  await tabUntilFocused(page, notes, 3);
  await page.keyboard.type('Ask about internships.');
  await page.keyboard.press('Tab');
  const addButton = ws.getByRole('button', { name: 'Add a person you met here at Career fairs' });
  await expect(addButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ws.getByLabel(/Name of the person you met at Career fairs/)).toBeFocused();
  await page.keyboard.type('Dana Lee');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Kofi');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(addButton).toBeFocused();
  await expect(place(page, 'Career fairs').locator('.met-name')).toHaveText(['Dana Lee', 'Kofi']);

  await ws.getByLabel('Name of the place or event').focus();
  await page.keyboard.type('Library talks');
  await page.keyboard.press('Tab');
  await expect(ws.getByRole('radio', { name: 'On campus' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(ws.getByRole('radio', { name: 'Outside campus' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(ws.getByRole('button', { name: 'Add place' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(place(page, 'Library talks').getByRole('checkbox')).toBeChecked();

  const doc = await stored(page);
  await expect
    .poll(async () => (await stored(page)).places.find((p) => p.id === 'career-fairs')?.date)
    .toBe('2026-12-03');
  expect(doc.contacts.map((c) => c.name)).toEqual(['Dana Lee', 'Kofi']);
});

test('a person met in step 2 appears in step 3 and on My workbook', async ({ page }) => {
  await openWorksheet(page);
  await place(page, 'Industry meetups').getByRole('checkbox').check();
  await addPersonAt(page, 'Industry meetups', 'Rosa Delgado');
  await openWorksheet(page, GOALS_PATH, 'goals');
  const goals = page.locator('#goals');
  const rosa = goals.getByRole('group', { name: 'Rosa Delgado', exact: true });
  await expect(rosa).toBeVisible();
  await expect(rosa).toContainText('Met at Industry meetups');
  await expect(goals.locator('.priority-list')).toContainText('Rosa Delgado');

  await page.goto('/workbook/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('#wb-places-to-meet + *')).toContainText('Industry meetups — to try');
  await expect(page.locator('section[aria-labelledby="wb-network-map"]')).toContainText('Rosa Delgado');
});

test('a 10,000-character note and a 200-character name do not make the page wider than 320 px', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, undefined, { viewport: { width: 320, height: 800 } });
  await openWorksheet(page);
  const ws = sheet(page);
  await ws.getByLabel('Name of the place or event').fill('W'.repeat(200));
  await ws.getByRole('radio', { name: 'Outside campus' }).check();
  await ws.getByRole('button', { name: 'Add place' }).click();
  const own = place(page, 'W'.repeat(200));
  const note = 'x'.repeat(10_000);
  await own.getByLabel(/^Notes on/).fill(note);
  await expect(own.locator('.limit-message')).toContainText('You have reached the limit of 10,000 characters.');
  await addPersonAt(page, 'W'.repeat(200), 'M'.repeat(200));
  await expect(own.locator('.met-name')).toHaveText('M'.repeat(200));
  await expect.poll(async () => (await stored(page)).places[0]?.notes.length).toBe(10_000);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.reload();
  await openWorksheet(page);
  await expect(own.getByLabel(/^Notes on/)).toHaveValue(note);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('prints blank lines when empty and the answers in full when filled', async ({ browser, baseURL }) => {
  const empty = await seededPage(browser, baseURL, undefined);
  await openWorksheet(empty);
  await empty.emulateMedia({ media: 'print' });
  await expect(place(empty, 'Career fairs').locator('.print-lines')).toBeVisible();
  await expect(sheet(empty).getByText('Places of your own:')).toBeVisible();
  await expect(sheet(empty).getByRole('button', { name: 'Add place' })).toBeHidden();

  const doc = filledWorkbook();
  const long = `${'A long note. '.repeat(300)}The end.`;
  doc.places[0] = { ...(doc.places[0] as Place), notes: long };
  const filled = await seededPage(browser, baseURL, doc);
  await openWorksheet(filled);
  await filled.emulateMedia({ media: 'print' });
  const fairs = place(filled, 'Career fairs');
  await expect(fairs.locator('textarea')).toBeHidden();
  await expect(fairs.locator('.print-text')).toBeVisible();
  await expect(fairs.locator('.print-text')).toHaveText(long);
  await expect(fairs.locator('.met-name')).toHaveText(['Dana Lee']);
  // With a place of the student's own, no lines for more.
  await expect(sheet(filled).getByText('Places of your own:')).toBeHidden();
});

test('prints the places while the form that adds one, below them, has not started (it prints nothing)', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, filledWorkbook());
  // The form is an island of its own; its module is held, so it stays as the server drew it.
  const slow = await holdBack(page, '**/_astro/PlacesAdd.*.js');
  await page.goto(`${PATH}#places-to-meet`);
  await expect(sheet(page).locator('astro-island:has(.places-to-meet)')).not.toHaveAttribute('ssr');
  await expect(place(page, 'Career fairs').getByRole('checkbox')).toBeChecked();
  await expect(sheet(page).locator('astro-island[ssr]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  // Not "print again": the student's places print in full.
  expect(await sheet(page).evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
  await expect(place(page, 'Career fairs').locator('.print-text')).toHaveText('Bring copies of my CV.');
  await expect(place(page, 'Career fairs').locator('.met-name')).toHaveText(['Dana Lee']);
  slow.release();
  await page.context().close();
});

test.describe('axe, light and dark theme', () => {
  test('finds nothing on the filled-in worksheet, with an error and an undo bar showing', async ({
    browser,
    baseURL,
  }) => {
    const page = await seededPage(browser, baseURL, filledWorkbook());
    await openWorksheet(page);
    const ws = sheet(page);
    await ws.getByRole('button', { name: 'Add place' }).click();
    await expect(ws.locator('#pl-new-name-error')).toBeVisible();
    await place(page, 'Career fairs')
      .getByRole('button', { name: /Add a person you met here/ })
      .click();
    await place(page, 'Photography club').getByRole('button', { name: 'Remove Ines from your list' }).click();
    await expect(ws.locator('.undo-bar')).toBeVisible();
    // The page shell has its own axe run over every page (a11y.spec.ts); this one checks the worksheet.
    await scanBothThemes(page, 'the worksheet', { include: ['#places-to-meet'] });
  });
});
