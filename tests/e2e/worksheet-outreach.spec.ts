import { expect, type Page, test } from '@playwright/test';
import { scanBothThemes } from './axe';
import { contact, holdBack, KEY, openWorksheetAt, seededPage, stopClock } from './workbook-fixtures';

const PATH = '/steps/make-contact/';
const STAMP = '2026-11-25T10:00:00.000Z';

/** A stored contact in the work circle; override what the test needs. */
function person(id: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return contact(id, name, { createdAt: STAMP, updatedAt: STAMP, ...extra });
}

/** A whole stored workbook holding `contacts` (and anything in `extra`). */
function workbook(contacts: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { schemaVersion: 1, updatedAt: STAMP, contacts, ...extra };
}

const GRACE = person('p_grace', 'Grace Kim', {
  email: 'grace.kim@example.org',
  org: 'Northwind Books',
  topFive: true,
  motivation: 3,
});
/** A name with a comma, quotes, an apostrophe and an emoji, and no email address. */
const PEPE = 'José "Pepe" O’Brien, Jr. 🎨';
/** Three people: Grace in the top five (offered first), Pepe without an email, and 王芳. */
const PEOPLE = () =>
  workbook([
    person('p_pepe', PEPE, { circleId: 'family' }),
    GRACE,
    person('p_wang', '王芳', { email: 'wang@example.cn' }),
  ]);

/** Aisha's message from the guide: short, connection first, about Grace, a question. */
const PARTS = {
  subject: 'Riverside design student asking for your advice',
  connection: 'We both studied graphic design at Riverside College.',
  aboutMe: 'I am in my second year now.',
  whyThem: 'Your cover for The River Road is on my wall, and your portfolio shows the path you took.',
  question: 'I would love to hear how you moved from school into book design.',
  ask: 'Would you be open to a 20-minute call in the next few weeks, at a time that suits you?',
};
const BODY = [
  'Hello Grace Kim,',
  `${PARTS.connection} ${PARTS.aboutMe}`,
  `${PARTS.whyThem} ${PARTS.question}`,
  PARTS.ask,
  'Best wishes,',
].join('\n\n');

/** Goes to the worksheet and waits until its island has hydrated and read the workbook. */
const openWorksheet = (page: Page) => openWorksheetAt(page, PATH, 'outreach');

const sheet = (page: Page) => page.locator('#outreach');

/** The stored workbook, once it has been saved. */
async function stored(page: Page): Promise<{
  contacts: Array<Record<string, string>>;
  outreach: Array<Record<string, string>>;
}> {
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), KEY);
}

/** Today's date in the browser's time zone, as the worksheet records it. */
const localToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

/** Fills in the five parts and the subject line. */
async function writeMessage(page: Page, parts: Partial<typeof PARTS> = PARTS): Promise<void> {
  const ws = sheet(page);
  const labels: Record<keyof typeof PARTS, string> = {
    subject: 'Subject line',
    connection: 'How you are connected',
    aboutMe: 'Who you are',
    whyThem: 'Why you are writing to them',
    question: 'What you hope to learn',
    ask: 'Your request, as a question',
  };
  for (const [key, text] of Object.entries(parts)) {
    await ws.getByLabel(new RegExp(`^${labels[key as keyof typeof PARTS]}`)).fill(text);
  }
}

/** The verdict and sentence of one check. */
const check = (page: Page, id: string) => sheet(page).locator(`[data-check="${id}"]`);

