import { expect, type Locator, type Page, test } from '@playwright/test';
import { scanBothThemes } from './axe';
import { contact, KEY, seededPage, startIslandsOf } from './workbook-fixtures';

const PATH = '/steps/make-contact/';
const STAMP = '2026-11-25T10:00:00.000Z';

/** A stored contact in the work circle; override what the test needs. */
function person(id: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return contact(id, name, { createdAt: STAMP, updatedAt: STAMP, ...extra });
}

const PITCH_PARTS = {
  now: 'Hi, I’m Aisha Rahman, a second-year graphic design student.',
  past: 'Last term I designed covers for our student press.',
  future: 'I want to learn whether book design could be my career.',
  ask: 'How did you get started at a publisher?',
};
const PITCH_TEXT = Object.values(PITCH_PARTS).join(' ');

/** Grace (top five, referred by Sam), Sam, and a pitch version; `extra` adds or replaces lists. */
function workbook(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    updatedAt: STAMP,
    contacts: [
      person('p_sam', 'Sam Lee', { circleId: 'family' }),
      person('p_grace', 'Grace Kim', {
        org: 'Northwind Books',
        topFive: true,
        motivation: 3,
        referredBy: 'p_sam',
        status: 'reached-out',
      }),
    ],
    pitches: [
      {
        id: 'pi_fair',
        name: 'Career fair',
        audience: 'recruiter',
        now: 'I study design.',
        past: '',
        future: '',
        ask: '',
        updatedAt: STAMP,
      },
      { id: 'pi_alum', name: 'Graduate of my school', audience: 'alumnus', ...PITCH_PARTS, updatedAt: STAMP },
    ],
    ...extra,
  };
}

/** A prepared meeting with Grace: alumni pitch, four questions, a meeting date. */
const PREPARED = () =>
  workbook({
    preps: [
      {
        id: 'pr_1',
        contactId: 'p_grace',
        pitchId: 'pi_alum',
        meetingAt: '2026-12-02',
        checklist: { person: true, organization: true, field: false, pitch: true, logistics: false },
        questions: [
          { id: 'bank-got-into', text: 'How did you get into this work?', theme: 'insights' },
          { id: 'bank-who-else', text: 'Who else do you think I should talk to?', theme: 'resources' },
          { id: 'q_own1', text: 'Which cover are you proudest of?', theme: 'own' },
          { id: 'bank-typical-day', text: 'What does a typical day or week look like for you?', theme: 'assignments' },
        ],
      },
    ],
  });

/** Goes to a worksheet, scrolls to each of its islands in turn (each starts when near the view) and waits until they have hydrated and show the saved people. */
async function openWorksheet(page: Page, id: string, withPeople = true): Promise<Locator> {
  await page.goto(`${PATH}#${id}`);
  const ws = page.locator(`#${id}`);
  await startIslandsOf(page, id);
  if (withPeople) await expect(ws.locator('select').first()).toBeVisible();
  return ws;
}

type Stored = {
  contacts: Array<Record<string, string>>;
  preps: Array<{
    contactId: string;
    pitchId: string;
    meetingAt: string;
    checklist: Record<string, boolean>;
    questions: Array<Record<string, string>>;
  }>;
  interviews: Array<{
    contactId: string;
    date: string;
    learned: string;
    fit: string;
    explore: string;
    nextSteps: Array<Record<string, unknown>>;
  }>;
};

/** The stored workbook, once it has been saved. */
async function stored(page: Page): Promise<Stored> {
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
}

/** A date `days` from today in the browser's time zone, as a date field holds it. */
const localDay = (page: Page, days = 0) =>
  page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);

/** The texts of the chosen questions, in order. */
const chosen = (ws: Locator) => ws.locator('.ip-question-text');

