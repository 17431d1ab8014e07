// Opening the site search from the header, for the browser tests that check it finds a page.
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens search with the header button, types `words` and returns the dialog and its result links. */
export async function searchFor(page: Page, words: string): Promise<{ dialog: Locator; results: Locator }> {
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByLabel('Words to look for').fill(words);
  const results = dialog.locator('.search-results > li > a');
  await expect(results.first()).toBeVisible();
  return { dialog, results };
}
