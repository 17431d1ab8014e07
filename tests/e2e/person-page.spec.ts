// The person page (issue 13, item 4), on a phone with the seeded 20-person workbook: one person's
// whole story in the order of the steps, every link landing on that person's worksheet, a message
// in words for an address that names no one on the list, and links to it, named after each person,
// from My workbook, the tracker's cards and the network map's list.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { scanBothThemes } from './axe';
import { daysBefore, twentyPeopleWorkbook } from './twenty-people';
import { hydrateEveryIsland, openWorkbookPage, seededPageOnTestDay, TEST_TODAY } from './workbook-fixtures';

const PHONE = { viewport: { width: 390, height: 844 } };
const PERSON_PAGE = '/workbook/person/';
/** The richly filled person: Sam Lee, met and thanked, with work in every step. */
const SAM = { id: 'p1', name: 'Sam Lee' };
/** Who suggested Sam (Maria Lopez), and whom Sam suggested (Tomás Silva). */
const SUGGESTER = { id: 'p0', name: 'Maria Lopez' };
const SUGGESTED = { id: 'p7', name: 'Tomás Silva' };
/** Notes typed with markup, which must show as typed. */
const MARKUP = '<b>Not bold</b> & <i>not italic</i>';

type Doc = Record<string, unknown> & { contacts: Record<string, unknown>[] };

/** The 20 people, with Sam's message, preparation, notes and thank-you, a referral either way, and notes about someone removed. */
function richWorkbook(): Doc {
  const doc = twentyPeopleWorkbook() as Doc;
  const contacts = doc.contacts.map((c) => {
    if (c.id === SAM.id)
      return {
        ...c,
        howKnown: 'My aunt’s colleague',
        email: 'samuel.alexander.lee.the.third@county-water-quality-laboratory.example.org',
        notes: MARKUP,
        sourcePlaceId: 'fair',
        referredBy: SUGGESTER.id,
      };
    return c.id === SUGGESTED.id ? { ...c, referredBy: SAM.id } : c;
  });
  return {
    ...doc,
    contacts,
    places: [
      { id: 'fair', name: 'Spring career fair', kind: 'campus', custom: true, tryIt: true, date: '', notes: '' },
    ],
    outreach: [
      {
        id: 'o1',
        contactId: SAM.id,
        subject: 'A question about water testing',
        connection: 'We met at the spring career fair.',
        aboutMe: 'I study biology.',
        whyThem: 'Your lab tests the river.',
        ask: 'Could we talk for 20 minutes?',
        question: 'What helped you most?',
        updatedAt: '',
        sentAt: daysBefore(3),
      },
    ],
    preps: [
      {
        id: 'pr1',
        contactId: SAM.id,
        pitchId: 'pitch1',
        meetingAt: daysBefore(1),
        checklist: { person: true, organization: true, field: false, pitch: true, logistics: false },
        questions: [{ id: 'q1', text: 'How is your field changing?', theme: 'trends' }],
      },
    ],
    interviews: [
      {
        id: 'n1',
        contactId: SAM.id,
        date: daysBefore(1),
        learned: 'Analysts rotate through field work.',
        fit: '',
        explore: 'The certification course.',
        nextSteps: [{ id: 's1', text: 'Read the lab report', due: TEST_TODAY, done: false }],
      },
      { id: 'n2', contactId: 'gone1', date: '', learned: 'Kept after removal.', fit: '', explore: '', nextSteps: [] },
    ],
    thankYous: [
      { id: 't1', contactId: SAM.id, learned: 'Field work matters.', action: '', thanks: '', sentAt: TEST_TODAY },
    ],
  };
}

/** The person menu of each worksheet that opens on a person, by the worksheet's id. */
const MENUS: Record<string, string> = {
  outreach: '#or-contact',
  'interview-prep': '#ip-contact',
  'conversation-card': '#cc-contact',
  'interview-notes': '#in-contact',
  'thank-you': '#ty-person',
};

/** Opens a person page and waits until its island shows the saved workbook. */
async function openPersonPage(page: Page, search: string): Promise<Locator> {
  await page.goto(`${PERSON_PAGE}${search}`);
  const island = page.locator('.person-page');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(island.locator('.save-status')).not.toBeEmpty();
  return island;
}