/** What a mail app reads from a mailto: link. */
function parseMailto(href: string): { to: string; subject: string; body: string } {
  const [to = '', query = ''] = href.replace(/^mailto:/, '').split('?');
  const params = new Map(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
  return {
    to: decodeURIComponent(to),
    subject: decodeURIComponent(params.get('subject') ?? ''),
    body: decodeURIComponent(params.get('body') ?? ''),
  };
}

test('a student writes to a top-five contact: live checks, mail link, mark as sent; all there after a reload', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, PEOPLE());
  await page.clock.install();
  await openWorksheet(page);
  const ws = sheet(page);
  const select = ws.getByLabel('Who are you writing to?');
  // The top five come first, so Grace is chosen; the others follow in list order.
  await expect(select).toHaveValue('p_grace');
  await expect(select.locator('optgroup')).toHaveCount(2);
  await expect(select.locator('optgroup').first()).toHaveAttribute('label', 'Your top five');
  await expect(select.locator('option')).toHaveText(['Grace Kim', PEPE, '王芳']);
  await expect(ws.getByText('Your email and its checks appear here as you write the parts above.')).toBeVisible();

  // A first draft that breaks the rules: it opens with a name, asks for an internship, and is not a question.
  await writeMessage(page, {
    connection: 'My name is Aisha and I am a student.',
    ask: 'I would like an internship at your company.',
  });
  await expect(check(page, 'connection')).toContainText(
    'To fixThe message starts with your name, not the connection. Start with how you are connected; say who you are next.',
  );
  await expect(check(page, 'no-job')).toContainText('To fixIt asks for a job or internship: “like an internship”.');
  await expect(check(page, 'question')).toContainText('To fixThe request is not a question.');
  await expect(check(page, 'about-them')).toContainText('To fixSay more about them');
  await expect(check(page, 'subject')).toContainText('To fixThere is no subject line yet.');
  await expect(check(page, 'length')).toContainText('PassesUnder 75 words');
  await expect(ws.locator('.or-summary')).toHaveText('1 of 6 checks pass.');
  // Each verdict is a word, not only a colour.
  await expect(ws.locator('.or-fail .or-verdict').first()).toHaveText('To fix');
  // Screen readers hear how many checks pass once typing stops: the clock is stopped while the
  // student writes again (stopping it lets any earlier announcement through first).
  const spoken = ws.locator('p.sr-only[aria-live="polite"]');
  await stopClock(page);
  await expect(spoken).toHaveText('1 of 6 checks pass.');

  await writeMessage(page);
  await expect(ws.locator('.or-summary')).toHaveText('All 6 checks pass.');
  await expect(check(page, 'length')).toContainText('PassesUnder 75 words: it has 70 words. Short and easy to read.');
  await expect(check(page, 'about-them')).toContainText(
    'PassesAbout them at least as much as about you: “you” and “your” 6 times; “I”, “my” and “me” 4 times.',
  );
  await expect(ws.locator('.or-body')).toHaveText(BODY);
  await expect(ws.locator('.or-subject')).toHaveText(`Subject: ${PARTS.subject}`);
  await expect(spoken).toHaveText('1 of 6 checks pass.');
  await page.clock.runFor(1500);
  await expect(spoken).toHaveText('All 6 checks pass.');
  await page.clock.resume();

  // Too long: 100 words or more fails, and says how much to cut.
  await writeMessage(page, { whyThem: `${PARTS.whyThem} ${'really '.repeat(40)}` });
  await expect(check(page, 'length')).toContainText(
    'To fixNot under 100 words: it has 110 words. Cut at least 11 words.',
  );
  await writeMessage(page, { whyThem: PARTS.whyThem });

  const link = ws.getByRole('link', { name: 'Open in your mail app' });
  const href = (await link.getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:grace.kim@example.org?subject=Riverside%20design%20student')).toBe(true);
  expect(href).toContain('%0D%0A%0D%0A');
  expect(parseMailto(href)).toEqual({
    to: 'grace.kim@example.org',
    subject: PARTS.subject,
    body: BODY.replace(/\n/g, '\r\n'),
  });
  await expect(ws.getByText('No email address is saved')).toHaveCount(0);

  await ws.getByRole('button', { name: 'Mark as sent' }).click();
  const today = await localToday(page);
  await expect(ws.locator('.undo-bar')).toContainText(
    'Marked as sent to Grace Kim today. Their status is now “Reached out”.',
  );
  await expect(ws.locator('.s5-status')).toContainText(`Status: Reached out on `);
  await expect(select.locator('option').first()).toHaveText('Grace Kim (Reached out)');
  await expect
    .poll(async () => (await stored(page)).contacts.find((c) => c.id === 'p_grace'))
    .toMatchObject({ status: 'reached-out', reachedOutAt: today, lastContactAt: today });
  const saved = await stored(page);
  expect(saved.outreach).toHaveLength(1);
  expect(saved.outreach[0]).toMatchObject({ contactId: 'p_grace', ...PARTS, sentAt: today });

  await page.reload();
  await openWorksheet(page);
  await expect(select).toHaveValue('p_grace');
  await expect(ws.getByLabel(/^How you are connected/)).toHaveValue(PARTS.connection);
  await expect(ws.getByLabel(/^Your request, as a question/)).toHaveValue(PARTS.ask);
  await expect(ws.getByLabel(/^Subject line/)).toHaveValue(PARTS.subject);
  await expect(ws.locator('.or-summary')).toHaveText('All 6 checks pass.');
  await expect(ws.locator('.s5-status')).toContainText('Status: Reached out');

  // Drafts are kept per person: 王芳 starts empty, and Grace's draft is still there after.
  await select.selectOption({ label: '王芳' });
  await expect(ws.getByLabel(/^How you are connected/)).toHaveValue('');
  await expect(ws.getByLabel(/^Email address of 王芳/)).toHaveValue('wang@example.cn');
  await ws.getByLabel(/^How you are connected/).fill('我们是校友。');
  await select.selectOption('p_grace');
  await expect(ws.getByLabel(/^How you are connected/)).toHaveValue(PARTS.connection);
  await expect.poll(async () => (await stored(page)).outreach.map((o) => o.contactId)).toEqual(['p_grace', 'p_wang']);

  // My workbook shows the draft.
  await page.goto('/workbook/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const section = page.locator('section[aria-labelledby="wb-outreach"]');
  await expect(section.getByRole('heading', { name: 'Message to Grace Kim' })).toBeVisible();
  await expect(section).toContainText(PARTS.subject);
  await expect(section).toContainText(PARTS.ask);
  await page.context().close();
});

test('undo puts the status back after marking as sent', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL, PEOPLE());
  await openWorksheet(page);
  const ws = sheet(page);
  await writeMessage(page, { ask: 'Could we talk for 20 minutes?' });
  await ws.getByRole('button', { name: 'Mark as sent' }).click();
  const bar = ws.locator('.undo-bar');
  await expect(bar).toBeFocused();
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('#announcer')).toHaveText('Grace Kim is back to “Not contacted yet”.');
  await expect(ws.locator('.s5-status')).toContainText('Status: Not contacted yet.');
  await expect
    .poll(async () => {
      const doc = await stored(page);
      return [doc.contacts.find((c) => c.id === 'p_grace')?.status, doc.outreach?.[0]?.sentAt];
    })
    .toEqual(['not-contacted', '']);
  await page.context().close();
});

