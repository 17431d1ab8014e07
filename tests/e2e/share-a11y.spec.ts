// Sharing and moving for everyone (issue 18): no axe violations in the chooser, the move panel,
// the code prompt and the shared page, light and dark; the whole share done from the keyboard;
// nothing wider than a 320 px screen. Each page is loaded once and scanned in both themes (the
// site follows the system theme as it changes); the scans of My workbook cover the new panels
// only (the whole page is scanned by a11y.spec.ts, and a scan of it with 20 people is slow).
import { type Browser, expect, type Page, test } from '@playwright/test';
import { pack } from '../../src/share/payload';
import type { Snapshot } from '../../src/share/snapshot-schema';
import { timeoutFor } from '../slowdown';
import { scanBothThemes } from './axe';
import { makeShareLink, openShareChooser, studentWorkbook } from './share-fixtures';
import { KEY, ORIGIN, openWorkbookPage, seededContext } from './workbook-fixtures';

const DOC = studentWorkbook(20);
const CODE = 'acorn bagel comet daisy';
const DESKTOP = { width: 1280, height: 720 };

/** A summary with every part, interview notes included (what the chooser makes, written out). */
const EVERY_PART: Snapshot = {
  sharedAt: '2026-03-05T10:00:00.000Z',
  fullNames: false,
  about: { name: 'Tomás Reyes', studies: 'Environmental science' },
  goals: { wants: ['field', 'leads'], fields: 'Water quality', organizations: 'River Trust', questions: '' },
  topFive: [{ name: 'M. O.', org: 'River Trust', status: 'met' }],
  pitches: [
    { name: '', audience: 'recruiter', now: 'I study water.', past: '', future: 'I want policy work.', ask: '' },
  ],
  statusCounts: { 'not-contacted': 3, met: 1 },
  nextActions: [{ title: 'Send a thank-you to M. O.', due: '2026-03-06' }],
  plans: [
    {
      note: 'Bring your list.',
      meetingDate: '2026-03-10',
      items: [
        { title: 'Your network map', href: '/steps/identify-your-networks/#network-map', state: 'done' },
        { title: 'Your goals and priorities', href: '/steps/assess-your-goals/#goals', state: 'started' },
        { title: 'What to do', href: '/steps/elevator-pitch/#what-to-do', state: 'read' },
      ],
    },
  ],
  questions: 'Is the certificate worth it?',
  interviewNotes: [{ name: 'M. O.', date: '2026-02-25', learned: 'Audits take a week.', fit: '', explore: 'Courses' }],
};

/** My workbook with the student's workbook, in a context with these options. */
async function studentPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const page = await (await seededContext(browser, { [KEY]: JSON.stringify(DOC) }, options)).newPage();
  await openWorkbookPage(page);
  return page;
}

/** Fails (softly, naming `state`) when the page is wider than a 320 px screen; the viewport is put back after. */
async function expectFits320(page: Page, state: string, visible: ReturnType<Page['locator']>): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(visible).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(width, `${state}: page width at 320 px`).toBeLessThanOrEqual(320);
  await page.setViewportSize(DESKTOP);
}

