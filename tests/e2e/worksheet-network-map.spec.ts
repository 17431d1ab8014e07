import { expect, type Page, test } from '@playwright/test';
import { scanBothThemes } from './axe';
import {
  addPerson,
  contact,
  contextWithWorkbook,
  hydrateEveryIsland,
  KEY,
  networkMap,
  openNetworkMap,
  openWorkbookPage,
  seededContext,
  shownNames,
  waitForHydration,
  workbook,
} from './workbook-fixtures';

/** The section of one circle on the network map, found by its heading. */
const circle = (page: Page, name: RegExp) =>
  networkMap(page)
    .locator('section.circle')
    .filter({ has: page.getByRole('heading', { name }) });

/** Presses Tab until `selector` has focus (at most `max` times), like a keyboard user. */
async function tabTo(page: Page, selector: string, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('keyboard only: add people one after another, edit one, then reload and find everything on My workbook', async ({
  page,
}) => {
  await openNetworkMap(page);
  const map = networkMap(page);
  await expect(map.getByText('No one on your list yet.')).toBeVisible();

  await page.locator('#nm-circle').focus();
  await page.keyboard.press('ArrowDown'); // Work and internships -> Family and friends
  await tabTo(page, '#nm-name');
  for (const name of ['Aunt Rosa', 'Chris Park']) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(shownNames(page).filter({ hasText: name })).toBeVisible();
    await expect(page.locator('#nm-name')).toBeFocused();
  }
  await expect(circle(page, /Family and friends/)).toContainText('(2 people)');
  await expect(map.locator('.totals')).toHaveText('2 people on your list, 1 circle with people in them.');

  // Edit with the keyboard: the editor opens with the cursor in the name field.
  await map.getByRole('button', { name: 'Edit Aunt Rosa' }).focus();
  await page.keyboard.press('Enter');
  const editor = map.locator('fieldset.person-editor');
  await expect(editor.getByLabel('Name')).toBeFocused();
  await tabTo(page, 'fieldset.person-editor select');
  await page.keyboard.press('ArrowUp'); // Family and friends -> Work and internships
  // The editor moves to the new circle's section and the cursor stays on the circle choice.
  await expect(circle(page, /Work and internships/).locator('fieldset.person-editor select')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('My aunt; she runs a clinic');
  await page.keyboard.press('Tab');
  await page.keyboard.type('City Health Clinic');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ask about nursing shadowing.');
  await tabTo(page, 'fieldset.person-editor button.button');
  await page.keyboard.press('Enter');
  await expect(map.getByRole('button', { name: 'Edit Aunt Rosa' })).toBeFocused();
  await expect(circle(page, /Work and internships/)).toContainText('My aunt; she runs a clinic · City Health Clinic');
  await expect(circle(page, /Work and internships/)).toContainText('Ask about nursing shadowing.');

  await page.reload();
  await page.locator('#network-map').scrollIntoViewIfNeeded();
  await waitForHydration(page);
  await expect(circle(page, /Work and internships/)).toContainText('Aunt Rosa');
  await expect(circle(page, /Family and friends/)).toContainText('Chris Park');

  await openWorkbookPage(page);
  const main = page.locator('main');
  await expect(main).toContainText('Aunt Rosa');
  await expect(main).toContainText('City Health Clinic');
  await expect(main).toContainText('Ask about nursing shadowing.');
  await expect(main).toContainText('Chris Park');
});

test('empty, blank and repeated names get a message in words; "Add anyway" keeps both', async ({ page }) => {
  await openNetworkMap(page);
  const map = networkMap(page);
  const field = page.locator('#nm-name');
  await map.getByRole('button', { name: 'Add person' }).click();
  await expect(map.locator('#nm-name-error')).toHaveText('Error: Enter a name. Initials or a nickname are fine.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();

  await field.fill('   ');
  await field.press('Enter');
  await expect(map.locator('#nm-name-error')).toContainText('Enter a name.');
  await expect(shownNames(page)).toHaveCount(0);

  await addPerson(page, 'Jo Kim');
  await field.fill('jo kim ');
  await field.press('Enter');
  await expect(map.locator('#nm-name-error')).toContainText('Jo Kim is already on your list.');
  await expect(field).toHaveValue('jo kim ');
  await map.getByRole('button', { name: 'Add anyway' }).click();
  await expect(shownNames(page)).toHaveText(['Jo Kim', 'jo kim']);
  await expect(map.getByRole('button', { name: 'Add anyway' })).toHaveCount(0);
  await expect(map.locator('#nm-name-error')).toHaveCount(0);
});

test('own circles: add, refuse a repeat, rename, and remove one while its people stay on the list', async ({
  page,
}) => {
  await openNetworkMap(page);
  const map = networkMap(page);
  const circleField = page.locator('#nm-new-circle');
  await circleField.fill('Volunteering');
  await circleField.press('Enter');
  await expect(circle(page, /Volunteering/)).toContainText('Anyone you know through this part of your life.');
  await expect(circleField).toHaveValue('');
  await circleField.fill('volunteering');
  await circleField.press('Enter');
  await expect(map.locator('#nm-new-circle-error')).toContainText('You already have a circle called "Volunteering".');

  await map.getByRole('button', { name: 'Rename Volunteering' }).click();
  const rename = map.getByLabel('New name for Volunteering');
  await rename.fill('Food bank');
  await rename.press('Enter');
  await expect(circle(page, /Food bank/)).toBeVisible();

  await page.locator('#nm-circle').selectOption({ label: 'Food bank' });
  await addPerson(page, 'Lena Ortiz');
  await expect(circle(page, /Food bank/)).toContainText('(1 person)');

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toBe(
      'Remove the circle "Food bank"? The 1 person in it stays on your list, under "Not in a circle".',
    );
    void dialog.accept();
  });
  await map.getByRole('button', { name: 'Remove circle Food bank' }).click();
  await expect(circle(page, /Food bank/)).toHaveCount(0);
  await expect(circle(page, /Not in a circle/)).toContainText('Lena Ortiz');
});

