// Issue 14, items 1 and 2: steps 1 and 3 deliver what their pages promise. A student fills each
// worksheet with the keyboard, on a 320 px screen; then the worksheet printed, My workbook and the
// Markdown export hold the outputs: circles and people (step 1); the goal sentence, the targets with
// dates, the ranked organizations and the top five (step 3). One test per step, each on one page
// and My workbook, with the axe scan of the filled worksheet in both themes.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { scanBothThemes } from './axe';
import {
  contact,
  downloadText,
  networkMap,
  openNetworkMap,
  openWorkbookPage,
  openWorksheetAt,
  seededPage,
  workbook,
} from './workbook-fixtures';

const PHONE = { viewport: { width: 320, height: 800 } };

/** True when the page is wider than the screen (it would scroll sideways). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Presses Tab until `target` has focus (at most `max` times), like a keyboard user. */
async function tabTo(page: Page, target: Locator, max = 12): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The values of a list of inputs, in order. */
const valuesOf = (inputs: Locator) => inputs.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

/** Downloads the Markdown export from My workbook. */
async function markdownExport(page: Page): Promise<string> {
  const file = await downloadText(page, () =>
    page.getByRole('button', { name: 'Download as text (Markdown)' }).click(),
  );
  return file.text;
}

test('step 1: the map starts with the page’s five circles, keeps an older workbook’s, and every view shows circles and people', async ({
  browser,
  baseURL,
}) => {
  // Saved before school and community were built in: three circles and one of the student's own.
  const older = workbook([contact('p_ana', 'Ana Ruiz'), contact('p_cy', 'Cy Lee', { circleId: 'c_vol' })], {
    circles: [
      { id: 'work', name: 'Work and internships', builtIn: true },
      { id: 'family', name: 'Family and friends', builtIn: true },
      { id: 'activities', name: 'Activities and hobbies', builtIn: true },
      { id: 'c_vol', name: 'Volunteering', builtIn: false },
    ],
  });
  const page = await seededPage(browser, baseURL, older, PHONE);
  await openNetworkMap(page);
  const map = networkMap(page);
  const headings = map.locator('section.circle h4');
  await expect(headings).toHaveText([
    'Work and internships (1 person)',
    'Family and friends (0 people)',
    'Activities and hobbies (0 people)',
    'Volunteering (1 person)',
    'School (0 people)',
    'Community (0 people)',
  ]);
  // The page's table names the same five circles the map starts with.
  const pageCircles = await page.locator('main table').first().locator('tbody tr td:first-child').allTextContents();
  expect(pageCircles).toEqual([
    'Work and internships',
    'Family and friends',
    'Activities and hobbies',
    'School',
    'Community',
  ]);

  // Keyboard only: choose a circle, type a name, Enter; back to the circle, the next one.
  await page.locator('#nm-circle').focus();
  for (const [steps, name] of [
    [4, 'Ms Ortiz'],
    [1, 'Imam Yusuf'],
  ] as const) {
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
    await tabTo(page, page.locator('#nm-name'));
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page.locator('#nm-name')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator('#nm-circle')).toBeFocused();
  }
  await expect(headings.filter({ hasText: 'School' })).toHaveText('School (1 person)');
  await expect(map.locator('section.circle').filter({ hasText: 'Community (1 person)' })).toContainText('Imam Yusuf');
  await expect(map.locator('section.circle').filter({ hasText: 'Volunteering' })).toContainText('Cy Lee');
  expect(await scrollsSideways(page)).toBe(false);
  await scanBothThemes(page, 'the network map with five circles', { include: ['#network-map'] });

  // Printed: each circle with its people.
  await page.emulateMedia({ media: 'print' });
  await expect(map.locator('section.circle').filter({ hasText: 'School' }).locator('.entry-name')).toHaveText(
    'Ms Ortiz',
  );
  await expect(map.locator('section.circle').filter({ hasText: 'Volunteering' }).locator('.entry-name')).toHaveText(
    'Cy Lee',
  );
  await page.emulateMedia({ media: 'screen' });

  // My workbook and the export: the circles with people, each with its people.
  await openWorkbookPage(page);
  const step1 = page.locator('section[aria-labelledby="wb-network-map"]');
  await expect(step1.locator('h3')).toHaveText([
    'Work and internships (1)',
    'Volunteering (1)',
    'School (1)',
    'Community (1)',
  ]);
  await expect(step1).toContainText('Ms Ortiz');
  expect(await scrollsSideways(page)).toBe(false);
  const text = await markdownExport(page);
  expect(text).toContain('### Work and internships\n\n- **Ana Ruiz**');
  expect(text).toContain('### Volunteering\n\n- **Cy Lee**');
  expect(text).toContain('### School\n\n- **Ms Ortiz**');
  expect(text).toContain('### Community\n\n- **Imam Yusuf**');
  await page.context().close();
});

