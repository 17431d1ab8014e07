// A saved workbook that was not written by this site's engine (here: put in storage by the test) is
// checked by the validator, a script fetched only then. On a phone losing its connection that
// fetch can fail: the page must say the saved answers have not loaded, try again, and then show
// them, with anything typed meanwhile added, and never save an empty workbook over them.
import { expect, test } from '@playwright/test';
import {
  contact,
  holdBack,
  KEY,
  NETWORK_MAP,
  networkMap,
  seededPage,
  shownNames,
  storedNames,
  waitForHydration,
  workbook,
} from './workbook-fixtures';

const VALIDATOR = '**/_astro/read-workbook*.js';
const SAVED = workbook([contact('p_ana', 'Ana Souza'), contact('p_ben', 'Ben Okafor')]);

test('the validator failing to arrive: the page says so, fetches it again, then shows the saved people and what was typed', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const page = await seededPage(browser, baseURL, SAVED);
  const savedText = JSON.stringify(SAVED);
  // The first fetch fails as on a lost connection; the next one is held until the test lets it go
  // (the route added last runs first, and falls back to the one that holds).
  const second = await holdBack(page, VALIDATOR);
  let fetches = 0;
  await page.route(VALIDATOR, async (route) => {
    fetches += 1;
    if (fetches === 1) await route.abort('internetdisconnected');
    else await route.fallback();
  });

  await page.goto(NETWORK_MAP);
  await networkMap(page).scrollIntoViewIfNeeded();
  await waitForHydration(page);
  await expect(networkMap(page).locator('.workbook-status')).toContainText(
    'Your saved answers have not loaded yet: part of this page did not arrive. Trying again',
  );
  await second.requested;
  expect(fetches).toBe(2);
  // Typed while the saved people are not loaded: kept for when they are.
  await page.locator('#nm-name').fill('Cleo Lind');
  await page.locator('#nm-name').press('Enter');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(savedText);

  second.release();
  await expect(shownNames(page)).toHaveCount(3);
  for (const name of ['Ana Souza', 'Ben Okafor', 'Cleo Lind'])
    await expect(shownNames(page).filter({ hasText: name })).toHaveCount(1);
  await expect(networkMap(page).locator('.workbook-status')).not.toContainText('have not loaded yet');
  await expect.poll(async () => (await storedNames(page)).sort()).toEqual(['Ana Souza', 'Ben Okafor', 'Cleo Lind']);
  await page.context().close();
});
