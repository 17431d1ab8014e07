import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { advisorRows } from '../../src/advisors/advisor-page';
import { qrSvgFile } from '../../src/advisors/qr-file';
import { collectErrors, SITE_URL, stepPages, targets, waitForIslands } from '../fixtures/advisor-e2e';
import { scanBothThemes } from './axe';
import { readQr, readQrPng } from './qr-read';
import { stopClock } from './workbook-fixtures';

/** Every fieldset of rows in the advisor page's list, one per guide page. */
const ALL_ROWS = '#plan-items fieldset.target-page';

/** The rows of the advisor page's list: every target but the headings that only introduce a worksheet. */
const rows = advisorRows(targets);

const ADVISORS = '/advisors/';

test.describe('links that never break', () => {
  const pages = [...new Set(targets.map((t) => t.page))];

  for (const path of pages) {
    test(`${path}: every section and worksheet in the manifest is there, with its link icon that copies`, async ({
      page,
    }) => {
      await page.goto(path);
      const expected = targets
        .filter((x) => x.page === path && x.kind !== 'page')
        .map((t) => ({ href: t.href, id: t.href.split('#')[1] ?? '' }));
      expect(expected.length).toBeGreaterThan(0);
      // One look at the page for all its targets (one round trip each would be slow on a busy machine).
      const missing = await page.evaluate((list) => {
        // Visible as Playwright means it: a box of some size, and not visibility: hidden.
        const visible = (el: Element) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        return list.flatMap(({ href, id }) => {
          if (document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length !== 1)
            return [`${href}: no element with this id`];
          const links = document.querySelectorAll(`a[data-copy-link="${CSS.escape(id)}"]`);
          return links.length === 1 && links[0] && visible(links[0]) ? [] : [`${href}: no visible link icon`];
        });
      }, expected);
      expect(missing).toEqual([]);
    });
  }

  test('an old address takes the reader to the page that replaced it', async ({ page }) => {
    await page.goto('/informational-interview/');
    await expect(page).toHaveURL(/\/informational-interviews\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Informational interviews');
    await page.goto('/advisor/');
    await expect(page).toHaveURL(/\/advisors\/$/);
  });
});

test.describe('the advisor page', () => {
  test('lists every page, section and worksheet once, with a description, a link, a Copy link and a QR code button', async ({
    page,
  }) => {
    await page.goto(ADVISORS);
    const items = page.locator('#plan-items li.target');
    await expect(items).toHaveCount(rows.length);
    const hrefs = await items.locator('.target-link a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(rows.map((t) => t.href));
    const codes = await page
      .locator('input[name="plan-item"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(codes).toEqual(rows.map((t) => t.code));
    await expect(page.locator('#plan-items button[data-tool="copy"]:visible')).toHaveCount(rows.length);
    await expect(page.locator('#plan-items button[aria-controls^="qr-"]:visible')).toHaveCount(rows.length);
    // Each worksheet once: its introducing heading ("Thank-you note") gives way to the worksheet row.
    await expect(page.locator('#plan-items label').filter({ hasText: /thank-you note/i })).toHaveText([
      'Worksheet: Your thank-you note',
    ]);
    await expect(page.locator('#stable-links + p')).toContainText('has its own address. In all, there are');
    await expect(page.locator('#stable-links + p')).toContainText('worksheets. An address does not change');
    const empty = await page
      .locator('.target-desc')
      .evaluateAll((ps) => ps.filter((p) => !p.textContent?.trim()).length);
    expect(empty).toBe(0);
  });

  test('copies the full address of a section, on the site address', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.install();
    await page.goto(ADVISORS);
    // "Link copied" shows for 2 s: with the clock stopped, a slow machine cannot miss it.
    await stopClock(page);
    const target = targets.find((t) => t.kind === 'section' && t.page === '/steps/follow-up/');
    if (!target) throw new Error('no section on the follow-up page');
    const row = page.locator('li.target').filter({ has: page.locator(`input[value="${target.code}"]`) });
    const button = row.getByRole('button', { name: /Copy link/ });
    await expect(button).toHaveAccessibleName(`Copy link ${target.title}`);
    await button.click();
    await expect(row.getByRole('button', { name: /Link copied/ })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}${target.href}`);
    await page.clock.runFor(2000);
    await expect(button).toHaveAccessibleName(`Copy link ${target.title}`);
  });

  test('the link tools load their code when first reached; if it cannot come, the button says so in words', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const asked: string[] = [];
    await page.route(/link-actions\.[\w-]+\.js$/, (route) => {
      asked.push(route.request().url());
      return route.abort();
    });
    await page.goto(ADVISORS);
    expect(asked).toHaveLength(0);
    const row = page.locator('li.target').first();
    const copy = row.getByRole('button', { name: /Copy link/ });
    await copy.click();
    await expect(row.getByRole('alert')).toHaveText(
      'This button could not load. Check your connection, then try again.',
    );
    expect(asked.length).toBeGreaterThan(0);
    // Once the code can come, the same button works.
    await page.unroute(/link-actions\.[\w-]+\.js$/);
    await copy.click();
    await expect(row.getByRole('button', { name: /Link copied/ })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https?:\/\//);
  });

  test('shows a QR code with its address for each of the seven steps, each followed by its worksheets', async ({
    page,
  }) => {
    await page.goto(`${ADVISORS}#handouts`);
    const codes = page.locator('.qr-item');
    await expect(codes).toHaveCount(18);
    for (const step of stepPages) {
      const url = `${SITE_URL}${step.href}`;
      const item = codes.filter({ has: page.getByRole('link', { name: url, exact: true }) });
      await expect(item.getByRole('img')).toHaveAccessibleName(`QR code that opens ${url}`);
      await expect(item).toContainText(`Step ${step.step}: ${step.title}`);
    }
    const worksheets = targets.filter((t) => t.kind === 'worksheet');
    await expect(page.locator('.qr-item.qr-worksheet a')).toHaveText(worksheets.map((w) => `${SITE_URL}${w.href}`));
  });

  test('warns when the page is open at another address than the configured one', async ({ page, baseURL }) => {
    await page.goto(ADVISORS);
    const warning = page.locator('#site-address-warning');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(
      `This page is open at ${new URL(baseURL ?? '').origin}, but links, QR codes and printed addresses use ${SITE_URL}`,
    );
  });

  test('shows the QR code of any link, and downloads it as SVG and PNG files that open that link', async ({
    browser,
  }) => {
    const context = await browser.newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(ADVISORS);
    const target = rows.find((t) => t.href === '/steps/follow-up/#sample-thank-you-email');
    if (!target) throw new Error('no sample thank-you section');
    const url = `${SITE_URL}${target.href}`;
    const row = page.locator('li.target').filter({ has: page.locator(`input[value="${target.code}"]`) });
    const button = row.getByRole('button', { name: `QR code ${target.title}` });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const code = row.getByRole('img', { name: `QR code that opens ${url}` });
    await expect(code).toBeVisible();
    expect(await readQr(code)).toBe(url);

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: `Download QR (SVG) for ${target.title}` }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe('qr-steps-follow-up-sample-thank-you-email.svg');
    expect(await readFile(await svg.path(), 'utf8')).toBe(qrSvgFile(url));
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: `Download QR (PNG) for ${target.title}` }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('qr-steps-follow-up-sample-thank-you-email.png');
    expect(readQrPng(await readFile(await png.path()))).toBe(url);
    await button.click();
    await expect(code).toBeHidden();
    await context.close();
  });
});

