// What the per-page browser checks record while a page loads and runs: Content Security Policy
// violations, and islands brought into view until each has hydrated.
import { type BrowserContext, expect, type Page } from '@playwright/test';

/**
 * Starts recording, for every page of `context`, each `securitypolicyviolation` event and each
 * console message that mentions the Content Security Policy. Returns the list it fills.
 */
export async function recordViolations(context: BrowserContext): Promise<string[]> {
  const found: string[] = [];
  await context.exposeFunction('reportCspViolation', (line: string) => found.push(line));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation(line: string): void }).reportCspViolation;
      const sample = e.sample ? ` (${e.sample})` : '';
      report(`${location.pathname}: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'}${sample}`);
    });
  });
  context.on('console', (message) => {
    if (/content security policy/i.test(message.text())) found.push(`console ${message.type()}: ${message.text()}`);
  });
  return found;
}

/** Brings every island into view (most hydrate when visible) and waits until each has hydrated. */
export async function hydrateAllIslands(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) {
    const island = islands.nth(i);
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
    await expect(island).not.toHaveAttribute('ssr');
  }
}
