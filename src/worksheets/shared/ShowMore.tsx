import { Show } from 'solid-js';
import { announce } from '../../scripts/announce';
import { countOf } from '../../workbook/plural';
import { moreToShow, type Pager } from './paging';

// The paging itself is in paging.ts, so that a list with a button of its own (the tracker) loads
// it without this button; the worksheets that show this button import both from here.
export { createPager, type FirstDraw, type Pager } from './paging';

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
