// Helpers for the browser tests of the offline service worker (offline*.spec.ts).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const dist = new URL('../../dist/', import.meta.url);

/** How many files the built sw.js precaches (the entries of its manifest); `site` is dist/ unless given. */
export function precacheEntryCount(site: URL = dist): number {
  return [...readFileSync(new URL('sw.js', site), 'utf8').matchAll(/\{url:"[^"]+",revision:/g)].length;
}

/**
 * Waits until the service worker is active and controls the page, then returns how many files its
 * precache holds (an active worker has finished installing, so that is the whole precache).
 */
export async function waitForOfflineCopy(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    const name = (await caches.keys()).find((n) => n.startsWith('networking-guide-precache'));
    return name ? (await (await caches.open(name)).keys()).length : 0;
  });
}

/** The text of the first <h1> of a built page (path like "/steps/repeat/") in `site` (dist/ unless given), as the browser shows it. */
export function builtHeading(path: string, site: URL = dist): string {
  const html = readFileSync(new URL(`.${path}index.html`, site), 'utf8');
  const inner = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return inner
    .replace(/<[^>]+>/g, '')
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '',
    )
    .trim();
}