test('preparation: checklist, pitch, date, bank questions, own question, reorder and remove; all there after a reload', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, workbook());
  const ws = await openWorksheet(page, 'interview-prep');
  await expect(ws.getByLabel('Who are you meeting?')).toHaveValue('p_grace');
  await expect(ws.getByRole('group', { name: 'Before you meet Grace Kim' })).toBeVisible();
  await ws.getByLabel('Researched the person').check();
  await ws.getByLabel('Researched the organization').check();
  await ws.getByLabel('Practised the pitch').check();
  await ws.getByLabel('Pitch version to use').selectOption({ label: 'Graduate of my school (An alumnus or alumna)' });
  const meetingDay = await localDay(page, 7);
  await ws.getByLabel(/^Date of the meeting/).fill(meetingDay);

  // The bank is grouped by theme, one fieldset each.
  for (const theme of ['Trends', 'Insights', 'Advice', 'Resources and referrals', 'What the work is like']) {
    await expect(ws.getByRole('group', { name: new RegExp(`^${theme}`) })).toBeVisible();
  }
  await expect(ws.getByText('No questions chosen yet.')).toBeVisible();
  await ws
    .getByRole('group', { name: /^Insights/ })
    .getByRole('checkbox', { name: 'How did you get into this work?' })
    .check();
  await ws.getByRole('checkbox', { name: 'What does a typical day or week look like for you?' }).check();
  await ws.getByRole('checkbox', { name: 'Who else do you think I should talk to?' }).check();
  await expect(chosen(ws)).toHaveText([
    'How did you get into this work?',
    'What does a typical day or week look like for you?',
    'Who else do you think I should talk to?',
  ]);
  await expect(ws.locator('.ip-question-theme')).toHaveText([
    'Insights',
    'What the work is like',
    'Resources and referrals',
  ]);

  // Own questions: blank is refused, a repeat needs "Add anyway", non-Latin text and emoji are kept.
  const own = ws.getByLabel(/^Your own question/);
  await own.fill('   ');
  await own.press('Enter');
  await expect(ws.locator('#ip-own-error')).toHaveText(
    'Error: Write your question first, for example “What do you enjoy most about your work?”',
  );
  await own.fill('how did you get into THIS work');
  await ws.getByRole('button', { name: 'Add your question' }).click();
  await expect(ws.locator('#ip-own-error')).toContainText('is already in your list. Add it anyway?');
  await expect(own).toBeFocused();
  await own.fill('¿Qué portada le gusta más? 🎨');
  await own.press('Enter');
  await expect(own).toHaveValue('');
  await expect(own).toBeFocused();
  await expect(chosen(ws)).toHaveCount(4);

  // Reorder with the buttons: focus stays with the moved question.
  const up = ws.getByRole('button', { name: 'Move up: ¿Qué portada le gusta más? 🎨' });
  await up.click();
  await expect(up).toBeFocused();
  await up.click();
  await expect(page.locator('#announcer')).toHaveText('Moved to position 2 of 4: ¿Qué portada le gusta más? 🎨');
  await expect(chosen(ws)).toHaveText([
    'How did you get into this work?',
    '¿Qué portada le gusta más? 🎨',
    'What does a typical day or week look like for you?',
    'Who else do you think I should talk to?',
  ]);
  // The first question has no "Move up" and the last no "Move down".
  await expect(ws.getByRole('button', { name: 'Move up: How did you get into this work?' })).toHaveCount(0);
  await expect(ws.getByRole('button', { name: /^Move down: Who else/ })).toHaveCount(0);
  const down = ws.getByRole('button', { name: 'Move down: How did you get into this work?' });
  await down.click();
  await expect(chosen(ws).first()).toHaveText('¿Qué portada le gusta más? 🎨');
  // At the top, focus goes to the other button of the same question.
  await ws.getByRole('button', { name: 'Move up: How did you get into this work?' }).click();
  await expect(ws.getByRole('button', { name: 'Move down: How did you get into this work?' })).toBeFocused();

  // Remove, undo, and untick a bank question.
  await ws.getByRole('button', { name: 'Remove: What does a typical day or week look like for you?' }).click();
  await expect(chosen(ws)).toHaveCount(3);
  await expect(
    ws.getByRole('checkbox', { name: 'What does a typical day or week look like for you?' }),
  ).not.toBeChecked();
  await ws.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(chosen(ws).nth(2)).toHaveText('What does a typical day or week look like for you?');
  await ws.getByRole('checkbox', { name: 'Who else do you think I should talk to?' }).uncheck();
  await expect(chosen(ws)).toHaveCount(3);

  await expect
    .poll(async () => (await stored(page)).preps?.[0]?.questions.map((q) => q.text))
    .toEqual([
      'How did you get into this work?',
      '¿Qué portada le gusta más? 🎨',
      'What does a typical day or week look like for you?',
    ]);
  const doc = await stored(page);
  expect(doc.preps[0]).toMatchObject({
    contactId: 'p_grace',
    pitchId: 'pi_alum',
    meetingAt: meetingDay,
    checklist: { person: true, organization: true, field: false, pitch: true, logistics: false },
  });
  expect(doc.preps[0]?.questions.map((q) => q.theme)).toEqual(['insights', 'own', 'assignments']);
  expect(doc.contacts.find((c) => c.id === 'p_grace')).toMatchObject({ status: 'meeting-set', meetingAt: meetingDay });

  await page.reload();
  const again = await openWorksheet(page, 'interview-prep');
  await expect(again.getByLabel('Researched the organization')).toBeChecked();
  await expect(again.getByLabel('Researched the field')).not.toBeChecked();
  await expect(again.getByLabel('Pitch version to use')).toHaveValue('pi_alum');
  await expect(again.getByLabel(/^Date of the meeting/)).toHaveValue(meetingDay);
  await expect(chosen(again)).toHaveText([
    'How did you get into this work?',
    '¿Qué portada le gusta más? 🎨',
    'What does a typical day or week look like for you?',
  ]);

  // My workbook lists the questions in order.
  await page.goto('/workbook/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const section = page.locator('section[aria-labelledby="wb-outreach"]');
  await expect(section.getByRole('heading', { name: /^Preparing to meet Grace Kim/ })).toBeVisible();
  await expect(section.locator('ol li')).toHaveText([
    'How did you get into this work? (Insights)',
    '¿Qué portada le gusta más? 🎨 (Your own question)',
    'What does a typical day or week look like for you? (What the work is like)',
  ]);
  await page.context().close();
});

