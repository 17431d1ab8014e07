import { type Browser, expect, type Page, test } from '@playwright/test';
import { scanBothThemes } from './axe';
import { KEY, openWorksheetAt, seededPage as seededPageWith, stopClock } from './workbook-fixtures';

const PATH = '/steps/elevator-pitch/';

/** A 75-word pitch in four parts (15 + 25 + 22 + 13 words), with hyphens, numbers and an em dash. */
const PARTS = {
  now: "Hi, I'm Ana Souza, a third-year student in public health at a well-known state university.",
  past: 'Last summer I helped run a vaccination drive that reached 1,200 people—20% more than the year before. I also tutor first-year students in statistics.',
  future:
    "Now I'm looking for an internship where I can use data to plan community health programs, ideally at a city health department.",
  ask: 'What skills do you look for in the interns you hire each summer?',
};
const COMPOSED = [PARTS.now, PARTS.past, PARTS.future, PARTS.ask].join(' ');

/** A saved workbook with two versions: a full 75-word pitch and a nearly empty one. */
const SEEDED = {
  schemaVersion: 1,
  updatedAt: '2026-11-25T10:00:00.000Z',
  pitches: [
    { id: 'pi_fair', name: 'Career fair', audience: 'recruiter', ...PARTS, updatedAt: '2026-11-25T10:00:00.000Z' },
    {
      id: 'pi_alum',
      name: 'Alumni night',
      audience: 'alumnus',
      now: 'Hi, I graduate next spring.',
      past: '',
      future: '',
      ask: '',
      updatedAt: '2026-11-25T10:00:00.000Z',
    },
  ],
};

/** Opens a new page whose browser already holds `doc` as the saved workbook. */
const seededPage = (
  browser: Browser,
  baseURL: string | undefined,
  options: Parameters<Browser['newContext']>[0] = {},
  doc: object = SEEDED,
) => seededPageWith(browser, baseURL, doc, options);

/** Goes to the worksheet and waits until its island has hydrated and read the workbook. */
const openWorksheet = (page: Page) => openWorksheetAt(page, PATH, 'pitch-builder');

/** The worksheet region. */
const sheet = (page: Page) => page.locator('#pitch-builder');

/** The names of the versions saved in localStorage. */
async function storedNames(page: Page): Promise<string[]> {
  return page.evaluate((key) => {
    const doc = JSON.parse(localStorage.getItem(key) ?? '{}') as { pitches?: Array<{ name: string }> };
    return (doc.pitches ?? []).map((p) => p.name);
  }, KEY);
}

test('a new student creates a first pitch and a second version; everything is there after a reload', async ({
  page,
}) => {
  await openWorksheet(page);
  const ws = sheet(page);
  await expect(ws.getByRole('group', { name: 'Start your first pitch' })).toBeVisible();
  const name = ws.getByLabel('Name of this version');
  await expect(name).toHaveValue('Career fair');
  // Choosing an audience suggests a name.
  await ws.getByLabel('A family friend').check();
  await expect(name).toHaveValue('Family friend');
  await ws.getByLabel('A recruiter').check();
  await expect(name).toHaveValue('Career fair');
  await ws.getByRole('button', { name: 'Create your first pitch' }).click();

  await expect(ws.getByLabel('Who you are now')).toBeFocused();
  await ws.getByLabel('Who you are now').fill(PARTS.now);
  await ws.getByLabel('What you have done').fill(PARTS.past);
  await ws.getByLabel('What you are looking for').fill(PARTS.future);
  await ws.getByLabel('Your ask').fill(PARTS.ask);
  await expect(ws.locator('.pb-preview')).toHaveText(COMPOSED);

  await ws.getByRole('button', { name: 'Add a version for another audience' }).click();
  await expect(ws.getByLabel('An alumnus or alumna')).toBeChecked();
  await expect(ws.getByLabel('Name of this version')).toHaveValue('Graduate of my school');
  await ws.getByRole('button', { name: 'Create this version' }).click();
  await ws.getByLabel('Who you are now').fill('I am finishing the same degree you did.');
  await expect(page.locator('.save-status')).toHaveText(/saved/i);

  await page.reload();
  await openWorksheet(page);
  const versions = ws.getByRole('group', { name: 'Your versions' });
  await expect(versions.getByRole('radio')).toHaveCount(2);
  await expect(versions.getByRole('radio', { name: /Career fair/ })).toBeChecked();
  await expect(versions.getByText('(A recruiter, 75 words)')).toBeVisible();
  await expect(ws.getByLabel('Who you are now')).toHaveValue(PARTS.now);
  await expect(ws.getByLabel('What you have done')).toHaveValue(PARTS.past);
  await expect(ws.getByLabel('What you are looking for')).toHaveValue(PARTS.future);
  await expect(ws.getByLabel('Your ask')).toHaveValue(PARTS.ask);
  await versions.getByRole('radio', { name: /Graduate of my school/ }).check();
  await expect(ws.getByLabel('Who this version is for')).toHaveValue('alumnus');
  await expect(ws.getByLabel('Who you are now')).toHaveValue('I am finishing the same degree you did.');
  await expect(ws.getByLabel('Your ask')).toHaveValue('');
});

