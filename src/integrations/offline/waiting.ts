// Why a new version of the offline worker always waits: in Chromium, a version told to take over
// (skipWaiting) while a page of the site is open can stop the next page the student opens from
// loading (40 s and more on a busy machine): that navigation waits for the new version to activate,
// and the activation waits for the old version. So sw.js never calls skipWaiting: a new version
// takes over, as browsers do by default, once no window of the site is open.
// Plain TypeScript without imports: the offline build step (index.ts) and its unit tests read it.

/** Workbox's listener (minified) that lets any page tell a waiting version to take over at once. */
const SKIP_WAITING_LISTENER =
  /self\.addEventListener\("message",\(?(\w+)\)?=>\{\1\.data&&"SKIP_WAITING"===\1\.data\.type&&self\.skipWaiting\(\)\}\),/;

/**
 * The generated worker `worker` without the listener Workbox adds for `skipWaiting: false`; throws
 * when anything in it could still call skipWaiting (Workbox changed how it writes the listener).
 */
export function withoutSkipWaiting(worker: string): string {
  const stripped = worker.replace(SKIP_WAITING_LISTENER, '');
  if (stripped.includes('skipWaiting')) {
    throw new Error(
      'sw.js could still call skipWaiting: Workbox changed how it writes its SKIP_WAITING listener. Update SKIP_WAITING_LISTENER in src/integrations/offline/waiting.ts.',
    );
  }
  return stripped;
}
