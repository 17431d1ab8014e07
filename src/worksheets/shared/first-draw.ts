// The first page of a long list drawn a few rows per task (see createPager in ShowMore.tsx).
import { type Accessor, createSignal, onCleanup, onMount } from 'solid-js';

/** The next size of a growing list: `step` more, or unlimited once it reaches `max`. */
export function nextCount(current: number, step: number, max: number): number {
  const next = current + step;
  return next >= max ? Number.POSITIVE_INFINITY : next;
}

/**
 * How many items of a long list to draw: `first` at once, then `step` more in each later task
 * until `max`, then all. Fifty contact cards drawn in one task block the page for a quarter of a
 * second on a slow phone; a few at a time, typing and scrolling stay smooth.
 */
export function createRamp(first: number, step: number, max: number): Accessor<number> {
  const [count, setCount] = createSignal(first);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const grow = () => {
    setCount((c) => nextCount(c, step, max));
    if (Number.isFinite(count())) timer = setTimeout(grow, 0);
  };
  onMount(() => {
    timer = setTimeout(grow, 0);
  });
  onCleanup(() => clearTimeout(timer));
  return count;
}
