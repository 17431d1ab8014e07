// Seeding and reading helpers for the workbook browser tests. Storage is always pre-filled with
// `browser.newContext({ storageState })`, never with addInitScript (which would re-run on reload).
import { readFile } from 'node:fs/promises';
import { type Browser, type BrowserContext, type Download, expect, type Page } from '@playwright/test';
import { blankContact } from '../../src/workbook/model';

const PORT = Number(process.env.TEST_PORT ?? 4329);
/** The origin the preview server runs on (the storageState origin must match it exactly). */
export const ORIGIN = `http://127.0.0.1:${PORT}`;
/** The localStorage key of the workbook document. */
export const KEY = 'networking-guide:workbook';
/** The key beside it with the checksum of what the engine last wrote. */
export const CHECK_KEY = `${KEY}:check`;
/** Where unreadable originals are copied. */
export const UNREADABLE_PREFIX = `${KEY}:unreadable:`;
/** The step 1 page with the network map worksheet. */
export const NETWORK_MAP = '/steps/identify-your-networks/';
/** My workbook. */
export const WORKBOOK_PAGE = '/workbook/';

export const STAMP = '2025-03-01T12:00:00.000Z';

/** A stored contact with every field; override what the test needs. */
export function contact(id: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...blankContact(id, name, STAMP), circleId: 'work', ...extra };
}

/** A whole version 1 workbook document holding `contacts`. */
export function workbook(contacts: unknown[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    updatedAt: STAMP,
    circles: [
      { id: 'work', name: 'Work and internships', builtIn: true },
      { id: 'family', name: 'Family and friends', builtIn: true },
      { id: 'activities', name: 'Activities and hobbies', builtIn: true },
    ],
    contacts,
    places: [],
    goals: { wants: [], fields: '', organizations: '', questions: '' },
    pitches: [],
    outreach: [],
    preps: [],
    interviews: [],
    thankYous: [],
    plans: [],
    ...extra,
  };
}

const NOTE =
  'Met at the spring career fair. Works on river monitoring and mentioned that the team hires interns every summer. ' +
  'Suggested I look at the state certification course and offered to introduce me to a colleague in policy.';
const CIRCLES = ['work', 'family', 'activities'];

/** `count` realistic contacts with notes, spread over the three built-in circles. */
export function manyContacts(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) =>
    contact(`c${i}`, `Person ${i} Example`, {
      circleId: CIRCLES[i % CIRCLES.length],
      howKnown: 'My supervisor’s colleague from the summer internship.',
      org: 'County Water Quality Lab',
      notes: `${NOTE} (${i})`,
      email: `person${i}@example.org`,
    }),
  );
}

/** A new browser context whose localStorage for the site holds exactly `items` (raw strings). */
export async function seededContext(
  browser: Browser,
  items: Record<string, string> = {},
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  return browser.newContext({
    ...options,
    storageState: {
      cookies: [],
      origins: [{ origin: ORIGIN, localStorage: Object.entries(items).map(([name, value]) => ({ name, value })) }],
    },
  });
}

/** A new context with `doc` stored as the workbook (JSON, without a checksum, so it is validated on load). */
export function contextWithWorkbook(browser: Browser, doc: unknown, more: Record<string, string> = {}) {
  return seededContext(browser, { [KEY]: JSON.stringify(doc), ...more });
}

/**
 * A new page, in a context of its own, whose browser already holds `doc` as the saved workbook
 * (nothing saved when `doc` is undefined); `options` are the context's (colour scheme, viewport…);
 * `fixedTime` fixes the page's clock (for tests that depend on today's date).
 */
export async function seededPage(
  browser: Browser,
  baseURL: string | undefined,
  doc: unknown,
  options: Parameters<Browser['newContext']>[0] = {},
  fixedTime?: Date | string,
): Promise<Page> {
  const origin = baseURL ?? ORIGIN;
  const localStorage = doc ? [{ name: KEY, value: JSON.stringify(doc) }] : [];
  const context = await browser.newContext({
    baseURL: origin,
    ...options,
    storageState: { cookies: [], origins: [{ origin, localStorage }] },
  });
  const page = await context.newPage();
  if (fixedTime !== undefined) await page.clock.setFixedTime(fixedTime);
  return page;
}

/** "Today" in the tests that depend on the date: Wednesday 25 November 2026. */
export const TEST_TODAY = '2026-11-25';
/** Noon on TEST_TODAY, local time, for page.clock. */
export const TEST_NOON = new Date(`${TEST_TODAY}T12:00:00`);

/** A seededPage whose clock is fixed at TEST_NOON. */
export const seededPageOnTestDay = (
  browser: Browser,
  baseURL: string | undefined,
  doc: unknown,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<Page> => seededPage(browser, baseURL, doc, options, TEST_NOON);

/**
 * Stops the page's clock (installed before with page.clock.install), so that time moves only with
 * page.clock.runFor and fastForward, however slow the machine. The clock stops a minute ahead of
 * the page's time, because real time runs on while this call reaches the page and the clock cannot
 * go back; timers due in that minute fire as it jumps.
 */
export async function stopClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 60_000);
}

/**
 * Holds back every response whose URL matches `pattern` until `release()`, as a slow connection
 * would (so what a test does meanwhile surely happens before the file arrives); `requested`
 * resolves at the first request.
 */
export async function holdBack(page: Page, pattern: string) {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let markRequested: () => void = () => {};
  const requested = new Promise<void>((resolve) => {
    markRequested = resolve;
  });
  await page.route(pattern, async (route) => {
    markRequested();
    await held;
    await route.continue();
  });
  return { requested, release };
}