test.describe('making a plan link', () => {
  test('with the keyboard: tick items, write a note and a date, copy a short link that opens the plan', async ({
    page,
    context,
  }) => {
    const errors = collectErrors(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.install();
    await page.goto(ADVISORS);
    const chosen = targets
      .filter((t) => t.kind !== 'page')
      .filter((_, i) => i % 17 === 3)
      .slice(0, 10);
    expect(chosen).toHaveLength(10);
    for (const t of chosen) {
      await page.locator(`#t-${t.code}`).focus();
      await page.keyboard.press('Space');
      await expect(page.locator(`#t-${t.code}`)).toBeChecked();
    }
    await page.locator('#plan-link').scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await expect(page.locator('.plan-chosen li')).toHaveCount(10);

    await page.getByLabel('Note to the student').focus();
    await page.keyboard.type(
      'Please finish the network map and draft your pitch before we meet. Bring three questions.',
    );
    await page.getByLabel('Date', { exact: true }).fill('2026-03-10');
    const link = page.getByLabel('Link to send to the student');
    const url = await link.inputValue();
    expect(url.startsWith(`${SITE_URL}/plan/#v1.`)).toBe(true);
    expect(url.length).toBeLessThan(300);
    await expect(page.locator('#plan-url-hint')).toHaveText(`The link is ${url.length} characters long.`);
    test.info().annotations.push({ type: 'plan link length, 10 items', description: String(url.length) });

    // "Plan link copied" shows for 2 s: with the clock stopped, a slow machine cannot miss it.
    await stopClock(page);
    await page.getByRole('button', { name: 'Copy the plan link' }).click();
    await expect(page.getByRole('button', { name: 'Plan link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await page.clock.runFor(2000);
    await expect(page.getByRole('button', { name: 'Copy the plan link' })).toBeVisible();
    await page.clock.resume();

    // The same plan, opened on this server.
    await page.goto(url.replace(SITE_URL, ''));
    await waitForIslands(page);
    await expect(page.locator('.plan-note')).toHaveText(
      'Please finish the network map and draft your pitch before we meet. Bring three questions.',
    );
    await expect(page.locator('.plan-item-link')).toHaveText(chosen.map((t) => t.title));
    await expect(page.locator('time')).toHaveAttribute('datetime', '2026-03-10');
    expect(errors).toEqual([]);
  });

  test('says in words what to do when there is nothing to copy yet', async ({ page }) => {
    await page.goto(`${ADVISORS}#plan-link`);
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Copy the plan link' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Error: Choose at least one section or worksheet, or write a note, before you copy the link.',
    );
  });

  test('keeps the count and the limit in view while ticking, and refuses a 31st tick at once', async ({ page }) => {
    await page.goto(ADVISORS);
    const boxes = page.locator('input[name="plan-item"]');
    const summary = page.locator('.plan-summary');
    await expect(summary).toContainText('0 of 30 items chosen.');
    await boxes.evaluateAll((all) => {
      for (const box of all.slice(0, 30)) {
        (box as HTMLInputElement).checked = true;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    // The summary sticks to the bottom of the window, wherever the list is scrolled.
    const thirtyFirst = boxes.nth(200);
    await thirtyFirst.scrollIntoViewIfNeeded();
    await expect(summary).toBeInViewport();
    await expect(summary).toContainText('30 of 30 items chosen.');
    await thirtyFirst.focus();
    await page.keyboard.press('Space');
    await expect(thirtyFirst).not.toBeChecked();
    await expect(summary.getByRole('alert')).toHaveText(
      'A plan holds up to 30 items, so this one was not added. Untick another item first.',
    );
    await expect(summary).toContainText('30 of 30 items chosen.');
    await expect(thirtyFirst).toBeFocused();
    // Unticking one makes room again, and the message goes.
    await boxes.first().uncheck();
    await thirtyFirst.check();
    await expect(summary.locator('[data-plan-refused]')).toBeEmpty();
    await page.locator('#plan-link').scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await expect(page.locator('.plan-chosen li')).toHaveCount(30);
    await expect(page.getByLabel('Link to send to the student')).toBeVisible();
  });

  test('narrows the list with the filter box, and says how many items it shows', async ({ page }) => {
    await page.goto(ADVISORS);
    const filter = page.getByLabel('Find a page, section or worksheet');
    await expect(page.locator('#plan-filter-shown')).toHaveText(`Showing all ${rows.length} items.`);
    await filter.fill('thank-you note');
    const shown = page.locator('#plan-items li.target:visible');
    await expect(shown.first()).toBeVisible();
    const titles = await shown.locator('label').allTextContents();
    expect(titles.length).toBeLessThan(rows.length / 10);
    expect(titles).toContain('Worksheet: Your thank-you note');
    await expect(page.locator('#plan-filter-shown')).toHaveText(`Showing ${titles.length} of ${rows.length} items.`);
    // Groups and pages with nothing left are hidden too.
    await expect(page.locator('#plan-items fieldset:visible')).not.toHaveCount(0);
    expect(await page.locator('#plan-items fieldset:visible:not(:has(li.target:visible))').count()).toBe(0);
    await filter.fill('');
    await expect(page.locator('#plan-items li.target:visible')).toHaveCount(rows.length);
  });

  test('text typed in the filter before its code arrives is filtered once it does', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route(/plan-filter\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(ADVISORS);
    await page.getByLabel('Find a page, section or worksheet').fill('thank-you note');
    await expect(page.locator('#plan-items li.target:visible')).toHaveCount(rows.length);
    release();
    await expect(page.locator('#plan-filter-shown')).toHaveText(/^Showing \d+ of \d+ items\.$/);
    expect(await page.locator('#plan-items li.target:visible').count()).toBeLessThan(rows.length / 10);
  });

  test('starts from a plan template of the configuration, and adds the advisor, time and place the student sees', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${ADVISORS}#plan-link`);
    await waitForIslands(page);
    await page.getByLabel('Template').selectOption('First appointment');
    await page.getByRole('button', { name: 'Use this template' }).click();
    const items = [
      '/#what-networking-is',
      '/steps/identify-your-networks/',
      '/steps/identify-your-networks/#network-map',
      '/steps/assess-your-goals/#goals',
    ];
    const codes = items.map((href) => targets.find((t) => t.href === href)?.code);
    await expect(page.locator('input[name="plan-item"]:checked')).toHaveCount(4);
    for (const code of codes) await expect(page.locator(`#t-${code}`)).toBeChecked();
    await expect(page.getByLabel('Note to the student')).toHaveValue(/^Before we meet, list the people you know/);
    await expect(page.locator('.plan-summary')).toContainText('4 of 30 items chosen.');
    await page.getByLabel('Your name').fill('Ana Ruiz');
    await page.getByLabel('Date', { exact: true }).fill('2026-03-10');
    await page.getByLabel('Time', { exact: true }).fill('14:30');
    await page.getByLabel('Place', { exact: true }).fill('Student Center, Room 1.05');
    const url = await page.getByLabel('Link to send to the student').inputValue();
    expect(url.startsWith(`${SITE_URL}/plan/#v2.`)).toBe(true);
    await page.goto(url.replace(SITE_URL, ''));
    await waitForIslands(page);
    await expect(page.locator('.plan-advisor')).toHaveText('From: Ana Ruiz');
    await expect(page.locator('.plan-meeting')).toHaveText(
      'Next meeting: Tue 10 March 2026, at 2:30 PM, Student Center, Room 1.05',
    );
    await expect(page.locator('.plan-item-link')).toHaveCount(4);
  });

  test('shows the QR code of the plan link, which opens the plan', async ({ browser }) => {
    const context = await browser.newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(ADVISORS);
    await page.locator('input[name="plan-item"]').nth(5).check();
    await page.locator('#plan-link').scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await page.getByLabel('Note to the student').fill('Read this first.');
    const url = await page.getByLabel('Link to send to the student').inputValue();
    await page.getByRole('button', { name: 'QR code of the plan link' }).click();
    const code = page.locator('#plan-qr').getByRole('img', { name: `QR code that opens ${url}` });
    expect(await readQr(code)).toBe(url);
    // A change to the plan redraws it.
    await page.getByLabel('Note to the student').fill('Read this first, then step 2.');
    const changed = await page.getByLabel('Link to send to the student').inputValue();
    await expect(page.locator('#plan-qr').getByRole('img')).toHaveAccessibleName(`QR code that opens ${changed}`);
    expect(await readQr(page.locator('#plan-qr').getByRole('img'))).toBe(changed);
    await context.close();
  });

  test('starts again: unticks everything and clears the note', async ({ page }) => {
    await page.goto(ADVISORS);
    await page.locator('input[name="plan-item"]').nth(3).check();
    await page.locator('#plan-link').scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await page.getByLabel('Note to the student').fill('Hello');
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await expect(page.locator('input[name="plan-item"]:checked')).toHaveCount(0);
    await expect(page.getByLabel('Note to the student')).toHaveValue('');
  });
});

test('the advisor page has no accessibility violations, light and dark, with the plan maker filled in', async ({
  page,
}) => {
  await page.goto(ADVISORS);
  await page.locator('input[name="plan-item"]').nth(2).check();
  await page.locator('#plan-link').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await page.getByLabel('Note to the student').fill('Read this before Friday.');
  await expect(page.getByLabel('Link to send to the student')).toBeVisible();
  // a11y.spec.ts checks every row of the list as it loads; here, the rows with a ticked item and all the rest.
  await scanBothThemes(page, 'with one item ticked', { exclude: [`${ALL_ROWS}:not(:has(input:checked))`] });
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.getByRole('button', { name: 'Copy the plan link' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.locator('input[name="plan-item"]:checked')).toHaveCount(0);
  await scanBothThemes(page, 'after starting again, with an alert', { exclude: [ALL_ROWS] });
});

test('the advisor page fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(ADVISORS);
  await page.locator('#plan-link').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await page.getByLabel('Note to the student').fill('A note to check the width.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
