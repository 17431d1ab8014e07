import { expect, type Page, test } from '@playwright/test';
import { holdBack } from './workbook-fixtures';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guide' });

test('the header button opens search and "elevator pitch" finds the pitch step', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
  const input = dialog(page).getByLabel('Words to look for');
  await expect(input).toBeFocused();
  await input.fill('elevator pitch');
  const first = dialog(page).locator('.search-results > li > a').first();
  await expect(first).toHaveAttribute('href', /\/steps\/elevator-pitch\//);
  await expect(dialog(page).getByRole('status')).toContainText('match');
});

test('Ctrl+K and "/" open search; Escape closes it; keyboard reaches a section result', async ({ page }) => {
  await page.goto('/steps/elevator-pitch/');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type('pitch');
  await expect(dialog(page).locator('.search-results a').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  const href = await focused.getAttribute('href');
  expect(href).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('section results link to heading ids that exist', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await dialog(page).getByLabel('Words to look for').fill('common mistakes');
  const sectionLinks = dialog(page).locator('.search-results ul a');
  await expect(sectionLinks.first()).toBeVisible();
  const href = (await sectionLinks.first().getAttribute('href')) ?? '';
  expect(href).toContain('#');
  await page.goto(href);
  const id = decodeURIComponent(href.split('#')[1] ?? '');
  await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});

test('a search with no results says so and suggests the steps', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await dialog(page).getByLabel('Words to look for').fill('xylophonequartz');
  await expect(dialog(page).getByRole('status')).toHaveText('No pages match “xylophonequartz”.');
  await expect(dialog(page).locator('[data-search-empty] a')).toHaveCount(7);
});

test('the search is not loaded until it is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.keyboard.press('Control+k');
  await dialog(page).getByLabel('Words to look for').fill('goals');
  await expect(dialog(page).locator('.search-results a').first()).toBeVisible();
  expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
});

for (const [query, path] of [
  ['thank you email', '/informational-interviews/following-up/'],
  ['cold email', '/informational-interviews/reaching-out/'],
  ['questions to ask', '/question-bank/'],
] as const) {
  test(`"${query}" finds ${path} among the first three results`, async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await dialog(page).getByLabel('Words to look for').fill(query);
    const results = dialog(page).locator('.search-results > li > a');
    await expect(results.first()).toBeVisible();
    const hrefs = (await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).slice(0, 3);
    expect(hrefs.some((h) => h.startsWith(path))).toBe(true);
  });
}

test('words typed right after "/" are kept and searched while the search code loads', async ({ page }) => {
  // The search code is held back until the words are typed, as on a slow connection.
  const searchCode = await holdBack(page, '**/_astro/search*.js');
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('elevator pitch');
  const input = dialog(page).getByLabel('Words to look for');
  await expect(input).toHaveValue('elevator pitch');
  await searchCode.requested;
  searchCode.release();
  await expect(dialog(page).locator('.search-results > li > a').first()).toHaveAttribute('href', /elevator-pitch/);
});

test('excerpts hold the guide’s words only: no button labels, no “Link to this” text, no paper parts', async ({
  page,
}) => {
  await page.goto('/');
  const excerpts = await page.evaluate(
    async (queries) => {
      // A path in a variable: the search script exists only in the built site, not for the type checker.
      const script = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ script);
      const texts: string[] = [];
      for (const query of queries) {
        const { results } = await pagefind.search(query);
        for (const result of results.slice(0, 10)) {
          const data = await result.data();
          texts.push(data.excerpt, ...(data.sub_results ?? []).map((s: { excerpt: string }) => s.excerpt));
        }
      }
      return texts;
    },
    ['contact tracker', 'thank-you note', 'worksheet', 'conversation card', 'download', 'copy link'],
  );
  expect(excerpts.length).toBeGreaterThan(20);
  const labels =
    /Link to this|Copy link|Copy message|Download contacts|Download reminders|Add to tracker|Add person|Print the card|Mark as sent|Scan the code/;
  expect(excerpts.filter((e) => labels.test(e.replace(/<\/?mark>/g, '')))).toEqual([]);
});