test('the length check shows "75 words" and about 30 seconds, and what to cut when too long', async ({ page }) => {
  await page.clock.install();
  await openWorksheet(page);
  await stopClock(page);
  const ws = sheet(page);
  await ws.getByRole('button', { name: 'Create your first pitch' }).click();
  await expect(ws.locator('.pb-length-text')).toHaveText('0 words. Aim for 65 to 80 words, about 30 seconds.');
  await ws.getByLabel('Who you are now').fill(PARTS.now);
  await expect(ws.locator('.pb-length-text')).toHaveText(
    '15 words: about 6 to 7 seconds. Shorter than 30 seconds: you can add about 50 words.',
  );
  await ws.getByLabel('What you have done').fill(PARTS.past);
  await ws.getByLabel('What you are looking for').fill(PARTS.future);
  await ws.getByLabel('Your ask').fill(PARTS.ask);
  await expect(ws.locator('.pb-length-text')).toHaveText(
    '75 words: about 28 to 35 seconds. This is in the 30-second range.',
  );
  await ws
    .getByLabel('Your ask')
    .fill(`${PARTS.ask} I would love to hear how you started, and what you wish you had known back then.`);
  await expect(ws.locator('.pb-length-text')).toHaveText(
    '92 words: about 35 to 42 seconds. Too long for 30 seconds: cut about 12 words.',
  );
  // Screen readers hear the new count once typing stops (1.5 s after the last change), not at every keystroke.
  const spoken = ws.locator('.pb-length [aria-live="polite"]');
  await expect(spoken).toHaveText('');
  await page.clock.runFor(1400);
  await expect(spoken).toHaveText('');
  await page.clock.runFor(100);
  await expect(spoken).toHaveText('92 words: about 35 to 42 seconds. Too long for 30 seconds: cut about 12 words.');
});

test('duplicate, rename with checks, delete and undo', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL);
  await openWorksheet(page);
  const ws = sheet(page);
  const versions = ws.getByRole('group', { name: 'Your versions' });

  await ws.getByRole('button', { name: 'Duplicate Career fair' }).click();
  await expect(versions.getByRole('radio', { name: /Career fair \(copy\)/ })).toBeChecked();
  await expect(ws.locator('#pb-editor-title')).toBeFocused();
  await expect(ws.getByLabel('Who you are now')).toHaveValue(PARTS.now);
  await expect(versions.getByRole('radio')).toHaveCount(3);

  await ws.getByRole('button', { name: 'Rename Career fair (copy)' }).click();
  const newName = ws.getByLabel('New name for Career fair (copy)');
  await expect(newName).toBeFocused();
  await newName.fill('   ');
  await newName.press('Enter');
  await expect(ws.locator('#pb-rename-error')).toHaveText(
    'Error: Enter a name for this version, for example “Career fair”.',
  );
  await expect(newName).toHaveAttribute('aria-invalid', 'true');
  await newName.fill('alumni NIGHT');
  await ws.getByRole('button', { name: 'Save name' }).click();
  await expect(ws.locator('#pb-rename-error')).toContainText('You already have a version called “Alumni night”.');
  await newName.fill('Engineering expo');
  await newName.press('Enter');
  await expect(ws.locator('#pb-editor-title')).toHaveText('Engineering expo');
  await expect(ws.getByRole('button', { name: 'Rename Engineering expo' })).toBeFocused();

  await ws.getByRole('button', { name: 'Delete Engineering expo' }).click();
  const undoBar = ws.locator('.undo-bar');
  await expect(undoBar).toContainText('Deleted the version Engineering expo.');
  await expect(undoBar).toBeFocused();
  await expect(versions.getByRole('radio')).toHaveCount(2);
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(versions.getByRole('radio')).toHaveCount(3);
  await expect(versions.getByRole('radio').nth(1)).toHaveAccessibleName(/Engineering expo/);
  await expect(versions.getByRole('radio', { name: /Engineering expo/ })).toBeChecked();
  await expect(ws.getByLabel('Your ask')).toHaveValue(PARTS.ask);

  // Deleting every version brings back the first-pitch form, and undo still works.
  for (const name of ['Engineering expo', 'Career fair', 'Alumni night']) {
    await ws.getByRole('radio', { name: new RegExp(name) }).check();
    await ws.getByRole('button', { name: `Delete ${name}` }).click();
  }
  await expect(ws.getByRole('button', { name: 'Create your first pitch' })).toBeVisible();
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(ws.locator('#pb-editor-title')).toHaveText('Alumni night');
  await expect.poll(() => storedNames(page)).toEqual(['Alumni night']);
  await page.context().close();
});

