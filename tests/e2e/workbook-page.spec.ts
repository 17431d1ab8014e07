// My workbook: downloads, restoring a backup (and refusing bad files), clearing, and student text
// that looks like HTML staying text everywhere.
import { expect, type Page, test } from '@playwright/test';
import { ADDED_FIELD_DEFAULTS, ADDED_GOAL_DEFAULTS } from '../../src/workbook/fixtures/added-fields';
import {
  addPerson,
  contact,
  contextWithWorkbook,
  downloadText,
  networkMap,
  openNetworkMap,
  openWorkbookPage,
  shownNames,
  storedNames,
  storedRaw,
  TEST_NOON,
  TEST_TODAY,
  waitForHydration,
  workbook,
} from './workbook-fixtures';

const SEEDED = workbook([
  contact('p_ana', 'Ana Souza', { notes: 'Runs the water lab.' }),
  contact('p_ben', 'Ben Okafor', { circleId: 'family' }),
  contact('p_carla', 'Carla Mendes', { circleId: 'activities' }),
]);

const step1Names = (page: Page) => page.locator('.wb-section').first().locator('li strong');
const restoreError = (page: Page) => page.locator('#wb-file-error');

/** A backup file's text, as the site writes it. */
function backupText(data: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    app: 'networking-guide',
    schemaVersion: 1,
    exportedAt: '2025-03-02T09:00:00.000Z',
    data,
    ...extra,
  });
}

/** Chooses a file in the restore field. */
function chooseFile(page: Page, name: string, text: string | Buffer) {
  const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return page.setInputFiles('#wb-file', { name, mimeType: 'application/json', buffer });
}

/** A page on My workbook, in a context whose storage holds SEEDED. */
const seeded = test.extend<{ mine: Page }>({
  mine: async ({ browser }, use) => {
    const context = await contextWithWorkbook(browser, SEEDED);
    const page = await context.newPage();
    await openWorkbookPage(page);
    await expect(step1Names(page)).toHaveText(['Ana Souza', 'Ben Okafor', 'Carla Mendes']);
    await use(page);
    await context.close();
  },
});

