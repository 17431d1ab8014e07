// Old addresses keep working, at the same section: every redirect of src/advisors/redirects.ts,
// followed with each section of the page it leads to, lands on that section.
import { expect, test } from '@playwright/test';
import { redirects } from '../../src/advisors/redirects';
import { targets } from '../fixtures/advisor-e2e';

/** The section ids of a page: from the link manifest, or else the ids of the h2 headings of its main content. */
async function sectionIds(request: import('@playwright/test').APIRequestContext, page: string): Promise<string[]> {
  const listed = targets.filter((t) => t.page === page && t.kind !== 'page').map((t) => t.href.split('#')[1] ?? '');
  if (listed.length) return listed;
  const html = await (await request.get(page)).text();
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...main.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1] ?? '');
}

for (const [from, to] of Object.entries(redirects)) {
  test(`${from} leads to ${to}, keeping the #section of the link, for every section`, async ({ page, request }) => {
    const ids = await sectionIds(request, to);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      await page.goto(`${from}#${id}`);
      await expect(page).toHaveURL(new URL(`${to}#${id}`, page.url()).href);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    }
    // A query stays too, and an address without a section lands at the top of the new page.
    await page.goto(`${from}?utm_source=email`);
    await expect(page).toHaveURL(/\?utm_source=email$/);
    await page.goto(from);
    await expect(page).toHaveURL(new URL(to, page.url()).href);
  });

  test(`${from} leads to ${to} without JavaScript too, by its meta refresh`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(from);
    await expect(page).toHaveURL(new URL(to, page.url()).href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.close();
  });
}

test('redirect pages stay out of the sitemap and search engines', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const from of Object.keys(redirects)) {
    expect(sitemap).not.toContain(`${from}<`);
    const html = await (await request.get(from)).text();
    expect(html).toContain('<meta name="robots" content="noindex">');
  }
});
