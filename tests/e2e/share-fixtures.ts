// Helpers for the browser tests of sharing with an advisor and moving a workbook (share*.spec.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { buildSampleWorkbook } from '../../src/workbook/sample-workbook';

/** The built site the tests run against. */
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** When the sample workbooks were made. */
const MADE = new Date('2026-03-01T12:00:00.000Z');

/**
 * A student's workbook: goals, a top five, one pitch, `people` people (some met, with interview notes)
 * and a saved plan; step 3's ranked list holds `organizations` organizations (none unless asked).
 */
export function studentWorkbook(people = 20, organizations = 0) {
  const doc = buildSampleWorkbook(people, MADE, { organizations });
  return {
    ...doc,
    pitches: doc.pitches.slice(0, 1),
    plans: doc.plans.map((p) => ({
      ...p,
      items: ['/steps/identify-your-networks/#network-map', '/steps/elevator-pitch/#what-a-pitch-is'],
    })),
  };
}

/** One request a page made: where to, how, and whether it carried a body. */
export interface Recorded {
  url: string;
  method: string;
  body: string | null;
}

/** Starts recording every request of every page of `context` (the list fills as they happen). */
export function recordRequests(context: BrowserContext): Recorded[] {
  const recorded: Recorded[] = [];
  context.on('request', (r) => recorded.push({ url: r.url(), method: r.method(), body: r.postData() }));
  return recorded;
}

/**
 * What must hold for every request recorded while sharing or opening a link: only reads (GET) of
 * the site's own files, with no body, nothing to another origin, and nothing of the link's data.
 */
export function expectNothingSent(recorded: readonly Recorded[], origin: string, secrets: readonly string[]): void {
  expect(recorded.length).toBeGreaterThan(0);
  // A request for a file of the build carries nothing but its fixed name, which may contain a word
  // of a code by chance (the chunk "formats" holds "form"): only the rest of such an address counts.
  const carried = (url: URL) => {
    const builtFile = url.pathname !== '/' && existsSync(join(DIST, decodeURIComponent(url.pathname)));
    return `${builtFile ? '' : url.pathname}${url.search}${url.hash}`;
  };
  const wrong = recorded.filter((r) => {
    const url = new URL(r.url);
    const text = carried(url);
    return (
      url.origin !== origin ||
      r.method !== 'GET' ||
      r.body !== null ||
      secrets.some((secret) => secret && (text.includes(secret) || decodeURIComponent(text).includes(secret)))
    );
  });
  expect(wrong).toEqual([]);
}

/**
 * Records the PBKDF2 iterations of every key the page derives through Web Crypto, in
 * `window.pbkdf2Iterations` (read it with `iterationsUsed`).
 */
export async function watchKeyDerivation(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const used: number[] = [];
    (window as unknown as { pbkdf2Iterations: number[] }).pbkdf2Iterations = used;
    const subtle = crypto.subtle;
    const derive = subtle.deriveBits.bind(subtle);
    subtle.deriveBits = (algorithm, key, length) => {
      used.push((algorithm as Pbkdf2Params).iterations);
      return derive(algorithm, key, length);
    };
  });
}

/** The PBKDF2 iterations of every key the page derived so far. */
export function iterationsUsed(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { pbkdf2Iterations: number[] }).pbkdf2Iterations);
}

/** Opens the share chooser on My workbook and waits for its preview. */
export async function openShareChooser(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Share with my advisor' }).click();
  await expect(page.getByRole('heading', { name: 'Choose what to share' })).toBeFocused();
  await expect(page.locator('.shared-frame .shared-view')).toBeVisible();
}

/** The text of the preview in the chooser, as the student sees it. */
export const previewText = (page: Page) => page.locator('.shared-frame .shared-view').textContent();

/** The text of the summary on the shared page, as the advisor sees it. */
export const sharedText = (page: Page) => page.locator('.shared-content .shared-view').textContent();

/** Makes the link in the chooser and returns it. */
export async function makeShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Make the link' }).click();
  const field = page.getByRole('textbox', { name: 'Link for your advisor' });
  await expect(field).toHaveValue(/\/shared\/#/);
  return field.inputValue();
}

/** The code shown in a share or move panel (the four words the site made). */
export async function shownCode(page: Page, panel: string): Promise<string> {
  const code = (await page.locator(`${panel} .code-choice .code-words`).textContent()) ?? '';
  expect(code).toMatch(/^[a-z]+ [a-z]+ [a-z]+ [a-z]+$/);
  return code;
}

/** The part of a link after "#". */
export const fragmentOf = (link: string) => link.slice(link.indexOf('#') + 1);
