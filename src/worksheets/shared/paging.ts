// Long lists show a page at a time: the first PAGE_SIZE items, then PAGE_SIZE more with each
// "Show more", so a list of 5,000 people opens as fast as a list of 50. Printing shows everything.
// The "Show more" button itself is ShowMore.tsx.
import { type Accessor, createEffect, createSignal, on } from 'solid-js';
import { createRamp } from './first-draw';
import { createPrinting } from './printing';

/** How many items a long list shows at first, and adds with each "Show more". */
export const PAGE_SIZE = 50;

/** The first `limit` items (the list itself when it is not longer). */
export function firstPage<T>(items: readonly T[], limit: number): readonly T[] {
  return items.length > limit ? items.slice(0, limit) : items;
}

/** What a "Show more" button offers: how many it adds, and how many are not shown yet. */
export function moreToShow(limit: number, total: number, step = PAGE_SIZE): { more: number; hidden: number } {
  const hidden = Math.max(0, total - limit);
  return { more: Math.min(step, hidden), hidden };
}

/** A long list's paging: how many items it shows, a page more on request, and everything while printing. */
export interface Pager {
  /** How many items a page holds. */
  size: number;
  /** How many items the whole list holds. */
  total: Accessor<number>;
  limit: Accessor<number>;
  /** The items to draw now. */
  page: <T>(items: readonly T[]) => readonly T[];
  /** Shows a page more. */
  more: () => void;
  /** Back to the first page (after the student changes what the list shows). */
  reset: () => void;
  /** Shows pages up to the item at `index` (a person being edited who moved into this list). */
  reveal: (index: number) => void;
}

/** How the first page is drawn: `first` items in the task that draws the list, then `step` more in each later task. */
export interface FirstDraw {
  first: number;
  step: number;
}

/** Ten rows at once, then ten a task: a page of 50 rows never blocks a slow phone at once. */
const FIRST_DRAW: FirstDraw = { first: 10, step: 10 };

/**
 * Paging for a long list of `total` items. The first page is drawn a few rows per task (`draw`),
 * so opening a worksheet with a long list never blocks the page at once. A list shown whole stays
 * whole when one item is added (the student sees who they just added). Before printing it shows
 * every item (and goes back to the page after), so a printed worksheet holds the whole list.
 */
export function createPager(total: Accessor<number>, pageSize = PAGE_SIZE, draw = FIRST_DRAW): Pager {
  const [limit, setLimit] = createSignal(pageSize);
  const drawn = createRamp(draw.first, draw.step, pageSize);
  const printing = createPrinting();
  createEffect(
    on(total, (now, before) => {
      if (before !== undefined && before <= limit() && now > limit() && now - before === 1) setLimit(now);
    }),
  );
  return {
    size: pageSize,
    total,
    // While printing, the limit is lifted: every item is drawn and "Show more" has nothing to show.
    limit: () => (printing() ? Number.POSITIVE_INFINITY : limit()),
    page: (items) => (printing() ? items : firstPage(items, Math.min(limit(), drawn()))),
    more: () => setLimit(limit() + pageSize),
    reset: () => setLimit(pageSize),
    reveal: (index) => {
      if (index >= limit()) setLimit(Math.ceil((index + 1) / pageSize) * pageSize);
    },
  };
}
