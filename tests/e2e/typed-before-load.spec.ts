// Text typed before a worksheet has loaded the saved workbook: it is kept, and so is the saved text.
// The island's script (and, where the saved data needs checking, the validator) is held back with
// page.route, so the typing happens before hydration or before loading, every time.
import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  contact,
  holdBack,
  hydrateEveryIsland,
  KEY,
  NETWORK_MAP,
  networkMap,
  seededPage,
  shownNames,
  storedNames,
  waitForHydration,
  workbook,
} from './workbook-fixtures';

const GOALS = '/steps/assess-your-goals/';
/** Step 3's island of written answers (the goal, its targets, the people and organizations are islands of their own), not hydrated yet. */
const GOALS_ISLAND_WAITING = 'astro-island[ssr]:has(#goals-fields)';
const SAVED = 'Museum work and public history.';
const TYPED = 'Data journalism';
// Each test loads a page twice or holds scripts back: give them the slow-test time on a busy machine.
test.beforeEach(() => test.slow());

const KEPT_BOTH = 'You typed this before your saved answer loaded. We kept both: check and tidy the text.';

/** The stored goals text of one box ('' when nothing is stored). */
async function storedGoal(page: Page, key: 'fields' | 'organizations' | 'questions'): Promise<string> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), KEY);
  return raw ? ((JSON.parse(raw) as { goals: Record<string, string> }).goals[key] ?? '') : '';
}

/** Scrolls to the goals worksheet (it hydrates when visible) and waits for its held script to be asked for. */
async function reachGoals(page: Page, requested: Promise<void>): Promise<void> {
  await page.locator('#goals-fields').scrollIntoViewIfNeeded();
  await requested;
  await expect(page.locator(GOALS_ISLAND_WAITING)).toHaveCount(1);
}

test('typing in a goals box before the worksheet hydrates keeps the answer the site saved, and says so', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, undefined);
  // First visit: the student writes an answer and the site saves it (with its checksum).
  await page.goto(GOALS);
  const box = page.locator('#goals-fields');
  await box.scrollIntoViewIfNeeded();
  await hydrateEveryIsland(page);
  await expect(page.locator('#goals .save-status')).not.toBeEmpty();
  await box.fill(SAVED);
  await expect.poll(() => storedGoal(page, 'fields')).toBe(SAVED);

  // Second visit on a slow connection: the student types before the worksheet's script has run.
  const island = await holdBack(page, '**/_astro/GoalsAnswers.*.js');
  await page.reload();
  await reachGoals(page, island.requested);
  await expect(box).toHaveValue('');
  await box.pressSequentially(TYPED);
  await expect(page.locator(GOALS_ISLAND_WAITING)).toHaveCount(1);
  island.release();

  await hydrateEveryIsland(page);
  await expect(box).toHaveValue(`${SAVED}\n\n${TYPED}`);
  await expect(page.locator('#goals-fields-kept')).toHaveText(KEPT_BOTH);
  await expect(box).toHaveAccessibleDescription(new RegExp(KEPT_BOTH.replace(/[.:]/g, '\\$&')));
  await expect.poll(() => storedGoal(page, 'fields')).toBe(`${SAVED}\n\n${TYPED}`);
  // The other boxes, where nothing was typed, keep their saved (empty) text and show no notice.
  await expect(page.locator('#goals-organizations-kept')).toHaveCount(0);
  await page.context().close();
});

test('typing before the saved answers are checked and loaded keeps both, before and after hydration', async ({
  browser,
  baseURL,
}) => {
  // Stored without the site's checksum (an older copy, or restored by hand): the validator is
  // fetched before the saved answers show, which leaves the worksheet live but not loaded yet.
  const page = await seededPage(
    browser,
    baseURL,
    workbook([], { goals: { wants: [], fields: SAVED, organizations: 'City museum', questions: '' } }),
  );
  const island = await holdBack(page, '**/_astro/GoalsAnswers.*.js');
  const validator = await holdBack(page, '**/_astro/read-workbook*.js');
  await page.goto(GOALS);
  await reachGoals(page, island.requested);
  const box = page.locator('#goals-fields');
  await box.pressSequentially(TYPED);
  island.release();

  await hydrateEveryIsland(page);
  await validator.requested;
  // Live but not loaded yet: more typing, in this box and in one that showed nothing before.
  await box.pressSequentially(' and maps');
  await page.locator('#goals-questions').pressSequentially('What does a typical week look like?');
  validator.release();

  await expect(box).toHaveValue(`${SAVED}\n\n${TYPED} and maps`);
  await expect(page.locator('#goals-fields-kept')).toHaveText(KEPT_BOTH);
  await expect(page.locator('#goals-organizations')).toHaveValue('City museum');
  // Nothing was saved in the questions box, so what was typed is simply the answer: no notice.
  await expect(page.locator('#goals-questions')).toHaveValue('What does a typical week look like?');
  await expect(page.locator('#goals-questions-kept')).toHaveCount(0);
  await expect.poll(() => storedGoal(page, 'fields')).toBe(`${SAVED}\n\n${TYPED} and maps`);
  expect(await storedGoal(page, 'organizations')).toBe('City museum');
  expect(await storedGoal(page, 'questions')).toBe('What does a typical week look like?');
  await page.context().close();
});

