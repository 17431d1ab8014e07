import { expect, type Locator, type Page, type Route, test } from '@playwright/test';
import { openWorksheetAt } from './workbook-fixtures';

// Step 2 loads what removes places of the student's own and adds and removes people met at a place
// (place-actions.tsx, with the form that adds people met at a place) when the student first reaches
// the worksheet's fields or buttons, or at the first click; the form that adds a place of the
// student's own (an island of its own) loads what adds one (add-place.ts) the same way. Ticking a
// place and its date and notes need none of it. These tests cover a file that
// does not arrive, and a click made before it does.

const ACTIONS = /\/_astro\/place-actions\.[\w-]+\.js$/;
const ADD_PLACE = /\/_astro\/add-place\.[\w-]+\.js$/;
const PATH = '/steps/expand-your-list/';

const sheet = (page: Page) => page.locator('#places-to-meet');
/** One place in the list, found by its whole name. */
const place = (page: Page, name: string): Locator =>
  sheet(page)
    .locator('li.place')
    .filter({ has: page.locator('label.place-name', { hasText: new RegExp(`^${name}$`) }) });

test('when the code cannot be fetched, ticking still opens a place, adding a person says so; then it works', async ({
  page,
}) => {
  await page.route(ACTIONS, (route) => route.abort());
  await openWorksheetAt(page, PATH, 'places-to-meet');
  const fairs = place(page, 'Career fairs');
  await fairs.getByRole('checkbox').check();
  await expect(fairs.getByLabel(/Date for Career fairs/)).toBeVisible();
  const open = fairs.getByRole('button', { name: 'Add a person you met here at Career fairs' });
  await open.click();
  await expect(sheet(page).getByRole('alert')).toHaveText(
    'The changes to your places could not be loaded. Check your connection, then reload the page.',
  );
  await expect(fairs.getByLabel(/Name of the person you met at Career fairs/)).toHaveCount(0);

  await page.unroute(ACTIONS);
  await open.click();
  const name = fairs.getByLabel(/Name of the person you met at Career fairs/);
  await expect(name).toBeFocused();
  await name.fill('Dana Lee');
  await name.press('Enter');
  await expect(fairs.locator('.met-name')).toHaveText(['Dana Lee']);
  await expect(page.locator('#announcer')).toHaveText('Added Dana Lee to your list. 1 person met at Career fairs.');
  await expect(sheet(page).getByRole('alert')).toHaveCount(0);
  await name.press('Escape');
  await expect(open).toBeFocused();
});

test('a place added while the code is on its way holds the page, then is added with the cursor back in the name', async ({
  page,
}) => {
  const held: Route[] = [];
  let released = false;
  await page.route(ADD_PLACE, (route) => (released ? route.continue() : held.push(route)));
  await openWorksheetAt(page, PATH, 'places-to-meet');
  const name = sheet(page).getByLabel('Name of the place or event');
  await name.fill('Library talks');
  await sheet(page).getByRole('radio', { name: 'Outside campus' }).check();
  await sheet(page).getByRole('button', { name: 'Add place' }).click();
  const asked = await page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(asked).toBe(true);

  released = true;
  for (const route of held) await route.continue();
  await expect(place(page, 'Library talks').getByRole('checkbox')).toBeChecked();
  await expect(name).toHaveValue('');
  await expect(name).toBeFocused();

  await place(page, 'Library talks').getByRole('button', { name: 'Remove Library talks' }).click();
  await expect(place(page, 'Library talks')).toHaveCount(0);
  await sheet(page).getByRole('button', { name: 'Undo' }).click();
  await expect(place(page, 'Library talks').getByRole('checkbox')).toBeChecked();
});

test('the form that adds a place says so when its code cannot be fetched, then adds it', async ({ page }) => {
  await page.route(ADD_PLACE, (route) => route.abort());
  await openWorksheetAt(page, PATH, 'places-to-meet');
  const name = sheet(page).getByLabel('Name of the place or event');
  await name.fill('Library talks');
  await sheet(page).getByRole('radio', { name: 'Outside campus' }).check();
  const add = sheet(page).getByRole('button', { name: 'Add place' });
  await add.click();
  await expect(sheet(page).getByRole('alert')).toHaveText(
    'The changes to your places could not be loaded. Check your connection, then reload the page.',
  );
  await expect(place(page, 'Library talks')).toHaveCount(0);

  await page.unroute(ADD_PLACE);
  await add.click();
  await expect(place(page, 'Library talks').getByRole('checkbox')).toBeChecked();
  await expect(name).toHaveValue('');
  await expect(name).toBeFocused();
  await expect(page.locator('#announcer')).toHaveText(
    'Added Library talks to your places outside campus, marked to try.',
  );
  await expect(sheet(page).getByRole('alert')).toHaveCount(0);
});
