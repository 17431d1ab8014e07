// One way to run axe in the browser tests: the same rules everywhere, and only the violations
// worked out in full (see `axeBuilder`).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { scaled } from '../slowdown';

/** The axe rule tags every accessibility check in these tests uses (WCAG 2.2 AA and best practice). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules whose outcome depends on colours. The dark theme changes colours only (the same
 * elements, text and attributes), so a page checked in full in the light theme needs only these
 * in the dark one.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Time each scan adds to its test's timeout: axe takes seconds on a long page, more on a busy machine. */
const SCAN_MS = 10_000;

/** What part of a page to check, and with which rules (the suite's tags unless `rules` is given). */
export interface AxeScope {
  include?: string[];
  exclude?: string[];
  rules?: string[];
}

/**
 * An axe run over `page` with the suite's rules that works out in full only the violations: by
 * default axe also describes every element that passes (a CSS selector and the HTML of each),
 * which on a long page is most of its time and is never read here.
 */
export function axeBuilder(page: Page, { include = [], exclude = [], rules }: AxeScope = {}): AxeBuilder {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (rules) builder.withRules(rules);
  else builder.withTags(AXE_TAGS);
  for (const selector of include) builder.include(selector);
  for (const selector of exclude) builder.exclude(selector);
  return builder;
}

/** The violations in axe's results, one line each: rule and the elements (empty when the part passes). */
export function violationLines(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Runs axe over `page` (or the part `scope` names) and returns its violations, one line each. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  return violationLines(await axeBuilder(page, scope).analyze());
}

/**
 * Scans the page (or the part `scope` names) in the light theme with every rule, then in the dark
 * one with the colour rules, without loading it again (the site follows the system theme as it
 * changes); each failure is soft and names `state` and the theme. The page is left light. The
 * test's timeout grows by the time the two scans may take, so a test's time follows its scans.
 */
export async function scanBothThemes(page: Page, state: string, scope: AxeScope = {}): Promise<void> {
  test.info().setTimeout(test.info().timeout + scaled(2 * SCAN_MS));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const drawn = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    expect.soft(drawn, `${state}: drawn in the ${colorScheme} theme`).toContain(colorScheme);
    const rules = colorScheme === 'dark' ? { rules: COLOUR_RULES } : {};
    expect.soft(await axeViolations(page, { ...scope, ...rules }), `${state}, ${colorScheme} theme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
