// Long lists drawn as many items per task as fit in a time budget (My workbook), everything before printing.
import { type Accessor, createEffect, createSignal, onCleanup, onMount } from 'solid-js';

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

/** Runs `task` when the page is idle (after the work of loading and starting islands, and input), or within a second at the latest. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

/**
 * How many items of each long list to draw while `needed()` (the length of the longest list) is
 * more: `first`, then more in each later idle moment, as many as fit in about `budgetMs` (see
 * nextStep), so thousands of items never block the page at once nor hold back its other islands,
 * and everything at once before printing. Unlike createRamp (first-draw.ts) it keeps growing when
 * the lists do (a restored backup).
 */
export function createGrowingLimit(needed: Accessor<number>, first: number, budgetMs = 10): Accessor<number> {
  const [limit, setLimit] = createSignal(first);
  let step = first;
  let cancel: (() => void) | undefined;
  const grow = () => {
    cancel = undefined;
    const start = performance.now();
    setLimit(limit() + step);
    step = nextStep(step, performance.now() - start, budgetMs);
    if (needed() > limit()) cancel = whenIdle(grow);
  };
  createEffect(() => {
    if (needed() > limit() && cancel === undefined) cancel = whenIdle(grow);
  });
  const stop = () => {
    cancel?.();
    cancel = undefined;
  };
  const all = () => {
    stop();
    setLimit(Number.POSITIVE_INFINITY);
  };
  onMount(() => {
    window.addEventListener('beforeprint', all);
    onCleanup(() => window.removeEventListener('beforeprint', all));
  });
  onCleanup(stop);
  return limit;
}
