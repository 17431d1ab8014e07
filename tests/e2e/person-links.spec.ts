// Worksheets that follow the student (issue 13, items 1 and 2), on a phone with 20 people: each
// person-based worksheet reopens on the person the student was last on, an address with
// ?contact=<id> opens that person, and every link about a person lands on them, named in its words.
import { expect, type Page, test } from '@playwright/test';
import { scanBothThemes } from './axe';
import { studentWorkbook } from './share-fixtures';
import {
  hydrateEveryIsland,
  KEY,
  openWorkbookPage,
  openWorksheetAt,
  seededPageOnTestDay,
  TEST_TODAY,
} from './workbook-fixtures';

const PHONE = { viewport: { width: 390, height: 844 } };
const MAKE_CONTACT = '/steps/make-contact/';
const FOLLOW_UP = '/steps/follow-up/';
/** The person menu of each person-based worksheet, by the worksheet's id. */
const MENUS = {
  outreach: '#or-contact',
  'interview-prep': '#ip-contact',
  'conversation-card': '#cc-contact',
  'interview-notes': '#in-contact',
  'thank-you': '#ty-person',
} as const;
type PersonSheet = keyof typeof MENUS;
const STEP_5: PersonSheet[] = ['outreach', 'interview-prep', 'conversation-card', 'interview-notes'];

const DOC = studentWorkbook(20);
const nameOf = (id: string) => DOC.contacts.find((c) => c.id === id)?.name ?? '';
/** The person at `index` in the seeded list. */
function personAt(index: number) {
  const person = DOC.contacts[index];
  if (!person) throw new Error(`The seeded workbook has no person ${index}.`);
  return person;
}
/** Someone far down the list (not in the top five, not the first offered anywhere). */
const LATER = personAt(13).id;
const OTHER = personAt(17).id;

/** The people each worksheet remembers, as stored. */
async function storedChosen(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').chosen, KEY);
}

/** Hydrates every island on the page and checks that each step 5 menu shows `id`. */
async function expectStep5On(page: Page, id: string): Promise<void> {
  await hydrateEveryIsland(page);
  for (const worksheet of STEP_5) await expect(page.locator(MENUS[worksheet]), worksheet).toHaveValue(id);
}

test('each person-based worksheet reopens on the person chosen last, after a reload and on a new visit', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const page = await seededPageOnTestDay(browser, baseURL, DOC, PHONE);
  await openWorksheetAt(page, MAKE_CONTACT, 'outreach');
  await page.locator(MENUS.outreach).selectOption(LATER);
  await expectStep5On(page, LATER);
  await expect.poll(() => storedChosen(page)).toEqual({ makeContact: LATER, thankYou: '' });

  await page.reload();
  await expectStep5On(page, LATER);
  // A new visit, from an address without the person: the workbook remembers them.
  await page.goto(`${MAKE_CONTACT}#interview-notes`);
  await expectStep5On(page, LATER);

  await openWorksheetAt(page, FOLLOW_UP, 'thank-you');
  await page.locator(MENUS['thank-you']).selectOption(OTHER);
  await expect.poll(() => storedChosen(page)).toEqual({ makeContact: LATER, thankYou: OTHER });
  await page.reload();
  await page.locator('#thank-you').scrollIntoViewIfNeeded();
  await expect(page.locator(MENUS['thank-you'])).toHaveValue(OTHER);
  await page.goto(`${FOLLOW_UP}#thank-you`);
  await page.locator('#thank-you').scrollIntoViewIfNeeded();
  await expect(page.locator(MENUS['thank-you'])).toHaveValue(OTHER);
  // Step 5 kept its own person.
  await page.goto(MAKE_CONTACT);
  await expectStep5On(page, LATER);
  await page.context().close();
});

test('?contact= opens that person over the remembered one; an unknown id falls back to the remembered one', async ({
  browser,
  baseURL,
}) => {
  const remembered = { ...DOC, chosen: { makeContact: LATER, thankYou: LATER } };
  const page = await seededPageOnTestDay(browser, baseURL, remembered, PHONE);
  await page.goto(`${MAKE_CONTACT}?contact=${OTHER}#outreach`);
  await expectStep5On(page, OTHER);
  await page.goto(`${MAKE_CONTACT}?contact=nobody#outreach`);
  await expectStep5On(page, LATER);
  await page.goto(`${FOLLOW_UP}?contact=${OTHER}#thank-you`);
  await page.locator('#thank-you').scrollIntoViewIfNeeded();
  await expect(page.locator(MENUS['thank-you'])).toHaveValue(OTHER);
  await page.context().close();
});

/**
 * Follows every link on the page that carries a person: each names the person, and lands on the
 * worksheet it points to, in view, with that person chosen, once `expected` links are drawn. Returns how many links were followed.
 */