test('practice mode: large text and a 30-second timer that starts, pauses and resets', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL);
  await page.clock.install();
  await openWorksheet(page);
  // From here on, time moves only when the test says so: each figure below is exact.
  await stopClock(page);
  const ws = sheet(page);
  await ws.getByRole('button', { name: 'Practice with a timer' }).click();
  await expect(ws.getByRole('heading', { name: 'Practice: Career fair' })).toBeFocused();
  await expect(ws.locator('.pb-practice-text')).toHaveText(COMPOSED);
  const clock = ws.locator('.pb-clock');
  const announcer = page.locator('#announcer');
  await expect(clock).toContainText('0:30');
  await expect(clock.locator('.sr-only')).toHaveText('30 seconds left');

  await ws.getByRole('button', { name: 'Start timer' }).click();
  await page.clock.runFor(100);
  await expect(announcer).toHaveText('Timer started: 30 seconds. Start speaking.');
  await page.clock.runFor(5000);
  await expect(clock).toContainText('0:25');
  await expect(ws.locator('.pb-timer-state')).toHaveText('Running');
  // Nothing is announced second by second.
  await expect(announcer).toHaveText('Timer started: 30 seconds. Start speaking.');

  await ws.getByRole('button', { name: 'Pause timer' }).click();
  await page.clock.runFor(100);
  await expect(announcer).toHaveText('Timer paused with 25 seconds left.'); // 5.1 s used
  const paused = await clock.locator('[aria-hidden="true"]').textContent();
  await page.clock.runFor(20_000);
  await expect(clock.locator('[aria-hidden="true"]')).toHaveText(paused ?? '');
  await expect(ws.locator('.pb-timer-state')).toHaveText('Paused');

  await ws.getByRole('button', { name: 'Resume timer' }).click();
  // The clock is redrawn every 200 ms: 15 s after resuming, 9.9 s are left, shown as 0:10.
  await page.clock.runFor(15_000);
  await expect(clock).toContainText('0:10');
  await expect(clock.locator('.sr-only')).toHaveText('10 seconds left');
  await page.clock.runFor(100);
  await expect(announcer).toHaveText('10 seconds left.');
  await page.clock.runFor(11_000);
  await expect(clock).toContainText('0:00');
  await expect(ws.locator('.pb-timer-state')).toHaveText('Time is up.');
  await expect(announcer).toHaveText('Time is up.');
  await expect(ws.getByRole('button', { name: 'Start again timer' })).toBeVisible();

  await ws.getByRole('button', { name: 'Reset timer' }).click();
  await page.clock.runFor(100);
  await expect(clock).toContainText('0:30');
  await expect(announcer).toHaveText('Timer reset to 30 seconds.');
  await expect(ws.locator('.pb-timer-state')).toHaveText('Ready');

  await ws.getByRole('button', { name: 'Back to editing' }).click();
  await expect(ws.getByRole('button', { name: 'Practice with a timer' })).toBeFocused();
  await page.context().close();
});

