// Starts the offline service worker (dist/sw.js) once the page has loaded, so that its downloads do
// not compete with the page. Imported for its effect by page.ts. A new version of the worker waits,
// as browsers do by default, until no window of the site is open: nothing here tells it to take
// over sooner, so no page is ever reloaded for it and no link ever waits for it (see README).
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const start = () => {
    if (import.meta.env.PUBLIC_SERVICE_WORKER === 'off') {
      // The offline mode is turned off at build time: remove the worker from browsers that have it.
      navigator.serviceWorker
        .getRegistrations()
        .then((registrations) => Promise.all(registrations.map((r) => r.unregister())))
        .catch(() => {});
      return;
    }
    // Its scope is the whole site (the folder of /sw.js). Without a worker (private mode, blocked
    // storage) the site simply works online only.
    navigator.serviceWorker.register('/sw.js', { updateViaCache: 'none' }).catch(() => {});
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
