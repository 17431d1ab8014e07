import { expect, test } from '@playwright/test';
import {
  contextWithWorkbook,
  layoutShift,
  manyContacts,
  WORKBOOK_PAGE,
  waitForHydration,
  workbook,
} from './workbook-fixtures';

// A worksheet starts with the empty workbook (as the server drew it), then shows the saved one.
// Nothing in view may move when that happens: the save status line is in the server HTML, and
// lines whose text changes keep room for two lines on phones (Lighthouse measured a CLS of 0.42
// on the tracker before). "No shift" means a CLS that Lighthouse would show as 0.000.

const TRACKER = '/steps/follow-up/#contact-tracker';
const NETWORK_MAP = '/steps/identify-your-networks/#network-map';

for (const width of [320, 412]) {
  test(`the contact tracker with 50 saved people does not move when it starts on a ${width} px phone`, async ({
    browser,
  }) => {
    const context = await contextWithWorkbook(browser, workbook(manyContacts(50)));
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 823 });
    await page.goto(TRACKER);
    // Only the tracker is in view, so only it starts (the thank-you builder below waits), all but its downloads,
    // which are an island of their own below the list.
    await expect(page.locator('#contact-tracker astro-island[ssr]:not(:has(.ct-exports))')).toHaveCount(0);
    await expect(page.locator('#contact-tracker .ct-card')).toHaveCount(50);
    await expect(page.locator('#contact-tracker .save-status')).toHaveText(/\S/);
    expect(await layoutShift(page)).toBeLessThan(0.0005);
    await context.close();
  });

  test(`My workbook with 50 saved people does not move when it starts on a ${width} px phone`, async ({ browser }) => {
    const context = await contextWithWorkbook(browser, workbook(manyContacts(50)));
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 823 });
    await page.goto(WORKBOOK_PAGE);
    await waitForHydration(page);
    await expect(page.getByText('Person 49 Example', { exact: true })).toBeAttached();
    await expect(page.locator('.workbook-page .save-status')).toHaveText(/\S/);
    expect(await layoutShift(page)).toBeLessThan(0.0005);
    await context.close();
  });

  test(`the network map with 50 saved people does not move when it starts on a ${width} px phone`, async ({
    browser,
  }) => {
    const context = await contextWithWorkbook(browser, workbook(manyContacts(50)));
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 823 });
    await page.goto(NETWORK_MAP);
    await waitForHydration(page);
    await expect(page.locator('#network-map .entry-name')).toHaveCount(50);
    expect(await layoutShift(page)).toBeLessThan(0.0005);
    await context.close();
  });
}
