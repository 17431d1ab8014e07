import { type Browser, expect, test } from '@playwright/test';
import {
  contact,
  contextWithWorkbook,
  networkMap,
  openNetworkMap,
  openWorksheetAt,
  workbook,
} from './workbook-fixtures';

// The network map and the tracker load a person's editor when one is first opened
// (src/worksheets/network-map/NetworkMap.tsx, src/worksheets/contact-tracker/ContactTracker.tsx).

/** Opens the map with Ana Ruiz on it, `editorArrives` saying whether the editor's code can be fetched, and presses Edit. */
async function pressEdit(browser: Browser, editorArrives: boolean) {
  const context = await contextWithWorkbook(browser, workbook([contact('p_ana', 'Ana Ruiz', { org: 'Clinic' })]));
  const page = await context.newPage();
  // Offline before the editor's code was stored: its file does not arrive.
  if (!editorArrives) await page.route(/\/_astro\/PersonEditor\.[\w-]+\.js$/, (route) => route.abort());
  await openNetworkMap(page);
  const map = networkMap(page);
  await map.getByRole('button', { name: 'Edit Ana Ruiz' }).click();
  return { context, map };
}

test('the editor opens from Edit once its code has loaded, with the cursor in the name', async ({ browser }) => {
  const { context, map } = await pressEdit(browser, true);
  await expect(map.locator('fieldset.person-editor').getByLabel('Name')).toBeFocused();
  await expect(map.getByLabel('Organization or field')).toHaveValue('Clinic');
  await context.close();
});

test('when the editor cannot be fetched, the person stays listed and the page says so in words', async ({
  browser,
}) => {
  const { context, map } = await pressEdit(browser, false);
  await expect(map.getByRole('alert')).toHaveText(
    'The editor could not be loaded. Check your connection, then reload the page.',
  );
  await expect(map.getByRole('button', { name: 'Edit Ana Ruiz' })).toBeVisible();
  await expect(map.locator('fieldset.person-editor')).toHaveCount(0);
  await context.close();
});

test('the tracker: when the editor cannot be fetched, the card says so in words; once it can, it opens', async ({
  browser,
}) => {
  const context = await contextWithWorkbook(browser, workbook([contact('p_ana', 'Ana Ruiz', { org: 'Clinic' })]));
  const page = await context.newPage();
  const editorFile = /\/_astro\/ContactEditor\.[\w-]+\.js$/;
  await page.route(editorFile, (route) => route.abort());
  await openWorksheetAt(page, '/steps/follow-up/', 'contact-tracker');
  const ana = page.locator('#contact-tracker .ct-card').filter({ hasText: 'Ana Ruiz' });
  await ana.locator('.ct-toggle').click();
  await ana.getByRole('button', { name: 'Update status and dates for Ana Ruiz' }).click();
  await expect(ana.getByRole('alert')).toHaveText(
    'The editor could not be loaded. Check your connection, then reload the page.',
  );
  await expect(ana.getByRole('group', { name: 'Update Ana Ruiz' })).toHaveCount(0);
  // The card and what it shows stay; after a reload with the file reachable, the editor opens.
  await expect(ana.locator('.ct-status')).toHaveText('Status: Not contacted yet');
  await page.unroute(editorFile);
  await page.reload();
  await openWorksheetAt(page, '/steps/follow-up/', 'contact-tracker');
  await ana.locator('.ct-toggle').click();
  await ana.getByRole('button', { name: 'Update status and dates for Ana Ruiz' }).click();
  await expect(ana.getByRole('group', { name: 'Update Ana Ruiz' }).getByLabel('Organization')).toHaveValue('Clinic');
  await context.close();
});

test('?contact= opens the editor of a person far down a long circle, in view, with the cursor in the name', async ({
  browser,
}) => {
  // Forty people in one circle: the 36th is past the rows drawn in the first task (createPager draws 10,
  // then 10 a task); the editor focuses its name field when it is drawn.
  const people = Array.from({ length: 40 }, (_, i) => contact(`p${i}`, `Person ${i} Example`, { circleId: 'work' }));
  const context = await contextWithWorkbook(browser, workbook(people));
  const page = await context.newPage();
  await page.goto('/steps/identify-your-networks/?contact=p35#network-map');
  await expect(page.locator('#nm-p35-name')).toBeFocused();
  await expect(page.locator('#nm-p35-name')).toHaveValue('Person 35 Example');
  await expect(page.locator('#nm-p35-name')).toBeInViewport();
  await context.close();
});
