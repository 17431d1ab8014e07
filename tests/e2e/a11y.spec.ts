import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_RULES, scanBothThemes } from './axe';
import { sitemapPaths } from './site';

const pages = [...sitemapPaths(), '/this-page-does-not-exist/'];

// Each page is opened once and scanned in both themes, each in a test of its own, whose timeout
// grows with the page (the advisor page, with its hundreds of rows of links and boxes, gets the most).
test.describe('axe, light and dark theme', () => {
  for (const path of pages) {
    test(`${path} has no accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await scanBothThemes(page, path);
    });
  }
});

// The scans above pass only if axe really runs: a page with known faults must fail them.
test('the axe scan reports a missing text alternative and low contrast, in the part it is given', async ({ page }) => {
  await page.goto('/glossary/');
  await page.evaluate(() => {
    const faults = document.createElement('div');
    faults.id = 'planted-faults';
    const image = document.createElement('img');
    image.width = 10;
    image.height = 10;
    // Styles set through the DOM, as the site's Content Security Policy blocks style attributes in markup.
    const faint = document.createElement('p');
    faint.textContent = 'Hard to read';
    faint.style.color = '#999';
    faint.style.background = '#aaa';
    faults.append(image, faint);
    document.querySelector('main')?.append(faults);
  });
  const rulesBroken = (lines: string[]) => lines.map((line) => line.split(':')[0]);
  expect(rulesBroken(await axeViolations(page))).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  // Colour rules only: the image without text is not their business.
  const colours = await axeViolations(page, { rules: COLOUR_RULES });
  expect(rulesBroken(colours)).toEqual(['color-contrast']);
  // Left out, the faults are not found: they were the ones found above.
  expect(await axeViolations(page, { exclude: ['#planted-faults'] })).toEqual([]);
});
