import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { pagesWithoutWorksheets, sitemapPaths } from './site';

const pages = sitemapPaths();

test('every internal link and #fragment on every page resolves', async ({ page, baseURL }) => {
  const targets = new Map<string, Set<string>>(); // path → fragments linked
  for (const path of pages) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== baseURL) continue;
      const set = targets.get(url.pathname) ?? new Set<string>();
      if (url.hash) set.add(decodeURIComponent(url.hash.slice(1)));
      targets.set(url.pathname, set);
    }
  }
  const broken: string[] = [];
  for (const [path, fragments] of targets) {
    const response = await page.goto(path);
    if (!response?.ok()) {
      broken.push(`${path} (${response?.status()})`);
      continue;
    }
    for (const id of fragments) {
      if ((await page.locator(`[id="${id}"]`).count()) !== 1) broken.push(`${path}#${id}`);
    }
  }
  expect(broken).toEqual([]);
});

test('no page is wider than a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path}: ${width}px`);
  }
  expect(wide).toEqual([]);
});

test('no request leaves the site, on any page or during a search', async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== baseURL && !['data:', 'blob:'].includes(url.protocol)) outside.push(r.url());
  });
  for (const path of pages) await page.goto(path, { waitUntil: 'networkidle' });
  await page.keyboard.press('Control+k');
  await page.getByLabel('Words to look for').fill('thank you');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  expect(outside).toEqual([]);
});

test('pages without a worksheet ship at most 5 KB of JavaScript (gzip) before search opens', async ({ browser }) => {
  const over: string[] = [];
  for (const path of pagesWithoutWorksheets()) {
    // A fresh context per page: nothing comes from the cache, every script is counted.
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' && r.status() === 200) bodies.push(r.body());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const inline = await page.locator('script:not([src])').allTextContents();
    const total = (await Promise.all(bodies))
      .concat(inline.map((s) => Buffer.from(s)))
      .reduce((sum, b) => sum + gzipSync(b).length, 0);
    if (total > 5 * 1024) over.push(`${path}: ${total} bytes`);
    await context.close();
  }
  expect(pagesWithoutWorksheets().length).toBeGreaterThan(0);
  expect(over).toEqual([]);
});

test('every page has a title, description, canonical URL, Open Graph tags and a language', async ({ page }) => {
  const problems: string[] = [];
  const titles = new Set<string>();
  for (const path of pages) {
    await page.goto(path);
    const title = await page.title();
    if (!title || titles.has(title)) problems.push(`${path}: missing or repeated title "${title}"`);
    titles.add(title);
    const get = (sel: string, attr: string) => page.locator(sel).first().getAttribute(attr);
    if (!(await get('meta[name="description"]', 'content'))) problems.push(`${path}: no description`);
    const canonical = await get('link[rel="canonical"]', 'href');
    if (!canonical?.startsWith('https://') || !canonical.endsWith(path))
      problems.push(`${path}: canonical ${canonical}`);
    for (const p of ['og:title', 'og:description', 'og:url']) {
      if (!(await get(`meta[property="${p}"]`, 'content'))) problems.push(`${path}: no ${p}`);
    }
    if (!(await get('html', 'lang'))) problems.push(`${path}: no lang`);
  }
  expect(problems).toEqual([]);
});

test('robots.txt and the sitemap are served', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https:\/\/.+\/sitemap-index\.xml/);
  const sitemap = await request.get('/sitemap-index.xml');
  expect(sitemap.ok()).toBe(true);
  expect(pages).toContain('/steps/identify-your-networks/');
});
