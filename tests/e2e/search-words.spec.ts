import { expect, type Page, test } from '@playwright/test';
import { scaled } from '../slowdown';
import { ORIGIN } from './workbook-fixtures';

// Words students type into the search box, and the page each one must find first. Pages rank by their own
// text and by the search words in their frontmatter (`searchWords`, indexed as Pagefind metadata).
const SEARCHES: ReadonlyArray<readonly [query: string, path: string]> = [
  ['ghosted', '/hard-moments/'],
  ['no reply', '/hard-moments/'],
  ["don't reply", '/hard-moments/'],
  ['nervous', '/hard-moments/'],
  ['shy', '/hard-moments/'],
  ['what to wear', '/what-to-wear/'],
  ['linkedin message', '/linkedin/'],
  ['referral', '/asking-for-a-referral/'],
  ['career fair', '/career-fairs/'],
  ['thank you email', '/informational-interviews/following-up/'],
];

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guide' });

// Loading the search code, its WebAssembly and the index takes seconds on a busy two-core machine:
// each worker opens search once and the tests type their words into it in turn. The wait for the
// first results (a visible state) is longer, as it includes that loading.
const RESULTS_TIMEOUT = scaled(30_000);
test.describe.configure({ timeout: scaled(60_000) });

const searchTest = test.extend<object, { searchPage: Page }>({
  searchPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: ORIGIN });
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

for (const [query, path] of SEARCHES) {
  searchTest(`"${query}" finds ${path} first`, async ({ searchPage: page }) => {
    await dialog(page).getByLabel('Words to look for').fill(query);
    // The status line names the query once the results for it are on screen.
    await expect(dialog(page).getByRole('status')).toContainText(`“${query}”`, { timeout: RESULTS_TIMEOUT });
    const first = dialog(page).locator('.search-results > li > a').first();
    await expect(first).toHaveAttribute('href', path);
  });
}