test('a past meeting date is kept with a note, and the sample set fills an empty list', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, workbook());
  const ws = await openWorksheet(page, 'interview-prep');
  await ws.getByLabel(/^Date of the meeting/).fill(await localDay(page, -3));
  await expect(ws.getByText('This date has passed. If you have already met')).toBeVisible();
  await ws.getByRole('button', { name: 'Add the sample set of six questions' }).click();
  await expect(chosen(ws)).toHaveCount(6);
  await expect(chosen(ws).last()).toHaveText('Who else do you think I should talk to?');
  await expect(ws.getByRole('button', { name: 'Add the sample set of six questions' })).toHaveCount(0);
  await page.context().close();
});

test('the conversation card shows the pitch, the questions in order and the plan; printing shows only the card, on one page', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, PREPARED());
  const ws = await openWorksheet(page, 'conversation-card');
  const card = ws.locator('.cc-card');
  await expect(card.getByRole('heading', { name: 'Conversation with Grace Kim' })).toBeVisible();
  await expect(card.locator('.cc-meta')).toHaveText('Northwind Books · Meeting on Wed 2 December 2026');
  await expect(card.locator('.cc-pitch')).toHaveText(PITCH_TEXT);
  await expect(card.locator('.cc-pitch-name')).toHaveText(' (Graduate of my school, An alumnus or alumna)');
  // The referral question has its own place at the close, so it is not asked twice.
  await expect(card.locator('.cc-questions li')).toHaveText([
    'How did you get into this work?',
    'Which cover are you proudest of?',
    'What does a typical day or week look like for you?',
  ]);
  await expect(card.locator('.cc-plan li')).toHaveText([
    '0–2 min Thank them for their time and introduce yourself with your pitch.',
    '2–15 min Ask your questions, most important first. Listen more than you talk.',
    '15–18 min Ask who else you should talk to.',
    '18–20 min Thank them, say what you will do next, and close on time.',
  ]);
  await expect(card.locator('.cc-closing li')).toHaveText([
    'Who else do you think I should talk to?',
    'May I mention your name when I contact them?',
  ]);

  // "Print the card": the print dialog is replaced so the test can look at the print layout.
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = 'yes';
    };
  });
  await ws.getByRole('button', { name: 'Print the card' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await expect(page.locator('html')).toHaveAttribute('data-print-only', 'conversation-card');
  await page.emulateMedia({ media: 'print' });
  await expect(card).toBeVisible();
  await expect(card.locator('.cc-notes')).toBeVisible();
  for (const hidden of [
    '#outreach',
    '#interview-prep',
    '#interview-notes',
    'h1',
    '.site-header',
    '#conversation-card h3',
    '#cc-contact',
  ]) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.getByRole('heading', { name: 'What an informational interview is' })).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);

  // After printing, the whole page prints again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveAttribute('data-print-only', /./);
  // Without a worksheet in the address (a link to one worksheet prints it alone), the handout is back.
  await page.evaluate(() => {
    location.hash = '';
  });
  await expect(page.locator('#outreach')).toBeVisible();
  await page.context().close();
});

