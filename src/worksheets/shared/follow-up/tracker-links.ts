// The contact tracker's views (?status=met) in the address form. Small on purpose: the dashboard
// links to the tracker (tracker-path.ts) without loading its sorting.
import type { SortKey } from './tracker-view';

/** Filter value for "every status" or "every circle". */
export const ALL = ':all';
/** Status filter value for people with a follow-up overdue or due within 3 days. */
export const ATTENTION = ':attention';

/** What the tracker shows first: a status filter (or ALL / ATTENTION) and a sort. */
export interface TrackerView {
  status: string;
  sort: SortKey;
}

/** The view of a tracker opened without choices in its address. */
export const DEFAULT_VIEW: TrackerView = { status: ALL, sort: 'next' };

/** In the address, "due" stands for ATTENTION (overdue or due in the next 3 days). */
export const DUE = 'due';

/** The search part with the view written in (defaults left out) and every other parameter kept. */
export function searchWithView(search: string, view: TrackerView): string {
  const params = new URLSearchParams(search);
  const status = view.status === ATTENTION ? DUE : view.status;
  if (status === ALL) params.delete('status');
  else params.set('status', status);
  if (view.sort === DEFAULT_VIEW.sort) params.delete('sort');
  else params.set('sort', view.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
