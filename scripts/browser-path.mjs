// Finds a Chromium for Playwright without downloading one where downloads are impossible.
import { existsSync } from 'node:fs';

/** Candidate executables, in order: $CHROMIUM_PATH, Debian's chromium, then Playwright's own. */
export async function browserCandidates() {
  const list = [];
  if (process.env.CHROMIUM_PATH) list.push(process.env.CHROMIUM_PATH);
  list.push('/usr/bin/chromium', '/usr/bin/chromium-browser');
  try {
    const { chromium } = await import('@playwright/test');
    list.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  return list;
}

/** The first candidate that exists on disk, or undefined. */
export async function findBrowser() {
  for (const path of await browserCandidates()) {
    if (path && existsSync(path)) return path;
  }
  return undefined;
}
