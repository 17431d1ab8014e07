// Long lists show a page at a time: the first PAGE_SIZE items, then PAGE_SIZE more with each
// "Show more", so a list of 5,000 people opens as fast as a list of 50. Printing shows everything.

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
