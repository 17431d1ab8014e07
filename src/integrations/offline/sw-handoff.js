// Loaded by the generated service worker (importScripts): its side of the hand-over between
// versions (the page's side is src/scripts/service-worker-handoff.ts).
const PRECACHE_PREFIX = 'networking-guide-precache';
/** Script and style files of the version before this one, for its pages that are still open. */
const PREVIOUS_FILES = 'networking-guide-previous';

// A page about to hand over to this (waiting) version asks how many windows of the site are
// open: the hand-over happens only when the asking page is the only one.
self.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (!port || event.data?.type !== 'COUNT_WINDOWS') return;
  event.waitUntil(
    self.clients
      .matchAll({ type: 'window', includeUncontrolled: true })
      .then((windows) => port.postMessage({ windows: windows.length })),
  );
});

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

// Installing a new version: keep the files of the one in use, which its activation will delete
// from the precache. A page of the old version that the browser restores from its back/forward
// cache can then still load the islands and chunks it loads late (the route is in service-worker.mjs).
self.addEventListener('install', (event) => event.waitUntil(keepPreviousFiles()));