test('a person removed on step 1 can be brought back, and once removed is gone from every step', async ({
  browser,
}) => {
  const doc = workbook([contact('p_ana', 'Ana Ruiz'), contact('p_ben', 'Ben Okafor', { circleId: 'family' })]);
  const context = await contextWithWorkbook(browser, doc);
  const page = await context.newPage();
  await openNetworkMap(page);
  const map = networkMap(page);
  await map.getByRole('button', { name: 'Remove Ana Ruiz' }).click();
  await expect(shownNames(page)).toHaveText(['Ben Okafor']);
  await map.getByRole('button', { name: 'Undo' }).click();
  await expect(shownNames(page)).toHaveText(['Ana Ruiz', 'Ben Okafor']);

  await map.getByRole('button', { name: 'Remove Ana Ruiz' }).click();
  await expect(shownNames(page)).toHaveText(['Ben Okafor']);
  for (const path of ['/steps/assess-your-goals/', '/steps/follow-up/', '/workbook/']) {
    await page.goto(path);
    await hydrateEveryIsland(page);
    await expect(page.locator('main')).toContainText('Ben Okafor');
    await expect(page.locator('main')).not.toContainText('Ana Ruiz');
  }
  await context.close();
});

test('10,000-character notes are kept, the limit is said in words and a 320 px screen does not scroll sideways', async ({
  browser,
}) => {
  const long = `${'Notes about the talk. '.repeat(455)}`.slice(0, 10_000);
  const doc = workbook([contact('p_ana', 'Ana Ruiz', { notes: long, howKnown: 'x'.repeat(300) })]);
  const context = await contextWithWorkbook(browser, doc);
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 700 });
  await openNetworkMap(page);
  const map = networkMap(page);
  await expect(map).toContainText(long.slice(0, 200));
  await map.getByRole('button', { name: 'Edit Ana Ruiz' }).click();
  const notes = map.getByLabel('Notes');
  await expect(notes).toHaveValue(long);
  await notes.press('End');
  await notes.press('Backspace');
  await notes.pressSequentially('ab');
  await expect(notes).toHaveValue(`${long.slice(0, 9_999)}a`);
  await expect(map.locator('.limit-message')).toContainText('You have reached the limit of 10,000 characters.');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('axe finds nothing on the filled network map, light and dark', async ({ browser }) => {
  const doc = workbook(
    [
      contact('p_ana', 'Ana Ruiz', { howKnown: 'Supervisor', org: 'Parks', notes: 'Ask about summer jobs.' }),
      contact('p_ben', 'Ben Okafor', { circleId: 'family' }),
      contact('p_cy', 'Cy Lee', { circleId: '' }),
    ],
    {
      circles: [
        { id: 'work', name: 'Work and internships', builtIn: true },
        { id: 'family', name: 'Family and friends', builtIn: true },
        { id: 'activities', name: 'Activities and hobbies', builtIn: true },
        { id: 'c_vol', name: 'Volunteering', builtIn: false },
      ],
    },
  );
  const context = await seededContext(browser, { [KEY]: JSON.stringify(doc) });
  const page = await context.newPage();
  await openNetworkMap(page);
  await networkMap(page).getByRole('button', { name: 'Edit Ana Ruiz' }).click();
  await page.locator('#nm-name').fill('Ana Ruiz');
  await page.locator('#nm-name').press('Enter');
  await expect(networkMap(page).getByRole('button', { name: 'Add anyway' })).toBeVisible();
  await scanBothThemes(page, 'the filled network map', { include: ['#network-map'] });
  await context.close();
});

test('prints blank lines when empty and the names and notes when filled', async ({ browser }) => {
  const emptyContext = await browser.newContext();
  const empty = await emptyContext.newPage();
  await openNetworkMap(empty);
  await empty.emulateMedia({ media: 'print' });
  await expect(circle(empty, /Work and internships/).locator('.print-lines')).toBeVisible();
  await expect(networkMap(empty).locator('#nm-name')).toBeHidden();
  await emptyContext.close();

  const context = await contextWithWorkbook(
    browser,
    workbook([contact('p_ana', 'Ana Ruiz', { notes: 'Call in May.' })]),
  );
  const page = await context.newPage();
  await openNetworkMap(page);
  await page.emulateMedia({ media: 'print' });
  const work = circle(page, /Work and internships/);
  await expect(work.locator('.entry-name')).toHaveText('Ana Ruiz');
  await expect(work.locator('.entry-name')).toBeVisible();
  await expect(work.getByText('Call in May.')).toBeVisible();
  await expect(work.getByRole('button', { name: 'Edit Ana Ruiz' })).toBeHidden();
  await context.close();
});