test('no email and a name with commas, quotes and emoji: the mail link still opens, encoded, and marks as sent', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, PEOPLE());
  await openWorksheet(page);
  const ws = sheet(page);
  await ws.getByLabel('Who are you writing to?').selectOption('p_pepe');
  await writeMessage(page, {
    subject: 'Re: "advice", please & thanks 🎓',
    connection: 'Nuestra amiga Ana — “la profe” — me dio su nombre.',
    ask: '¿Tendría 20 minutos? 你好？',
  });
  await expect(ws.getByText(`No email address is saved for ${PEPE}.`)).toContainText(
    'Your mail app opens with the “To” line empty: add their address there, or above.',
  );
  const link = ws.getByRole('link', { name: 'Open in your mail app' });
  await expect(link).toHaveAccessibleDescription(/No email address is saved/);
  const href = (await link.getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:?subject=')).toBe(true);
  expect(/^[\x21-\x7e]+$/.test(href)).toBe(true);
  expect(href).not.toMatch(/["',()\s]/);
  const body = await ws.locator('.or-body').textContent();
  expect(body?.startsWith(`Hello ${PEPE},`)).toBe(true);
  expect(parseMailto(href)).toEqual({
    to: '',
    subject: 'Re: "advice", please & thanks 🎓',
    body: (body ?? '').replace(/\n/g, '\r\n'),
  });

  // An address that is not one address is refused in words; a good one is saved on the contact.
  const email = ws.getByLabel(/^Email address of/);
  await email.fill('pepe at example');
  await email.blur();
  await expect(ws.locator('#or-email-error')).toHaveText(
    'Error: Enter one email address, like name@example.org, or leave it empty.',
  );
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await email.fill('pepe@example.es');
  await expect(ws.locator('#or-email-error')).toHaveCount(0);
  await expect
    .poll(async () => (await stored(page)).contacts.find((c) => c.id === 'p_pepe')?.email)
    .toBe('pepe@example.es');
  await expect(link).toHaveAttribute('href', /^mailto:pepe@example\.es\?subject=/);

  // Opening the mail app marks the message as sent (the test stops the browser from leaving the page).
  await page.evaluate(() =>
    window.addEventListener(
      'click',
      (e) => (e.target as Element).closest('a[href^="mailto:"]') && e.preventDefault(),
      true,
    ),
  );
  await link.click();
  const today = await localToday(page);
  await expect
    .poll(async () => (await stored(page)).contacts.find((c) => c.id === 'p_pepe'))
    .toMatchObject({ status: 'reached-out', reachedOutAt: today });
  await expect(ws.getByLabel('Who are you writing to?').locator('option[value="p_pepe"]')).toHaveText(
    `${PEPE} (Reached out)`,
  );
  await page.context().close();
});

test('copies the message, and shows it selected in a field when the clipboard is refused', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, PEOPLE());
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await openWorksheet(page);
  const ws = sheet(page);
  await writeMessage(page);
  // "Copied" shows for 2 s: with the clock stopped, a slow machine cannot miss it.
  await stopClock(page);
  await ws.getByRole('button', { name: 'Copy the message' }).click();
  await expect(ws.getByRole('button', { name: 'Copied' })).toBeVisible();
  await page.clock.runFor(100);
  await expect(page.locator('#announcer')).toHaveText('Message copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(BODY);
  await page.clock.runFor(2000);
  await expect(ws.getByRole('button', { name: 'Copy the message' })).toBeVisible();
  await ws.getByRole('button', { name: 'Copy the subject line' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PARTS.subject);
  await page.context().close();

  const refused = await seededPage(browser, baseURL, PEOPLE());
  await refused.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await openWorksheet(refused);
  await writeMessage(refused);
  await sheet(refused).getByRole('button', { name: 'Copy the message' }).click();
  const field = sheet(refused).getByRole('textbox', { name: /Copying is blocked/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(BODY);
  const selected = await field.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
  );
  expect(selected).toBe(BODY);
  await refused.context().close();
});

test('with no one on the list, it links to step 1 and prints a blank message to fill in', async ({ page }) => {
  await openWorksheet(page);
  const ws = sheet(page);
  await expect(ws.getByText('There is no one on your list yet.')).toBeVisible();
  await expect(ws.getByRole('link', { name: 'your network map (step 1)' })).toHaveAttribute(
    'href',
    '/steps/identify-your-networks/#network-map',
  );
  // No person menu; a form to add someone here instead.
  await expect(ws.getByLabel('Who are you writing to?')).toHaveCount(0);
  await expect(ws.getByLabel('Their name')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(ws.locator('.s5-print-blank')).toBeVisible();
  await expect(ws.locator('.s5-print-blank .print-line')).toHaveCount(12);
  await expect(ws.getByText('There is no one on your list yet.')).toBeHidden();
});

test('prints the parts in full when filled, without buttons or checks', async ({ browser, baseURL }) => {
  const long = `${PARTS.whyThem} ${'I keep coming back to your work. '.repeat(80)}The end.`;
  const page = await seededPage(
    browser,
    baseURL,
    workbook([GRACE], {
      outreach: [{ id: 'o_1', contactId: 'p_grace', ...PARTS, whyThem: long, updatedAt: STAMP, sentAt: '' }],
    }),
  );
  await openWorksheet(page);
  await page.emulateMedia({ media: 'print' });
  const ws = sheet(page);
  await expect(ws.locator('.print-text')).toHaveText([
    PARTS.connection,
    PARTS.aboutMe,
    long,
    PARTS.question,
    PARTS.ask,
  ]);
  await expect(ws.locator('#or-whyThem')).toBeHidden();
  await expect(ws.locator('.or-checks')).toBeHidden();
  await expect(ws.getByRole('button', { name: 'Mark as sent' })).toBeHidden();
  await expect(ws.locator('.s5-status')).toContainText('To: Grace Kim.');
  await page.context().close();
});

test('works with the keyboard alone, from choosing a person to marking the message as sent', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, PEOPLE());
  await openWorksheet(page);
  const ws = sheet(page);
  const select = ws.getByLabel('Who are you writing to?');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('p_pepe');
  await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue('p_grace');
  // After the person menu: "Someone else? Add a person" (closed), then the message.
  await page.keyboard.press('Tab');
  await expect(ws.getByText('Someone else? Add a person')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(ws.getByLabel(/^Email address of Grace Kim/)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(ws.getByLabel(/^Subject line/)).toBeFocused();
  await page.keyboard.type('A question from a Riverside student');
  await page.keyboard.press('Tab');
  await expect(ws.getByLabel(/^How you are connected/)).toBeFocused();
  await page.keyboard.type('We both studied at Riverside.');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(ws.getByLabel(/^Your request, as a question/)).toBeFocused();
  await page.keyboard.type('Could you spare 20 minutes to tell me about your work?');
  await expect(ws.locator('.or-summary')).toHaveText('All 6 checks pass.');
  const sent = ws.getByRole('button', { name: 'Mark as sent' });
  for (let i = 0; i < 12 && !(await sent.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(sent).toBeFocused();
  // Focus is visible: the outline is drawn.
  expect(await sent.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(ws.locator('.undo-bar')).toBeFocused();
  await expect
    .poll(async () => (await stored(page)).contacts.find((c) => c.id === 'p_grace')?.status)
    .toBe('reached-out');
  await page.context().close();
});

test('10,000 characters in a part and a 200-character name keep the page within 320 px', async ({
  browser,
  baseURL,
}) => {
  const longName = 'W'.repeat(200);
  const page = await seededPage(browser, baseURL, workbook([person('p_long', longName)]), {
    viewport: { width: 320, height: 800 },
  });
  await openWorksheet(page);
  const ws = sheet(page);
  await writeMessage(page, { ask: 'Could we talk?', connection: 'x'.repeat(10_000) });
  await expect(ws.locator('#or-connection-limit')).toContainText('You have reached the limit of 10,000 characters.');
  // One 10,000-character run of letters is one word.
  await expect(check(page, 'length')).toContainText('PassesUnder 75 words: it has 8 words. Short and easy to read.');
  await expect(ws.getByText('This message is long for a mail link')).toBeVisible();
  await expect.poll(async () => (await stored(page)).outreach?.[0]?.connection?.length).toBe(10_000);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.context().close();
});

test.describe('axe, light and dark theme', () => {
  test('finds nothing on the filled-in worksheet, with passing and failing checks and an error', async ({
    browser,
    baseURL,
  }) => {
    const page = await seededPage(browser, baseURL, PEOPLE());
    await openWorksheet(page);
    const ws = sheet(page);
    await writeMessage(page, { ...PARTS, ask: 'I would like an internship.' });
    await expect(ws.locator('.or-fail')).toHaveCount(3);
    await ws.getByLabel(/^Email address of/).fill('nope');
    await ws.getByLabel(/^Email address of/).blur();
    await expect(ws.locator('#or-email-error')).toBeVisible();
    await ws.getByLabel('Who are you writing to?').selectOption('p_pepe');
    await writeMessage(page, { ask: 'Could we talk?' });
    await ws.getByRole('button', { name: 'Mark as sent' }).click();
    await expect(ws.locator('.undo-bar')).toBeVisible();
    await scanBothThemes(page, 'the worksheet', { include: ['#outreach'] });
    await page.context().close();
  });
});

test('each check gives its reason on demand, judges fairly, and a tie passes', async ({ browser, baseURL }) => {
  const page = await seededPage(browser, baseURL, PEOPLE());
  await openWorksheet(page);
  await writeMessage(page, {
    ...PARTS,
    // Asking about their own internship is advice, not a request for one.
    question: 'Could you tell me about your internship at Northwind Books?',
  });
  await expect(check(page, 'no-job')).toContainText('PassesYou ask for advice, not for a job or internship.');
  // The reason is closed until asked for, and its button names the check.
  const why = check(page, 'no-job').locator('details');
  await expect(why.locator('p')).toBeHidden();
  await why.getByText('Why this matters').click();
  await expect(why.locator('p')).toBeVisible();
  await expect(why.locator('p')).toContainText('Asking about their own job or internship is fine.');
  await expect(check(page, 'connection').locator('summary')).toHaveText('Why this matters: the connection first');

  // As many "I" as "you" passes.
  await writeMessage(page, {
    connection: 'We met at the fair.',
    aboutMe: 'I study design.',
    whyThem: 'I admire the covers.',
    question: '',
    ask: 'Could you spare 20 minutes for your advice?',
  });
  await expect(check(page, 'about-them')).toContainText(
    'PassesAbout them at least as much as about you: “you” and “your” 2 times; “I”, “my” and “me” 2 times.',
  );
  await page.context().close();
});

test('LinkedIn: a connection note within the limit of the chosen account, counted live, and a message, each copied', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, PEOPLE());
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await openWorksheet(page);
  const ws = sheet(page);
  await writeMessage(page);
  // The LinkedIn part is closed (its code loads when it is first opened).
  const li = ws.locator('#or-linkedin');
  await expect(li.locator('#or-li-note')).toHaveCount(0);
  await li.getByText('For LinkedIn: a connection note and a message').click();
  const note = li.locator('#or-li-note');
  const count = li.locator('#or-li-count');
  // Free account: 200 characters; the connection and the request always, then who you are if it fits.
  await expect(li.getByLabel('Free account (200 characters)')).toBeChecked();
  const free = `Hello Grace, ${PARTS.connection} ${PARTS.aboutMe} ${PARTS.ask}`;
  await expect(note).toHaveText(free);
  await expect(count).toHaveText(`${free.length} of 200 characters.`);
  await expect(li).toContainText('Left out to fit 200 characters: “Why you are writing to them”.');
  // Premium: 300 characters, and the reason to write to them fits too.
  await li.getByLabel('Premium (300 characters)').check();
  const premium = `Hello Grace, ${PARTS.connection} ${PARTS.aboutMe} ${PARTS.whyThem} ${PARTS.ask}`;
  await expect(note).toHaveText(premium);
  await expect(count).toHaveText(`${premium.length} of 300 characters.`);

  // The count follows typing at once; screen readers hear it once typing pauses.
  const spoken = li.locator('.li-spoken');
  await stopClock(page);
  await page.clock.runFor(1600);
  await expect(spoken).toHaveText(`Connection note: ${premium.length} of 300 characters.`);
  await writeMessage(page, { connection: `${PARTS.connection} ${'Really. '.repeat(30)}`.trim() });
  await expect(count).toContainText('over the limit of 300. Shorten how you are connected or your request.');
  await expect(spoken).toHaveText(`Connection note: ${premium.length} of 300 characters.`);
  await page.clock.runFor(1500);
  await expect(spoken).toContainText('over the limit of 300.');
  await writeMessage(page, { connection: PARTS.connection });
  await page.clock.resume();

  await li.getByRole('button', { name: 'Copy the connection note' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(premium);
  await li.getByRole('button', { name: 'Copy the LinkedIn message' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(BODY.replace('Hello Grace Kim,', 'Hello Grace,'));
  await scanBothThemes(page, 'the LinkedIn versions, open', { include: ['#or-linkedin'] });
  await page.context().close();
});

test('the person menu waits for the saved workbook before offering to add someone: no form opens and then shrinks away', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPage(browser, baseURL, PEOPLE());
  const formAsked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/AddPersonForm.')) formAsked.push(request.url());
  });
  // The saved workbook's reader comes slowly (a slow phone): the island hydrates before it is read.
  const slow = await holdBack(page, '**/_astro/read-workbook.*.js');
  await page.goto('/steps/make-contact/#outreach');
  const menu = page.locator('#outreach astro-island').first();
  await expect(menu).not.toHaveAttribute('ssr');
  await slow.requested;
  await page.waitForTimeout(300);
  // Until the workbook is read, the empty state keeps the server's size: no form drawn, none fetched.
  await expect(page.locator('#outreach .s5-empty input')).toHaveCount(0);
  expect(formAsked).toEqual([]);
  slow.release();
  await expect(page.locator('#or-contact')).toBeVisible();
  expect(formAsked).toEqual([]);
});
