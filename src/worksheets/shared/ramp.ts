import { type Accessor, createEffect, createSignal, onCleanup, onMount } from 'solid-js';

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

/**
 * How many more items to draw in the next task: twice as many after a task that took under half of
 * `budgetMs`, half as many (at least one) after one that took longer than `budgetMs`, so each task
 * stays short on a fast computer and on a slow phone alike.
 */
export function nextStep(step: number, tookMs: number, budgetMs: number): number {
  if (tookMs > budgetMs) return Math.max(1, Math.floor(step / 2));
  if (tookMs < budgetMs / 2) return Math.min(step * 2, 1000);
  return step;
}

/**
 * How many items of each long list to draw while `needed()` (the length of the longest list) is
 * more: `first`, then more in each later task, as many as fit in about `budgetMs` (see nextStep), so
 * thousands of items never block the page at once, and everything at once before printing. Unlike
 * createRamp it keeps growing when the lists do (a restored backup).
 */
export function createGrowingLimit(needed: Accessor<number>, first: number, budgetMs = 10): Accessor<number> {
  const [limit, setLimit] = createSignal(first);
  let step = first;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const grow = () => {
    timer = undefined;
    const start = performance.now();
    setLimit(limit() + step);
    step = nextStep(step, performance.now() - start, budgetMs);
    if (needed() > limit()) timer = setTimeout(grow, 0);
  };
  createEffect(() => {
    if (needed() > limit() && timer === undefined) timer = setTimeout(grow, 0);
  });
  const all = () => {
    clearTimeout(timer);
    timer = undefined;
    setLimit(Number.POSITIVE_INFINITY);
  };
  onMount(() => {
    window.addEventListener('beforeprint', all);
    onCleanup(() => window.removeEventListener('beforeprint', all));
  });
  onCleanup(() => clearTimeout(timer));
  return limit;
}
