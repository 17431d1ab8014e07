// One way to run axe in the browser tests: the same rules everywhere, run by axe-core inside the
// page itself. @axe-core/playwright was dropped for this: its analyze() injects axe's 550 KB into
// every frame on each call and finishes each run in a second, blank page, which made a scan of a
// short guide page take 6 to 9 s where axe.run in the page takes 1.3 s (same rules, same results).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * The time two scans (light and dark) add to their test's timeout, for a page of `elements`
 * elements on a quiet two-core machine: axe's time grows with the page (a guide page of 800
 * elements takes about 2 s, the advisor page's 3,700 about 10 s), with room to spare.
 */
const scansMs = (elements: number) => 5_000 + 10 * elements;

/** axe-core's browser build, read once per worker. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What part of a page to check, and with which rules (the suite's tags unless `rules` is given). */
export interface AxeScope {
  /** CSS selectors of the parts to check (the whole page when empty). */
  include?: string[];
  /** CSS selectors of parts to leave out; the page stays axe's context, so page-wide rules still run. */
  exclude?: string[];
  rules?: string[];
}

/** One violation as the tests report it: the rule and the elements that break it. */
interface Violation {
  id: string;
  targets: string[];
}

/** Puts axe into the page unless it is there already (each navigation starts without it). */
async function ensureAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(AXE_SOURCE);
}

/**
 * Runs axe over `page` (or the part `scope` names) with the suite's rules and returns its
 * violations, one line each: the rule and the elements (empty when the part passes). Only the
 * violations are worked out in full: by default axe also describes every element that passes,
 * which on a long page is most of its time and is never read here.
 */
export async function axeViolations(
  page: Page,
  { include = [], exclude = [], rules }: AxeScope = {},
): Promise<string[]> {
  await ensureAxe(page);
  const violations = await page.evaluate(
    async ({ include, exclude, runOnly }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context = include.length > 0 ? { include, exclude } : { exclude };
      const results = await axe.run(context, { runOnly, resultTypes: ['violations'] });
      return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    {
      include,
      exclude,
      runOnly: rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: AXE_TAGS },
    },
  );
  return violations.map((v: Violation) => `${v.id}: ${v.targets.join(', ')}`);
}

/**
 * Scans the page (or the part `scope` names) in the light theme with every rule, then in the dark
 * one with the colour rules, without loading it again (the site follows the system theme as it
 * changes); each failure is soft and names `state` and the theme. The page is left light. The
 * test's timeout grows by the time the two scans may take on a page of its size, so a test's time
 * follows its scans.
 */
export async function scanBothThemes(page: Page, state: string, scope: AxeScope = {}): Promise<void> {
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  test.info().setTimeout(test.info().timeout + scaled(scansMs(elements)));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const drawn = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    expect.soft(drawn, `${state}: drawn in the ${colorScheme} theme`).toContain(colorScheme);
    const rules = colorScheme === 'dark' ? { rules: COLOUR_RULES } : {};
    expect.soft(await axeViolations(page, { ...scope, ...rules }), `${state}, ${colorScheme} theme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
