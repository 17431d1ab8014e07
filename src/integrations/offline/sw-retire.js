// The service worker written when the offline mode is turned off (PUBLIC_SERVICE_WORKER=off):
// it replaces the offline worker in browsers that have it, deletes its copies of the site and
// unregisters itself. It reloads nothing: open pages keep working from the network.
self.addEventListener('install', () => self.skipWaiting());
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
