// Two tabs of one browser saving at the same moment: each tab's edit survives, in storage and on
// both screens, however close together the two saves are.
import { expect, type Page, test } from '@playwright/test';
import { timeoutFor } from '../slowdown';
import { contact, contextWithWorkbook, KEY, openWorksheetAt, startIslandsOf, workbook } from './workbook-fixtures';

/** Rounds of simultaneous saves in the first test. */
const ROUNDS = 8;

/** The stored workbook, parsed (null until something is stored). */
function stored(page: Page): Promise<{ goals: Record<string, unknown>; interviews: Array<Record<string, unknown>> }> {
  return page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? 'null'), KEY);
}

test('goals typed in one tab and questions in the other at the same moment are both kept, eight times over', async ({
  browser,
}) => {
  test.setTimeout(timeoutFor(2 + ROUNDS, 7_500)); // two pages and eight rounds of saves
  const context = await contextWithWorkbook(browser, workbook([contact('p_ana', 'Ana Souza')]));
  const a = await context.newPage();
  const b = await context.newPage();
  await openWorksheetAt(a, '/steps/assess-your-goals/', 'goals');
  await openWorksheetAt(b, '/steps/assess-your-goals/', 'goals');
  const fieldsIn = (page: Page) => page.locator('#goals').getByLabel(/Fields that interest you/);
  const questionsIn = (page: Page) => page.locator('#goals').getByLabel(/Questions you want answered/);

  for (let trial = 1; trial <= ROUNDS; trial++) {
    const fields = `Water policy, try ${trial}`;
    const questions = `What is a normal day like? Try ${trial}`;
    // Both tabs change at once, so both save 300 ms later, within a few milliseconds of each other.
    await Promise.all([fieldsIn(a).fill(fields), questionsIn(b).fill(questions)]);
    await expect.poll(async () => (await stored(a))?.goals).toMatchObject({ fields, questions });
    await expect(questionsIn(a)).toHaveValue(questions);
    await expect(fieldsIn(b)).toHaveValue(fields);
    await expect(fieldsIn(a)).toHaveValue(fields);
    await expect(questionsIn(b)).toHaveValue(questions);
  }
  await context.close();
});

test('notes started for one person in two tabs at the same moment end as one record with both texts', async ({
  browser,
}) => {
  test.setTimeout(timeoutFor(2, 30_000)); // two pages of the longest step
  const grace = contact('p_grace', 'Grace Kim', { status: 'reached-out', topFive: true, motivation: 3 });
  const context = await contextWithWorkbook(browser, workbook([grace]));
  const a = await context.newPage();
  const b = await context.newPage();
  for (const page of [a, b]) {
    await page.goto('/steps/make-contact/#interview-notes');
    await startIslandsOf(page, 'interview-notes');
    await expect(page.locator('#interview-notes').getByLabel('Notes on your talk with')).toHaveValue('p_grace');
  }
  const learned = (page: Page) => page.locator('#interview-notes').getByLabel(/^What you learned/);
  const fitsGoals = (page: Page) => page.locator('#interview-notes').getByLabel(/^How it fits your goals/);
  await expect(learned(a)).toHaveValue('');

  await Promise.all([
    learned(a).fill('Portfolios matter more than grades.'),
    fitsGoals(b).fill('Book design still fits my goals.'),
  ]);
  await expect
    .poll(async () => (await stored(a))?.interviews.map((n) => [n.contactId, n.learned, n.fit]))
    .toEqual([['p_grace', 'Portfolios matter more than grades.', 'Book design still fits my goals.']]);
  for (const page of [a, b]) {
    await expect(learned(page)).toHaveValue('Portfolios matter more than grades.');
    await expect(fitsGoals(page)).toHaveValue('Book design still fits my goals.');
  }
  await context.close();
});