test('the card says what is missing when nothing is prepared, and prints lines to write on', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, workbook());
  const ws = await openWorksheet(page, 'conversation-card');
  await expect(ws.getByText('Choose a pitch version in the preparation worksheet above')).toBeVisible();
  await expect(ws.getByText('Choose your questions in the preparation worksheet above.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(ws.locator('.cc-question-lines li')).toHaveCount(6);
  await expect(ws.getByText('Choose your questions in the preparation worksheet above.')).toBeHidden();
  await page.context().close();
});

test('notes: people suggested (with referred-by), a refused cycle, next steps, saving marks as met; all there after a reload', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, workbook());
  const ws = await openWorksheet(page, 'interview-notes');
  await expect(ws.getByLabel('Notes on your talk with')).toHaveValue('p_grace');
  const today = await localDay(page);
  const tomorrow = await localDay(page, 1);
  const yesterday = await localDay(page, -1);

  // Saving needs a date, and not one in the future.
  const save = ws.getByRole('button', { name: 'Save notes and mark as met: Grace Kim' });
  await save.click();
  await expect(ws.locator('#in-date-error')).toHaveText('Error: Enter the date of the conversation.');
  await expect(ws.getByLabel('Date of the conversation')).toBeFocused();
  await ws.getByLabel('Date of the conversation').fill(tomorrow);
  await save.click();
  await expect(ws.locator('#in-date-error')).toHaveText(
    'Error: The date of the conversation is in the future. Enter the day it happened.',
  );
  await ws.getByLabel('Date of the conversation').fill(yesterday);
  await ws.getByLabel(/^What you learned/).fill('Portfolios of mock covers matter more than grades.');
  await ws.getByLabel(/^How it fits your goals/).fill('Book design still fits.');
  await ws.getByLabel(/^What to explore next/).fill('Magazine design.');

  // People Grace suggested join the list, referred by Grace.
  const people = ws.getByRole('group', { name: 'People Grace Kim suggested you talk to' });
  const name = people.getByLabel('Name of someone they suggested');
  await name.fill('Dana Ortiz, Jr. "DJ" 🎨');
  await name.press('Enter');
  await expect(page.locator('#announcer')).toHaveText(
    'Added Dana Ortiz, Jr. "DJ" 🎨 to your list, suggested by Grace Kim.',
  );
  await name.fill('李明');
  await people.getByRole('button', { name: 'Add person' }).click();
  await expect(people.locator('.in-person-name')).toHaveText(['Dana Ortiz, Jr. "DJ" 🎨', '李明']);
  await name.fill('   ');
  await name.press('Enter');
  await expect(people.locator('#in-person-error')).toContainText('Enter a name.');

  // Sam referred Grace, so Grace cannot have referred Sam: the cycle is refused in words.
  await name.fill('sam lee');
  await name.press('Enter');
  await expect(people.locator('#in-person-error')).toContainText('Sam Lee is already on your list.');
  await people.getByRole('button', { name: 'Mark Sam Lee as suggested' }).click();
  const cycle =
    'Sam Lee cannot be suggested by Grace Kim: Sam Lee is already earlier in the chain of people who led you to Grace Kim.';
  await expect(people.locator('#in-person-error')).toHaveText(`Error: ${cycle}`);
  await expect(page.locator('#announcer')).toHaveText(cycle);
  // Self-referral is refused too.
  await name.fill('Grace Kim');
  await name.press('Enter');
  await people.getByRole('button', { name: 'Mark Grace Kim as suggested' }).click();
  await expect(people.locator('#in-person-error')).toHaveText('Error: Grace Kim cannot be suggested by themselves.');
  // A different person with the same name can be added anyway.
  await name.fill('Sam Lee');
  await name.press('Enter');
  await people.getByRole('button', { name: 'Add anyway, as a different person' }).click();
  await expect(people.locator('.in-person-name')).toHaveText(['Dana Ortiz, Jr. "DJ" 🎨', '李明', 'Sam Lee']);

  // Next steps: text and a due date today or later.
  const steps = ws.getByRole('group', { name: 'Next steps' });
  const stepText = steps.getByLabel(/^Next step/);
  const due = steps.getByLabel(/^Due date/);
  await steps.getByRole('button', { name: 'Add next step' }).click();
  await expect(steps.locator('#in-step-text-error')).toContainText('Describe the next step');
  await expect(steps.locator('#in-step-due-error')).toHaveText('Error: Enter the due date.');
  await stepText.fill('Make three mock covers');
  await due.fill(yesterday);
  await steps.getByRole('button', { name: 'Add next step' }).click();
  await expect(steps.locator('#in-step-due-error')).toHaveText(
    'Error: The due date has passed. Choose today or a later date.',
  );
  await due.fill(tomorrow);
  await stepText.press('Enter');
  await expect(stepText).toHaveValue('');
  await stepText.fill('Send a thank-you note');
  await due.fill(today);
  await stepText.press('Enter');
  await stepText.fill('make THREE mock covers');
  await due.fill(tomorrow);
  await stepText.press('Enter');
  await expect(steps.locator('#in-step-text-error')).toContainText('already on your list. Add it anyway?');
  await stepText.fill('');
  await expect(steps.locator('.in-step-text')).toHaveText(['Make three mock covers', 'Send a thank-you note']);
  await expect(steps.locator('.in-step-due').first()).toHaveText(/^Due \w{3} \d{1,2} \w+ \d{4}$/);
  // Ticked with the keyboard, the step's row stays drawn and its checkbox keeps focus.
  const thankBox = steps.getByRole('checkbox', { name: 'Send a thank-you note' });
  await thankBox.focus();
  await page.keyboard.press('Space');
  await expect(steps.locator('.in-step-due').nth(1)).toHaveText(/^Done \(was due /);
  await expect(thankBox).toBeChecked();
  await expect(thankBox).toBeFocused();
  await steps.getByRole('button', { name: 'Remove: Make three mock covers' }).click();
  await expect(steps.locator('.in-step-text')).toHaveText(['Send a thank-you note']);
  await steps.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(steps.locator('.in-step-text')).toHaveText(['Make three mock covers', 'Send a thank-you note']);

  await save.click();
  await expect(ws.locator('#in-date-error')).toHaveCount(0);
  await expect(ws.locator('.in-saved')).toContainText('Saved. Grace Kim is marked as met on');
  await expect(ws.locator('.s5-status')).toContainText('Status: Met on ');

  await expect
    .poll(async () => (await stored(page)).contacts.find((c) => c.id === 'p_grace'))
    .toMatchObject({ status: 'met', metAt: yesterday });
  const doc = await stored(page);
  expect(doc.interviews[0]).toMatchObject({
    contactId: 'p_grace',
    date: yesterday,
    learned: 'Portfolios of mock covers matter more than grades.',
    fit: 'Book design still fits.',
    explore: 'Magazine design.',
  });
  expect(doc.interviews[0]?.nextSteps.map((s) => [s.text, s.due, s.done])).toEqual([
    ['Make three mock covers', tomorrow, false],
    ['Send a thank-you note', today, true],
  ]);
  const suggested = doc.contacts.filter((c) => c.referredBy === 'p_grace');
  expect(suggested.map((c) => [c.name, c.sourcePlaceId])).toEqual([
    ['Dana Ortiz, Jr. "DJ" 🎨', ''],
    ['李明', ''],
    ['Sam Lee', ''],
  ]);
  expect(doc.contacts.find((c) => c.id === 'p_sam')?.referredBy).toBe('');

  await page.reload();
  const again = await openWorksheet(page, 'interview-notes');
  await expect(again.getByLabel('Date of the conversation')).toHaveValue(yesterday);
  await expect(again.getByLabel(/^What you learned/)).toHaveValue('Portfolios of mock covers matter more than grades.');
  await expect(again.locator('.in-person-name')).toHaveText(['Dana Ortiz, Jr. "DJ" 🎨', '李明', 'Sam Lee']);
  await expect(again.getByRole('checkbox', { name: 'Send a thank-you note' })).toBeChecked();

  // My workbook shows the notes.
  await page.goto('/workbook/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const section = page.locator('section[aria-labelledby="wb-outreach"]');
  await expect(
    section.getByRole('heading', { name: /^Notes from your talk with Grace Kim on \w{3} \d{1,2} \w+ \d{4}$/ }),
  ).toBeVisible();
  await expect(section.getByRole('heading', { name: 'People they suggested' })).toBeVisible();
  await expect(section).toContainText('Portfolios of mock covers matter more than grades.');
  await page.context().close();
});

