// What the service worker stores on the first visit, and the checks that this is enough to work offline.
// Plain TypeScript without imports: the offline build step (index.ts) and its unit tests read it.

/** Files of dist/ to precache, as globs relative to dist/. */
export const PRECACHE_GLOBS: readonly string[] = [
  // Every page: the guide, the tools, the 404 page (the offline answer for unknown addresses) and
  // the small pages that forward old addresses.
  '**/*.html',
  // Scripts, styles and islands (their names carry a hash of their content).
  '_astro/**/*',
  // The search: Pagefind's script and worker, its entry file, metadata, WebAssembly, index and excerpts.
  'pagefind/**/*.{js,json,pf_meta,pagefind,pf_index,pf_fragment,pf_filter}',
  // The QR codes that pages only print (a handout's footer, a worksheet printed alone): printing
  // offline loads them from here.
  'qr/*.svg',
  // What installing the site needs.
  'favicon.svg',
  'manifest.webmanifest',
  'apple-touch-icon.png',
  'icons/*.png',
];

/** Files the globs match that the site never loads: Pagefind's ready-made search interfaces. */
export const PRECACHE_IGNORES: readonly string[] = [
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-highlight.js',
];

/** Files whose names change with their content: the URL alone identifies a version. */
export const HASHED_FILES = /^_astro\//;

/** Files without which the offline site would break, each with what it is for. */
const ESSENTIAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/^index\.html$/, 'the home page (index.html)'],
  [/^404\.html$/, 'the offline page for unknown addresses (404.html)'],
  [/^_astro\/.+\.js$/, 'the scripts in _astro/'],
  [/^_astro\/.+\.css$/, 'the styles in _astro/'],
  [/^pagefind\/pagefind\.js$/, 'the search script (pagefind/pagefind.js)'],
  [/^pagefind\/pagefind-worker\.js$/, 'the search worker (pagefind/pagefind-worker.js)'],
  [/^pagefind\/pagefind-entry\.json$/, 'the search entry file (pagefind/pagefind-entry.json)'],
  [/^pagefind\/.+\.pf_meta$/, 'the search metadata (pagefind/*.pf_meta)'],
  [/^pagefind\/wasm\..+\.pagefind$/, 'the search WebAssembly (pagefind/wasm.*.pagefind)'],
  [/^pagefind\/index\/.+\.pf_index$/, 'the search index (pagefind/index/)'],
  [/^pagefind\/fragment\/.+\.pf_fragment$/, 'the search excerpts (pagefind/fragment/)'],
  [/^manifest\.webmanifest$/, 'the web app manifest'],
];

/**
 * What is missing from a precache list (paths relative to dist/) for the site to work offline:
 * the essential files and every page in `pages` (the HTML files of dist/). Empty when nothing is.
 */
export function precacheGaps(precached: readonly string[], pages: readonly string[]): string[] {
  const listed = new Set(precached);
  return [
    ...ESSENTIAL.filter(([pattern]) => !precached.some((path) => pattern.test(path))).map(([, what]) => what),
    ...pages.filter((page) => !listed.has(page)).map((page) => `the page ${page}`),
  ];
}

/** "123 files, 1.2 MB (1 234 567 bytes)": the size of the precache for the build log. */
export function precacheSummary(files: number, bytes: number): string {
  const megabytes = (bytes / 1_000_000).toFixed(1);
  return `${files} files, ${megabytes} MB (${bytes} bytes)`;
}
