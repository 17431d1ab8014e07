// Whether the page is being printed, for parts drawn only on paper or drawn whole on paper.
import { type Accessor, createSignal, onCleanup, onMount } from 'solid-js';

/**
 * True from the browser's `beforeprint` to its `afterprint`. The browser lays the page out for
 * printing after `beforeprint` returns, and Solid updates the page within the event, so a part
 * drawn when this turns true is on the paper.
 */
export function createPrinting(): Accessor<boolean> {
  const [printing, setPrinting] = createSignal(false);
  const on = () => setPrinting(true);
  const off = () => setPrinting(false);
  onMount(() => {
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    onCleanup(() => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    });
  });
  return printing;
}
