// The offline copy as a build step: once Astro has written the site and the search index is built,
// Workbox writes sw.js into the build's own output folder (dist/, or the one given with --outDir).
// The worker precaches every page, script, style, the search index and the app icons, so that after
// one visit the whole guide and its search work offline. Any warning, or a page or search file that
// would not be stored, fails the build. A new version waits until no window of the site is open
// (nothing in sw.js calls skipWaiting). PUBLIC_SERVICE_WORKER=off (in the environment or a .env
// file) writes instead a worker that removes the offline copy (see README).
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadEnv } from 'vite';
import { generateSW } from 'workbox-build';
import { HASHED_FILES, PRECACHE_GLOBS, PRECACHE_IGNORES, precacheGaps, precacheSummary } from './precache';
import { withoutSkipWaiting } from './waiting';

/** Cache names start with this, so that other sites on the same host keep theirs. */
const CACHE_ID = 'networking-guide';
/** Keeps the previous version's files for its pages still open (see that file), copied next to sw.js. */
const PREVIOUS_FILES_SCRIPT = 'sw-previous-files.js';
/** The worker that replaces the offline one when the offline mode is turned off. */
const RETIRE_SCRIPT = 'sw-retire.js';

/** The path of a file that sits beside this module. */
const besideThis = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** Every HTML file of the built site, relative to its folder ("steps/repeat/index.html"). */
function builtPages(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => path.endsWith('.html') && !path.startsWith('_astro/') && !path.startsWith('pagefind/'));
}

/** Writes sw.js into the built site folder `site`; resolves to what it precaches, throws on any warning or gap. */
export async function buildServiceWorker(site: string): Promise<string> {
  copyFileSync(besideThis(PREVIOUS_FILES_SCRIPT), `${site}${PREVIOUS_FILES_SCRIPT}`);
  let precached: string[] = [];
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    globPatterns: [...PRECACHE_GLOBS],
    globIgnores: [...PRECACHE_IGNORES],
    swDest: `${site}sw.js`,
    cacheId: CACHE_ID,
    mode: 'production',
    sourcemap: false,
    // The Workbox code goes inside sw.js: nothing is loaded from a CDN or any other origin.
    inlineWorkboxRuntime: true,
    importScripts: [PREVIOUS_FILES_SCRIPT],
    // Pages are served at /steps/repeat/: look them up as /steps/repeat/index.html.
    directoryIndex: 'index.html',
    // The site's files never depend on the query string (plan links carry their data after #,
    // Pagefind adds ?ts= to its entry file): any query still finds the stored file.
    ignoreURLParametersMatching: [/.*/],
    dontCacheBustURLsMatching: HASHED_FILES,
    // A new version waits until no window of the site is open (waiting.ts removes the message that
    // Workbox adds to skip that).
    skipWaiting: false,
    // The first version controls the page it was installed from at once (nothing older to clash with);
    // a later one, once it takes over, also serves the pages that were loaded around the worker.
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
      // still ask for them; sw-previous-files.js kept them when this version was installed.
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
        handler: async ({ request }) =>
          (await caches.match(request, { cacheName: 'networking-guide-previous' })) ?? fetch(request),
      },
    ],
    manifestTransforms: [
      async (entries) => {
        precached = entries.map((entry) => entry.url);
        return { manifest: entries, warnings: [] };
      },
    ],
  });
  writeFileSync(`${site}sw.js`, withoutSkipWaiting(readFileSync(`${site}sw.js`, 'utf8')));
  const gaps = precacheGaps(precached, builtPages(site));
  const problems = [
    ...(gaps.length ? [`The service worker would not store:\n- ${gaps.join('\n- ')}`] : []),
    ...(warnings.length ? [`Workbox warned:\n- ${warnings.join('\n- ')}`] : []),
  ];
  if (problems.length) throw new Error(problems.join('\n'));
  return precacheSummary(count, size);
}

/** Replaces the offline worker in `site` with one that removes itself and the site's caches. */
export function retireServiceWorker(site: string): void {
  copyFileSync(besideThis(RETIRE_SCRIPT), `${site}sw.js`);
}

/**
 * The Astro integration that writes the offline service worker of every build, in its own output
 * folder. Put it after the search index in `integrations`: the worker stores the index too.
 */
export function offline(): AstroIntegration {
  let turnedOff = false;
  return {
    name: 'networking-guide:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The same setting the pages read as import.meta.env.PUBLIC_SERVICE_WORKER.
        turnedOff = loadEnv('production', fileURLToPath(config.root), 'PUBLIC_').PUBLIC_SERVICE_WORKER === 'off';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (turnedOff) {
          retireServiceWorker(site);
          logger.info(`Turned off (PUBLIC_SERVICE_WORKER=off): ${site}sw.js removes the offline copy.`);
          return;
        }
        try {
          logger.info(`${site}sw.js precaches ${await buildServiceWorker(site)}.`);
        } catch (error) {
          throw new Error(`Could not write the service worker. ${error instanceof Error ? error.message : error}`);
        }
      },
    },
  };
}