/**
 * Scrolls to each island of the worksheet `id` in turn, waiting for each to hydrate (a worksheet can
 * be several islands, each started when it comes in or near the view), then back to the worksheet.
 */
export async function startIslandsOf(page: Page, id: string): Promise<void> {
  for (const island of await page.locator(`#${id} astro-island`).all()) {
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
    await expect(island).not.toHaveAttribute('ssr');
  }
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await expect(page.locator(`#${id} astro-island[ssr]`)).toHaveCount(0);
}

/** Opens `path` at the worksheet `id`, scrolls to it and waits until it has hydrated and read the workbook. */
export async function openWorksheetAt(page: Page, path: string, id: string): Promise<void> {
  await page.goto(`${path}#${id}`);
  await startIslandsOf(page, id);
  await expect(page.locator(`#${id} .save-status`)).not.toBeEmpty();
}

/** Waits until every island on the page has hydrated (Astro removes `ssr` once it has). */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('astro-island').first()).toBeAttached();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/**
 * Scrolls to each island in turn and waits until it has hydrated (islands start when they come into
 * view). Islands that start at load (My workbook's and the person page's) are not scrolled to: they
 * need not be, and one with nothing to show (no messages yet) has no box to scroll to.
 */
export async function hydrateEveryIsland(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) {
    if ((await island.getAttribute('client')) !== 'load') await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr');
  }
}

/** Opens the network map, scrolls to it (it hydrates when visible) and waits until it is live. */
export async function openNetworkMap(page: Page): Promise<void> {
  await page.goto(NETWORK_MAP);
  await page.locator('#network-map').scrollIntoViewIfNeeded();
  await waitForHydration(page);
  // The status line (or a notice in its place) is filled in only after mounting.
  await expect(page.locator('#network-map .workbook-status')).toHaveText(/\S/);
}

/** Opens My workbook and waits until it is live. */
export async function openWorkbookPage(page: Page): Promise<void> {
  await page.goto(WORKBOOK_PAGE);
  await waitForHydration(page);
  await expect(page.locator('.workbook-page .workbook-status')).toHaveText(/\S/);
}

/** The network map region. */
export const networkMap = (page: Page) => page.locator('#network-map');

/** The names of the people shown on the network map, in order. */
export const shownNames = (page: Page) => networkMap(page).locator('.entry-name');

/** Adds a person on the network map by typing the name and pressing Enter; waits until it shows. */
export async function addPerson(page: Page, name: string): Promise<void> {
  const field = page.locator('#nm-name');
  await field.fill(name);
  await field.press('Enter');
  await expect(shownNames(page).filter({ hasText: name }).first()).toBeVisible();
  await expect(field).toHaveValue('');
}

/** The raw stored text under `key` (null when absent). */
export function storedRaw(page: Page, key = KEY): Promise<string | null> {
  return page.evaluate((k) => window.localStorage.getItem(k), key);
}

/** Every localStorage key and value on the page's origin. */
export function storageEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < window.localStorage.length; i++) {
      const k = window.localStorage.key(i);
      if (k !== null) out[k] = window.localStorage.getItem(k) ?? '';
    }
    return out;
  });
}

/** The names of the contacts in the stored workbook ([] when nothing is stored). */
export async function storedNames(page: Page): Promise<string[]> {
  const raw = await storedRaw(page);
  if (raw === null) return [];
  const doc = JSON.parse(raw) as { contacts?: Array<{ name: string }> };
  return (doc.contacts ?? []).map((c) => c.name);
}

/** The stored contact with `name`, or undefined. */
export async function storedContact(page: Page, name: string): Promise<Record<string, unknown> | undefined> {
  const raw = await storedRaw(page);
  if (raw === null) return undefined;
  const doc = JSON.parse(raw) as { contacts: Array<Record<string, unknown>> };
  return doc.contacts.find((c) => c.name === name);
}

/** Clicks what starts a download and returns the file name and its text. */
export async function downloadText(page: Page, start: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  return { name: download.suggestedFilename(), text: await readDownload(download) };
}

async function readDownload(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

/**
 * Fills the page's real localStorage (Chromium: 5,242,880 UTF-16 characters per origin, keys
 * included) with `filler-<n>` items, measured in the page, leaving about `room` characters free.
 * Writes shrinking chunks (1 MB down to 16 characters), so each character is written about once.
 * Returns how many characters the filler takes.
 */
export function fillStorage(page: Page, room: number): Promise<number> {
  return page.evaluate((keep) => {
    const items: Array<[string, number]> = [];
    for (let chunk = 1 << 20; chunk >= 16; chunk >>= 2) {
      for (;;) {
        const name = `filler-${items.length}`;
        try {
          localStorage.setItem(name, 'x'.repeat(chunk));
        } catch {
          break;
        }
        items.push([name, chunk]);
      }
    }
    let freed = 0;
    while (freed < keep && items.length > 0) {
      const [name, size] = items.pop() as [string, number];
      localStorage.removeItem(name);
      freed += name.length + size;
    }
    const name = `filler-${items.length}`;
    const rest = freed - keep - name.length;
    if (rest > 0) {
      localStorage.setItem(name, 'x'.repeat(rest));
      items.push([name, rest]);
    }
    return items.reduce((sum, [, size]) => sum + size, 0);
  }, room);
}

/** Removes the filler that fillStorage wrote. */
export function freeStorage(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
}

/** Makes reading `window.localStorage` throw SecurityError, as when the browser blocks storage. */
export async function blockStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

/** The page's cumulative layout shift so far (shifts right after input excluded), measured in the page. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<
            PerformanceEntry & { value: number; hadRecentInput: boolean }
          >) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 100);
      }),
  );
}