test('the four worksheets follow the person chosen in any of them', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL, PREPARED());
  const notes = await openWorksheet(page, 'interview-notes');
  await notes.getByLabel('Notes on your talk with').selectOption('p_sam');
  await expect(notes.getByRole('group', { name: 'People Sam Lee suggested you talk to' })).toBeVisible();
  for (const [id, label] of [
    ['conversation-card', 'Whose card?'],
    ['interview-prep', 'Who are you meeting?'],
    ['outreach', 'Who are you writing to?'],
  ] as const) {
    const ws = page.locator(`#${id}`);
    // A worksheet can be several islands (the outreach has three), each started when it comes into view.
    for (const island of await ws.locator('astro-island').all()) {
      await island.scrollIntoViewIfNeeded();
      await expect(island).not.toHaveAttribute('ssr');
    }
    await ws.scrollIntoViewIfNeeded();
    await expect(ws.getByLabel(label)).toHaveValue('p_sam');
  }
  await expect(
    page.locator('#conversation-card').getByRole('heading', { name: 'Conversation with Sam Lee' }),
  ).toBeVisible();
  await page.locator('#interview-prep').getByLabel('Who are you meeting?').selectOption('p_grace');
  await expect(notes.getByLabel('Notes on your talk with')).toHaveValue('p_grace');
  await page.context().close();
});

