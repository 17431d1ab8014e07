import { expect, type Page, test } from '@playwright/test';
import { scaled } from '../slowdown';

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

// Each test loads the search code, its WebAssembly and parts of the index afresh; on a busy two-core machine
// that alone can take longer than the usual 10 s, so the wait for the results (a visible state) is longer.
const RESULTS_TIMEOUT = scaled(30_000);
test.describe.configure({ timeout: scaled(60_000) });

for (const [query, path] of SEARCHES) {
  test(`"${query}" finds ${path} first`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await dialog(page).getByLabel('Words to look for').fill(query);
    // The status line names the query once the results for it are on screen.
    await expect(dialog(page).getByRole('status')).toContainText(`“${query}”`, { timeout: RESULTS_TIMEOUT });
    const first = dialog(page).locator('.search-results > li > a').first();
    await expect(first).toHaveAttribute('href', path);
  });
}
