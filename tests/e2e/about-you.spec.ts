// About you (issue 13, item 8), on a phone with the seeded 20-person workbook: the student fills it
// in once, by keyboard, from the first worksheet that writes a message; every message is then
// signed with their name and starts and ends as they chose (outreach, its LinkedIn versions, the
// thank-you), the pitch starts from it without writing over what was typed, and My workbook shows
// it. A malformed address is kept, with the reason in words. Axe light and dark, and 320 px wide.
import { expect, type Page, test } from '@playwright/test';
import { scanBothThemes } from './axe';
import { twentyPeopleWorkbook } from './twenty-people';
import { KEY, openWorkbookPage, openWorksheetAt, seededPageOnTestDay, startIslandsOf } from './workbook-fixtures';

const PHONE = { viewport: { width: 390, height: 844 } };
const MAKE_CONTACT = '/steps/make-contact/';
const FOLLOW_UP = '/steps/follow-up/';
const PITCH = '/steps/elevator-pitch/';
/** Grace Kim, far down the list: not contacted yet. */
const GRACE = 'p18';
const CONNECTION = 'We both studied at Riverside College.';
const ASK = 'Could we talk for 20 minutes next week?';
const LINKEDIN = 'https://linkedin.com/in/ana-souza';
const SIGNATURE = `Kind regards,\nAna Souza\n${LINKEDIN}`;

/** "About you" as stored. */
function storedProfile(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').profile, KEY);
}

/** The page never scrolls sideways at 320 px wide (then back to the phone's 390 px). */
async function fitsIn320(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(320);
  await page.setViewportSize(PHONE.viewport);
}

