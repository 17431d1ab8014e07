import { type Accessor, createEffect, createSignal, on, Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { countOf } from '../../workbook/plural';
import { createRamp } from './first-draw';
import { firstPage, moreToShow, PAGE_SIZE } from './paging';
import { createPrinting } from './printing';

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

/** Moves focus to the first control in an element (or to the element itself when it has none). */
function focusFirstControl(element: Element | undefined): void {
  if (!(element instanceof HTMLElement)) return;
  const control = element.querySelector<HTMLElement>('input, select, textarea, button, a[href], [tabindex]');
  if (control) {
    control.focus();
    return;
  }
  element.tabIndex = -1;
  element.focus();
}

/** Props of the "Show more" button under a long list. */
export interface ShowMoreProps {
  pager: Pager;
  /** The list element: focus goes to the first newly shown item in it. */
  list: () => Element | undefined;
  /** What the list holds, for the button and the announcement: ['person', 'people']. */
  noun: readonly [string, string];
  /** Which list, for screen readers when a page has several ("to rate"). */
  which?: string;
}

/**
 * "Show 50 more (4,950 not shown)" under a long list. The new items come after the ones shown, so
 * reading order stays the same; focus moves to the first new item, and the new count is announced.
 */
export function ShowMore(props: ShowMoreProps) {
  const left = () => moreToShow(props.pager.limit(), props.pager.total(), props.pager.size);
  const showMore = () => {
    const first = props.pager.limit();
    props.pager.more();
    const total = props.pager.total();
    announce(`Showing ${Math.min(props.pager.limit(), total)} of ${countOf(total, props.noun[0], props.noun[1])}.`);
    queueMicrotask(() => focusFirstControl(props.list()?.children[first]));
  };
  return (
    <Show when={left().hidden}>
      <button type="button" class="button secondary show-more no-print" onClick={showMore}>
        Show {left().more} more
        <span class="sr-only">
          {' '}
          {left().more === 1 ? props.noun[0] : props.noun[1]}
          {props.which ? ` ${props.which}` : ''}
        </span>{' '}
        ({left().hidden} not shown)
      </button>
    </Show>
  );
}
