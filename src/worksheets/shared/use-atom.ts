import type { ReadableAtom } from 'nanostores';
import { type Accessor, createSignal, onCleanup } from 'solid-js';

/**
 * Follows a nanostores atom in a component as a Solid signal (the value now, then each new value),
 * without Solid's store module: every atom read this way holds a number, a string or a small object
 * replaced whole on each change.
 */
export function useAtom<T>(store: ReadableAtom<T>): Accessor<T> {
  const [value, setValue] = createSignal(store.get());
  onCleanup(store.subscribe((next) => setValue(() => next)));
  return value;
}
