import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Solid's Astro integration with this site's own renderer: server.ts renders islands without
 * Suspense and client.ts hydrates them without Suspense and without a store for their props.
 * `solid` is the integration from @astrojs/solid-js (its Vite plugin for JSX is kept).
 */
export function lightSolidIslands(solid: AstroIntegration): AstroIntegration {
  const setup = solid.hooks['astro:config:setup'];
  return {
    ...solid,
    hooks: {
      ...solid.hooks,
      'astro:config:setup': (options) =>
        setup?.({
          ...options,
          addRenderer: (renderer) =>
            options.addRenderer({
              ...renderer,
              clientEntrypoint: fileURLToPath(new URL('./client.ts', import.meta.url)),
              serverEntrypoint: fileURLToPath(new URL('./server.ts', import.meta.url)),
            }),
        }),
    },
  };
}
