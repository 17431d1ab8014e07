// The workbook open in two tabs of one browser: changes travel between them, concurrent edits to
// different things are both kept, and clearing in one tab empties the other.
import { expect, type Page, test } from '@playwright/test';
import {
  addPerson,
  contact,
  contextWithWorkbook,
  KEY,
  networkMap,
  openNetworkMap,
  openWorkbookPage,
  shownNames,
  storedContact,
  storedNames,
  storedRaw,
  workbook,
} from './workbook-fixtures';

const statusLine = (page: Page) => networkMap(page).locator('.save-status');

test('a person added in one tab shows in the other within a second', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openNetworkMap(a);
  await openNetworkMap(b);

  await addPerson(a, 'Ana Souza');
  await expect(shownNames(b)).toHaveText(['Ana Souza'], { timeout: 1_000 });
  await addPerson(b, 'Ben Okafor');
  await expect(shownNames(a)).toHaveText(['Ana Souza', 'Ben Okafor'], { timeout: 1_000 });
  await expect.poll(() => storedNames(a)).toEqual(['Ana Souza', 'Ben Okafor']);
});

test('edits to different things in two tabs at once are both kept, in storage and on both screens', async ({
  browser,
}) => {
  const context = await contextWithWorkbook(browser, workbook([contact('p_xavier', 'Xavier Lee')]));
  const a = await context.newPage();
  const b = await context.newPage();
  await openNetworkMap(a);
  await openNetworkMap(b);
  await expect(shownNames(b)).toHaveText(['Xavier Lee']);

  await networkMap(a).getByRole('button', { name: 'Edit Xavier Lee' }).click();
  const notes = networkMap(a).getByLabel('Notes');
  // Tab A changes Xavier's notes; before A's save is due (300 ms later), tab B adds Yara and
  // saves at once (leaving a page saves immediately), so B's write reaches A while A's edit is unsaved.
  await notes.fill('Met at the spring career fair.');
  await addPerson(b, 'Yara Diaz');
  await b.evaluate(() => window.dispatchEvent(new Event('pagehide')));

  await expect
    .poll(async () => ({ names: await storedNames(a), notes: (await storedContact(a, 'Xavier Lee'))?.notes }))
    .toEqual({ names: ['Xavier Lee', 'Yara Diaz'], notes: 'Met at the spring career fair.' });

  // Tab A: still editing, the text is intact and the new person from B is listed.
  await expect(notes).toHaveValue('Met at the spring career fair.');
  await expect(shownNames(a)).toHaveText(['Yara Diaz']); // Xavier's row is open in the editor
  await networkMap(a).getByRole('button', { name: 'Done' }).click();
  await expect(shownNames(a)).toHaveText(['Xavier Lee', 'Yara Diaz']);
  await expect(networkMap(a).locator('.entry-detail')).toHaveText(['Met at the spring career fair.']);
  // Tab B: shows A's note beside its own new person.
  await expect(shownNames(b)).toHaveText(['Xavier Lee', 'Yara Diaz']);
  await expect(networkMap(b).locator('.entry-detail')).toHaveText(['Met at the spring career fair.']);
  await expect(statusLine(a)).toHaveText('Saved on this device.');
  await context.close();
});

test('typing notes in one tab while another tab adds a person: focus and keystrokes stay in the notes', async ({
  browser,
}) => {
  const context = await contextWithWorkbook(browser, workbook([contact('p_xavier', 'Xavier Lee')]));
  const a = await context.newPage();
  const b = await context.newPage();
  await openNetworkMap(a);
  await openNetworkMap(b);

  await networkMap(a).getByRole('button', { name: 'Edit Xavier Lee' }).click();
  const notes = networkMap(a).getByLabel('Notes');
  await notes.focus();
  await a.keyboard.type('Works at the river trust. ');
  await expect.poll(async () => (await storedContact(a, 'Xavier Lee'))?.notes).toBe('Works at the river trust. ');
  await addPerson(b, 'Yara Diaz');
  await expect(shownNames(a)).toHaveText(['Yara Diaz']);
  // The student keeps typing where they were: the keystrokes must still go into the notes.
  await expect.soft(notes).toBeFocused();
  await a.keyboard.type('Ask about internships.');

  const text = 'Works at the river trust. Ask about internships.';
  await expect(notes).toHaveValue(text);
  await expect.poll(async () => (await storedContact(b, 'Xavier Lee'))?.notes).toBe(text);
  await expect(networkMap(b).locator('.entry-detail')).toHaveText([text]);
  expect(await storedNames(b)).toEqual(['Xavier Lee', 'Yara Diaz']);
  // Nothing leaked into the other fields: the person's name and the "add a person" field are unchanged.
  await expect(networkMap(a).locator('#nm-p_xavier-name')).toHaveValue('Xavier Lee');
  await expect(networkMap(a).locator('#nm-name')).toHaveValue('');
  await context.close();
});

test('"Clear my data" in one tab empties the worksheet open in another', async ({ browser }) => {
  const context = await contextWithWorkbook(
    browser,
    workbook([contact('p_ana', 'Ana Souza'), contact('p_ben', 'Ben Okafor')]),
  );
  const worksheet = await context.newPage();
  const mine = await context.newPage();
  await openNetworkMap(worksheet);
  await expect(shownNames(worksheet)).toHaveText(['Ana Souza', 'Ben Okafor']);
  await openWorkbookPage(mine);

  await mine.getByRole('button', { name: 'Clear my data' }).click();
  await mine.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(mine.locator('.wb-section').first()).toContainText('Nothing written yet.');
  expect(await storedRaw(mine)).toBeNull();

  await expect(shownNames(worksheet)).toHaveCount(0);
  await expect(networkMap(worksheet).locator('.totals')).toHaveText('No one on your list yet.');
  await expect(statusLine(worksheet)).toHaveText('Your workbook was cleared in another tab.');

  // The other tab does not bring the cleared people back with its next save.
  await addPerson(worksheet, 'Zoe Park');
  await expect.poll(() => storedNames(worksheet)).toEqual(['Zoe Park']);
  await expect(mine.locator('.wb-section').first().locator('li strong')).toHaveText(['Zoe Park']);
  expect(await mine.evaluate((k) => window.localStorage.getItem(k) !== null, KEY)).toBe(true);
  await context.close();
});
