// Checks that hold on every page of the site, made in one visit per page: one test per page, so
// each page has its own timeout and a failure names its page and every check it failed.
//   - the page answers 200 (the made-up address: 404) and fits a 320 px screen;
//   - every internal link and #fragment resolves;
//   - it has a title of its own, a description, a canonical URL, Open Graph tags and a language;
//   - a page without a worksheet ships at most 5 KB of JavaScript (gzip) before search opens;
//   - with every island hydrated: no request leaves the site, no Content Security Policy violation,
//     and no two sentences run together in one piece of text ("address.In all").
import { gzipSync } from 'node:zlib';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { hydrateAllIslands, recordViolations } from './page-watch';
import { builtHtml, builtTitle, idCounts, linkedCss, pagesWithoutWorksheets, sitemapPaths } from './site';

const pages = sitemapPaths();
const NOT_FOUND = '/no-such-page/';
const withoutWorksheets = new Set(pagesWithoutWorksheets());

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

/** Links on the page to this site that do not resolve: a path that does not answer 2xx, or a #fragment not on its page exactly once. */
async function brokenLinks(page: Page, request: APIRequestContext, origin: string): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const targets = new Map<string, Set<string>>(); // path → fragments linked
  for (const href of hrefs) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    const set = targets.get(url.pathname) ?? new Set<string>();
    if (url.hash) set.add(decodeURIComponent(url.hash.slice(1)));
    targets.set(url.pathname, set);
  }
  // Every page links at least to the home page and the steps.
  if (targets.size < 2) return [`only ${targets.size} internal link target(s)`];
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
  return broken;
}

/** What is missing or wrong in the page's title, description, canonical URL, Open Graph tags and language. */
async function metadataProblems(page: Page, path: string): Promise<string[]> {
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
  return problems;
}

/**
 * Pieces of text in which a sentence runs into the next without a space ("own address.In all"), as
 * happens when a template joins a sentence to an expression on the next line. Code is left out.
 */
function runTogether(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, code, pre, textarea')) continue;
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/[a-z]{2}[.!?,;:][A-Z]/g))
        found.push(text.slice(Math.max(0, m.index - 20), m.index + 20));
    }
    return found;
  });
}

test.describe('every page', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of [...pages, NOT_FOUND]) {
    test(`${path}`, async ({ context, page, request, baseURL }) => {
      const origin = baseURL ?? '';
      const violations = await recordViolations(context);
      const outside: string[] = [];
      const scripts: Promise<Buffer>[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) outside.push(r.url());
      });
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script' && r.status() === 200) scripts.push(r.body());
      });

      // A fresh context per test: nothing comes from the cache, every script is counted.
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status(), 'status').toBe(path === NOT_FOUND ? 404 : 200);

      if (withoutWorksheets.has(path)) {
        const inline = await page.locator('script:not([src])').allTextContents();
        const total = (await Promise.all(scripts))
          .concat(inline.map((s) => Buffer.from(s)))
          .reduce((sum, b) => sum + gzipSync(b).length, 0);
        expect.soft(total, 'bytes of JavaScript (gzip), at most 5 KB').toBeLessThanOrEqual(5 * 1024);
      }
      expect
        .soft(await page.evaluate(() => document.documentElement.scrollWidth), 'width at 320 px')
        .toBeLessThanOrEqual(320);
      if (path !== NOT_FOUND) {
        expect
          .soft(await metadataProblems(page, path), 'title, description, canonical, Open Graph, language')
          .toEqual([]);
        expect.soft(await brokenLinks(page, request, origin), 'internal links that do not resolve').toEqual([]);
      }

      await hydrateAllIslands(page);
      await page.waitForLoadState('networkidle');
      expect.soft(outside, 'requests that left the site').toEqual([]);
      expect.soft(await runTogether(page), 'sentences run together (no space after the stop)').toEqual([]);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    });
  }
});

test('there are pages without a worksheet (held to 5 KB of JavaScript above)', () => {
  expect(withoutWorksheets.size).toBeGreaterThan(0);
});

test('no request leaves the site during a search', async ({ page, baseURL }) => {
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

test('robots.txt and the sitemap are served', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https:\/\/.+\/sitemap-index\.xml/);
  const sitemap = await request.get('/sitemap-index.xml');
  expect(sitemap.ok()).toBe(true);
  expect(pages).toContain('/steps/identify-your-networks/');
});

// Each page links the styles of the worksheets it shows and no others (the MDX pages import their
// worksheets: src/integrations/worksheet-imports.ts). Read from the built files; no browser needed.
test('a page links only the styles of its own worksheets', () => {
  // Selectors found only in each worksheet's own stylesheet (the shared print rules name the worksheets too).
  const tracker = '.ct-quick-buttons';
  const goals = '.top-five-choice';
  const css = (path: string) => linkedCss(builtHtml(path) ?? '');
  expect(css('/steps/follow-up/')).toContain(tracker);
  expect(css('/steps/assess-your-goals/')).toContain(goals);
  expect(css('/steps/assess-your-goals/')).not.toContain(tracker);
  for (const path of withoutWorksheets) {
    expect.soft(css(path), path).not.toContain(tracker);
    expect.soft(css(path), path).not.toContain(goals);
  }
});
