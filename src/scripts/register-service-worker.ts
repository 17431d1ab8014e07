// Starts the offline service worker once the page has loaded, so that neither its code nor its
// downloads compete with the page. Imported for its effect by page.ts; the work is in service-worker-client.ts.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const start = () => {
    import('./service-worker-client').then(
      (client) => client.startServiceWorker(),
      // The code could not load (offline before the first visit finished): try again on the next page.
      () => {},
    );
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