test('scrolled to from the top of the page, each part of the preparation and the notes starts and shows the person', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, PREPARED());
  await page.goto(PATH);
  // The wheel, as a student scrolls, not a jump to each island: the parts below the person menu
  // are islands of their own, started when they come into view.
  const bottom = () => page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2);
  for (let i = 0; i < 200 && !(await bottom()); i++) await page.mouse.wheel(0, 400);
  for (const id of ['interview-prep', 'interview-notes']) {
    await expect(page.locator(`#${id} astro-island`)).not.toHaveCount(0);
    await expect(page.locator(`#${id} astro-island[ssr]`)).toHaveCount(0);
  }
  const prep = page.locator('#interview-prep');
  await expect(prep.getByRole('group', { name: 'Before you meet Grace Kim' })).toBeVisible();
  await expect(prep.getByRole('region', { name: 'Your questions for Grace Kim, in order' })).toBeVisible();
  await expect(prep.getByRole('region', { name: 'Choose from the question bank' })).toBeVisible();
  const notes = page.locator('#interview-notes');
  await expect(notes.getByLabel('Date of the conversation')).toBeVisible();
  await expect(notes.getByRole('group', { name: 'People Grace Kim suggested you talk to' })).toBeVisible();
  await expect(notes.getByRole('group', { name: 'Next steps' })).toBeVisible();
  await expect(notes.getByRole('button', { name: 'Save notes and mark as met: Grace Kim' })).toBeVisible();
  await page.context().close();
});

