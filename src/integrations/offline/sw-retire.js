// The service worker written when the offline mode is turned off (PUBLIC_SERVICE_WORKER=off): it
// replaces the offline worker in browsers that have it. Like any new version it waits until no
// window of the site is open (see waiting.ts), so no page reloads and no link waits for it; then it
// deletes the stored copies of the site and unregisters itself. Later pages come from the network.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith('networking-guide')).map((n) => caches.delete(n))),
      )
      .then(() => self.registration.unregister()),
  );
});
