// The Content Security Policy: every page carries it, nothing the site does breaks it (a plan
// link, the workbook, typing in a worksheet, search; each page with all its islands hydrated is
// checked in site-wide.spec.ts), and it is really enforced.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { encodePlan } from '../../src/advisors/codec';
import { redirects } from '../../src/advisors/redirects';
import { contextWithWorkbook, filledWorkbook, targets } from '../fixtures/advisor-e2e';
import { hydrateAllIslands, recordViolations } from './page-watch';
import { sitemapPaths } from './site';

const NOT_FOUND = '/no-such-page/';
// Every page of the sitemap, the small pages at old addresses (with their inline script) and the 404 page.
const pages = [...sitemapPaths(), ...Object.keys(redirects), NOT_FOUND];

/** The policy in a page's CSP <meta> tag, as a map from directive name to its sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const directives = content
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0]);
  return new Map(directives.map(([name = '', ...sources]) => [name, sources]));
}

/** The CSP hash source of an inline script's or style's text, quoted as in a policy. */
const hashSource = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The text of every inline script (not JSON data) and every <style> element in a page. */
function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/type="application\/(ld\+)?json"/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '');
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  return { scripts, styles };
}

test.describe('the policy in every page', () => {
  for (const path of pages) {
    test(`${path} has the CSP meta tag with every required directive, and nothing that weakens it`, async ({
      request,
    }) => {
      const policy = policyOf(await (await request.get(path)).text());
      const problems: string[] = [];
      const has = (name: string, ...sources: string[]) => {
        const given = policy.get(name);
        if (!given) problems.push(`no ${name}`);
        else for (const s of sources) if (!given.includes(s)) problems.push(`${name} lacks ${s}`);
      };
      has('default-src', "'self'");
      has('connect-src', "'self'");
      has('object-src', "'none'");
      has('base-uri', "'self'");
      has('form-action', "'self'");
      has('worker-src', "'self'", 'blob:');
      has('script-src', "'self'", "'wasm-unsafe-eval'");
      has('style-src', "'self'");
      for (const [name, sources] of policy) {
        for (const weak of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
          if (sources.includes(weak)) problems.push(`${name} allows ${weak}`);
        }
      }
      expect(problems).toEqual([]);
    });

    test(`${path}: the hash of every inline script and style is in its policy`, async ({ request }) => {
      const html = await (await request.get(path)).text();
      const policy = policyOf(html);
      const { scripts, styles } = inlineCode(html);
      // The theme script and the brand colour style alone are on every page; a redirect page has its script.
      expect(scripts.length + styles.length).toBeGreaterThanOrEqual(path in redirects ? 1 : 2);
      const missing = [
        ...scripts.filter((code) => !policy.get('script-src')?.includes(hashSource(code))).map((c) => `script: ${c}`),
        ...styles.filter((code) => !policy.get('style-src')?.includes(hashSource(code))).map((c) => `style: ${c}`),
      ].map((line) => line.slice(0, 68));
      expect(missing).toEqual([]);
    });
  }
});

test('the build ships _headers for Netlify and Cloudflare Pages, with frame-ancestors and long caching of /_astro/', () => {
  const headers = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');
  expect(headers).toMatch(/^\/\*\n( {2}.+\n)* {2}Content-Security-Policy: frame-ancestors 'none'$/m);
  expect(headers).toMatch(/^\/\*\n( {2}.+\n)* {2}X-Content-Type-Options: nosniff$/m);
  expect(headers).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
});

// Each page with every island hydrated is checked in site-wide.spec.ts (one load per page for all checks).
test.describe('no violation', () => {
  test('on a plan link, saving the plan', async ({ context, page }) => {
    const found = await recordViolations(context);
    const items = targets.filter((t) => t.kind === 'worksheet').slice(0, 3);
    const link = encodePlan({ items: items.map((t) => t.code), note: 'Read these first.', meetingDate: '2026-03-10' });
    await page.goto(`/plan/#${link}`);
    await hydrateAllIslands(page);
    await expect(page.locator('.plan-item-link')).toHaveText(items.map((t) => t.title));
    await page.getByRole('button', { name: 'Save this plan to my workbook' }).click();
    await expect(page.getByText('This plan is saved in your workbook.')).toBeVisible();
    expect(found).toEqual([]);
  });

  test('on My workbook with saved answers, downloading a backup', async ({ browser }) => {
    const context = await contextWithWorkbook(browser, filledWorkbook);
    const found = await recordViolations(context);
    const page = await context.newPage();
    await page.goto('/workbook/');
    await hydrateAllIslands(page);
    await expect(page.locator('.workbook-page').getByText('Dana Ortiz').first()).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(found).toEqual([]);
    await context.close();
  });

  test('while typing in a worksheet (the pitch builder and its length bar)', async ({ context, page }) => {
    const found = await recordViolations(context);
    await page.goto('/steps/elevator-pitch/#pitch-builder');
    await hydrateAllIslands(page);
    const sheet = page.locator('#pitch-builder');
    await sheet.getByRole('button', { name: 'Create your first pitch' }).click();
    await sheet.getByLabel('Who you are now').pressSequentially('I study public health and love data.');
    // The bar's width is set through the style object (CSSOM), which the policy allows.
    await expect(sheet.locator('.pb-bar-fill')).toHaveAttribute('style', /width: *[1-9]/);
    await expect(sheet.locator('.save-status')).toHaveText(/saved/i);
    expect(found).toEqual([]);
  });

  /** Opens search from the header, looks for "elevator pitch" and follows the first result. */
  async function searchAndFollow(page: Page): Promise<void> {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByLabel('Words to look for').pressSequentially('elevator pitch');
    const first = dialog.locator('.search-results > li > a').first();
    await expect(first).toHaveAttribute('href', /\/steps\/elevator-pitch\//);
    await first.click();
    await expect(page).toHaveURL(/\/steps\/elevator-pitch\//);
    await page.waitForLoadState('networkidle');
  }

  test('during a search, following a result', async ({ context, page }) => {
    const found = await recordViolations(context);
    await searchAndFollow(page);
    expect(found).toEqual([]);
  });

  test('during a search without web workers (Pagefind compiles its WebAssembly on the page)', async ({
    context,
    page,
  }) => {
    const found = await recordViolations(context);
    await context.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    await searchAndFollow(page);
    expect(found).toEqual([]);
  });
});

test('the policy is enforced: an injected inline script, style attribute and outside image are refused', async ({
  context,
  page,
}) => {
  const found = await recordViolations(context);
  // Even if the policy were gone, nothing would leave this machine.
  await context.route(/^https?:\/\/example\.com\//, (route) => route.abort());
  await page.goto('/');
  const effects = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true;';
    document.body.append(script);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(styled);
    const image = document.createElement('img');
    image.src = 'https://example.com/x.png';
    image.alt = '';
    document.body.append(image);
    return { script: 'injectedScriptRan' in window, color: getComputedStyle(styled).color };
  });
  expect(effects.script).toBe(false);
  expect(effects.color).not.toBe('rgb(255, 0, 0)');
  await expect
    .poll(() => found.filter((line) => line.startsWith('/:')).sort())
    .toEqual([
      expect.stringMatching(/^\/: img-src refused https:\/\/example\.com\/x\.png/),
      expect.stringMatching(/^\/: script-src-elem refused inline/),
      expect.stringMatching(/^\/: style-src-attr refused inline/),
    ]);
});
