import { expect, type Page, test } from '@playwright/test';
import { contextWithWorkbook, filledWorkbook, SITE_URL, stepPages } from '../fixtures/advisor-e2e';
import { hydrateEveryIsland } from './workbook-fixtures';

/** The margins browsers print with by default (Chrome: 0.4 inch), so counts match a real print. */
const PRINT_MARGINS = { top: '0.4in', right: '0.4in', bottom: '0.4in', left: '0.4in' };

/** Pages in a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** Scrolls to every island so that each one hydrates and shows the saved answers. */
async function hydrateAll(page: Page): Promise<void> {
  await hydrateEveryIsland(page);
  await page.waitForLoadState('networkidle');
  // Saved answers fill in after hydration (sometimes after the validator loads): wait until the page stops growing.
  let last = -1;
  await expect
    .poll(
      async () => {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const stable = height === last;
        last = height;
        return stable;
      },
      { intervals: [300, 300, 300, 500, 1000] },
    )
    .toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Handouts known to run over two pages, with the reason. Each is expected to fail (test.fail), so
 * the suite says so the day it is fixed: then remove it from this list.
 */
const KNOWN_OVER: Readonly<Record<string, string>> = {};

for (const step of stepPages) {
  for (const state of ['empty', 'filled'] as const) {
    test(`step ${step.step} (${step.href}) prints on at most two pages, ${state}, A4 and Letter`, async ({
      browser,
    }) => {
      const known = KNOWN_OVER[`step ${step.step} ${state}`];
      test.fail(known !== undefined, known);
      const context =
        state === 'filled' ? await contextWithWorkbook(browser, filledWorkbook) : await browser.newContext();
      const page = await context.newPage();
      await page.goto(step.href);
      await hydrateAll(page);
      await page.emulateMedia({ media: 'print' });

      // The handout: key points, the worksheet section and the address with its QR code.
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('.what-youll-do')).toBeVisible();
      await expect(page.locator('.heading-row:has(#worksheet)')).toBeVisible();
      const footer = page.locator('.print-footer');
      await expect(footer).toBeVisible();
      await expect(footer.locator('.print-url')).toHaveText(`${SITE_URL}${step.href}`);
      await expect(footer.getByRole('img')).toHaveAccessibleName(`QR code that opens ${SITE_URL}${step.href}`);
      // The teaching text stays online.
      await expect(page.locator('.heading-row:has(#why-it-matters)')).toBeHidden();
      await expect(page.locator('.heading-row:has(#common-mistakes)')).toBeHidden();
      if (step.step === 1) {
        const answer = page.getByText('Dana Ortiz').first();
        if (state === 'filled') await expect(answer).toBeVisible();
        else await expect(page.locator('#network-map .print-line').first()).toBeVisible();
      }

      const counts: Record<string, number> = {};
      for (const format of ['A4', 'Letter'] as const)
        counts[format] = pdfPageCount(await page.pdf({ format, margin: PRINT_MARGINS }));
      const summary = `step ${step.step} ${state}: A4 ${counts.A4}, Letter ${counts.Letter}`;
      test.info().annotations.push({ type: 'pages', description: summary });
      console.log(`handout ${summary}`);
      for (const format of ['A4', 'Letter'] as const) {
        expect(counts[format], `${format} pages`).toBeGreaterThan(0);
        expect(counts[format], `${format} pages`).toBeLessThanOrEqual(2);
      }
      await context.close();
    });
  }
}

for (const id of ['conversation-card', 'interview-notes'] as const) {
  test(`step 5 leaves the ${id} worksheet out of its handout, and prints it alone from its own link`, async ({
    page,
  }) => {
    await page.goto('/steps/make-contact/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(`#${id}`)).toBeHidden();
    await expect(page.locator('#outreach')).toBeVisible();
    await expect(page.locator('.print-left-out')).toContainText(`${SITE_URL}/steps/make-contact/#${id}`);

    await page.goto(`/steps/make-contact/#${id}`);
    await expect(page.locator(`#${id}`)).toBeVisible();
    await expect(page.locator('#outreach')).toBeHidden();
    await expect(page.locator('.print-left-out')).toBeHidden();
    for (const format of ['A4', 'Letter'] as const) {
      const pages = pdfPageCount(await page.pdf({ format, margin: PRINT_MARGINS }));
      console.log(`handout step 5 #${id} alone: ${format} ${pages}`);
      expect(pages).toBeLessThanOrEqual(2);
    }
  });
}

test('a guide page that is not a step prints in full, without the handout footer', async ({ page }) => {
  await page.goto('/informational-interviews/preparing/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-footer')).toHaveCount(0);
  await expect(page.locator('.heading-row:has(#common-mistakes)')).toBeVisible();
});

test('on screen, step pages show no handout footer', async ({ page }) => {
  await page.goto(stepPages[0]?.href ?? '/');
  await expect(page.locator('.print-footer')).toBeHidden();
  await expect(page.locator('.heading-row:has(#why-it-matters)')).toBeVisible();
});
