import { expect, type Page, test } from '@playwright/test';
import { collectErrors, SITE_URL, stepPages, targets, waitForIslands } from '../fixtures/advisor-e2e';
import { ALL_ROWS } from './advisor-axe';
import { axeViolations } from './axe';
import { stopClock } from './workbook-fixtures';

const ADVISORS = '/advisors/';

test.describe('links that never break', () => {
  const pages = [...new Set(targets.map((t) => t.page))];

  for (const path of pages) {
    test(`${path}: every section and worksheet in the manifest is there, with a "Copy link" button`, async ({
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
          const buttons = document.querySelectorAll(`button[data-copy-link="${CSS.escape(id)}"]`);
          return buttons.length === 1 && buttons[0] && visible(buttons[0]) ? [] : [`${href}: no visible Copy link`];
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
  test('lists every page, section and worksheet with a description, a link and a Copy link button', async ({
    page,
  }) => {
    await page.goto(ADVISORS);
    const rows = page.locator('#plan-items li.target');
    await expect(rows).toHaveCount(targets.length);
    const hrefs = await rows.locator('.target-link a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(targets.map((t) => t.href));
    const codes = await page
      .locator('input[name="plan-item"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(codes).toEqual(targets.map((t) => t.code));
    await expect(page.locator('#plan-items button[data-copy-url]:visible')).toHaveCount(targets.length);
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

  test('shows a QR code with its address for each of the seven steps', async ({ page }) => {
    await page.goto(`${ADVISORS}#handouts`);
    const codes = page.locator('.qr-item');
    await expect(codes).toHaveCount(7);
    for (const [i, step] of stepPages.entries()) {
      const item = codes.nth(i);
      const url = `${SITE_URL}${step.href}`;
      await expect(item.getByRole('img')).toHaveAccessibleName(`QR code that opens ${url}`);
      await expect(item.getByRole('link')).toHaveText(url);
      await expect(item).toContainText(`Step ${step.step}: ${step.title}`);
    }
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
    await page.getByLabel('Date of your next meeting').fill('2026-03-10');
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

  test('refuses more than 30 items, saying how many to untick', async ({ page }) => {
    await page.goto(ADVISORS);
    await page.locator('input[name="plan-item"]').evaluateAll((boxes) => {
      for (const box of boxes.slice(0, 32)) {
        (box as HTMLInputElement).checked = true;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await page.locator('#plan-link').scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await page.locator('input[name="plan-item"]').first().dispatchEvent('change');
    await expect(page.getByRole('alert')).toContainText(
      'A plan can hold up to 30 items. You chose 32. Untick 2 items.',
    );
    await expect(page.getByLabel('Link to send to the student')).toHaveCount(0);
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

/** Axe's violations on the advisor page without the rows of the list that match `leftOut`. */
async function violationsWithout(page: Page, leftOut: string): Promise<string[]> {
  return axeViolations(page, { exclude: [leftOut] });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the advisor page, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('has no accessibility violations, with the plan maker filled in', async ({ page }) => {
      await page.goto(ADVISORS);
      await page.locator('input[name="plan-item"]').nth(2).check();
      await page.locator('#plan-link').scrollIntoViewIfNeeded();
      await waitForIslands(page);
      await page.getByLabel('Note to the student').fill('Read this before Friday.');
      await expect(page.getByLabel('Link to send to the student')).toBeVisible();
      // a11y.spec.ts checks every row of the list as it loads, part by part (one scan of the whole
      // page takes too long on a busy machine); here, the rows with a ticked item and all the rest.
      expect(await violationsWithout(page, `${ALL_ROWS}:not(:has(input:checked))`)).toEqual([]);
      await page.getByRole('button', { name: 'Start a new plan' }).click();
      await page.getByRole('button', { name: 'Copy the plan link' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expect(page.locator('input[name="plan-item"]:checked')).toHaveCount(0);
      expect(await violationsWithout(page, ALL_ROWS)).toEqual([]);
    });
  });
}

test('the advisor page fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(ADVISORS);
  await page.locator('#plan-link').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await page.getByLabel('Note to the student').fill('A note to check the width.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
