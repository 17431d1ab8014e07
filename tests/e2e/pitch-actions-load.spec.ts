import { expect, type Page, type Route, test } from '@playwright/test';
import { openWorksheetAt, seededPage } from './workbook-fixtures';

// Step 4 loads what its buttons do (version-actions.tsx: create, rename, duplicate, delete, undo,
// copy, "Start with this") when the student first reaches the worksheet's fields or buttons, or at
// the first click. These tests cover a click made before that file arrives, and a file that does not.

const ACTIONS = /\/_astro\/version-actions\.[\w-]+\.js$/;
const PATH = '/steps/elevator-pitch/';

/** A saved workbook with one version, its first part empty, and About you filled in. */
const ONE_VERSION = {
  schemaVersion: 1,
  updatedAt: '2026-11-25T10:00:00.000Z',
  profile: {
    firstName: 'Ana',
    lastName: 'Souza',
    school: '',
    year: 'second-year',
    fieldOfStudy: 'biology',
    email: '',
    linkedIn: '',
    greeting: '',
    signOff: '',
  },
  pitches: [
    {
      id: 'pi_fair',
      name: 'Career fair',
      audience: 'recruiter',
      now: '',
      past: 'I ran a lab study.',
      future: '',
      ask: '',
      updatedAt: '2026-11-25T10:00:00.000Z',
    },
  ],
};

/** Holds every request for the actions' file until `release` is called. */
async function holdActions(page: Page): Promise<{ release: () => Promise<void> }> {
  const held: Route[] = [];
  let released = false;
  await page.route(ACTIONS, (route) => (released ? route.continue() : held.push(route)));
  return {
    release: async () => {
      released = true;
      for (const route of held) await route.continue();
    },
  };
}

test('when the buttons’ code cannot be fetched, an alert says so and nothing is created; then it works', async ({
  page,
}) => {
  await page.route(ACTIONS, (route) => route.abort());
  await openWorksheetAt(page, PATH, 'pitch-builder');
  const ws = page.locator('#pitch-builder');
  await ws.getByRole('button', { name: 'Create your first pitch' }).click();
  await expect(ws.getByRole('alert')).toHaveText(
    'The pitch builder’s buttons could not be loaded. Check your connection, then reload the page.',
  );
  await expect(ws.getByRole('group', { name: 'Start your first pitch' })).toBeVisible();

  await page.unroute(ACTIONS);
  await ws.getByRole('button', { name: 'Create your first pitch' }).click();
  await expect(ws.getByLabel('Who you are now')).toBeFocused();
  await expect(ws.locator('#pb-editor-title')).toHaveText('Career fair');
  await expect(ws.getByRole('alert')).toHaveCount(0);
});

test('a click made while the buttons’ code is on its way acts once it arrives, with focus where it belongs', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, ONE_VERSION);
  const { release } = await holdActions(page);
  await openWorksheetAt(page, PATH, 'pitch-builder');
  const ws = page.locator('#pitch-builder');
  await ws.getByRole('button', { name: 'Rename Career fair' }).click();
  await expect(ws.getByLabel('New name for Career fair')).toHaveCount(0);
  await release();
  await expect(ws.getByLabel('New name for Career fair')).toBeFocused();
  await expect(ws.getByRole('button', { name: 'Rename Career fair' })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(ws.getByRole('button', { name: 'Rename Career fair' })).toBeFocused();

  // "Start with this" puts About you's start into the empty first part, the cursor in it.
  await ws.getByRole('button', { name: 'Start with this' }).click();
  const now = ws.getByLabel('Who you are now');
  await expect(now).toHaveValue('Hi, I’m Ana. I’m a second-year biology student.');
  await expect(now).toBeFocused();
  await expect(ws.getByRole('button', { name: 'Start with this' })).toHaveCount(0);
  await page.context().close();
});

test('deleting before the code has come holds the page; then the undo bar takes focus', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, ONE_VERSION);
  const { release } = await holdActions(page);
  await openWorksheetAt(page, PATH, 'pitch-builder');
  const ws = page.locator('#pitch-builder');
  await ws.getByRole('button', { name: 'Delete Career fair' }).click();
  // Leaving now would lose the change: the page asks first.
  const asked = page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(await asked).toBe(true);
  await release();
  const undoBar = ws.locator('.undo-bar');
  await expect(undoBar).toContainText('Deleted the version Career fair.');
  await expect(undoBar).toBeFocused();
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(ws.locator('#pb-editor-title')).toBeFocused();
  await expect(ws.locator('#pb-editor-title')).toHaveText('Career fair');
  await page.context().close();
});