/** Checks that the page at `href` shows its worksheet in view, opened on Sam. */
async function expectOnSam(page: Page, href: string): Promise<void> {
  const target = new URL(href, 'https://site.invalid').hash.slice(1);
  // The link lands on a worksheet, or on a part of one (step 3's ratings, an island of its own).
  const sheet = page.locator(`section.worksheet:is(#${target}, :has(#${target}))`);
  const worksheet = (await sheet.getAttribute('id')) ?? '';
  await expect(page.locator(`#${target}`), href).toBeInViewport();
  const island =
    target === worksheet ? sheet.locator('astro-island').first() : sheet.locator(`astro-island:has(#${target})`);
  await expect(island, href).not.toHaveAttribute('ssr');
  const menu = MENUS[worksheet];
  if (menu) await expect(page.locator(menu), href).toHaveValue(SAM.id);
  else if (worksheet === 'network-map') await expect(page.locator(`#nm-${SAM.id}-name`), href).toBeFocused();
  else if (worksheet === 'contact-tracker') await expect(page.locator(`#ct-${SAM.id}`), href).toBeAttached();
  else if (worksheet === 'goals') await expect(sheet.getByText(SAM.name).first(), href).toBeAttached();
  else throw new Error(`No check for the worksheet of ${href}`);
}