test('works with the keyboard alone: tick, pick, add, reorder and save', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL, workbook());
  const ws = await openWorksheet(page, 'interview-prep');
  await ws.getByLabel('Who are you meeting?').focus();
  // After the person menu: "Someone else? Add a person" (closed), then the checklist.
  await page.keyboard.press('Tab');
  await expect(ws.getByText('Someone else? Add a person')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(ws.getByLabel('Researched the person')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(ws.getByLabel('Researched the person')).toBeChecked();
  const bankBox = ws.getByRole('checkbox', { name: 'How has your field changed since you started?' });
  await bankBox.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(chosen(ws)).toHaveCount(2);
  const own = ws.getByLabel(/^Your own question/);
  await own.focus();
  await page.keyboard.type('What do you read to keep up?');
  await page.keyboard.press('Enter');
  await expect(chosen(ws)).toHaveCount(3);
  // Shift+Tab back to the list and move the new question up with Enter.
  const up = ws.getByRole('button', { name: 'Move up: What do you read to keep up?' });
  await up.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(chosen(ws).first()).toHaveText('What do you read to keep up?');
  await expect(ws.getByRole('button', { name: 'Move down: What do you read to keep up?' })).toBeFocused();
  expect(
    await ws
      .getByRole('button', { name: 'Move down: What do you read to keep up?' })
      .evaluate((el) => getComputedStyle(el).outlineStyle),
  ).not.toBe('none');

  const notes = await openWorksheet(page, 'interview-notes');
  await notes.getByLabel('Date of the conversation').focus();
  await page.keyboard.type(
    `${(await localDay(page)).slice(5, 7)}${(await localDay(page)).slice(8)}${(await localDay(page)).slice(0, 4)}`,
  );
  await notes.getByLabel(/^What you learned/).focus();
  await page.keyboard.type('A lot.');
  await notes.getByRole('button', { name: 'Save notes and mark as met: Grace Kim' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await stored(page)).contacts.find((c) => c.id === 'p_grace')?.status).toBe('met');
  await page.context().close();
});