test('the timer keeps true time even when the page skips ticks', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL);
  await page.clock.install();
  await openWorksheet(page);
  await stopClock(page);
  const ws = sheet(page);
  await ws.getByRole('button', { name: 'Practice with a timer' }).click();
  await ws.getByRole('button', { name: 'Start timer' }).click();
  // Jump the clock without running the timers in between, as a throttled background tab would.
  await page.clock.fastForward(12_000);
  await page.clock.runFor(300);
  await expect(ws.locator('.pb-clock')).toContainText('0:18');
  await page.context().close();
});

test('copies the pitch to the clipboard', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await openWorksheet(page);
  // "Copied" shows for 2 s: with the clock stopped, a slow machine cannot miss it.
  await stopClock(page);
  const ws = sheet(page);
  await ws.getByRole('button', { name: 'Copy pitch' }).click();
  await expect(ws.getByRole('button', { name: 'Copied' })).toBeVisible();
  await page.clock.runFor(100);
  await expect(page.locator('#announcer')).toHaveText('Pitch copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(COMPOSED);
  await page.clock.runFor(2000);
  await expect(ws.getByRole('button', { name: 'Copy pitch' })).toBeVisible();
  await page.context().close();
});

test('shows the pitch selected in a field when the clipboard is refused', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await openWorksheet(page);
  const ws = sheet(page);
  await ws.getByRole('button', { name: 'Copy pitch' }).click();
  const field = ws.getByRole('textbox', { name: /Copying is blocked/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(COMPOSED);
  const selected = await field.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
  );
  expect(selected).toBe(COMPOSED);
  await page.context().close();
});

