// Registers the offline service worker (dist/sw.js) and hands a new version over when the
// student follows a link (rules in service-worker-handoff.ts). It never reloads a page.
// Loaded by register-service-worker.ts once the page has loaded.
import { handoffOnNavigation, pageLinkTarget } from './service-worker-handoff';

const SCRIPT_URL = '/sw.js';
/** How long to wait for the worker to say how many windows are open. */
const COUNT_TIMEOUT_MS = 1000;
/** How long to wait for the new version to take over before following the link anyway. */
const TAKEOVER_TIMEOUT_MS = 3000;

/** Asks a worker how many windows of the site are open; null when it does not answer in time. */
function countOpenWindows(worker: ServiceWorker): Promise<number | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), COUNT_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<{ windows?: unknown }>) => {
      clearTimeout(timer);
      resolve(typeof event.data?.windows === 'number' ? event.data.windows : null);
    };
    worker.postMessage({ type: 'COUNT_WINDOWS' }, [channel.port2]);
  });
}

/** Resolves when a new worker controls this page, or after a timeout. */
function nextController(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      navigator.serviceWorker.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, TAKEOVER_TIMEOUT_MS);
    navigator.serviceWorker.addEventListener('controllerchange', done);
  });
}

/** Follows a link, first letting the waiting version take over when the rules allow it. */
async function followLink(registration: ServiceWorkerRegistration, url: URL): Promise<void> {
  const waiting = registration.waiting;
  if (waiting) {
    const state = {
      hasWaitingWorker: true,
      isControlled: navigator.serviceWorker.controller !== null,
      openWindows: await countOpenWindows(waiting),
    };
    if (handoffOnNavigation(state) === 'activate-then-go') {
      const takenOver = nextController();
      waiting.postMessage({ type: 'SKIP_WAITING' });
      await takenOver;
    }
  }
  window.location.assign(url.href);
}

/** Removes the site's service worker (when the offline mode is turned off at build time). */
async function unregister(): Promise<void> {
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((r) => r.unregister()));
}

/** Registers the worker and watches link clicks while a new version waits (or removes it, when turned off). */
export function startServiceWorker(): void {
  if (import.meta.env.PUBLIC_SERVICE_WORKER === 'off') {
    void unregister().catch(() => {});
    return;
  }
  let registration: ServiceWorkerRegistration | undefined;
  navigator.serviceWorker.register(SCRIPT_URL, { scope: '/', updateViaCache: 'none' }).then(
    (r) => {
      registration = r;
    },
    // Without a worker (private mode, blocked storage) the site simply works online only.
    () => {},
  );

  // On window, so that the page's own click handlers (islands) have run and may have prevented it.
  window.addEventListener('click', (event) => {
    if (!registration?.waiting) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const url = pageLinkTarget(
      {
        button: event.button,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        defaultPrevented: event.defaultPrevented,
        href: link.href,
        target: link.target,
        download: link.hasAttribute('download'),
      },
      new URL(window.location.href),
    );
    if (!url) return;
    event.preventDefault();
    void followLink(registration, url);
  });
}
