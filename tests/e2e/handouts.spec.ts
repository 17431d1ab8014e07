// Printed handouts. Each step page is opened once empty and once filled in (one test each); every
// check of that print is a labelled soft expectation, so a failure names the step, the state and
// every check it failed:
//   - on screen (empty): no handout footer, paper parts or worksheet QR codes;
//   - the handout: title, "What you'll do", the worksheet, the footer with its absolute address and
//     a QR code that a decoder (jsQR) reads as the address of the step's worksheet;
//   - empty: write-in lines and boxes (each step's paper parts) and no words about the screen;
//     filled: the student's answers and no paper parts;
//   - pages counted in the PDF (page.pdf) on A4 and Letter: at most two (three for steps 1 and 3),
//     the conversation card one;
//   - worksheets that share a step page, printed from their own link, print alone with their own code.
// Then a guide page that is not a step, and the advisor page's one-sheet print.
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { contextWithWorkbook, filledWorkbook, SITE_URL, stepPages } from '../fixtures/advisor-e2e';
import { timeoutFor } from '../slowdown';
import { hydrateAllIslands } from './page-watch';
import { readQr } from './qr-read';

/** The margins browsers print with by default (Chrome: 0.4 inch), so counts match a real print. */
const PRINT_MARGINS = { top: '0.4in', right: '0.4in', bottom: '0.4in', left: '0.4in' };
const FORMATS = ['A4', 'Letter'] as const;

/** Pages in a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** The number of pages the page prints on, in one paper format. */
async function printedPages(page: Page, format: (typeof FORMATS)[number]): Promise<number> {
  return pdfPageCount(await page.pdf({ format, margin: PRINT_MARGINS }));
}

/** A page in a context with sharp screenshots (QR codes print at 2 cm), with or without the filled workbook. */
async function openPage(browser: Browser, filled: boolean) {
  const options = { deviceScaleFactor: 2 };
  const context = filled
    ? await contextWithWorkbook(browser, filledWorkbook, options)
    : await browser.newContext(options);
  return { context, page: await context.newPage() };
}

/** The text of a printed QR code (a handout's footer, a worksheet's own), once printing has loaded its image (it loads lazily). */
async function printedQrText(code: Locator): Promise<string | undefined> {
  await code.scrollIntoViewIfNeeded();
  await expect.poll(() => code.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  return readQr(code);
}

/** What each step's handout holds: where its QR code leads, and what shows that saved answers are drawn. */
interface StepPrint {
  /** The part of the step's address its handout QR code opens: its worksheet, or the section of its worksheets. */
  target: string;
  /** Text the filled-in workbook shows on paper, with the part of the page it shows in. */
  answers: readonly (readonly [selector: string, text: string])[];
  /** Write-in lines and table cells an empty handout has at least. */
  writeIn: number;
  /** The worksheets sharing this page, each printed alone from its own link. */
  alone?: readonly string[];
  /** The checks of this step's empty paper worksheet. */
  paper?: (page: Page) => Promise<void>;
  /** The most pages it prints on, A4 or Letter, when not two. */
  pages?: number;
}

const STEPS: Readonly<Record<number, StepPrint>> = {
  1: {
    target: '#network-map',
    answers: [['#network-map', 'Dana Ortiz']],
    writeIn: 21,
    // The five circles of the page's table have room for three names each, and six lines for circles
    // of the student's own: with them the step prints on three pages.
    pages: 3,
    paper: async (page) => {
      expect.soft(await visibleCount(page.locator('#network-map .print-line')), 'network map: 21 lines').toBe(21);
    },
  },
  2: {
    target: '#places-to-meet',
    answers: [['#places-to-meet', 'Talk to two hospital recruiters.']],
    writeIn: 9,
  },
  3: {
    target: '#goals',
    answers: [['#goals', 'Dana Ortiz']],
    writeIn: 8,
    // The goal sentence, dated targets and the ranked list of organizations come before the ratings.
    pages: 3,
    paper: async (page) => {
      await expect.soft(page.locator('#goals .paper-table tbody tr'), 'goals: a rating table of 8 rows').toHaveCount(8);
    },
  },
  4: {
    target: '#pitch-builder',
    answers: [['#pitch-builder', 'second-year biology student']],
    writeIn: 8,
  },
  5: {
    target: '#worksheet',
    // The message to the first person on the list (the step prints one message).
    answers: [['#outreach', 'Status: ']],
    writeIn: 8,
    alone: ['outreach', 'interview-prep', 'conversation-card', 'interview-notes'],
  },
  6: {
    target: '#worksheet',
    answers: [
      ['#contact-tracker .ct-list', 'Dana Ortiz'],
      ['#thank-you', 'How clinics hire students.'],
    ],
    writeIn: 8,
    alone: ['contact-tracker', 'thank-you'],
    paper: async (page) => {
      await expect
        .soft(page.locator('#contact-tracker .paper-table tbody tr'), 'tracker: a table of 8 rows')
        .toHaveCount(8);
      await expect
        .soft(page.locator('#contact-tracker .paper-table th'), 'tracker: the columns')
        .toHaveText(['Name', 'How you know them', 'Last contact', 'Next contact', 'Next step']);
      await expect
        .soft(page.locator('#thank-you .paper .paper-label'), 'thank-you: the outline')
        .toHaveText(['To', 'Your thanks', 'One specific thing you learned', 'What you will do with it']);
      await expect
        .soft(page.locator('#thank-you .paper'), 'thank-you: how to end')
        .toContainText('End with “Best wishes,” or your own sign-off, and your name.');
    },
  },
  7: {
    target: '#dashboard',
    answers: [['#dashboard .dashboard', 'Step 1']],
    writeIn: 8,
    paper: async (page) => {
      await expect
        .soft(page.locator('#dashboard .paper-checks li'), 'dashboard: a paper progress plan')
        .toHaveText(stepPages.filter((s) => (s.step ?? 0) < 7).map((s) => `Step ${s.step}: ${s.title}`));
      await expect.soft(page.locator('#dashboard .dashboard'), 'dashboard: no "Not started" board').toBeHidden();
    },
  },
};

/** Words that point at the screen or describe an empty screen; an empty handout prints none of them. */
const SCREEN_WORDS =
  /\b(above|below|click|tap|button|choose them here|not started|no one (here|on your list|in your tracker) yet|no places chosen yet|nothing is due|in this browser|on screen)\b/i;

/** How many of the elements the browser draws (on paper, when print is emulated). */
function visibleCount(elements: Locator): Promise<number> {
  return elements.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
}

/** Presses "Print the card" (the print dialog replaced) and shows the page as it then prints. */
async function printTheCard(page: Page): Promise<void> {
  await page.emulateMedia({ media: null });
  await page.locator('#conversation-card').getByRole('button', { name: 'Print the card' }).click();
  await page.emulateMedia({ media: 'print' });
}

/** Step 5: "Print the card", on the step page not opened at the card, prints the card and its code on one page. */
async function checkPrintTheCard(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {};
  });
  await printTheCard(page);
  const card = page.locator('#conversation-card');
  await expect.soft(card.locator('.cc-card'), 'Print the card: the card').toBeVisible();
  await expect.soft(page.locator('#outreach'), 'Print the card: only the card').toBeHidden();
  const code = card.locator('.worksheet-qr img');
  expect
    .soft(await printedQrText(code), 'Print the card: its QR code')
    .toBe(`${SITE_URL}/steps/make-contact/#conversation-card`);
  // Each print ends with "afterprint", which gives the page back its whole handout: press again for each.
  for (const format of FORMATS) {
    await printTheCard(page);
    await expect(page.locator('#outreach')).toBeHidden();
    expect.soft(await printedPages(page, format), `Print the card: ${format} pages`).toBe(1);
  }
  await expect(page.locator('#outreach')).toBeVisible();
}

