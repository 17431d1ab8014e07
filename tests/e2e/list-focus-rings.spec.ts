// Long lists let rows off screen skip layout and paint (content-visibility: auto). That also clips
// what a row paints outside its box, so each such row keeps room for the focus ring of a control at
// its edge (3 px of outline 2 px away, src/styles/global.css): a keyboard user always sees where they are.
import { expect, test } from '@playwright/test';
import { contextWithWorkbook, manyContacts, openWorksheetAt, workbook } from './workbook-fixtures';

const organizations = ['Acme', 'Birch Lab', 'City Archive'].map((name, i) => ({
  id: `o${i}`,
  name,
  alumni: false,
  advocacy: false,
  motivation: 0,
  posting: false,
}));
const SAVED = workbook(manyContacts(12), {
  goals: { wants: [], fields: '', organizations: '', questions: '', orgList: organizations },
});

/** The room each row that skips painting off screen leaves around its box, by row: the least of its four sides. */
const roomAround = (rows: Element[]) =>
  rows
    .filter((row) => getComputedStyle(row).contentVisibility === 'auto')
    .map((row) => {
      const style = getComputedStyle(row);
      const margin = Number.parseFloat(style.overflowClipMargin) || 0;
      const sides = ['Top', 'Right', 'Bottom', 'Left'].map(
        (side) => Number.parseFloat(style.getPropertyValue(`padding-${side.toLowerCase()}`)) + margin,
      );
      return [row.className, Math.min(...sides)] as const;
    });

for (const [path, id, rows] of [
  ['/steps/assess-your-goals/', 'goals', '.org-row, .rate-person'],
  ['/steps/identify-your-networks/', 'network-map', '.entry'],
  ['/steps/follow-up/', 'contact-tracker', '.ct-card'],
] as const) {
  test(`the rows of #${id} that skip painting off screen leave room for a focus ring`, async ({ browser }) => {
    const context = await contextWithWorkbook(browser, SAVED);
    const page = await context.newPage();
    await openWorksheetAt(page, path, id);
    const list = page.locator(`#${id}`).locator(rows);
    await expect(list.first()).toBeVisible();
    const room = await list.evaluateAll(roomAround);
    expect(room.length).toBeGreaterThan(0);
    for (const [name, px] of room) expect(px, name).toBeGreaterThanOrEqual(5);
    await context.close();
  });
}
