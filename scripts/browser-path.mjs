// Finds a Chromium for Playwright without downloading one where downloads are impossible.
import { existsSync } from 'node:fs';

/**
 * Debian's headless shell: the same engine as Chromium without the desktop browser around it, the
 * build Playwright itself runs headless tests in. It starts pages in about half the time.
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Debian's full Chromium (Lighthouse measures in it). */
const FULL_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Candidate executables, in order: $CHROMIUM_PATH, then Debian's headless shell and full Chromium
 * (the full one first when `full` is set), then Playwright's own.
 */
export async function browserCandidates({ full = false } = {}) {
  const list = [];
  if (process.env.CHROMIUM_PATH) list.push(process.env.CHROMIUM_PATH);
  list.push(...(full ? [...FULL_CHROMIUM, HEADLESS_SHELL] : [HEADLESS_SHELL, ...FULL_CHROMIUM]));
  try {
    const { chromium } = await import('@playwright/test');
    list.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  return list;
}

/** The first candidate that exists on disk, or undefined (`full` prefers the full browser). */
export async function findBrowser(options = {}) {
  for (const path of await browserCandidates(options)) {
    if (path && existsSync(path)) return path;
  }
  return undefined;
}
