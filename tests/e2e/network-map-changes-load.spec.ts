import { type Browser, expect, type Page, type Route, test } from '@playwright/test';
import { contact, contextWithWorkbook, networkMap, openNetworkMap, shownNames, workbook } from './workbook-fixtures';

// Step 1 loads its changes (map-changes.tsx: adding and removing people, saving an edit, the circles'
// changes and rename form) when the student first reaches the worksheet's fields or buttons or opens a
// person, or at the first click. These tests cover a change asked for before that file arrives, and a
// file that does not arrive.

const CHANGES = /\/_astro\/map-changes\.[\w-]+\.js$/;

/** Opens the map with Ana Ruiz in "Work and internships"; `route` handles the changes' file. */
async function openMap(browser: Browser, route?: (route: Route) => unknown): Promise<Page> {
  const context = await contextWithWorkbook(browser, workbook([contact('p_ana', 'Ana Ruiz')]));
  const page = await context.newPage();
  if (route) await page.route(CHANGES, route);
  await openNetworkMap(page);
  return page;
}

test('when the changes cannot be fetched, adding says so in words and adds no one; once they can, it adds', async ({
  browser,
}) => {
  const page = await openMap(browser, (route) => route.abort());
  const map = networkMap(page);
  const name = map.getByLabel('Name', { exact: true });
  await name.fill('Bea Lin');
  await name.press('Enter');
  await expect(map.getByRole('alert')).toHaveText(
    'The network map’s changes could not be loaded. Check your connection, then reload the page.',
  );
  await expect(shownNames(page)).toHaveText(['Ana Ruiz']);

  await page.unroute(CHANGES);
  await name.press('Enter');
  await expect(shownNames(page)).toHaveText(['Ana Ruiz', 'Bea Lin']);
  await expect(name).toHaveValue('');
  await expect(page.locator('#announcer')).toHaveText('Added Bea Lin to Work and internships. 2 people in total.');
  await expect(map.getByRole('alert')).toHaveCount(0);
  await page.context().close();
});

test('a removal asked for while the changes are on its way holds the page, then is made and can be undone', async ({
  browser,
}) => {
  const held: Route[] = [];
  let released = false;
  const page = await openMap(browser, (route) => (released ? route.continue() : held.push(route)));
  const map = networkMap(page);
  await map.getByRole('button', { name: 'Remove Ana Ruiz' }).click();
  // Leaving now would lose the removal: the page asks first.
  const asked = await page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(asked).toBe(true);
  await expect(shownNames(page)).toHaveText(['Ana Ruiz']);

  released = true;
  for (const route of held) await route.continue();
  const undoBar = map.locator('.undo-bar');
  await expect(undoBar).toContainText('Removed Ana Ruiz.');
  await expect(undoBar).toBeFocused();
  await expect(shownNames(page)).toHaveCount(0);
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(shownNames(page)).toHaveText(['Ana Ruiz']);
  await expect(page.locator('#announcer')).toHaveText('Ana Ruiz is back on your list.');
  await page.context().close();
});

test('a circle’s rename form opens once the changes arrive; Escape closes it and Enter saves', async ({ browser }) => {
  const page = await openMap(browser);
  const map = networkMap(page);
  await map.getByRole('button', { name: 'Rename Family and friends' }).click();
  const rename = map.getByLabel('New name for Family and friends');
  await expect(rename).toHaveValue('Family and friends');
  await rename.press('Escape');
  await expect(rename).toHaveCount(0);
  await map.getByRole('button', { name: 'Rename Family and friends' }).click();
  await rename.fill('Relatives');
  await rename.press('Enter');
  await expect(map.getByRole('heading', { name: /^Relatives/ })).toBeVisible();
  await expect(map.getByRole('option', { name: 'Relatives' })).toHaveCount(1);
  await page.context().close();
});