test("a person's page tells their story in step order, reads well at 320 px and in both themes, and every link lands on them", async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const page = await seededPageOnTestDay(browser, baseURL, richWorkbook(), PHONE);
  const story = await openPersonPage(page, `?id=${SAM.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAM.name);
  await expect(page).toHaveTitle(/^Sam Lee in your workbook \| /);
  await expect(story.locator('h2')).toHaveText([
    /Step 1\s*On your network map/,
    /Step 3\s*Your ratings/,
    /Step 5\s*Messages, preparation and notes/,
    /Step 6\s*Follow-ups and thank-you/,
  ]);
  for (const text of [
    'In your circle “Family and friends”. You met them at Spring career fair.',
    'How much do you want to talk to them? Low',
    'In your top five.',
    /^Message to Sam Lee \(sent/,
    /^Preparing to meet Sam Lee on/,
    'How is your field changing? (Trends)',
    /^Notes from your talk with Sam Lee on/,
    'Read the lab report (by Wed 25 November 2026)',
    /^In your tracker: Thanked; last contact/,
    /^Thank-you to Sam Lee: sent on/,
  ]) {
    await expect(story.getByText(text).first(), String(text)).toBeVisible();
  }
  // What the student typed shows as typed, never as markup.
  await expect(story.getByText(MARKUP)).toBeVisible();
  await expect(story.locator('.pp-facts b, .pp-facts i')).toHaveCount(0);
  // Referrals both ways, as links to those people's pages named after them.
  await expect(story.getByRole('link', { name: SUGGESTER.name, exact: true })).toHaveAttribute(
    'href',
    `${PERSON_PAGE}?id=${SUGGESTER.id}`,
  );
  await expect(story.getByRole('link', { name: SUGGESTED.name, exact: true })).toHaveAttribute(
    'href',
    `${PERSON_PAGE}?id=${SUGGESTED.id}`,
  );
  await scanBothThemes(page, "Sam Lee's page");

  // Printed: the story without the links into worksheets, and the people named without addresses.
  await page.emulateMedia({ media: 'print' });
  await expect(story.getByText(/^Notes from your talk with Sam Lee on/)).toBeVisible();
  for (const link of await story.locator('a[href^="/steps/"]').all()) await expect(link).toBeHidden();
  const referral = story.getByRole('link', { name: SUGGESTER.name, exact: true });
  expect(await referral.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  await page.emulateMedia({ media: 'screen' });

  // Keyboard only: Tab reaches the link to the message, its focus is drawn, and Enter opens it on Sam.
  const message = story.getByRole('link', { name: 'Open the message to Sam Lee' });
  for (let i = 0; i < 80 && !(await message.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(message).toBeFocused();
  expect(await message.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.setViewportSize({ width: 320, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'width at 320 px').toBeLessThanOrEqual(320);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/steps\/make-contact\/\?contact=p1#outreach$/);
  await expectOnSam(page, page.url());
  await page.setViewportSize(PHONE.viewport);

  // Every link into a worksheet, one after the other: each names Sam and lands on Sam.
  await openPersonPage(page, `?id=${SAM.id}`);
  const links = await story
    .locator('a[href^="/steps/"]')
    .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
  expect(links.map((l) => new URL(l.href, 'https://site.invalid').hash).sort()).toEqual(
    [
      '#network-map',
      // Step 3 at its ratings, where the person is (an island of its own, further down the worksheet).
      '#goals-rate',
      '#outreach',
      '#interview-prep',
      '#conversation-card',
      '#interview-notes',
      '#contact-tracker',
      '#thank-you',
    ].sort(),
  );
  for (const { href, text } of links) {
    expect(text, href).toContain(SAM.name);
    await page.goto(href);
    await expectOnSam(page, href);
  }

  // A referral's link opens that person's page.
  await openPersonPage(page, `?id=${SAM.id}`);
  await story.getByRole('link', { name: SUGGESTED.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SUGGESTED.name);
  await page.context().close();
});

test('an address that names no one on the list says so in words and leads back to the list', async ({
  browser,
  baseURL,
}) => {
  const page = await seededPageOnTestDay(browser, baseURL, richWorkbook(), PHONE);
  const heading = page.getByRole('heading', { level: 1 });
  const cases: Array<[string, RegExp]> = [
    ['', /its address does not say who/],
    ['?id=p1%22%3E%3Cb%3E', /This address is not one this site makes for a person/],
    ['?id=gone1', /This person is no longer on your list: they were removed/],
    ['?id=p99', /No one on your list in this browser has this address/],
  ];
  for (const [search, words] of cases) {
    const island = await openPersonPage(page, search);
    await expect(island.locator('.pp-problem'), search).toContainText(words);
    await expect(heading, search).toHaveText('A person in your workbook');
    await expect(island.getByRole('link', { name: 'your contact tracker' }), search).toHaveAttribute(
      'href',
      '/steps/follow-up/#contact-tracker',
    );
    await expect(island.locator('.wb-section'), search).toHaveCount(0);
  }
  await scanBothThemes(page, 'a person page for someone not on the list');
  await page.context().close();
});

/** Checks that each of `count` rows (ids `<prefix><person id>`) links to its person's page, named after them ("All about Sam Lee"). */
async function expectPersonLinks(rows: Locator, nameIn: string, prefix: string, count: number): Promise<void> {
  await expect(rows).toHaveCount(count);
  const found = await rows.evaluateAll(
    (els, { nameIn, prefix }) =>
      els.map((row) => ({
        id: row.id.slice(prefix.length),
        name: row.querySelector(nameIn)?.textContent?.trim() ?? '',
        link: row.querySelector('a.person-page-link')?.textContent?.trim() ?? '',
        href: row.querySelector('a.person-page-link')?.getAttribute('href') ?? '',
      })),
    { nameIn, prefix },
  );
  for (const row of found) {
    expect(row.name, row.id).not.toBe('');
    expect(row.link, row.id).toBe(`All about ${row.name}`);
    expect(row.href, row.id).toBe(`${PERSON_PAGE}?id=${row.id}`);
  }
}

test('My workbook, the tracker and the network map link each person to their page, named after them', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const page = await seededPageOnTestDay(browser, baseURL, richWorkbook(), PHONE);
  await openWorkbookPage(page);
  const ids = Array.from({ length: 20 }, (_, i) => `p${i}`);
  const rows = page.locator('.wb-section li:has(a.person-page-link)');
  await expect(rows).toHaveCount(20);
  const onWorkbook = await rows.evaluateAll((els) =>
    els.map((li) => ({
      name: li.querySelector('strong')?.textContent ?? '',
      link: li.querySelector('a.person-page-link')?.textContent ?? '',
      href: li.querySelector('a.person-page-link')?.getAttribute('href') ?? '',
    })),
  );
  for (const row of onWorkbook) expect(row.link).toBe(`All about ${row.name}`);
  expect(onWorkbook.map((r) => new URLSearchParams(r.href.split('?')[1]).get('id')).sort()).toEqual([...ids].sort());

  await page.goto('/steps/follow-up/#contact-tracker');
  await hydrateEveryIsland(page);
  await expectPersonLinks(page.locator('#contact-tracker .ct-card'), '.ct-name', 'ct-', 20);

  await page.goto('/steps/identify-your-networks/#network-map');
  await hydrateEveryIsland(page);
  await expectPersonLinks(page.locator('#network-map .entry:has(.entry-name)'), '.entry-name', 'nm-p-', 20);
  await page
    .locator('#network-map')
    .getByRole('link', { name: `All about ${SAM.name}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAM.name);
  await page.context().close();
});
