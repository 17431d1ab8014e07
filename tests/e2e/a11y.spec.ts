import { expect, type Page, test } from '@playwright/test';
import { ADVISOR_PARTS, ALL_ROWS, ROW_GROUPS } from './advisor-axe';
import { type AxeScope, axeBuilder, COLOUR_RULES, scanBothThemes, violationLines } from './axe';
import { sitemapPaths } from './site';
import { ORIGIN } from './workbook-fixtures';

const ADVISORS = '/advisors/';
const pages = [...sitemapPaths(), '/this-page-does-not-exist/'];

type Scheme = 'light' | 'dark';

/**
 * The rules for a theme: all of them in the light theme, the colour rules in the dark one (the
 * theme changes colours only; the elements, names and roles axe's other rules read are the same).
 */
const rulesFor = (colorScheme: Scheme): AxeScope => (colorScheme === 'light' ? {} : { rules: COLOUR_RULES });

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

// Each page is opened once and scanned in both themes.
test.describe('axe, light and dark theme', () => {
  for (const path of pages.filter((p) => p !== ADVISORS)) {
    test(`${path} has no accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await scanBothThemes(page, path);
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
        const results = await part.scope(axeBuilder(page, rulesFor(colorScheme))).analyze();
        expect(violationLines(results)).toEqual([]);
      });
    }
  });
}
