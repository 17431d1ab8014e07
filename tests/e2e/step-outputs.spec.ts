// Each step's worksheet delivers what its page promises (issue 14): a student fills the worksheet,
// then My workbook, the Markdown export and the print view hold the step's outputs. One test per
// step, each on as few page loads as it can (the step page, then My workbook). "Today" is fixed at
// Wednesday 25 November 2026.
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { timeoutFor } from '../slowdown';
import { scanBothThemes } from './axe';
import {
  contact,
  downloadText,
  KEY,
  openWorkbookPage,
  openWorksheetAt,
  seededPageOnTestDay,
  startIslandsOf,
  workbook,
} from './workbook-fixtures';

/** A page whose browser holds `doc` (people from earlier steps), with today fixed. */
function studentPage(browser: Browser, baseURL: string | undefined, doc: unknown): Promise<Page> {
  return seededPageOnTestDay(browser, baseURL, doc, { viewport: { width: 1280, height: 900 } });
}

/** Waits until the saved workbook holds `text` (typing is saved once it pauses). */
async function saved(page: Page, ...texts: string[]): Promise<void> {
  for (const text of texts) {
    await page.waitForFunction(([key, t]) => (localStorage.getItem(key) ?? '').includes(t), [KEY, text] as const);
  }
}

/** Shows the page as it prints (until the next emulateMedia) and checks each text is on paper within `scope`. */
async function onPaper(page: Page, scope: Locator, texts: readonly string[], what: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  for (const text of texts) {
    await expect(scope.getByText(text).filter({ visible: true }).first(), `${what} prints "${text}"`).toBeVisible();
  }
  await page.emulateMedia({ media: null });
}

/** What My workbook and its export must hold: `both` in each, `view` on the page only, `markdown` in the file only. */
interface Outputs {
  both: readonly string[];
  view?: readonly string[];
  markdown?: readonly string[];
}

/**
 * Opens My workbook and checks that the step's section, its print and the Markdown export (from the
 * step's heading on) hold the step's outputs, each in its own words.
 */
async function checkWorkbook(page: Page, step: string, out: Outputs): Promise<void> {
  await openWorkbookPage(page);
  const section = page
    .locator('.wb-section')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^${step} `) }) });
  const shown = [...out.both, ...(out.view ?? [])];
  for (const text of shown) await expect(section, `My workbook shows "${text}"`).toContainText(text);
  const file = await downloadText(page, () =>
    page.getByRole('button', { name: 'Download as text (Markdown)' }).click(),
  );
  const part = file.text.slice(file.text.indexOf(`## ${step}:`));
  for (const text of [...out.both, ...(out.markdown ?? [])]) {
    expect(part, `the Markdown export holds "${text}"`).toContain(text);
  }
  await onPaper(page, section, shown, 'My workbook');
}

/** Scrolls to a step 5 worksheet (it starts when in view) and waits until it is on Grace, the person chosen. */
async function live(sheet: Locator, menu: string): Promise<void> {
  await startIslandsOf(sheet.page(), (await sheet.getAttribute('id')) ?? '');
  await expect(sheet.getByLabel(menu)).toHaveValue('p_grace');
}

