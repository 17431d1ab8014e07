// The client side of Solid islands: Astro calls it to hydrate each island. It does what
// @astrojs/solid-js/client.js does for the islands of this site (no island takes children) without
// putting the props in a Solid store (the props never change after the page is built, and the store
// module would add 1.9 KB to every worksheet page) and without Suspense (see server.ts).
import { type Component, sharedConfig } from 'solid-js';
import { createComponent, hydrate, render } from 'solid-js/web';

type Props = Record<string, unknown>;

/** Hydrates the island `element` with its component and props, as rendered on the server. */
export default (element: HTMLElement) =>
  (island: Component<Props>, props: Props, _slots: Record<string, string>, { client }: { client: string }) => {
    if (!element.hasAttribute('ssr')) return;
    let dispose: () => void;
    if (client === 'only') {
      element.textContent = '';
      dispose = render(() => createComponent(island, props), element);
    } else {
      // Solid counts a page's hydration as done at the first event it handles after any island has
      // started, and then draws a later island anew over what the page shows: text typed into it
      // before it started, and the cursor, would be lost. So each island is hydrated as one of its
      // own, and afterwards Solid's state is put back as it was (with hydration done, it stops
      // holding events back for replay, and handles each as it comes).
      const hy = (globalThis as { _$HY?: { done?: boolean } })._$HY;
      const wasDone = sharedConfig.done;
      sharedConfig.done = false;
      if (hy) hy.done = false;
      try {
        // As server.ts renders it: no Suspense boundary around the island.
        dispose = hydrate(() => createComponent(island, props), element, {
          renderId: element.dataset.solidRenderId ?? '',
        });
      } finally {
        if (wasDone) {
          sharedConfig.done = true;
          if (hy) hy.done = true;
        }
      }
    }
    element.addEventListener('astro:unmount', () => dispose(), { once: true });
  };