seeded.describe('with a workbook of three people', () => {
  seeded('"Download backup" gives the versioned backup file with the people', async ({ mine: page }) => {
    // The file says when it was made: the page's clock is fixed, so the time is known exactly.
    await page.clock.setFixedTime(TEST_NOON);
    const file = await downloadText(page, () => page.getByRole('button', { name: 'Download backup (JSON)' }).click());
    expect(file.name).toBe(`networking-workbook-${TEST_TODAY}.json`);
    const backup = JSON.parse(file.text);
    expect(Object.keys(backup).sort()).toEqual(['app', 'data', 'exportedAt', 'schemaVersion']);
    expect(backup.app).toBe('networking-guide');
    expect(backup.schemaVersion).toBe(1);
    expect(backup.exportedAt).toBe(TEST_NOON.toISOString());
    expect(backup.data.contacts.map((c: { name: string }) => c.name)).toEqual([
      'Ana Souza',
      'Ben Okafor',
      'Carla Mendes',
    ]);
    // The saved workbook as loaded: stored before the parts added since (fixtures/added-fields.ts),
    // it has their empty values.
    const stored = JSON.parse((await storedRaw(page)) ?? 'null');
    expect(backup.data).toEqual({
      ...ADDED_FIELD_DEFAULTS,
      ...stored,
      goals: { ...stored.goals, ...ADDED_GOAL_DEFAULTS },
    });
  });

  seeded('"Download as text (Markdown)" gives Markdown with the people', async ({ mine: page }) => {
    const file = await downloadText(page, () =>
      page.getByRole('button', { name: 'Download as text (Markdown)' }).click(),
    );
    expect(file.name).toMatch(/^networking-workbook-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file.text).toMatch(/^# .+: my networking workbook\n/);
    expect(file.text).toContain('## Step 1: Identify your networks');
    expect(file.text).toContain('### Work and internships\n\n- **Ana Souza**\\\n  Notes: Runs the water lab.');
    expect(file.text).toContain('### Family and friends\n\n- **Ben Okafor**');
    expect(file.text).toContain('### Activities and hobbies\n\n- **Carla Mendes**');
  });

  const refusals: Array<{ what: string; name: string; text: () => string; message: RegExp }> = [
    {
      what: 'a file that is not JSON',
      name: 'notes.json',
      text: () => 'these are my notes, not a backup {',
      message: /“notes\.json” cannot be restored: This file could not be read as a backup\./,
    },
    {
      what: 'a file over 5 MiB',
      name: 'huge.json',
      text: () => backupText(workbook([]), { padding: 'x'.repeat(5 * 1024 * 1024) }),
      message: /“huge\.json” is too large to be a backup of this workbook \(over 5 MB\)\. Nothing was changed\./,
    },
    {
      what: 'a backup of which nothing can be read',
      name: 'damaged.json',
      text: () => backupText(workbook([{ ...contact('p_x', 'X'), name: 42 }])),
      message: /“damaged\.json” cannot be restored: This backup is damaged: nothing in it could be read\./,
    },
    {
      what: 'a backup from a newer version',
      name: 'newer.json',
      text: () =>
        backupText({ ...workbook([contact('p_x', 'From the future')]), schemaVersion: 99 }, { schemaVersion: 99 }),
      message: /“newer\.json” cannot be restored: This backup was made by a newer version of this site\./,
    },
    {
      what: 'a backup carrying a __proto__ key',
      name: 'proto.json',
      text: () =>
        backupText(workbook([contact('p_x', 'Mallory')])).replace(
          '"schemaVersion":1,"updatedAt"',
          '"schemaVersion":1,"__proto__":{"polluted":"yes"},"updatedAt"',
        ),
      message: /“proto\.json” cannot be restored: This file contains a field named “__proto__”/,
    },
  ];

  for (const refusal of refusals) {
    seeded(`restoring ${refusal.what} is refused and changes nothing`, async ({ mine: page }) => {
      const before = await storedRaw(page);
      expect(before).not.toBeNull();
      await chooseFile(page, refusal.name, refusal.text());
      await expect(restoreError(page)).toHaveText(refusal.message);
      // The message is said once, with one "Nothing was changed.".
      expect((await restoreError(page).textContent())?.match(/Nothing was changed\./g)).toHaveLength(1);
      await expect(page.getByRole('button', { name: 'Replace my workbook' })).toHaveCount(0);
      await expect(step1Names(page)).toHaveText(['Ana Souza', 'Ben Okafor', 'Carla Mendes']);
      expect(await storedRaw(page)).toBe(before);
      expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    });
  }

  seeded(
    'a valid backup shows what it will replace; Cancel keeps everything; confirming restores it',
    async ({ mine: page }) => {
      const before = await storedRaw(page);
      const backup = workbook(
        [contact('p_dina', 'Dina Haddad', { circleId: 'c_vol' }), contact('p_eli', 'Eli Brown')],
        {
          circles: [
            { id: 'work', name: 'Work and internships', builtIn: true },
            { id: 'family', name: 'Family and friends', builtIn: true },
            { id: 'activities', name: 'Activities and hobbies', builtIn: true },
            { id: 'c_vol', name: 'Volunteering', builtIn: false },
          ],
          pitches: [
            {
              id: 'pitch_1',
              name: 'For recruiters',
              audience: 'recruiter',
              now: 'I study biology.',
              past: '',
              future: '',
              ask: '',
              updatedAt: '2025-03-01T12:00:00.000Z',
            },
          ],
        },
      );
      const confirm = page.locator('.notice').filter({ hasText: 'Replace your workbook with' });

      await chooseFile(page, 'my-backup.json', backupText(backup));
      await expect(confirm).toContainText('Replace your workbook with “my-backup.json”?');
      await expect(confirm).toContainText('This browser now holds: 3 people.');
      await expect(confirm).toContainText('The backup holds: 2 people, 1 circle, 1 pitch version.');
      await expect(restoreError(page)).toHaveCount(0);
      expect(await storedRaw(page)).toBe(before);

      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await expect(confirm).toHaveCount(0);
      await expect(step1Names(page)).toHaveText(['Ana Souza', 'Ben Okafor', 'Carla Mendes']);
      expect(await storedRaw(page)).toBe(before);
      await expect(page.locator('#wb-file')).toHaveValue('');

      await chooseFile(page, 'my-backup.json', backupText(backup));
      await confirm.getByRole('button', { name: 'Replace my workbook' }).click();
      await expect(confirm).toHaveCount(0);
      await expect(step1Names(page)).toHaveText(['Eli Brown', 'Dina Haddad']);
      await expect(page.locator('.wb-section').first().locator('h3')).toHaveText([
        'Work and internships (1)',
        'Volunteering (1)',
      ]);
      await expect.poll(() => storedNames(page)).toEqual(['Dina Haddad', 'Eli Brown']);
      const stored = JSON.parse((await storedRaw(page)) ?? '{}');
      expect(stored.pitches).toEqual(backup.pitches);

      await openNetworkMap(page);
      await expect(shownNames(page)).toHaveText(['Eli Brown', 'Dina Haddad']);
    },
  );

  seeded(
    '"Clear my data" asks first; Cancel keeps everything; confirming empties the workbook',
    async ({ mine: page }) => {
      const before = await storedRaw(page);
      const confirm = page.locator('.notice').filter({ hasText: 'Delete everything you wrote from this browser?' });

      await page.getByRole('button', { name: 'Clear my data' }).click();
      await expect(confirm).toContainText('This removes: 3 people.');
      expect(await storedRaw(page)).toBe(before);
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await expect(confirm).toHaveCount(0);
      await expect(step1Names(page)).toHaveText(['Ana Souza', 'Ben Okafor', 'Carla Mendes']);
      expect(await storedRaw(page)).toBe(before);

      await page.getByRole('button', { name: 'Clear my data' }).click();
      await confirm.getByRole('button', { name: 'Yes, delete everything' }).click();
      await expect(confirm).toHaveCount(0);
      await expect(step1Names(page)).toHaveCount(0);
      await expect(page.locator('.wb-section').first()).toContainText('Nothing written yet.');
      await expect(page.locator('.save-status')).toHaveText('Your workbook was cleared on this device.');
      expect(await storedRaw(page)).toBeNull();

      await openWorkbookPage(page);
      await expect(page.locator('.wb-section').first()).toContainText('Nothing written yet.');
    },
  );
});

test('text that looks like HTML or script stays text on the worksheet, on My workbook and in the Markdown', async ({
  page,
}) => {
  const name = '<img src=x onerror="window.__xss=1">';
  const notes = '<script>window.__xss=1</script>';
  const xss = () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

  await openNetworkMap(page);
  await addPerson(page, name);
  await networkMap(page)
    .getByRole('button', { name: `Edit ${name}` })
    .click();
  await networkMap(page).getByLabel('Notes').fill(notes);
  await networkMap(page).getByRole('button', { name: 'Done' }).click();
  await expect(shownNames(page)).toHaveText([name]);
  await expect(networkMap(page).locator('.entry-detail')).toHaveText([notes]);
  await expect(networkMap(page).locator('img')).toHaveCount(0);
  await expect(networkMap(page).locator('.entry script')).toHaveCount(0);
  await expect.poll(() => storedNames(page)).toEqual([name]);
  expect(await xss()).toBeUndefined();

  await openWorkbookPage(page);
  const view = page.locator('.wb-view');
  await expect(view.locator('li strong')).toHaveText([name]);
  await expect(view.locator('.wb-notes')).toHaveText([notes]);
  await expect(view.locator('img')).toHaveCount(0);
  await expect(view.locator('script')).toHaveCount(0);

  const file = await downloadText(page, () =>
    page.getByRole('button', { name: 'Download as text (Markdown)' }).click(),
  );
  expect(file.text).toContain('- **\\<img src=x onerror="window.\\_\\_xss=1"\\>**');
  expect(file.text).toContain('Notes: \\<script\\>window.\\_\\_xss=1\\</script\\>');
  expect(file.text).not.toMatch(/(^|[^\\])<(img|script|\/script)/m);
  expect(await xss()).toBeUndefined();
});

test('My workbook shows follow-ups with due dates in words and the composed thank-you', async ({ browser }) => {
  const doc = workbook(
    [
      contact('p_ana', 'Ana Souza', { status: 'met', metAt: '2020-01-06', nextContactAt: '2020-01-08' }),
      contact('p_ben', 'Ben Okafor'),
    ],
    {
      thankYous: [
        {
          id: 't_ana',
          contactId: 'p_ana',
          learned: 'the lab hires in spring',
          action: 'apply in March',
          thanks: '',
          sentAt: '',
        },
      ],
    },
  );
  const context = await contextWithWorkbook(browser, doc);
  const page = await context.newPage();
  await openWorkbookPage(page);
  const step6 = page.locator('section[aria-labelledby="wb-contact-tracker"]');
  await expect(step6.locator('li').filter({ hasText: 'Ana Souza' })).toContainText(
    /Met; next contact .*2020 \(overdue by \d+ days\); thank-you .*2020 \(overdue by \d+ days\)/,
  );
  await expect(step6.locator('li').filter({ hasText: 'Ben Okafor' })).toHaveCount(0);
  await expect(step6.getByRole('heading', { name: 'Thank-you to Ana Souza: not sent yet' })).toBeVisible();
  await expect(step6.locator('.wb-notes')).toContainText('the lab hires in spring');
  await context.close();
});

test('a backup, a text copy or a move asked for while the saved workbook is still loading holds the saved workbook', async ({
  browser,
}) => {
  const context = await contextWithWorkbook(browser, SEEDED);
  const page = await context.newPage();
  // The saved workbook (written without the site's checksum) is read with the validator, fetched
  // on demand: hold it back, as a slow network would, so the page is on screen before it is loaded.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/read-workbook\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const validatorAsked = page.waitForRequest(/\/read-workbook\.[\w-]+\.js$/);
  await page.goto('/workbook/');
  await waitForHydration(page);
  await validatorAsked;
  const names = ['Ana Souza', 'Ben Okafor', 'Carla Mendes'];
  const backup = await downloadText(page, async () => {
    await page.getByRole('button', { name: 'Download backup (JSON)' }).click();
    await page.getByRole('button', { name: 'Move my workbook' }).click();
    release();
  });
  expect(JSON.parse(backup.text).data.contacts.map((c: { name: string }) => c.name)).toEqual(names);
  const text = await downloadText(page, () =>
    page.getByRole('button', { name: 'Download as text (Markdown)' }).click(),
  );
  for (const name of names) expect(text.text).toContain(name);
  // The move panel opens once the workbook is loaded, so what it locks is the saved workbook.
  await expect(page.getByRole('heading', { name: 'Lock your workbook with a code' })).toBeVisible();
  await context.close();
});