/** Types into the focused field, then moves on with Tab. */
async function typeAndTab(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

test('About you, filled in once by keyboard, signs every message, starts the pitch and shows on My workbook', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const page = await seededPageOnTestDay(browser, baseURL, twentyPeopleWorkbook(), PHONE);
  await openWorksheetAt(page, `${MAKE_CONTACT}?contact=${GRACE}`, 'outreach');
  const ws = page.locator('#outreach');
  await expect(ws.locator('#or-contact')).toHaveValue(GRACE);
  await ws.getByLabel('How you are connected').fill(CONNECTION);
  await ws.getByLabel('Your request, as a question').fill(ASK);
  const body = ws.locator('.or-body');
  // With nothing filled in, the message still reads well: the default greeting and sign-off.
  await expect.poll(() => body.textContent()).toBe(`Hello Grace Kim,\n\n${CONNECTION}\n\n${ASK}\n\nBest wishes,`);

  // Keyboard only: open "About you" from its line and go through the form with Tab.
  const part = ws.locator('.about-you-part');
  const summary = part.locator('summary');
  await expect(summary).toHaveText('About you: add your name to sign your messages');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(part).toHaveAttribute('open', '');
  const first = ws.locator('#or-ay-firstName');
  await expect(first).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  for (const text of ['Ana', 'Souza', 'Riverside College', 'second-year', 'design']) await typeAndTab(page, text);
  // A malformed email address is kept as typed, with the reason in words once the student moves on.
  await typeAndTab(page, 'ana@example');
  await expect(ws.getByLabel('LinkedIn profile address')).toBeFocused();
  const emailError = ws.locator('#or-ay-email-error');
  await expect(emailError).toHaveText('Error: Enter one email address, like name@example.org, or leave it empty.');
  await expect(ws.locator('#or-ay-email')).toHaveValue('ana@example');
  await expect(ws.locator('#or-ay-email')).toHaveAttribute('aria-invalid', 'true');
  await typeAndTab(page, 'linkedin.com/in/ana-souza');
  // The greeting: a radio group, chosen with the arrow keys.
  await expect(ws.getByLabel('Hello', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(ws.getByLabel('Dear', { exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(ws.getByLabel('How your messages end')).toBeFocused();
  await page.keyboard.type('Kind regards');
  const typed = {
    firstName: 'Ana',
    lastName: 'Souza',
    school: 'Riverside College',
    year: 'second-year',
    fieldOfStudy: 'design',
    email: 'ana@example',
    linkedIn: 'linkedin.com/in/ana-souza',
    greeting: 'Dear',
    signOff: 'Kind regards',
  };
  // Nothing typed is lost, the malformed address included.
  await expect.poll(() => storedProfile(page)).toEqual(typed);
  await scanBothThemes(page, 'About you, open on the outreach worksheet, with an error', { include: ['#outreach'] });
  await fitsIn320(page, 'outreach with About you open');

  await ws.locator('#or-ay-email').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await typeAndTab(page, 'ana@example.org');
  await expect(emailError).toHaveCount(0);
  const profile = { ...typed, email: 'ana@example.org' };
  await expect.poll(() => storedProfile(page)).toEqual(profile);
  await expect(summary).toHaveText('Signed as Ana Souza · Change');
  const signed = `Dear Grace Kim,\n\n${CONNECTION}\n\n${ASK}\n\n${SIGNATURE}`;
  await expect.poll(() => body.textContent()).toBe(signed);

  // The LinkedIn versions: the same greeting and sign-off, with the first names.
  const li = ws.locator('#or-linkedin');
  await li.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(li.locator('#or-li-note')).toHaveText(`Dear Grace, ${CONNECTION} ${ASK} Kind regards, Ana`);
  await expect
    .poll(() => li.locator('.li-text').last().textContent())
    .toBe(`Dear Grace,\n\n${CONNECTION}\n\n${ASK}\n\nKind regards,\nAna`);

  // A reload keeps it all.
  await page.reload();
  await startIslandsOf(page, 'outreach');
  await expect(summary).toHaveText('Signed as Ana Souza · Change');
  await expect.poll(() => body.textContent()).toBe(signed);
  expect(await storedProfile(page)).toEqual(profile);

  // The thank-you: the same greeting and sign-off, signed with the name, on another step.
  await openWorksheetAt(page, `${FOLLOW_UP}?contact=${GRACE}`, 'thank-you');
  const ty = page.locator('#thank-you');
  await ty.getByLabel(/^One specific thing you learned/).fill('How field rotations work.');
  await expect
    .poll(() => ty.locator('.ty-preview').textContent())
    .toBe(
      `Dear Grace Kim,\n\nThank you for taking the time to talk with me.\nHow field rotations work.\n\n${SIGNATURE}`,
    );
  await expect(ty.locator('.about-you-part summary')).toHaveText('Signed as Ana Souza · Change');
  await scanBothThemes(page, 'the thank-you, signed', { include: ['#thank-you'] });
  await fitsIn320(page, 'thank-you');

  // The pitch: the version already written keeps its first part; a new one starts from About you.
  await openWorksheetAt(page, PITCH, 'pitch-builder');
  const pb = page.locator('#pitch-builder');
  const now = pb.locator('#pb-now');
  await expect(pb.locator('.about-you-part summary')).toHaveText('About you: Ana Souza · Change');
  await expect(now).toHaveValue('I study biology.');
  await expect(pb.locator('.pb-start')).toHaveCount(0);
  await pb.getByRole('button', { name: 'Add a version for another audience' }).click();
  await pb.getByRole('button', { name: 'Create this version' }).click();
  const start = 'Hi, I’m Ana. I’m a second-year design student at Riverside College.';
  await expect(now).toHaveValue(start);
  // Emptied, the part offers the start again; by keyboard, it fills the part and focus goes back to it.
  await now.fill('');
  const use = pb.getByRole('button', { name: 'Start with this' });
  await expect(pb.locator('.pb-start')).toContainText(start);
  await use.focus();
  await page.keyboard.press('Enter');
  await expect(now).toHaveValue(start);
  await expect(now).toBeFocused();
  await pb.getByRole('radio', { name: /^For alumni/ }).check();
  await expect(now).toHaveValue('I study biology.');
  await scanBothThemes(page, 'the pitch builder with About you', { include: ['#pitch-builder'] });
  await fitsIn320(page, 'pitch builder');

  // My workbook shows the profile, and the message signed.
  await openWorkbookPage(page);
  const about = page.locator('.wb-about');
  await expect(about.locator('li')).toHaveText([
    'First name: Ana',
    'Last name: Souza',
    'School: Riverside College',
    'Year of study: second-year',
    'Field of study: design',
    'Email address: ana@example.org',
    'LinkedIn profile: linkedin.com/in/ana-souza',
    'Greeting: Dear',
    'Sign-off: Kind regards',
  ]);
  await expect(about.locator('summary')).toHaveText('About you: Ana Souza · Change');
  await expect(page.locator('.wb-view')).toContainText(/Kind regards,\s+Ana Souza/);
  await scanBothThemes(page, 'About you on My workbook', { include: ['.wb-about'] });
  await fitsIn320(page, 'My workbook');
  await page.context().close();
});