test('10,000 characters in notes and questions, and a 200-character name, stay within 320 px', async ({
  browser,
  baseURL,
}) => {
  const longName = 'W'.repeat(200);
  const doc = workbook();
  (doc.contacts as Array<Record<string, unknown>>)[1] = person('p_grace', longName, { topFive: true });
  const page = await seededPage(browser, baseURL, doc, { viewport: { width: 320, height: 800 } });
  const prep = await openWorksheet(page, 'interview-prep');
  await prep.getByLabel(/^Your own question/).fill('q'.repeat(10_000));
  await expect(prep.locator('#ip-own-limit')).toContainText('You have reached the limit of 10,000 characters.');
  await prep.getByRole('button', { name: 'Add your question' }).click();
  await expect(chosen(prep)).toHaveCount(1);
  const card = await openWorksheet(page, 'conversation-card');
  await expect(card.locator('.cc-questions li')).toHaveCount(1);
  const notes = await openWorksheet(page, 'interview-notes');
  await notes.getByLabel(/^What you learned/).fill('n'.repeat(10_000));
  await notes
    .getByRole('group', { name: /suggested you talk to/ })
    .getByLabel('Name of someone they suggested')
    .fill('z'.repeat(200));
  await notes.getByRole('button', { name: 'Add person' }).click();
  await notes.getByLabel(/^Next step/).fill('s'.repeat(10_000));
  await notes.getByLabel(/^Due date/).fill(await localDay(page, 2));
  await notes.getByRole('button', { name: 'Add next step' }).click();
  await expect(notes.locator('.in-step-text')).toHaveCount(1);
  await expect.poll(async () => (await stored(page)).interviews?.[0]?.learned.length).toBe(10_000);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.context().close();
});

test('with no one on the list, each worksheet links to step 1 and prints blank lines', async ({ page }) => {
  for (const id of ['interview-prep', 'conversation-card', 'interview-notes']) {
    const ws = await openWorksheet(page, id, false);
    await expect(ws.getByRole('link', { name: 'your network map (step 1)' })).toBeVisible();
  }
  // The page itself, not one worksheet's link (that would print the worksheet alone).
  await page.evaluate(() => {
    location.hash = '';
  });
  await page.emulateMedia({ media: 'print' });
  // The preparation is several islands, each printing its part of the paper form.
  const blanks = page.locator('#interview-prep .s5-print-blank');
  await expect(blanks).toHaveCount(3);
  for (const blank of await blanks.all()) await expect(blank).toBeVisible();
  await expect(page.locator('#interview-prep .ip-print-checklist li')).toHaveCount(5);
  await expect(page.locator('#interview-notes .s5-print-blank .print-line')).toHaveCount(15);
  // The step handout leaves the card out (it prints alone from its own link, tested above), but its lines are there.
  await expect(page.locator('#conversation-card .cc-card')).toBeHidden();
  await expect(page.locator('#conversation-card .cc-question-lines li')).toHaveCount(6);
});

test.describe('axe, light and dark theme', () => {
  test('finds nothing in the three worksheets, filled in, with errors showing', async ({ browser, baseURL }) => {
    const doc = PREPARED();
    doc.interviews = [
      {
        id: 'n_1',
        contactId: 'p_grace',
        date: '2026-11-20',
        learned: 'Portfolios matter.',
        fit: '',
        explore: '',
        nextSteps: [
          { id: 's_1', text: 'Old step', due: '2020-01-01', done: false },
          { id: 's_2', text: 'Done step', due: '2020-01-02', done: true },
        ],
      },
    ];
    const page = await seededPage(browser, baseURL, doc);
    const prep = await openWorksheet(page, 'interview-prep');
    await prep.getByLabel(/^Your own question/).fill(' ');
    await prep.getByRole('button', { name: 'Add your question' }).click();
    await expect(prep.locator('#ip-own-error')).toBeVisible();
    await openWorksheet(page, 'conversation-card');
    const notes = await openWorksheet(page, 'interview-notes');
    await expect(notes.locator('.in-overdue .in-step-due')).toHaveText('Overdue: was due Wed 1 January 2020');
    await notes.getByRole('button', { name: 'Add next step' }).click();
    await expect(notes.locator('#in-step-due-error')).toBeVisible();
    await scanBothThemes(page, 'the three worksheets', {
      include: ['#interview-prep', '#conversation-card', '#interview-notes'],
    });
    await page.context().close();
  });
});
