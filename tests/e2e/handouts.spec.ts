// Printed handouts: every step empty and filled, on Letter and A4 (page.pdf, pages counted in the
// PDF), with write-in lines and no words about the screen when empty, and QR codes that a decoder
// (jsQR) reads as the address of the worksheet itself.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { contextWithWorkbook, filledWorkbook, SITE_URL, stepPages } from '../fixtures/advisor-e2e';
import { readQr } from './qr-read';
import { hydrateEveryIsland } from './workbook-fixtures';

/** The margins browsers print with by default (Chrome: 0.4 inch), so counts match a real print. */
const PRINT_MARGINS = { top: '0.4in', right: '0.4in', bottom: '0.4in', left: '0.4in' };

/** Pages in a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** The page counts of the print of a page on A4 and Letter. */
async function printedPages(page: Page): Promise<{ A4: number; Letter: number }> {
  const count = async (format: 'A4' | 'Letter') => pdfPageCount(await page.pdf({ format, margin: PRINT_MARGINS }));
  return { A4: await count('A4'), Letter: await count('Letter') };
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

/** A page in a context with sharp screenshots (QR codes print at 2 cm), with or without the filled workbook. */
async function openPage(browser: Browser, filled: boolean) {
  const options = { deviceScaleFactor: 2 };
  const context = filled
    ? await contextWithWorkbook(browser, filledWorkbook, options)
    : await browser.newContext(options);
  return { context, page: await context.newPage() };
}

/** Where each step's handout QR code leads: its worksheet, or the section of its worksheets. */
const HANDOUT_TARGET: Readonly<Record<number, string>> = {
  1: '#network-map',
  2: '#places-to-meet',
  3: '#goals',
  4: '#pitch-builder',
  5: '#worksheet',
  6: '#worksheet',
  7: '#dashboard',
};

/** Words that point at the screen or describe an empty screen; an empty handout prints none of them. */
const SCREEN_WORDS =
  /\b(above|below|click|tap|button|choose them here|not started|no one (here|on your list|in your tracker) yet|no places chosen yet|nothing is due|in this browser|on screen)\b/i;

/**
 * Handouts known to run over two pages, with the reason. Each is expected to fail (test.fail), so
 * the suite says so the day it is fixed: then remove it from this list.
 */
const KNOWN_OVER: Readonly<Record<string, string>> = {};

for (const step of stepPages) {
  for (const state of ['empty', 'filled'] as const) {
    test(`step ${step.step} (${step.href}) prints on at most two pages, ${state}, A4 and Letter, with a QR code to its worksheet`, async ({
      browser,
    }) => {
      const known = KNOWN_OVER[`step ${step.step} ${state}`];
      test.fail(known !== undefined, known);
      const { context, page } = await openPage(browser, state === 'filled');
      await page.goto(step.href);
      await hydrateAll(page);
      await page.emulateMedia({ media: 'print' });

      // The handout: key points, the worksheet section and the address with its QR code.
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('.what-youll-do')).toBeVisible();
      await expect(page.locator('.heading-row:has(#worksheet)')).toBeVisible();
      const footer = page.locator('.print-footer');
      await expect(footer).toBeVisible();
      const url = `${SITE_URL}${step.href}${HANDOUT_TARGET[step.step ?? 0]}`;
      await expect(footer.locator('.print-url')).toHaveText(url);
      await expect(footer.getByRole('img')).toHaveAccessibleName(`QR code that opens ${url}`);
      expect(await readQr(footer.getByRole('img'))).toBe(url);
      // The teaching text stays online.
      await expect(page.locator('.heading-row:has(#why-it-matters)')).toBeHidden();
      await expect(page.locator('.heading-row:has(#common-mistakes)')).toBeHidden();
      if (step.step === 1) {
        const answer = page.getByText('Dana Ortiz').first();
        if (state === 'filled') await expect(answer).toBeVisible();
        else await expect(page.locator('#network-map .print-line').first()).toBeVisible();
      }

      if (state === 'empty') {
        // Room to write: lines and table cells, all visible on paper.
        const writeIn = page.locator('main :is(.print-line, .paper-table td)');
        const visible = await writeIn.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
        expect(visible, 'write-in lines and cells').toBeGreaterThanOrEqual(step.step === 2 ? 9 : 8);
        // And nothing that talks about the screen: the text as printed, so what print hides is left out.
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here.
        const text = await page.locator('main').innerText();
        expect(text.match(SCREEN_WORDS)?.[0], 'words about the screen').toBeUndefined();
      }

      const counts = await printedPages(page);
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

test('the empty paper worksheets: a tracker table of 8 rows, a thank-you outline, a rating table, a paper progress plan', async ({
  page,
}) => {
  await page.goto('/steps/follow-up/');
  await hydrateAll(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#contact-tracker .paper-table tbody tr')).toHaveCount(8);
  await expect(page.locator('#contact-tracker .paper-table th')).toHaveText([
    'Name',
    'How you know them',
    'Last contact',
    'Next contact',
    'Next step',
  ]);
  await expect(page.locator('#thank-you .paper .paper-label')).toHaveText([
    'To',
    'Your thanks',
    'One specific thing you learned',
    'What you will do with it',
  ]);
  await expect(page.locator('#thank-you .paper')).toContainText('End with “With thanks,” and your name.');

  await page.emulateMedia({ media: null });
  await page.goto('/steps/assess-your-goals/');
  await hydrateAll(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#goals .paper-table tbody tr')).toHaveCount(8);
  await page.emulateMedia({ media: null });
  await page.goto('/steps/repeat/');
  await hydrateAll(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#dashboard .paper-checks li')).toHaveText(
    stepPages.filter((s) => (s.step ?? 0) < 7).map((s) => `Step ${s.step}: ${s.title}`),
  );
  await expect(page.locator('#dashboard .dashboard')).toBeHidden();
});

test('a filled worksheet prints the answers, not the paper parts', async ({ browser }) => {
  const context = await contextWithWorkbook(browser, filledWorkbook);
  const page = await context.newPage();
  await page.goto('/steps/follow-up/');
  await hydrateAll(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#contact-tracker .ct-list')).toBeVisible();
  await expect(page.locator('#contact-tracker .paper')).toBeHidden();
  await expect(page.locator('#thank-you .paper')).toBeHidden();
  await page.emulateMedia({ media: null });
  await page.goto('/steps/repeat/');
  await hydrateAll(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#dashboard .dashboard')).toBeVisible();
  await expect(page.locator('#dashboard .paper')).toBeHidden();
  await context.close();
});

/** The worksheets that share their page with others: printed from their own link, each prints alone with its own QR code. */
const SHARED_PAGE_WORKSHEETS = [
  ['/steps/make-contact/', 'outreach'],
  ['/steps/make-contact/', 'interview-prep'],
  ['/steps/make-contact/', 'conversation-card'],
  ['/steps/make-contact/', 'interview-notes'],
  ['/steps/follow-up/', 'contact-tracker'],
  ['/steps/follow-up/', 'thank-you'],
] as const;

for (const [path, id] of SHARED_PAGE_WORKSHEETS) {
  test(`${path}#${id} prints alone, with a QR code that opens that worksheet`, async ({ browser }) => {
    const { context, page } = await openPage(browser, false);
    await page.goto(`${path}#${id}`);
    await hydrateAll(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(`#${id}`)).toBeVisible();
    for (const [otherPath, other] of SHARED_PAGE_WORKSHEETS)
      if (otherPath === path && other !== id) await expect(page.locator(`#${other}`)).toBeHidden();
    await expect(page.locator('.print-footer')).toBeHidden();
    const url = `${SITE_URL}${path}#${id}`;
    const code = page.locator(`#${id} .worksheet-qr img`);
    await expect(code).toBeVisible();
    await expect(code).toHaveAccessibleName(`QR code that opens ${url}`);
    // The code is a file loaded lazily: printing loads it.
    await expect.poll(() => code.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await readQr(code)).toBe(url);
    const counts = await printedPages(page);
    console.log(`handout ${path}#${id} alone: A4 ${counts.A4}, Letter ${counts.Letter}`);
    const most = id === 'conversation-card' ? 1 : 2;
    expect(counts.A4).toBeLessThanOrEqual(most);
    expect(counts.Letter).toBeLessThanOrEqual(most);
    await context.close();
  });
}

test('"Print the card" on the step page (not opened at the card) prints the card and its code on one page', async ({
  browser,
}) => {
  const { context, page } = await openPage(browser, false);
  await page.goto('/steps/make-contact/');
  const sheet = page.locator('#conversation-card');
  await sheet.scrollIntoViewIfNeeded();
  await expect(sheet.locator('astro-island')).not.toHaveAttribute('ssr');
  // The print dialog is replaced so the test can look at the print layout.
  await page.evaluate(() => {
    window.print = () => {};
  });
  const printCard = () => sheet.getByRole('button', { name: 'Print the card' }).click();
  await printCard();
  await page.emulateMedia({ media: 'print' });
  await expect(sheet.locator('.cc-card')).toBeVisible();
  await expect(page.locator('#outreach')).toBeHidden();
  const code = sheet.locator('.worksheet-qr img');
  await expect(code).toBeVisible();
  await expect.poll(() => code.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await readQr(code)).toBe(`${SITE_URL}/steps/make-contact/#conversation-card`);
  // Each print ends with "afterprint", which gives the page back its whole handout: press again for each.
  for (const format of ['A4', 'Letter'] as const) {
    await page.emulateMedia({ media: null });
    await printCard();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#outreach')).toBeHidden();
    expect(pdfPageCount(await page.pdf({ format, margin: PRINT_MARGINS })), format).toBe(1);
  }
  await context.close();
});

test('step 5 leaves the card and the notes out of its handout, and names them in the footer', async ({ page }) => {
  await page.goto('/steps/make-contact/');
  await page.emulateMedia({ media: 'print' });
  for (const id of ['conversation-card', 'interview-notes']) await expect(page.locator(`#${id}`)).toBeHidden();
  await expect(page.locator('#outreach')).toBeVisible();
  await expect(page.locator('.print-left-out')).toHaveText(
    'Printed on their own, from the step page: Your conversation card and Your interview notes.',
  );
});

test('a guide page that is not a step prints in full, with absolute link addresses and whole sample messages', async ({
  page,
}) => {
  await page.goto('/informational-interviews/reaching-out/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-footer')).toHaveCount(0);
  await expect(page.locator('.heading-row:has(#common-mistakes)')).toBeVisible();
  const link = page.locator('main .content a[href^="/"]:not(.heading-anchor)').first();
  const href = await link.getAttribute('href');
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${SITE_URL}${href})"`);
  const samples = page.locator('.callout.example');
  expect(await samples.count()).toBeGreaterThan(2);
  expect(await samples.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside))).toEqual(
    Array(await samples.count()).fill('avoid'),
  );
});

test('on screen, step pages show no handout footer, paper parts or worksheet QR codes', async ({ page }) => {
  await page.goto('/steps/follow-up/');
  await expect(page.locator('.print-footer')).toBeHidden();
  await expect(page.locator('.paper').first()).toBeHidden();
  await expect(page.locator('.worksheet-qr').first()).toBeHidden();
  await expect(page.locator('.heading-row:has(#why-it-matters)')).toBeVisible();
});

test('the advisor page prints as one sheet: each step and worksheet with a QR code that opens it', async ({
  browser,
}) => {
  const { context, page } = await openPage(browser, false);
  await page.goto('/advisors/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#plan-items')).toBeHidden();
  await expect(page.locator('#plan-link')).toBeHidden();
  const items = page.locator('.qr-sheet .qr-item');
  await expect(items).toHaveCount(18);
  for (const item of await items.all()) {
    const link = item.locator('a');
    const url = (await link.textContent()) ?? '';
    expect(url.startsWith(`${SITE_URL}/steps/`)).toBe(true);
    // Each address prints once: the link's own text is its address.
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    expect(await readQr(item.getByRole('img'))).toBe(url);
  }
  const counts = await printedPages(page);
  console.log(`advisor page printed: A4 ${counts.A4}, Letter ${counts.Letter}`);
  expect(counts.A4).toBeLessThanOrEqual(2);
  expect(counts.Letter).toBeLessThanOrEqual(2);
  await context.close();
});
