// Dynamic imports as the browser does them, without Vite's preload helper. Vite wraps every
// `import()` in a helper that first fetches the imported chunk's dependencies and styles. Nothing on
// this site needs it: a worksheet's styles are linked by its page, and an island fetches its files
// itself (client:view). Astro sets `modulePreload` for the client build itself, over the site's
// `vite.build.modulePreload: false`, so every page loaded the 0.9 KB helper and carried a list of
// files to preload for each dynamic import.
import type { Plugin } from 'vite';

/** The module Vite imports the helper from, in its build. */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** The helper's whole code here: runs the import it is given, nothing before it. */
export const PLAIN_HELPER = 'export const __vitePreload = (load) => load();';

/** Vite plugin: no dependency lists for dynamic imports in the client build, and a helper that only imports. */
export function plainDynamicImports(): Plugin {
  return {
    name: 'networking-guide:plain-dynamic-imports',
    enforce: 'pre',
    configEnvironment(name, config) {
      if (name !== 'client') return;
      config.build ??= {};
      config.build.modulePreload = false;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? PLAIN_HELPER : undefined;
    },
  };
}
