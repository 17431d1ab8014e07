import { expect, test } from '@playwright/test';
import { SITE_URL } from '../fixtures/advisor-e2e';
import { stopClock } from './workbook-fixtures';

test('the step navigation marks the current page', async ({ page }) => {
  await page.goto('/steps/elevator-pitch/');
  const current = page.locator('nav[aria-label="Guide"] a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', '/steps/elevator-pitch/');
});

test('the skip link is the first thing to focus and moves focus to the main content', async ({ page }) => {
  await page.goto('/steps/elevator-pitch/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('every h2 and h3 in the guide text has a link to itself', async ({ page }) => {
  await page.goto('/steps/elevator-pitch/');
  const rows = page.locator('.heading-row');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    // A worksheet's title links to the worksheet region itself (its stable id); other headings to themselves.
    const worksheetId = await row.evaluate((el) => el.closest('.worksheet')?.id ?? null);
    const id = worksheetId ?? (await row.locator('h2, h3').getAttribute('id'));
    await expect(row.locator('a.heading-link')).toHaveAttribute('href', `#${id}`);
  }
});

test('the table of contents links to sections on the page', async ({ page }) => {
  await page.goto('/steps/elevator-pitch/');
  const links = page.locator('nav.toc a');
  expect(await links.count()).toBeGreaterThan(1);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(`[id="${href?.slice(1)}"]`)).toHaveCount(1);
  }
});

test('previous and next links follow the reading order', async ({ page }) => {
  await page.goto('/steps/elevator-pitch/');
  const nav = page.getByRole('navigation', { name: 'Previous and next pages' });
  await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', '/steps/assess-your-goals/');
  await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', '/steps/make-contact/');
});

test.describe('copy link', () => {
  test('the link icon copies the absolute URL of the section on the configured site address, wherever the page is open', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.install();
    await page.goto('/steps/elevator-pitch/');
    // "Link copied" shows for 2 s: with the clock stopped, a slow machine cannot miss it.
    await stopClock(page);
    const row = page.locator('.heading-row').first();
    const id = await row.locator('h2').getAttribute('id');
    const link = row.getByRole('link', { name: /^Link to this section/ });
    // One control per heading: the link, which also copies.
    await expect(row.locator('a, button')).toHaveCount(1);
    await link.click();
    await expect(row.getByText('Link copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}/steps/elevator-pitch/#${id}`);
    // Copying does not follow the link.
    await expect(page).toHaveURL(/\/steps\/elevator-pitch\/$/);
    await page.clock.runFor(100);
    await expect(page.locator('#announcer')).toHaveText('Link copied.');
    await page.clock.runFor(2000);
    await expect(row.getByText('Link copied')).toHaveCount(0);
    // From the keyboard, Enter does the same.
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(row.getByText('Link copied')).toBeVisible();
  });

  test('shows the link selected in a field when the clipboard is refused', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.goto('/steps/elevator-pitch/');
    const row = page.locator('.heading-row').first();
    const id = await row.locator('h2').getAttribute('id');
    await row.getByRole('link', { name: /^Link to this section/ }).click();
    const field = row.getByRole('textbox', { name: /copy it yourself/ });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(`${SITE_URL}/steps/elevator-pitch/#${id}`);
    const selected = await field.evaluate((el: HTMLInputElement) =>
      el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
    );
    expect(selected).toBe(`${SITE_URL}/steps/elevator-pitch/#${id}`);
  });

  test('without JavaScript the link icon is an ordinary link to the section', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/steps/elevator-pitch/');
    const row = page.locator('.heading-row').nth(1);
    const id = await row.locator('h2').getAttribute('id');
    await row.getByRole('link', { name: /^Link to this section/ }).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await context.close();
  });
});

test.describe('theme', () => {
  test('follows the system theme by default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(20, 22, 26)');
  });

  test('the switch changes the theme and the choice is applied before the first paint on reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    // The button names the theme it switches to.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 26)');
    await expect(page.getByRole('button', { name: 'Light theme' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
    // On reload, record the theme at the moment the body first exists, before any module script runs.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset.theme;
        }
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
    await page.getByRole('button', { name: 'Light theme' }).click();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(20, 22, 26)');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  });

  test('on a system in the dark theme, the button offers the light theme from the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Light theme' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
  });
});

test('the print stylesheet hides navigation and writes out link addresses', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav[aria-label="Guide"]')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  const after = await page
    .locator('main a[href^="/steps/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/steps/');
});

test('a mistyped address gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/steps/elevator-pich/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.locator('main').getByRole('button', { name: 'Search the guide' })).toBeVisible();
  await expect(page.locator('main .step-list li')).toHaveCount(7);
});

test('on a phone the menu button shows and hides the list of pages', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/steps/elevator-pitch/');
  const toggle = page.getByRole('button', { name: 'Menu: all steps and pages' });
  const link = page.locator('#nav-list').getByRole('link', { name: /Identify your networks/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(link).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(link).toBeVisible();
  await link.focus();
  await expect(link).toBeFocused();
});

test('on a wide screen the list of pages is always shown and reachable with Tab', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Menu: all steps and pages' })).toBeHidden();
  const link = page.locator('#nav-list').getByRole('link', { name: /Identify your networks/ });
  await expect(link).toBeVisible();
  for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
});

test('"On this page" sits beside the text and stays in view on wide screens, above the text on narrower ones', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/steps/identify-your-networks/');
  const toc = page.locator('.toc-inner');
  const text = page.locator('.content > p').first();
  const [tocBox, textBox] = [await toc.boundingBox(), await text.boundingBox()];
  expect(tocBox && textBox && tocBox.x >= textBox.x + textBox.width).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 3000));
  await expect(toc).toBeInViewport();
  await expect(
    page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Why it matters' }),
  ).toBeInViewport();

  await page.setViewportSize({ width: 1024, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const narrowToc = await toc.boundingBox();
  const whatToDo = await page.locator('h2#what-to-do').boundingBox();
  expect(narrowToc && whatToDo && narrowToc.y + narrowToc.height <= whatToDo.y).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 3000));
  await expect(toc).not.toBeInViewport();
});
