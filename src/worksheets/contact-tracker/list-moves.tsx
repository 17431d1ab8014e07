// What the tracker's list does after the student or another part of the page changes it (a filter
// or the sort, "Show more", the note that the order is older than the latest changes, with its
// "Update the order"): the words said and the view kept in the address. Fetched when the student
// first reaches the list, at the first such change, or when people change while the list keeps its
// order, so the list appears without it.
import type { Accessor, Setter } from 'solid-js';
import { announce } from '../../scripts/announce';
import { countOf } from '../../workbook/plural';
import type { SortKey } from '../shared/follow-up/tracker-view';
import { searchWithView } from '../shared/follow-up/view-address';
import type { Pager } from '../shared/paging';

/** The list's state that its changes read and set (ContactTracker.tsx). */
export interface TrackerList {
  status: Accessor<string>;
  sort: Accessor<SortKey>;
  /** The order shown, kept while the student works. */
  order: Accessor<string[]>;
  setOrder: Setter<string[]>;
  /** The order the filter and sort give now. */
  fresh: Accessor<string[]>;
  pager: Pager;
}

/** Everyone in the order shown, counted in words ("3 people"). */
const everyone = (list: TrackerList) => countOf(list.order().length, 'person', 'people');

/** Keeps the status filter and sort in the address (not the circle: its ids are the student's own). */
export function rememberView(list: TrackerList): void {
  const search = searchWithView(location.search, { status: list.status(), sort: list.sort() });
  if (search !== location.search)
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** A filter or the sort changed (`apply` sets it): the first page of the new order, said and kept in the address. */
export function changeView(list: TrackerList, apply: () => void): void {
  apply();
  list.pager.reset();
  announce(`Showing ${everyone(list)}.`);
  rememberView(list);
}

/** "Show more": a page more, said, with focus on the first person it adds. */
export function showMore(list: TrackerList): void {
  const { pager, order } = list;
  const first = order()[pager.limit()];
  pager.more();
  announce(`Showing ${Math.min(pager.limit(), order().length)} of ${everyone(list)}.`);
  if (first) queueMicrotask(() => document.querySelector<HTMLElement>(`#ct-${first} .ct-name`)?.focus());
}

/** "Update the order": the list sorted again with the changes made since, said. */
export function updateOrder(list: TrackerList): void {
  list.setOrder(list.fresh());
  announce(`List updated. Showing ${everyone(list)}.`);
}

/**
 * The note shown when people changed since the list was sorted (it keeps its order while the
 * student works), with the button that sorts it again.
 */
export function StaleOrder(props: { list: TrackerList }) {
  return (
    <p class="ct-stale no-print">
      Your changes are saved. The list keeps its order while you work.{' '}
      <button type="button" class="small-button" onClick={() => updateOrder(props.list)}>
        Update the order
      </button>
    </p>
  );
}