async function followPersonLinks(page: Page, scope: string, expected: number): Promise<number> {
  // The links are drawn once the saved workbook is read, which may come after the status line.
  await expect(page.locator(`${scope} a[href*="contact="]`)).toHaveCount(expected);
  const links = await page
    .locator(`${scope} a[href*="contact="]`)
    .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
  for (const { href, text } of links) {
    const url = new URL(href, 'https://site.invalid');
    const id = url.searchParams.get('contact') ?? '';
    const worksheet = url.hash.slice(1) as PersonSheet;
    expect(text, href).toContain(nameOf(id));
    await page.goto(href);
    await expect(page.locator(`#${worksheet}`), href).toBeInViewport();
    // The worksheet's island with the person menu has started (its lower islands start when scrolled near).
    await expect(page.locator(`#${worksheet} astro-island:has(${MENUS[worksheet]})`)).not.toHaveAttribute('ssr');
    await expect(page.locator(MENUS[worksheet]), href).toHaveValue(id);
  }
  return links.length;
}

test('every link about a person on My workbook and on the dashboard lands on that person', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const page = await seededPageOnTestDay(browser, baseURL, DOC, PHONE);
  await openWorkbookPage(page);
  // Messages, preparations, notes and thank-yous of two people: eight links.
  expect(await followPersonLinks(page, '.workbook-page', 8)).toBe(8);

  await page.context().close();

  // The dashboard's next actions: a top-five person to write to, a thank-you due and a next step.
  const [top, met] = [personAt(3), personAt(6)];
  const due = {
    ...DOC,
    contacts: DOC.contacts.map((c) =>
      c.id === top.id
        ? { ...c, topFive: true, status: 'not-contacted' as const }
        : c.id === met.id
          ? { ...c, status: 'met' as const, metAt: TEST_TODAY, thankedAt: '' }
          : { ...c, topFive: false, status: 'not-contacted' as const, nextContactAt: '' },
    ),
    interviews: [
      {
        id: 'n_due',
        contactId: met.id,
        date: TEST_TODAY,
        learned: '',
        fit: '',
        explore: '',
        nextSteps: [{ id: 's1', text: 'Read the report they mentioned', due: TEST_TODAY, done: false }],
      },
    ],
    thankYous: [],
  };
  const dash = await seededPageOnTestDay(browser, baseURL, due, PHONE);
  await openWorksheetAt(dash, '/steps/repeat/', 'dashboard');
  await expect(dash.locator('#dashboard a[href*="contact="]')).toHaveCount(3);
  expect(await followPersonLinks(dash, '#dashboard', 3)).toBe(3);
  await dash.context().close();
});

test('a student who starts at step 5 adds a person there: they join the network map and every step 5 worksheet follows them', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const page = await seededPageOnTestDay(browser, baseURL, undefined, PHONE);
  await openWorksheetAt(page, MAKE_CONTACT, 'outreach');
  const form = page.locator('#outreach .add-person-here');
  await expect(form).toHaveAttribute('open', '');
  // No name: refused in words, nothing added.
  await form.getByRole('button', { name: 'Add this person' }).click();
  await expect(form.getByText('Enter a name.')).toBeVisible();
  await scanBothThemes(page, 'the add-a-person form, with its error', { include: ['#outreach'] });
  await form.getByLabel('Their name').fill('Dana Whitfield');
  await form.getByLabel('Where you know them from').selectOption({ label: 'Family and friends' });
  await form.getByRole('button', { name: 'Add this person' }).click();
  const added = await page.locator(MENUS.outreach).inputValue();
  await expectStep5On(page, added);
  await expect(page.locator(`${MENUS.outreach} option:checked`)).toHaveText('Dana Whitfield');

  // With people on the list, "Someone else?" adds a second person and chooses them.
  const more = page.locator('#interview-notes .add-person-here');
  await more.locator('summary').click();
  await more.getByLabel('Their name').fill('Eli Moreno');
  await more.getByLabel('Their name').press('Enter');
  await expect(page.locator(`${MENUS['interview-notes']} option:checked`)).toHaveText('Eli Moreno');
  await expect(page.locator(`${MENUS.outreach} option:checked`)).toHaveText('Eli Moreno');

  await openWorksheetAt(page, '/steps/identify-your-networks/', 'network-map');
  const family = page.locator('#network-map').getByRole('region', { name: /Family and friends/ });
  await expect(family.locator('.entry-name')).toHaveText(['Dana Whitfield']);
  await expect(page.locator('#network-map .entry-name').filter({ hasText: 'Eli Moreno' })).toHaveCount(1);
  await page.context().close();
});
