// Checks that hold on every page of the site. Each check is one test per page, so each page has
// its own timeout and a failure names its page.
import { gzipSync } from 'node:zlib';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { builtHtml, builtTitle, idCounts, pagesWithoutWorksheets, sitemapPaths } from './site';

const pages = sitemapPaths();

/** The title each built page has, to find titles used twice. */
const titles = new Map(pages.map((path) => [path, builtTitle(builtHtml(path) ?? '')]));

/** What the server answers for each path (its status, and the path it ends at after redirects), asked once per worker. */
const answers = new Map<string, { status: number; path: string }>();
async function answerFor(request: APIRequestContext, path: string): Promise<{ status: number; path: string }> {
  let answer = answers.get(path);
  if (!answer) {
    const response = await request.get(path);
    answer = { status: response.status(), path: new URL(response.url()).pathname };
    answers.set(path, answer);
  }
  return answer;
}

/** The ids in each built page, with how often each occurs, read once per worker. */
const ids = new Map<string, Map<string, number> | undefined>();
const idsOn = (path: string): Map<string, number> | undefined => {
  if (!ids.has(path)) {
    const html = builtHtml(path);
    ids.set(path, html === undefined ? undefined : idCounts(html));
  }
  return ids.get(path);
};

test.describe('every internal link and #fragment resolves', () => {
  for (const path of pages) {
    test(`on ${path}`, async ({ page, baseURL, request }) => {
      await page.goto(path);
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const targets = new Map<string, Set<string>>(); // path → fragments linked
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== baseURL) continue;
        const set = targets.get(url.pathname) ?? new Set<string>();
        if (url.hash) set.add(decodeURIComponent(url.hash.slice(1)));
        targets.set(url.pathname, set);
      }
      // Every page links at least to the home page and the steps.
      expect(targets.size).toBeGreaterThan(1);
      const broken: string[] = [];
      for (const [target, fragments] of targets) {
        const answer = await answerFor(request, target);
        if (answer.status < 200 || answer.status > 299) {
          broken.push(`${target} (${answer.status})`);
          continue;
        }
        // An id must be on the target page exactly once, as the browser builds it from the HTML.
        const counts = fragments.size ? idsOn(answer.path) : undefined;
        for (const id of fragments) {
          if (counts?.get(id) !== 1) broken.push(`${target}#${id}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});

test.describe('no page is wider than a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of pages) {
    test(`${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

test.describe('no request leaves the site', () => {
  for (const path of pages) {
    test(`on ${path}`, async ({ page, baseURL }) => {
      const outside: string[] = [];
      const asked: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        asked.push(r.url());
        if (url.origin !== baseURL && !['data:', 'blob:'].includes(url.protocol)) outside.push(r.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(asked.length).toBeGreaterThan(0);
      expect(outside).toEqual([]);
    });
  }

  test('during a search', async ({ page, baseURL }) => {
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== baseURL && !['data:', 'blob:'].includes(url.protocol)) outside.push(r.url());
    });
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.getByLabel('Words to look for').fill('thank you');
    await expect(page.locator('.search-results a').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
  });
});

test.describe('pages without a worksheet ship at most 5 KB of JavaScript (gzip) before search opens', () => {
  test('there are such pages', () => {
    expect(pagesWithoutWorksheets().length).toBeGreaterThan(0);
  });

  for (const path of pagesWithoutWorksheets()) {
    test(`${path}`, async ({ browser }) => {
      // A fresh context: nothing comes from the cache, every script is counted.
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
      expect(total, `${path}: bytes of JavaScript`).toBeLessThanOrEqual(5 * 1024);
      await context.close();
    });
  }
});

test.describe('every page has a title, description, canonical URL, Open Graph tags and a language', () => {
  for (const path of pages) {
    test(`${path}`, async ({ page }) => {
      await page.goto(path);
      const problems: string[] = [];
      const title = await page.title();
      if (!title) problems.push('no title');
      const sameTitle = pages.filter((other) => other !== path && titles.get(other) === title);
      if (sameTitle.length) problems.push(`title "${title}" also on ${sameTitle.join(', ')}`);
      const get = (sel: string, attr: string) => page.locator(sel).first().getAttribute(attr);
      if (!(await get('meta[name="description"]', 'content'))) problems.push('no description');
      const canonical = await get('link[rel="canonical"]', 'href');
      if (!canonical?.startsWith('https://') || !canonical.endsWith(path)) problems.push(`canonical ${canonical}`);
      for (const p of ['og:title', 'og:description', 'og:url']) {
        if (!(await get(`meta[property="${p}"]`, 'content'))) problems.push(`no ${p}`);
      }
      if (!(await get('html', 'lang'))) problems.push('no lang');
      expect(problems).toEqual([]);
    });
  }
});

test('robots.txt and the sitemap are served', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https:\/\/.+\/sitemap-index\.xml/);
  const sitemap = await request.get('/sitemap-index.xml');
  expect(sitemap.ok()).toBe(true);
  expect(pages).toContain('/steps/identify-your-networks/');
});