/** Each worksheet of a shared step page, opened at its own link (#id), prints alone with a QR code of that link. */
async function checkPrintedAlone(page: Page, path: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, id);
    const label = `#${id} alone`;
    await expect.soft(page.locator(`#${id}`), `${label}: shown`).toBeVisible();
    for (const other of ids.filter((o) => o !== id))
      await expect.soft(page.locator(`#${other}`), `${label}: #${other} left out`).toBeHidden();
    await expect.soft(page.locator('.print-footer'), `${label}: no handout footer`).toBeHidden();
    const url = `${SITE_URL}${path}#${id}`;
    const code = page.locator(`#${id} .worksheet-qr img`);
    await expect.soft(code, `${label}: its QR code`).toHaveAccessibleName(`QR code that opens ${url}`);
    expect.soft(await printedQrText(code), `${label}: its QR code reads`).toBe(url);
    const most = id === 'conversation-card' ? 1 : 2;
    for (const format of FORMATS) {
      const pages = await printedPages(page, format);
      console.log(`handout ${path}#${id} alone, ${format}: ${pages}`);
      expect.soft(pages, `${label}: ${format} pages`).toBeLessThanOrEqual(most);
    }
  }
}

for (const step of stepPages) {
  const plan = STEPS[step.step ?? 0];
  if (!plan) throw new Error(`no print plan for step ${step.step}`);
  for (const state of ['empty', 'filled'] as const) {
    test(`step ${step.step} (${step.href}) prints as a handout, ${state}`, async ({ browser }) => {
      const extraPrints = state === 'empty' ? (plan.alone?.length ?? 0) + (step.step === 5 ? 2 : 0) : 0;
      test.setTimeout(timeoutFor(2 + 2 * extraPrints, 3_000));
      const { context, page } = await openPage(browser, state === 'filled');
      await page.goto(step.href);

      if (state === 'empty') {
        await expect.soft(page.locator('.print-footer'), 'screen: no handout footer').toBeHidden();
        await expect.soft(page.locator('.paper').first(), 'screen: no paper parts').toBeHidden();
        await expect.soft(page.locator('.worksheet-qr').first(), 'screen: no worksheet QR codes').toBeHidden();
        await expect.soft(page.locator('.heading-row:has(#why-it-matters)'), 'screen: teaching text').toBeVisible();
      }
      await hydrateAllIslands(page);
      if (state === 'filled') {
        // The saved answers are drawn (the workbook loads after hydration).
        for (const [selector, text] of plan.answers) await expect(page.locator(selector)).toContainText(text);
      }
      await page.emulateMedia({ media: 'print' });

      // The handout: key points, the worksheet section and the address with its QR code.
      await expect.soft(page.locator('h1'), 'title').toBeVisible();
      await expect.soft(page.locator('.what-youll-do'), "What you'll do").toBeVisible();
      await expect.soft(page.locator('.heading-row:has(#worksheet)'), 'worksheet heading').toBeVisible();
      await expect.soft(page.locator('.heading-row:has(#why-it-matters)'), 'teaching text stays online').toBeHidden();
      await expect.soft(page.locator('.heading-row:has(#common-mistakes)'), 'mistakes stay online').toBeHidden();
      const footer = page.locator('.print-footer');
      const url = `${SITE_URL}${step.href}${plan.target}`;
      await expect.soft(footer.locator('.print-url'), 'footer: absolute address').toHaveText(url);
      await expect.soft(footer.getByRole('img'), 'footer: QR code').toHaveAccessibleName(`QR code that opens ${url}`);
      expect.soft(await printedQrText(footer.getByRole('img')), 'footer: the QR code reads').toBe(url);
      if (step.step === 5)
        await expect
          .soft(page.locator('.print-left-out'), 'card and notes printed on their own')
          .toHaveText('Printed on their own, from the step page: Your conversation card and Your interview notes.');

      if (state === 'empty') {
        const writeIn = page.locator('main :is(.print-line, .paper-table td)');
        expect.soft(await visibleCount(writeIn), 'write-in lines and cells').toBeGreaterThanOrEqual(plan.writeIn);
        // The text as printed, so what print hides is left out.
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here.
        const text = await page.locator('main').innerText();
        expect.soft(text.match(SCREEN_WORDS)?.[0], 'words about the screen').toBeUndefined();
        await plan.paper?.(page);
      } else {
        for (const [selector, text] of plan.answers)
          await expect
            .soft(page.locator(selector).getByText(text).filter({ visible: true }).first(), `answer "${text}"`)
            .toBeVisible();
        expect.soft(await visibleCount(page.locator('main .paper')), 'paper parts').toBe(0);
      }

      const counts: string[] = [];
      for (const format of FORMATS) {
        const pages = await printedPages(page, format);
        counts.push(`${format} ${pages}`);
        expect.soft(pages, `${format} pages`).toBeGreaterThan(0);
        expect.soft(pages, `${format} pages`).toBeLessThanOrEqual(plan.pages ?? 2);
      }
      console.log(`handout step ${step.step} ${state}: ${counts.join(', ')}`);

      if (state === 'empty' && step.step === 5) await checkPrintTheCard(page);
      if (state === 'empty' && plan.alone) await checkPrintedAlone(page, step.href, plan.alone);
      await context.close();
    });
  }
}