test('step 3: a goal, targets with dates and a ranked list of organizations, typed with the keyboard, reach every view', async ({
  browser,
  baseURL,
}) => {
  const older = workbook(
    [
      contact('p_sam', 'Sam Lee', { relevance: 3, motivation: 3, topFive: true }),
      contact('p_rosa', 'Rosa Delgado', { relevance: 2, motivation: 3 }),
    ],
    // What the student wrote in the one organizations box of the older worksheet.
    { goals: { wants: ['leads'], fields: '', organizations: 'Riverside Hospital\nCity Archive', questions: '' } },
  );
  const page = await seededPage(browser, baseURL, older, PHONE);
  await openWorksheetAt(page, '/steps/assess-your-goals/', 'goals');
  const ws = page.locator('#goals');
  const goal = 'Learn what archivists and paralegals do, by talking to two of each before the end of term.';

  // The goal, then two targets: count, who, date (a native date field: month, day, year as typed in en-US).
  await ws.getByLabel('Your main goal, in one sentence').focus();
  await page.keyboard.type(goal);
  const addTarget = ws.getByRole('button', { name: 'Add a target' });
  for (const [count, who, date] of [
    ['3', 'UX research', '02152027'],
    ['2', 'at the city archive', '03312027'],
  ] as const) {
    await tabTo(page, addTarget);
    await page.keyboard.press('Enter');
    await expect(ws.locator('.target').last().getByLabel('How many people')).toBeFocused();
    await page.keyboard.type(count);
    await page.keyboard.press('Tab');
    await page.keyboard.type(who);
    await page.keyboard.press('Tab');
    await page.keyboard.type(date);
  }
  const targets = ws.locator('.target-words');
  const bothTargets = [
    'Target 1 in words: Talk to 3 people in UX research by Mon 15 February 2027.',
    'Target 2 in words: Talk to 2 people at the city archive by Wed 31 March 2027.',
  ];
  await expect(targets).toHaveText(bothTargets);
  // A target removed by mistake comes back in its place with Undo.
  await ws.getByRole('button', { name: 'Remove target 1' }).click();
  await expect(targets).toHaveText(['Target 1 in words: Talk to 2 people at the city archive by Wed 31 March 2027.']);
  await ws.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(targets).toHaveText(bothTargets);

  // The older notes become rows on request, and stay as notes; then two more organizations by name.
  const notes = ws.getByLabel(/Notes on organizations/);
  await expect(notes).toHaveValue('Riverside Hospital\nCity Archive');
  await ws.getByRole('button', { name: 'Add each line to the list' }).focus();
  await page.keyboard.press('Enter');
  // The rows join the list (once the list's changes have arrived), the cursor in the first one.
  const rows = ws.locator('.org-rows .org-name input');
  await expect.poll(() => valuesOf(rows)).toEqual(['Riverside Hospital', 'City Archive']);
  await expect(rows.first()).toBeFocused();
  await ws.getByLabel('Name of the organization').focus();
  for (const name of ['Birch Lab', 'Acme']) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => valuesOf(rows)).toEqual(['Riverside Hospital', 'City Archive', 'Birch Lab', 'Acme']);
  await expect(notes).toHaveValue('Riverside Hospital\nCity Archive');
  // An organization removed by mistake comes back in its place with Undo.
  await ws.getByRole('button', { name: 'Remove City Archive' }).click();
  await expect.poll(() => valuesOf(rows)).toEqual(['Riverside Hospital', 'Birch Lab', 'Acme']);
  await ws.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => valuesOf(rows)).toEqual(['Riverside Hospital', 'City Archive', 'Birch Lab', 'Acme']);

  // Typing in one row keeps every row's element: rows are keyed, none is drawn again per keystroke.
  await ws.locator('.org-row').evaluateAll((items) => {
    for (const item of items) item.setAttribute('data-seen', '');
  });
  await rows.first().focus();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await page.keyboard.press('Backspace');
  await expect(rows.first()).toHaveValue('Riverside Hospital');
  await expect(ws.locator('.org-row[data-seen]')).toHaveCount(4);

  // Birch Lab: alumni there, hiring now, interest 3. Riverside: interest 3. City Archive: interest 2.
  await ws.getByLabel('Alumni there (Birch Lab)').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(ws.getByLabel('Hiring now (Birch Lab)')).toBeFocused();
  await page.keyboard.press('Space');
  for (const [name, steps] of [
    ['Birch Lab', 3],
    ['Riverside Hospital', 3],
    ['City Archive', 2],
  ] as const) {
    await ws.getByLabel(`Interest (${name})`).focus();
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  }
  // Rows stay put while the student works; "Sort again" puts them in rank order.
  await expect.poll(() => valuesOf(rows)).toEqual(['Riverside Hospital', 'City Archive', 'Birch Lab', 'Acme']);
  await ws.getByRole('button', { name: 'Sort again' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => valuesOf(rows)).toEqual(['Birch Lab', 'Riverside Hospital', 'City Archive', 'Acme']);
  await page.locator('#goals-org-sort').focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => valuesOf(rows)).toEqual(['Acme', 'Birch Lab', 'City Archive', 'Riverside Hospital']);

  // A second person joins the top five.
  const rosa = ws.getByRole('checkbox', { name: 'In my top five (Rosa Delgado)' });
  await rosa.focus();
  await page.keyboard.press('Space');
  await expect(ws.locator('ol.top-five li')).toHaveText(['Sam Lee', 'Rosa Delgado']);
  expect(await scrollsSideways(page)).toBe(false);
  await scanBothThemes(page, 'the filled goals worksheet', { include: ['#goals'] });

  // Printed: the goal, the targets in words with their dates, the organizations ranked, the top five.
  // Before printing, the ranked table holds blank rows only; the browser sends `beforeprint` first.
  await expect(ws.locator('.org-print tbody tr td:nth-child(2)').first()).toHaveText('');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(ws.locator('.print-text').first()).toHaveText(goal);
  await expect(targets.first()).toBeVisible();
  await expect(ws.locator('.target-fields').first()).toBeHidden();
  const printed = ws.locator('.org-print tbody tr');
  await expect(printed.locator('td:nth-child(2)')).toHaveText([
    'Birch Lab',
    'Riverside Hospital',
    'City Archive',
    'Acme',
  ]);
  await expect(printed.first().locator('td')).toHaveText(['1', 'Birch Lab', '3 High', 'Yes', '', 'Yes']);
  await expect(ws.locator('.org-rows')).toBeHidden();
  await expect(ws.locator('ol.top-five li')).toHaveText(['Sam Lee', 'Rosa Delgado']);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(ws.locator('.org-print tbody tr td:nth-child(2)').first()).toHaveText('');

  // My workbook and the export.
  await openWorkbookPage(page);
  const step3 = page.locator('section[aria-labelledby="wb-goals"]');
  await expect(step3).toContainText(goal);
  await expect(step3.locator('h3:has-text("Your targets") + ul li')).toHaveText([
    'Talk to 3 people in UX research by Mon 15 February 2027.',
    'Talk to 2 people at the city archive by Wed 31 March 2027.',
  ]);
  await expect(step3.locator('h3:has-text("Organizations, ranked") + ol li strong')).toHaveText([
    'Birch Lab',
    'Riverside Hospital',
    'City Archive',
    'Acme',
  ]);
  await expect(step3.locator('h3:has-text("Your top five") + ol li')).toHaveText(['Sam Lee', 'Rosa Delgado']);
  await expect(step3.locator('.wb-answer').filter({ hasText: 'Notes on organizations' })).toContainText('City Archive');
  expect(await scrollsSideways(page)).toBe(false);
  const text = await markdownExport(page);
  expect(text).toContain(`Main goal: ${goal}`);
  expect(text).toContain(
    '### Targets\n\n- Talk to 3 people in UX research by Mon 15 February 2027.\n- Talk to 2 people at the city archive by Wed 31 March 2027.\n',
  );
  expect(text).toContain(
    '### Organizations, ranked\n\n1. **Birch Lab** — Interest: High · Alumni work there · Hiring now\n2. **Riverside Hospital** — Interest: High\n3. **City Archive** — Interest: Medium\n4. **Acme** — Interest: Not rated yet\n',
  );
  expect(text).toContain('### Top five\n\n- **Sam Lee**\n- **Rosa Delgado**');
  expect(text).toContain('Notes on organizations: Riverside Hospital\\\n  City Archive');
  await page.context().close();
});
