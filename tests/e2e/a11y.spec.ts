import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ADVISOR_PARTS, ALL_ROWS, ROW_GROUPS, violationLines } from './advisor-axe';
import { AXE_TAGS } from './axe-tags';
import { sitemapPaths } from './site';
import { ORIGIN } from './workbook-fixtures';

const TAGS = AXE_TAGS;
const ADVISORS = '/advisors/';
const pages = [...sitemapPaths(), '/this-page-does-not-exist/'];

type Scheme = 'light' | 'dark';

/**
 * Opens the advisor page once per worker and colour scheme: the tests of its parts share it, as
 * axe only reads the page and loading it for each part would double the work.
 */
const advisorTest = test.extend<object, { advisorPage: (colorScheme: Scheme) => Promise<Page> }>({
  advisorPage: [
    async ({ browser }, use) => {
      const opened = new Map<Scheme, Page>();
      await use(async (colorScheme) => {
        let page = opened.get(colorScheme);
        if (!page) {
          page = await (await browser.newContext({ baseURL: ORIGIN, colorScheme })).newPage();
          opened.set(colorScheme, page);
          await page.goto(ADVISORS);
        }
        return page;
      });
      for (const page of opened.values()) await page.context().close();
    },
    { scope: 'worker' },
  ],
});

/** Fails unless the page is drawn in `colorScheme`. */
async function expectScheme(page: Page, colorScheme: Scheme): Promise<void> {
  const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  expect(scheme).toContain(colorScheme);
}

// Each page is opened once and scanned in both themes (the site follows the system's theme as it
// changes, so switching the emulated scheme redraws the page without loading it again).
test.describe('axe, light and dark theme', () => {
  for (const path of pages.filter((p) => p !== ADVISORS)) {
    test(`${path} has no accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectScheme(page, colorScheme);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect.soft(violationLines(results), `${colorScheme} theme`).toEqual([]);
      }
    });
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    for (const part of ADVISOR_PARTS) {
      advisorTest(`${ADVISORS}, ${part.name}, has no accessibility violations`, async ({ advisorPage }) => {
        const page = await advisorPage(colorScheme);
        await expectScheme(page, colorScheme);
        // The parts cover the whole page: one fieldset of rows per guide page, and the rest.
        await expect(page.locator(ALL_ROWS)).toHaveCount(ROW_GROUPS);
        const results = await part.scope(new AxeBuilder({ page }).withTags(TAGS)).analyze();
        expect(violationLines(results)).toEqual([]);
      });
    }
  });
}
