// Loaded by the generated service worker (importScripts). When a new version installs, it keeps a
// copy of the script and style files of the version in use, which the new version's activation
// deletes from the precache. A page of the old version that the new version takes over (one loaded
// around the worker with a hard reload, or one a browser restores from its back/forward cache) can
// then still load the islands and chunks it loads late, offline too (the route is in index.ts).
const PRECACHE_PREFIX = 'networking-guide-precache';
/** Script and style files of the version before this one, for its pages that are still open. */
const PREVIOUS_FILES = 'networking-guide-previous';

/** Copies the hashed files (/_astro/) of the version in use into PREVIOUS_FILES, replacing older ones. */
async function keepPreviousFiles() {
  await caches.delete(PREVIOUS_FILES);
  const previous = await caches.open(PREVIOUS_FILES);
  for (const name of await caches.keys()) {
    if (!name.startsWith(PRECACHE_PREFIX)) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!new URL(request.url).pathname.startsWith('/_astro/')) continue;
      const response = await cache.match(request);
      if (response) await previous.put(request, response);
    }
  }
}

self.addEventListener('install', (event) => event.waitUntil(keepPreviousFiles()));
