// Sharing with an advisor (issue 18): the student picks what to share and sees exactly what the
// advisor will see; the advisor opens the link in a fresh browser; codes, bad links, the plan page,
// and no request carrying anything anywhere.
import { expect, type Page, test } from '@playwright/test';
import { encodePlan } from '../../src/advisors/codec';
import { PBKDF2_ITERATIONS } from '../../src/share/lock';
import { checkOf, pack } from '../../src/share/payload';
import { targets } from '../fixtures/advisor-e2e';
import { recordViolations } from './page-watch';
import {
  expectNothingSent,
  fragmentOf,
  iterationsUsed,
  makeShareLink,
  openShareChooser,
  previewText,
  recordRequests,
  sharedText,
  shownCode,
  studentWorkbook,
  watchKeyDerivation,
} from './share-fixtures';
import { KEY, ORIGIN, openWorkbookPage, seededContext, storedRaw } from './workbook-fixtures';

/** 20 people, and three organizations on step 3's ranked list. */
const DOC = studentWorkbook(20, 3);
const FULL_NAMES = DOC.contacts.map((c) => c.name);
/** The day the student shares (the next actions depend on it). */
const TODAY = new Date('2026-03-05T10:00:00');

/** My workbook in a new context whose storage holds the student's workbook. */
async function studentPage(browser: import('@playwright/test').Browser) {
  const context = await seededContext(browser, { [KEY]: JSON.stringify(DOC) });
  const page = await context.newPage();
  return { context, page };
}

/** Opens a link in a fresh context (no storage) and returns its page. */
async function advisorPage(browser: import('@playwright/test').Browser, link: string) {
  const context = await browser.newContext({ baseURL: ORIGIN });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const cspViolations = await recordViolations(context);
  const page = await context.newPage();
  const requests = recordRequests(context);
  await page.goto(link);
  return { context, page, requests, cspViolations };
}

/** The sentence shown on the shared page for a link whose part after "#" is `fragment`. */
async function sentenceFor(page: Page, fragment: string): Promise<string> {
  await page.goto('/shared/');
  await page.evaluate((f) => {
    location.hash = f;
  }, fragment);
  const alert = page.locator('.shared-content [role="alert"]');
  await expect(alert).toBeVisible();
  return ((await alert.textContent()) ?? '').trim();
}