test('works with the keyboard only, from the first pitch to the timer', async ({ page }) => {
  await openWorksheet(page);
  const ws = sheet(page);
  await ws.locator('.heading-link').focus();
  await page.keyboard.press('Tab');
  await expect(ws.getByLabel('A recruiter')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(ws.getByLabel('An alumnus or alumna')).toBeChecked();
  await expect(ws.getByLabel('Name of this version')).toHaveValue('Graduate of my school');
  await page.keyboard.press('Tab');
  await expect(ws.getByLabel('Name of this version')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(ws.getByRole('button', { name: 'Create your first pitch' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(ws.getByLabel('Who you are now')).toBeFocused();
  await page.keyboard.type('I study nursing.');
  for (const label of ['What you have done', 'What you are looking for', 'Your ask']) {
    await page.keyboard.press('Tab');
    await expect(ws.getByLabel(label)).toBeFocused();
  }
  await page.keyboard.type('Could I ask how you chose your unit?');
  await page.keyboard.press('Tab');
  await expect(ws.getByRole('button', { name: 'Practice with a timer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ws.getByRole('heading', { name: 'Practice: Graduate of my school' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(ws.getByRole('button', { name: 'Start timer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ws.getByRole('button', { name: 'Pause timer' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(ws.getByRole('button', { name: 'Resume timer' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(ws.getByRole('button', { name: 'Back to editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ws.getByRole('button', { name: 'Practice with a timer' })).toBeFocused();

  // Rename from the keyboard: Escape cancels and returns focus.
  await ws.getByRole('button', { name: /^Rename/ }).focus();
  await page.keyboard.press('Enter');
  await expect(ws.getByLabel(/New name for/)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ws.getByRole('button', { name: /^Rename/ })).toBeFocused();
});

test.describe('axe with answers filled in, light and dark theme', () => {
  test('the editor has no accessibility violations', async ({ browser, baseURL }) => {
    const page = await seededPage(browser, baseURL);
    await openWorksheet(page);
    await sheet(page).getByRole('button', { name: 'Rename Career fair' }).click();
    await sheet(page).getByLabel('New name for Career fair').fill('');
    await sheet(page).getByRole('button', { name: 'Save name' }).click();
    await sheet(page).getByRole('button', { name: 'Add a version for another audience' }).click();
    await scanBothThemes(page, 'the editor');
    await page.context().close();
  });

  test('practice mode has no accessibility violations', async ({ browser, baseURL }) => {
    const page = await seededPage(browser, baseURL);
    await page.clock.install();
    await openWorksheet(page);
    await stopClock(page);
    await sheet(page).getByRole('button', { name: 'Practice with a timer' }).click();
    await sheet(page).getByRole('button', { name: 'Start timer' }).click();
    await page.clock.runFor(1200);
    await expect(sheet(page).locator('.pb-clock')).toContainText('0:29');
    // axe waits on timers of its own: let time run again.
    await page.clock.resume();
    await scanBothThemes(page, 'practice mode');
    await page.context().close();
  });

  test('the first-pitch form has no accessibility violations', async ({ page }) => {
    await openWorksheet(page);
    await scanBothThemes(page, 'the first-pitch form');
  });
});

test('10,000 characters in a part are kept, the limit is explained, and a 320 px page does not widen', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, { viewport: { width: 320, height: 640 } });
  await openWorksheet(page);
  const ws = sheet(page);
  const long = 'x'.repeat(10_000);
  await ws.getByLabel('What you have done').fill(`${long}yyy`);
  await expect(ws.getByLabel('What you have done')).toHaveValue(long);
  await expect(ws.getByText('You have reached the limit of 10,000 characters.')).toBeVisible();
  await ws.getByRole('button', { name: 'Rename Career fair' }).click();
  await ws.getByLabel('New name for Career fair').fill('n'.repeat(200));
  await ws.getByRole('button', { name: 'Save name' }).click();
  await expect(ws.locator('#pb-editor-title')).toHaveText('n'.repeat(200));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await ws.getByRole('button', { name: 'Practice with a timer' }).click();
  await expect(ws.locator('.pb-practice-text')).toContainText(long);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.context().close();
});

test('with reduced motion, practice mode shows no animation', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await openWorksheet(page);
  await stopClock(page);
  const ws = sheet(page);
  await ws.getByRole('button', { name: 'Practice with a timer' }).click();
  await ws.getByRole('button', { name: 'Start timer' }).click();
  // Let the timer run a second: the clock is redrawn five times, and nothing may move.
  await page.clock.runFor(1200);
  await expect(ws.locator('.pb-clock')).toContainText('0:29');
  await expect(ws.locator('.pb-progress')).toBeHidden();
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  const moving = await ws.locator('*').evaluateAll(
    (els) =>
      els.filter((el) => {
        const s = getComputedStyle(el);
        return s.animationName !== 'none' || s.transitionDuration.split(',').some((d) => Number.parseFloat(d) > 0.01);
      }).length,
  );
  expect(moving).toBe(0);

  // Without the preference the bar moves smoothly, so the check above is meaningful.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(ws.locator('.pb-progress')).toBeVisible();
  expect(await ws.locator('.pb-progress-used').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0.2s');
  await page.context().close();
});

test('prints lines to write on when empty, and the pitches when filled', async ({ page, browser, baseURL }) => {
  await openWorksheet(page);
  await page.emulateMedia({ media: 'print' });
  // Empty, the worksheet prints its paper outline (PitchBuilderWorksheet.astro).
  await expect(sheet(page).locator('.paper')).toBeVisible();
  await expect(sheet(page).locator('.paper .print-line').first()).toBeVisible();
  await expect(sheet(page).locator('.paper')).toContainText('Who you are now');
  await expect(sheet(page).locator('.pb-new')).toBeHidden();

  const filled = await seededPage(browser, baseURL);
  await openWorksheet(filled);
  await filled.emulateMedia({ media: 'print' });
  const print = sheet(filled).locator('.pb-print');
  await expect(print.getByRole('heading', { name: 'Career fair (A recruiter)' })).toBeVisible();
  await expect(print).toContainText(COMPOSED);
  await expect(print).toContainText('75 words: about 28 to 35 seconds.');
  await expect(sheet(filled).locator('.pb-editor')).toBeHidden();
  await expect(sheet(filled).locator('.pb-versions')).toBeHidden();
  await expect(sheet(filled).locator('.paper')).toBeHidden();
  await filled.context().close();
});

test('the pitches appear on the My workbook page', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL);
  await page.goto('/workbook/');
  await expect(page.getByRole('heading', { name: 'Career fair (A recruiter)' })).toBeVisible();
  await expect(page.getByText(COMPOSED)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Alumni night (An alumnus or alumna)' })).toBeVisible();
  await page.context().close();
});