/**
 * Opens the network map holding one saved person, Ana Souza, types `name` into the name field
 * before the island hydrates (pressing Enter there when `enterEarly`), then lets it hydrate while
 * the saved list is still held back; call `loaded()` to let the list load.
 */
async function typeWhileMapLoads(page: Page, name: string, enterEarly = false) {
  const island = await holdBack(page, '**/_astro/NetworkMap*.js');
  const validator = await holdBack(page, '**/_astro/read-workbook*.js');
  await page.goto(NETWORK_MAP);
  const field = page.locator('#nm-name');
  await field.scrollIntoViewIfNeeded();
  await island.requested;
  await field.pressSequentially(name);
  if (enterEarly) await field.press('Enter');
  island.release();
  await waitForHydration(page);
  await validator.requested;
  return { field, loaded: validator.release };
}

/** A page whose saved workbook, not written by this site, holds Ana Souza (so it is checked before it loads). */
const pageWithAna = (browser: Browser, baseURL: string | undefined) =>
  seededPage(browser, baseURL, workbook([contact('p_ana', 'Ana Souza')]));

test('Enter pressed while the network map loads adds the person, or keeps the name with the reason', async ({
  browser,
  baseURL,
}) => {
  const page = await pageWithAna(browser, baseURL);
  // Enter before the script runs does nothing yet: the name stays in the field.
  const { field, loaded } = await typeWhileMapLoads(page, 'Ben Okafor', true);
  await expect(field).toHaveValue('Ben Okafor');
  // Enter after hydration, before the saved list has loaded: the person is added once it has.
  await field.press('Enter');
  loaded();
  await expect(shownNames(page)).toHaveText(['Ana Souza', 'Ben Okafor']);
  await expect(field).toHaveValue('');
  await expect.poll(() => storedNames(page)).toEqual(['Ana Souza', 'Ben Okafor']);
  await page.context().close();
});

test('a name already on the list, entered while the list loads, is refused in words and stays in the field', async ({
  browser,
  baseURL,
}) => {
  const page = await pageWithAna(browser, baseURL);
  const { field, loaded } = await typeWhileMapLoads(page, 'Ana Souza');
  await field.press('Enter');
  loaded();
  await expect(networkMap(page).locator('#nm-name-error')).toContainText('already on your list');
  await expect(field).toHaveValue('Ana Souza');
  await expect(networkMap(page).getByRole('button', { name: 'Add anyway' })).toBeVisible();
  await expect(shownNames(page)).toHaveText(['Ana Souza']);
  await page.context().close();
});

test('after the student used one worksheet, text typed into another before it starts is kept, with the cursor', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, workbook([contact('c1', 'Priya Shah')]));
  // The island that adds organizations (below the goal) comes slowly, so the typing surely comes first.
  const orgs = await holdBack(page, '**/_astro/GoalsOrgAdd.*.js');
  await page.goto(`${GOALS}#goals`);
  await expect(page.locator('astro-island:has(#goals-want-field)')).not.toHaveAttribute('ssr');
  // A click the started worksheet handles: Solid then counts the page's hydration as done. (A click,
  // not check(): if the saved workbook is read just after it, the box shows the saved answer for a
  // moment, until the tick, made once the changes' code is here, is saved and shown.)
  await page.locator('#goals-want-field').click();
  await expect(page.locator('#goals-want-field')).toBeChecked();
  const field = page.locator('#goals-org-new');
  await field.scrollIntoViewIfNeeded();
  await orgs.requested;
  await field.click();
  await field.pressSequentially('City Museum');
  await expect(page.locator('astro-island[ssr]:has(#goals-org-new)')).toHaveCount(1);
  orgs.release();
  await expect(page.locator('astro-island:has(#goals-org-new)')).not.toHaveAttribute('ssr');
  // The island took over the field the page showed: the text and the cursor are still there.
  await expect(field).toHaveValue('City Museum');
  await expect(field).toBeFocused();
  await field.press('End');
  await field.pressSequentially(' of Art');
  await expect(field).toHaveValue('City Museum of Art');
  await page.context().close();
});