test('a summary without a code, filled in on a step: a fresh browser shows exactly the preview, in initials, copies it as text and prints it; nothing is sent', async ({
  browser,
}) => {
  const { context, page } = await studentPage(browser);
  await page.clock.setFixedTime(TODAY);
  const sent = recordRequests(context);
  const cspViolations = await recordViolations(context);
  // The student fills in the workbook on a step, then follows the step's link to the chooser.
  await page.goto('/steps/assess-your-goals/');
  const fields = page.locator('#goals-fields');
  await fields.scrollIntoViewIfNeeded();
  // The saved answer is shown once the island is running and the workbook is read.
  await expect(fields).toHaveValue(DOC.goals.fields);
  await fields.fill('Wetland restoration');
  // The answer is saved once the worksheet's changes have arrived (they load when a field is first reached).
  await expect.poll(() => storedRaw(page)).toContain('Wetland restoration');
  await page.getByRole('link', { name: 'Share my workbook with my advisor' }).click();
  await expect(page).toHaveURL(/\/workbook\/#wb-share$/);
  await expect(page.getByRole('heading', { name: 'Choose what to share' })).toBeFocused();
  await expect(page.locator('.shared-frame .shared-view')).toContainText('Wetland restoration');
  await page.getByLabel('Your name').fill('Tomás Reyes');
  await expect(page.locator('.shared-frame')).toContainText('Tomás Reyes');
  // Every part the chooser starts with: a link under 2,000 characters, too long for a QR code.
  const everything = await makeShareLink(page);
  expect(everything).toMatch(new RegExp(`^${ORIGIN}/shared/#s1\\.[0-9a-f]{8}\\.`));
  expect(everything.length).toBeGreaterThan(1000);
  expect(everything.length).toBeLessThanOrEqual(2000);
  await expect(page.locator('.share-result')).toContainText(
    `The link is ${everything.length.toLocaleString('en-US')} characters long.`,
  );
  await expect(page.locator('.share-qr')).toHaveCount(0);

  // The typical summary (goals, top five, one pitch, people counted): short enough for a QR code.
  for (const part of [
    'About you',
    'Your next actions',
    "Your advisor's plan and how far you are",
    'Questions for your advisor',
  ])
    await page.locator('.share-flow').getByLabel(part, { exact: true }).uncheck();
  await expect(page.locator('.share-result')).toHaveCount(0);
  const link = await makeShareLink(page);
  expect(link.length).toBeLessThanOrEqual(1000);
  await expect(page.getByRole('img', { name: /QR code of the link for your advisor/ })).toBeVisible();
  const preview = await previewText(page);
  expect(preview).toContain('M. O., County Water Quality Lab');
  expect(preview).not.toContain('Tomás Reyes');
  for (const name of FULL_NAMES) expect(preview).not.toContain(name);

  const advisor = await advisorPage(browser, link);
  await expect(advisor.page.locator('.shared-content .shared-view')).toBeVisible();
  expect(await sharedText(advisor.page)).toBe(preview);
  expect(preview).toContain('Wetland restoration');
  await expect(advisor.page.getByRole('heading', { level: 2, name: 'My top five people to contact' })).toBeVisible();
  await expect(advisor.page.getByRole('heading', { level: 2, name: 'My elevator pitch' })).toBeVisible();
  // Step 3's goal sentence, targets with their dates in words, and organizations in the student's ranking.
  const goals = advisor.page
    .locator('.shared-part')
    .filter({ has: advisor.page.getByRole('heading', { name: 'My goals' }) });
  await expect(goals.locator('dd').first()).toHaveText(DOC.goals.goal);
  await expect(goals.getByRole('heading', { level: 3, name: 'My targets, with dates' })).toBeVisible();
  await expect(goals.locator('ul.shared-list li')).toHaveText([
    'Talk to 3 people in water quality by Thu 1 May 2025.',
    'Talk to 1 person at the River Trust by Sat 31 May 2025.',
  ]);
  await expect(
    goals.getByRole('heading', { level: 3, name: 'Organizations I ranked, most interesting first' }),
  ).toBeVisible();
  await expect(goals.locator('ol.shared-list li')).toHaveText([
    'Greenfield Consulting 1 — Interest: Medium · Hiring now',
    'State Environmental Agency 1 — Interest: Low',
    'County Water Quality Lab 1 — Interest: Not rated yet · Alumni work there · Someone there could speak up for you · Hiring now',
  ]);
  // Nothing was read from or written to the advisor's storage.
  expect(await advisor.page.evaluate(() => localStorage.length)).toBe(0);

  // "Copy as text" for the advisor's notes; printed, the summary stays and the buttons go.
  await advisor.page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(advisor.page.getByRole('button', { name: 'Text copied' })).toBeVisible();
  const copied = await advisor.page.evaluate(() => navigator.clipboard.readText());
  expect
    .soft(copied, 'copied text')
    .toMatch(/^Networking Guide: a shared workbook\nShared on .+\nNames are shown as initials\.\n/);
  expect.soft(copied, 'copied text').toContain('MY TOP FIVE PEOPLE TO CONTACT\n');
  expect.soft(copied, 'copied text').toContain('In all: 20 people');
  expect.soft(copied, 'copied text').toContain('1. Greenfield Consulting 1 — Interest: Medium · Hiring now\n');
  await advisor.page.emulateMedia({ media: 'print' });
  await expect.soft(advisor.page.getByRole('button', { name: 'Text copied' }), 'printed: no button').toBeHidden();
  await expect.soft(advisor.page.locator('.shared-content .shared-view'), 'printed: the summary').toBeVisible();

  const secrets = [fragmentOf(everything), fragmentOf(link), 'Tomás', 'Okafor'];
  expectNothingSent(sent, ORIGIN, secrets);
  expectNothingSent(advisor.requests, ORIGIN, secrets);
  expect.soft(cspViolations, 'Content Security Policy violations while sharing').toEqual([]);
  expect.soft(advisor.cspViolations, 'Content Security Policy violations on the shared page').toEqual([]);
  await context.close();
  await advisor.context.close();
});

test('names and notes turn the code on; a wrong code is refused and can be tried again; 600,000 iterations', async ({
  browser,
}) => {
  const { context, page } = await studentPage(browser);
  await watchKeyDerivation(context);
  const sent = recordRequests(context);
  await openWorkbookPage(page);
  await openShareChooser(page);
  const lock = page.getByLabel('Lock the link with a code');
  await expect(lock).not.toBeChecked();
  await page.getByLabel('Show full names').check();
  await expect(lock).toBeChecked();
  await page.getByLabel('Your interview notes').check();
  await expect(page.locator('.shared-frame')).toContainText('My interview notes');
  await expect(page.locator('.share-warning').first()).toContainText(
    'anyone who has the link and the code can read what you share. A link cannot be taken back.',
  );
  const code = await shownCode(page, '.share-flow');
  const link = await makeShareLink(page);
  expect(fragmentOf(link)).toMatch(/^c1\./);
  await expect(page.locator('.share-result')).toContainText(`The code: ${code}.`);
  const preview = await previewText(page);
  expect(preview).toContain(FULL_NAMES[0]);
  expect(await iterationsUsed(page)).toEqual([PBKDF2_ITERATIONS]);
  expect(PBKDF2_ITERATIONS).toBe(600_000);

  const advisorContext = await browser.newContext({ baseURL: ORIGIN });
  await watchKeyDerivation(advisorContext);
  const opened = recordRequests(advisorContext);
  const advisor = await advisorContext.newPage();
  await advisor.goto(link);
  const field = advisor.getByLabel('Code', { exact: true });
  await field.fill('maple river candle');
  await field.press('Enter');
  await expect(advisor.locator('#shared-code-error')).toHaveText(
    'Error: This code does not open it. Check the words and try again.',
  );
  await expect(field).toHaveAttribute('aria-describedby', 'shared-code-hint shared-code-error');
  await expect(advisor.locator('.shared-view')).toHaveCount(0);
  // Capitals and dashes do not matter.
  await field.fill(code.toUpperCase().replaceAll(' ', '-'));
  await advisor.getByRole('button', { name: 'Open' }).click();
  await expect(advisor.locator('.shared-content .shared-view')).toBeVisible();
  expect(await sharedText(advisor)).toBe(preview);
  expect(await iterationsUsed(advisor)).toEqual([PBKDF2_ITERATIONS, PBKDF2_ITERATIONS]);

  const secrets = [fragmentOf(link), code, code.split(' ')[0] ?? code, FULL_NAMES[0] ?? ''];
  expectNothingSent(sent, ORIGIN, secrets);
  expectNothingSent(opened, ORIGIN, secrets);
  await context.close();
  await advisorContext.close();
});

test('each bad link gets a sentence, and nothing of it is shown; a move link is sent on to My workbook', async ({
  page,
}) => {
  const snapshot = JSON.stringify({ sharedAt: '2026-03-01T12:00:00.000Z', fullNames: false, questions: 'Hello?' });
  const open = await pack('share', snapshot);
  expect(await sentenceFor(page, open.slice(0, -12))).toBe(
    'This link is cut short or was changed on the way, so it cannot be read. Ask for the link again, and copy all of it.',
  );
  expect(await sentenceFor(page, `s2.${open.slice(3)}`)).toMatch(
    /^This link was made by a newer version of this site\./,
  );
  expect(await sentenceFor(page, `s1.00000000.${'A'.repeat(70_000)}`)).toBe(
    'This link holds more than this site ever puts in one, so nothing was read from it.',
  );
  expect(await sentenceFor(page, 'v1.k3.0h1l22.20260310.note')).toMatch(
    /^This is not a link from the share or move buttons/,
  );
  const notASummary = await pack('share', '{"hello":"world"}');
  expect(await sentenceFor(page, notASummary)).toBe('Nothing in this link could be read. Ask for a new link.');
  await expect(page.locator('.shared-view')).toHaveCount(0);

  // A locked link changed on purpose (its check made right again): the right code finds the change.
  const locked = await pack('locked-share', snapshot, 'acorn bagel comet daisy');
  const [, , data = ''] = locked.split('.');
  const flipped = `${data.slice(0, 60)}${data[60] === 'A' ? 'B' : 'A'}${data.slice(61)}`;
  await page.goto(`/shared/#c1.${await checkOf(`c1.${flipped}`)}.${flipped}`);
  await page.getByLabel('Code', { exact: true }).fill('acorn bagel comet daisy');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('.shared-content [role="alert"]')).toHaveText(
    'The code is right, but this link was changed after it was made, so it cannot be opened. Ask for the link again.',
  );
  await expect(page.locator('.shared-view')).toHaveCount(0);

  // A link that moves a whole workbook is sent on to My workbook.
  const moved = await pack('move', '{}', 'acorn bagel comet daisy');
  await page.goto(`/shared/#${moved}`);
  const notice = page.locator('.shared-content .notice');
  await expect(notice).toContainText('This link holds a whole workbook that a student moves to another device');
  await expect(notice.getByRole('link', { name: 'My workbook' })).toHaveAttribute('href', `/workbook/#${moved}`);
});