/** 320 px wide: the page never scrolls sideways. */
async function fitsPhone(page: Page, what: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${what} at 320 px`).toBeLessThanOrEqual(320);
  if (before) await page.setViewportSize(before);
}

test('step 2: places with dates and a goal each, and the people met there', async ({ browser, baseURL }) => {
  test.setTimeout(timeoutFor(2, 5_000));
  const page = await studentPage(browser, baseURL, workbook([contact('p_sam', 'Sam Ortiz')]));
  await openWorksheetAt(page, '/steps/expand-your-list/', 'places-to-meet');
  const ws = page.locator('#places-to-meet');
  const fairs = ws.locator('li.place').filter({ has: page.locator('label.place-name', { hasText: /^Career fairs$/ }) });
  await fairs.getByRole('checkbox').check();
  await fairs.getByLabel(/Date for Career fairs/).fill('2026-12-03');
  await fairs.getByLabel(/Notes on Career fairs/).fill('Goal: talk to two hospital recruiters.');
  await fairs.getByRole('button', { name: /Add a person you met here/ }).click();
  await fairs.getByLabel(/Name of the person/).fill('Kofi Mensah');
  await fairs.getByLabel(/Name of the person/).press('Enter');
  await expect(fairs.locator('.met-name')).toHaveText(['Kofi Mensah']);
  await saved(page, 'Goal: talk to two hospital recruiters.', 'Kofi Mensah');
  // On paper: the place, its goal and the person met there, with the date in its field.
  await onPaper(page, ws, ['Career fairs', 'Goal: talk to two hospital recruiters.', 'Kofi Mensah'], 'the handout');

  await checkWorkbook(page, 'Step 2', {
    both: ['Career fairs', 'Thu 3 December 2026', 'Goal: talk to two hospital recruiters.', 'Kofi Mensah'],
    markdown: [
      'Want to try it: Yes',
      'Notes: Goal: talk to two hospital recruiters.',
      'People you met there: Kofi Mensah',
    ],
  });
  await page.context().close();
});

test('step 4: a pitch with a present, a past, a future and a closing question', async ({ browser, baseURL }) => {
  test.setTimeout(timeoutFor(2, 5_000));
  const page = await studentPage(browser, baseURL, workbook([]));
  await openWorksheetAt(page, '/steps/elevator-pitch/', 'pitch-builder');
  const ws = page.locator('#pitch-builder');
  await ws.getByLabel('A recruiter').check();
  await ws.getByRole('button', { name: 'Create your first pitch' }).click();
  const parts = {
    now: 'I am a second-year biology student at City College.',
    past: 'Last summer I counted birds for the county parks survey.',
    future: 'I am looking for field work in conservation.',
    ask: 'What do you look for in a field assistant?',
  };
  await ws.getByLabel('Who you are now').fill(parts.now);
  await ws.getByLabel('What you have done').fill(parts.past);
  await ws.getByLabel('What you are looking for').fill(parts.future);
  await ws.getByLabel('Your ask').fill(parts.ask);
  await saved(page, parts.ask);
  await onPaper(page, ws, [parts.now, parts.ask], 'the handout');

  await checkWorkbook(page, 'Step 4', {
    both: [parts.now, parts.past, parts.future, parts.ask],
    view: ['Career fair (A recruiter)'],
    markdown: ['**Career fair**', 'For: A recruiter', `Now: ${parts.now}`, `Ask: ${parts.ask}`],
  });
  await page.context().close();
});

test('step 5: a message sent, a plan with questions in order, the card printed from its button, and notes', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(timeoutFor(4, 5_000));
  const pitch = {
    id: 'pi_fair',
    name: 'Career fair',
    audience: 'recruiter',
    now: 'I am a third-year design student.',
    past: 'I made the covers for our college press.',
    future: 'I want to design books.',
    ask: 'How did you start?',
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
  const doc = workbook(
    [
      contact('p_grace', 'Grace Kim', { email: 'grace.kim@example.org', org: 'Northwind Books', topFive: true }),
      contact('p_sam', 'Sam Lee'),
    ],
    { pitches: [pitch] },
  );
  const page = await studentPage(browser, baseURL, doc);
  await page.addInitScript(() => {
    // The print dialog is replaced, so the test can look at the print layout.
    window.print = () => {};
  });
  // As the dashboard's "Draft a message to Grace Kim" link opens it: at the outreach worksheet.
  await openWorksheetAt(page, '/steps/make-contact/?contact=p_grace', 'outreach');
  const outreach = page.locator('#outreach');
  const message = {
    'Subject line': 'Design student asking for your advice',
    'How you are connected': 'We met at the Riverside book fair.',
    'Who you are': 'I study graphic design.',
    'Why you are writing to them': 'Your covers for Northwind are my favourites.',
    'What you hope to learn': 'I would love to hear how you started.',
    'Your request, as a question': 'Would you have 20 minutes for a call next week?',
  };
  for (const [label, text] of Object.entries(message)) await outreach.getByLabel(new RegExp(`^${label}`)).fill(text);
  await outreach.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(outreach.locator('.s5-status')).toContainText('Reached out');

  const prep = page.locator('#interview-prep');
  await live(prep, 'Who are you meeting?');
  await prep.getByLabel('Pitch version to use').selectOption('pi_fair');
  await prep.getByLabel(/^Date of the meeting/).fill('2026-12-02');
  await prep.getByRole('checkbox', { name: 'How did you get into this work?' }).check();
  await prep.getByLabel(/^Your own question/).fill('Which book cover are you proudest of?');
  await prep.getByRole('button', { name: 'Add your question' }).click();

  // The card, printed from its button while the address ends in #outreach: the card alone, not a blank page.
  const card = page.locator('#conversation-card');
  await live(card, 'Whose card?');
  await expect(card.locator('.cc-questions li')).toHaveText([
    'How did you get into this work?',
    'Which book cover are you proudest of?',
  ]);
  await card.getByRole('button', { name: 'Print the card' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-print-only', 'conversation-card');
  await page.emulateMedia({ media: 'print' });
  await expect(card.locator('.cc-card')).toBeVisible();
  await expect(card.getByText('Which book cover are you proudest of?')).toBeVisible();
  await expect(card.getByText(pitch.now)).toBeVisible();
  await expect(outreach).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: null });

  const notes = page.locator('#interview-notes');
  await live(notes, 'Notes on your talk with');
  await notes.getByLabel('Date of the conversation').fill('2026-11-24');
  await notes.getByLabel(/^What you learned/).fill('Portfolios of mock covers matter more than grades.');
  await notes.getByRole('button', { name: 'Save notes and mark as met: Grace Kim' }).click();
  await saved(page, 'Portfolios of mock covers', 'Which book cover');

  // The handout keeps the message and the plan; the notes print from their own link (no new page load).
  await page.evaluate(() => {
    location.hash = '';
  });
  await onPaper(
    page,
    page.locator('main'),
    [message['Who you are'], 'Which book cover are you proudest of?'],
    'the handout',
  );
  await page.evaluate(() => {
    location.hash = 'interview-notes';
  });
  await onPaper(page, notes, ['Portfolios of mock covers matter more than grades.'], 'the notes, printed alone');

  await checkWorkbook(page, 'Step 5', {
    both: [
      message['Subject line'],
      'Which book cover are you proudest of?',
      'Portfolios of mock covers matter more than grades.',
    ],
    view: ['Message to Grace Kim (sent Wed 25 November 2026)', 'Preparing to meet Grace Kim on Wed 2 December 2026'],
    markdown: ['**To Grace Kim**', 'Sent: Wed 25 November 2026', 'Meeting date: Wed 2 December 2026'],
  });
  await page.context().close();
});

test('step 6: a thank-you sent, and a tracker with the last contact, a follow-up date and an idea', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(timeoutFor(2, 5_000));
  const doc = workbook([
    contact('p_chidi', 'Chidi Okoro', {
      status: 'met',
      metAt: '2026-11-24',
      lastContactAt: '2026-11-24',
      email: 'chidi@example.org',
    }),
  ]);
  const page = await studentPage(browser, baseURL, doc);
  await openWorksheetAt(page, '/steps/follow-up/', 'thank-you');
  const ty = page.locator('#thank-you');
  await ty.getByLabel('Who are you thanking?').selectOption('p_chidi');
  await ty.getByLabel(/^Your thanks/).fill('Thank you for talking with me on Tuesday.');
  await ty.getByLabel(/^One specific thing you learned/).fill('Counties hire students every spring.');
  await ty.getByLabel(/^What you will do with it/).fill('I will apply to the county parks team.');
  await ty.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(ty.locator('.ty-due')).toHaveText('Thank-you sent on Wed 25 November 2026.');

  const tracker = page.locator('#contact-tracker');
  await tracker.scrollIntoViewIfNeeded();
  const chidi = tracker
    .locator('.ct-card')
    .filter({ has: page.getByRole('heading', { name: 'Chidi Okoro', exact: true }) });
  await chidi.getByRole('button', { name: 'Chidi Okoro', exact: true }).click();
  await chidi.getByRole('button', { name: 'Update status and dates for Chidi Okoro' }).click();
  await chidi.getByLabel(/^Next contact/).fill('2027-01-08');
  await chidi.getByLabel(/What you talked about/).fill('Idea: send him the county hiring report.');
  await chidi.getByRole('button', { name: 'Done' }).click();
  await saved(page, 'Idea: send him the county hiring report.', '2027-01-08');
  await onPaper(page, page.locator('main'), ['Chidi Okoro', 'Counties hire students every spring.'], 'the handout');

  await checkWorkbook(page, 'Step 6', {
    both: ['Counties hire students every spring.'],
    view: ['Thanked; last contact Wed 25 November 2026; next contact'],
    markdown: ['Thanked: Wed 25 November 2026', 'Next contact: Fri 8 January 2027'],
  });
  // The idea for staying in touch is with the person (step 1's list and the export's notes).
  await expect(page.locator('.wb-view')).toContainText('Idea: send him the county hiring report.');
  await page.context().close();
});

test('step 7: a weekly time as a repeating calendar event, a weekly goal and a streak (keyboard only; axe; 320 px)', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(timeoutFor(3, 5_000));
  // Two people this week and last week, one the week before.
  const doc = workbook([
    contact('p_ana', 'Ana Souza', { status: 'reached-out', reachedOutAt: '2026-11-23', lastContactAt: '2026-11-23' }),
    contact('p_bo', 'Bo Chen', { status: 'met', metAt: '2026-11-24', lastContactAt: '2026-11-24' }),
    contact('p_cy', 'Cy Dube', { status: 'thanked', thankedAt: '2026-11-17', lastContactAt: '2026-11-17' }),
    contact('p_di', 'Di Park', { status: 'keeping-in-touch', lastContactAt: '2026-11-20' }),
    contact('p_ed', 'Ed Lund', { status: 'reached-out', reachedOutAt: '2026-11-10', lastContactAt: '2026-11-10' }),
  ]);
  const page = await studentPage(browser, baseURL, doc);
  await openWorksheetAt(page, '/steps/repeat/', 'dashboard');
  const ws = page.locator('#dashboard');

  // Keyboard only: Tab from the last step link to each choice; arrows choose in a closed menu.
  await ws.locator('.db-steps a').last().focus();
  await page.keyboard.press('Tab');
  await expect(ws.getByLabel('Day', { exact: true })).toBeFocused();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown'); // Monday … Sunday
  await expect(ws.getByLabel('Day', { exact: true })).toHaveValue('SU');
  await page.keyboard.press('Tab');
  await expect(ws.getByLabel('Start time')).toBeFocused();
  await page.keyboard.type('0600PM');
  await expect(ws.getByLabel('Start time')).toHaveValue('18:00');
  const length = ws.getByLabel('How long');
  // The time field's parts (hour, minutes, AM or PM) are Tab stops of their own.
  for (let i = 0; i < 5 && !(await length.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(length).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // 15, 30, 45 minutes
  await expect(length).toHaveValue('45');
  await page.keyboard.press('Tab');
  const add = ws.getByRole('button', { name: 'Add to your calendar (.ics file)' });
  await expect(add).toBeFocused();
  const ics = await downloadText(page, () => page.keyboard.press('Enter'));
  expect(ics.name).toBe('networking-time.ics');
  expect(ics.text).toContain('\r\nDTSTART:20261129T180000\r\nDURATION:PT45M\r\nRRULE:FREQ=WEEKLY;BYDAY=SU\r\n');
  const goal = ws.getByLabel('Your weekly goal');
  await page.keyboard.press('Tab');
  await expect(goal).toBeFocused();
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
  await expect(goal).toHaveValue('2');

  const streak = 'You met your goal this week, with 2 people. That makes 2 weeks in a row.';
  await expect(ws.locator('.db-routine-words')).toHaveText(
    'Sundays at 6:00 PM, for 45 minutes. Your next networking time: Sun 29 November 2026 at 6:00 PM.',
  );
  await expect(ws.locator('.db-streak')).toHaveText(`Reach out to 2 people each week. ${streak}`);
  // The week at a glance draws the goal as a line and counts the people of each week.
  await expect(ws.locator('.db-goal-text')).toHaveText('Goal: 2 people a week');
  await expect(ws.locator('.db-week-table tbody tr').last().locator('td').last()).toHaveText('2');
  await saved(page, '"goal":2');
  // The next actions come from the tracker's dates: Bo was met yesterday, so the thank-you is due today.
  await expect(
    ws.locator('.db-action').filter({ hasText: 'Send a thank-you to Bo Chen' }).locator('.db-action-when'),
  ).toHaveText('Due today · Wed 25 November 2026');

  await scanBothThemes(page, 'the dashboard with a weekly time and goal', { include: ['#dashboard'] });
  await fitsPhone(page, 'the dashboard');
  await onPaper(page, ws, ['Sundays at 6:00 PM, for 45 minutes.', streak], 'the handout');

  await checkWorkbook(page, 'Step 7', {
    both: ['Sundays at 6:00 PM, for 45 minutes', 'Reach out to 2 people each week.', streak],
    markdown: ['Weekly networking time: Sundays at 6:00 PM, for 45 minutes', `Streak: ${streak}`],
  });
  await scanBothThemes(page, 'My workbook with a weekly routine', { include: ['.wb-view'] });
  await fitsPhone(page, 'My workbook');
  await page.context().close();
});
