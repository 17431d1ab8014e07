// Writes dist/sw.js after the build: a Workbox service worker that precaches every page, script,
// style, the search index and the app icons, so that after one visit the whole guide and its
// search work offline. Run by `npm run build` after the search index; any problem fails the build.
// PUBLIC_SERVICE_WORKER=off writes instead a worker that removes the offline copy (see README).
import { copyFileSync, readdirSync } from 'node:fs';
import { generateSW } from 'workbox-build';
import { HASHED_FILES, PRECACHE_GLOBS, PRECACHE_IGNORES, precacheGaps, precacheSummary } from './precache.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
/** Cache names start with this, so that other sites on the same host keep theirs. */
const CACHE_ID = 'networking-guide';
/** The worker's side of the hand-over between versions (see that file), copied next to sw.js. */
const HANDOFF_SCRIPT = 'sw-handoff.js';

/** Every HTML file of the built site, relative to dist/ ("steps/repeat/index.html"). */
function builtPages() {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => path.endsWith('.html') && !path.startsWith('_astro/') && !path.startsWith('pagefind/'));
}

/** Generates dist/sw.js and prints how much it precaches; throws on any warning or gap. */
async function buildServiceWorker() {
  copyFileSync(new URL(HANDOFF_SCRIPT, import.meta.url), `${dist}${HANDOFF_SCRIPT}`);
  let precached = [];
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: [...PRECACHE_GLOBS],
    globIgnores: [...PRECACHE_IGNORES],
    swDest: `${dist}sw.js`,
    cacheId: CACHE_ID,
    mode: 'production',
    sourcemap: false,
    // The Workbox code goes inside sw.js: nothing is loaded from a CDN or any other origin.
    inlineWorkboxRuntime: true,
    importScripts: [HANDOFF_SCRIPT],
    // Pages are served at /steps/repeat/: look them up as /steps/repeat/index.html.
    directoryIndex: 'index.html',
    // The site's files never depend on the query string (plan links carry their data after #,
    // Pagefind adds ?ts= to its entry file): any query still finds the stored file.
    ignoreURLParametersMatching: [/.*/],
    dontCacheBustURLsMatching: HASHED_FILES,
    // A new version never takes over by itself: the page hands over on the next link the student
    // follows (src/scripts/service-worker-handoff.ts), so no open page is reloaded or broken.
    skipWaiting: false,
    // The first version controls the page it was installed from at once (nothing older to clash with).
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Addresses that are not stored: ask the network; offline, show the stored 404 page.
    runtimeCaching: [
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/404.html' } },
      },
      // Hashed files that this version no longer has: an open page of the previous version may
      // still ask for them; sw-handoff.js kept them when this version was installed.
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
        handler: async ({ request }) =>
          (await caches.match(request, { cacheName: 'networking-guide-previous' })) ?? fetch(request),
      },
    ],
    manifestTransforms: [
      (entries) => {
        precached = entries.map((entry) => entry.url);
        return { manifest: entries, warnings: [] };
      },
    ],
  });
  if (warnings.length) throw new Error(`Workbox warned:\n- ${warnings.join('\n- ')}`);
  const gaps = precacheGaps(precached, builtPages());
  if (gaps.length) throw new Error(`The service worker would not store:\n- ${gaps.join('\n- ')}`);
  console.log(`Service worker: dist/sw.js precaches ${precacheSummary(count, size)}.`);
}

/** Replaces the offline worker with one that removes itself and the site's caches. */
function retireServiceWorker() {
  copyFileSync(new URL('sw-retire.js', import.meta.url), `${dist}sw.js`);
  console.log('Service worker: turned off (PUBLIC_SERVICE_WORKER=off); dist/sw.js removes the offline copy.');
}

try {
  if (process.env.PUBLIC_SERVICE_WORKER === 'off') retireServiceWorker();
  else await buildServiceWorker();
} catch (error) {
  console.error(`Could not write the service worker: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