test('the chooser (own-code error, locked link, QR code), the move panel and the code prompt: axe light and dark, 320 px', async ({
  browser,
}) => {
  test.setTimeout(timeoutFor(8, 10_000)); // eight axe scans: four states in two themes
  const page = await studentPage(browser, { viewport: DESKTOP });
  await openShareChooser(page);
  await page.getByLabel('Show full names').check();
  await page.getByLabel('Your interview notes').check();
  await page.getByRole('button', { name: 'Choose my own code' }).click();
  await page.getByRole('button', { name: 'Make the link' }).click();
  await expect(page.locator('#share-code-own-error')).toBeVisible();
  await scanBothThemes(page, 'the chooser with a code too short', { include: ['.share-flow'] });
  await page.getByRole('button', { name: 'Use the words the site made' }).click();
  await makeShareLink(page);
  await scanBothThemes(page, 'the chooser with a locked link', { include: ['.share-flow'] });
  await expectFits320(page, 'the chooser with a locked link', page.locator('.share-result'));

  await page.getByLabel('Your interview notes').uncheck();
  await page.getByLabel('Show full names').uncheck();
  await page.getByLabel('Lock the link with a code').uncheck();
  for (const part of [
    'About you',
    'Your next actions',
    "Your advisor's plan and how far you are",
    'Questions for your advisor',
  ])
    await page.locator('.share-flow').getByLabel(part, { exact: true }).uncheck();
  await makeShareLink(page);
  await expect(page.locator('.share-qr')).toBeVisible();
  await scanBothThemes(page, 'the chooser with a QR code', { include: ['.share-flow'] });
  await expectFits320(page, 'the chooser with a QR code', page.locator('.share-qr'));
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: 'Share with my advisor' })).toBeFocused();

  await page.getByRole('button', { name: 'Move my workbook' }).click();
  await page.getByRole('button', { name: 'Lock my workbook' }).click();
  const moveLink = page.getByRole('textbox', { name: 'Link to open on your other device' });
  await expect(moveLink).toBeVisible();
  await scanBothThemes(page, 'the move panel with its link', { include: ['.share-flow'] });
  await expectFits320(page, 'the move panel with its link', moveLink);

  await page.goto(`/workbook/#${await pack('move', '{}', CODE)}`);
  await page.getByLabel('Code', { exact: true }).fill('wrong words');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.locator('#unlock-code-error')).toBeVisible();
  await scanBothThemes(page, 'the code prompt of a moved workbook', { include: ['.notice:has(#unlock-code)'] });
  await expectFits320(page, 'the code prompt of a moved workbook', page.locator('#unlock-code'));
  await page.context().close();
});

test('the shared page: its code prompt, the summary with notes and a bad link, axe light and dark, 320 px', async ({
  browser,
}) => {
  test.setTimeout(timeoutFor(6, 10_000)); // six axe scans: three states in two themes
  const link = `/shared/#${await pack('locked-share', JSON.stringify(EVERY_PART), CODE)}`;
  const page = await (await browser.newContext({ baseURL: ORIGIN, viewport: DESKTOP })).newPage();
  await page.goto(link);
  await page.getByLabel('Code', { exact: true }).fill('wrong words');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('#shared-code-error')).toBeVisible();
  await scanBothThemes(page, 'the code prompt with a wrong code');
  await expectFits320(page, 'the code prompt with a wrong code', page.locator('#shared-code'));
  await page.getByLabel('Code', { exact: true }).fill(CODE);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('.shared-content .shared-view')).toContainText('My interview notes');
  await scanBothThemes(page, 'the summary');
  await expectFits320(page, 'the summary', page.locator('.shared-content .shared-view'));
  await page.goto('/shared/#s1.00000000.AAAA');
  await expect(page.locator('.shared-content [role="alert"]')).toBeVisible();
  await scanBothThemes(page, 'a bad link');
  await page.context().close();
});

test('a share from the keyboard alone: open, choose, lock, make the link, copy it; the focus is always seen', async ({
  browser,
}) => {
  const page = await studentPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const open = page.getByRole('button', { name: 'Share with my advisor' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose what to share' })).toBeFocused();
  // Tab to "Show full names" and switch it on with the space bar.
  const fullNames = page.getByLabel('Show full names');
  for (let i = 0; i < 40 && !(await fullNames.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(fullNames).toBeFocused();
  const outline = await fullNames.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Lock the link with a code')).toBeChecked();
  const make = page.getByRole('button', { name: 'Make the link' });
  for (let i = 0; i < 40 && !(await make.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.share-result')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Link for your advisor' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByRole('textbox', { name: 'Link for your advisor' }).inputValue());
  await page.context().close();
});