test('a guide page that is not a step prints in full, with absolute link addresses and whole sample messages', async ({
  page,
}) => {
  await page.goto('/informational-interviews/reaching-out/');
  await page.emulateMedia({ media: 'print' });
  await expect.soft(page.locator('.print-footer'), 'no handout footer').toHaveCount(0);
  await expect.soft(page.locator('.heading-row:has(#common-mistakes)'), 'all the text').toBeVisible();
  const link = page.locator('main .content a[href^="/"]:not(.heading-link)').first();
  const href = await link.getAttribute('href');
  expect
    .soft(await link.evaluate((a) => getComputedStyle(a, '::after').content), 'absolute link address')
    .toBe(`" (${SITE_URL}${href})"`);
  const samples = page.locator('.callout.example');
  expect(await samples.count()).toBeGreaterThan(2);
  expect
    .soft(await samples.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside)), 'sample messages')
    .toEqual(Array(await samples.count()).fill('avoid'));
});

test('the advisor page prints as one sheet: each step and worksheet with a QR code that opens it', async ({
  browser,
}) => {
  const { context, page } = await openPage(browser, false);
  await page.goto('/advisors/');
  await page.emulateMedia({ media: 'print' });
  await expect.soft(page.locator('#plan-items'), 'no list of links').toBeHidden();
  await expect.soft(page.locator('#plan-link'), 'no plan builder').toBeHidden();
  const items = page.locator('.qr-sheet .qr-item');
  await expect(items).toHaveCount(18);
  for (const item of await items.all()) {
    const link = item.locator('a');
    const url = (await link.textContent()) ?? '';
    expect.soft(url, 'a step address').toMatch(new RegExp(`^${SITE_URL}/steps/`));
    // Each address prints once: the link's own text is its address.
    expect.soft(await link.evaluate((a) => getComputedStyle(a, '::after').content), `${url} printed once`).toBe('none');
    expect.soft(await readQr(item.getByRole('img')), `QR code of ${url}`).toBe(url);
  }
  for (const format of FORMATS) {
    const pages = await printedPages(page, format);
    console.log(`advisor page printed, ${format}: ${pages}`);
    expect.soft(pages, `${format} pages`).toBeLessThanOrEqual(2);
  }
  await context.close();
});