test('the plan page shares progress back, and the shared page shows which plan items are done', async ({ browser }) => {
  const { context, page } = await studentPage(browser);
  const items = [
    targets.find((t) => t.kind === 'worksheet' && t.href.endsWith('#network-map')),
    targets.find((t) => t.kind === 'worksheet' && t.href.endsWith('#pitch-builder')),
    targets.find((t) => t.kind === 'worksheet' && t.href.endsWith('#interview-prep')),
    targets.find((t) => t.kind === 'section'),
  ].filter((t) => t !== undefined);
  expect(items).toHaveLength(4);
  await page.goto(
    `/plan/#${encodePlan({ items: items.map((t) => t.code), note: 'Bring your list.', meetingDate: '2026-03-10' })}`,
  );
  await page.getByRole('button', { name: 'Share my progress back' }).click();
  await expect(page.getByRole('heading', { name: 'Choose what to share' })).toBeFocused();
  const plan = page.locator('.shared-frame .shared-part').filter({ hasText: "My advisor's plan" });
  await expect(plan).toContainText('Bring your list.');
  await expect(plan).toContainText('I have done 2 of 3 worksheets in this plan.');
  const link = await makeShareLink(page);
  const advisor = await advisorPage(browser, link);
  const shown = advisor.page.locator('.shared-content .shared-part').filter({ hasText: "My advisor's plan" });
  await expect(shown.locator('li')).toHaveText([
    `${items[0]?.title}: Done`,
    `${items[1]?.title}: Done`,
    `${items[2]?.title}: Started`,
    `${items[3]?.title}: To read`,
  ]);
  await expect(shown.getByRole('link', { name: items[0]?.title })).toHaveAttribute('href', items[0]?.href ?? '');
  expect(await sharedText(advisor.page)).toBe(await previewText(page));
  await expect(advisor.page.getByRole('link', { name: 'make a plan link' })).toHaveAttribute('href', '/advisors/#plan');
  await context.close();
  await advisor.context.close();
});
