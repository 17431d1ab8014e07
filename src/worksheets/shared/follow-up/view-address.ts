// The tracker's status filter and sort, kept in the page's address (?status=met&sort=name), so a
// reload, a bookmark or a link from the dashboard opens the list as it was chosen.
import { CONTACT_STATUSES } from '../../../workbook/model';
import { WORKSHEET_PAGES } from '../../addresses';
import { ALL, ATTENTION, SORT_CHOICES, type SortKey } from './tracker-view';

/** What the tracker shows first: a status filter (or ALL / ATTENTION) and a sort. */
export interface TrackerView {
  status: string;
  sort: SortKey;
}

/** The view of a tracker opened without choices in its address. */
export const DEFAULT_VIEW: TrackerView = { status: ALL, sort: 'next' };

/** In the address, "due" stands for ATTENTION (overdue or due in the next 3 days). */
const DUE = 'due';

/** The view an address asks for (its search part, "?status=met"); anything unknown falls back to the default. */
export function viewFromSearch(search: string): TrackerView {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  const sort = params.get('sort') ?? '';
  return {
    status: status === DUE ? ATTENTION : (CONTACT_STATUSES as readonly string[]).includes(status) ? status : ALL,
    sort: SORT_CHOICES.find((c) => c.value === sort)?.value ?? DEFAULT_VIEW.sort,
  };
}

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

/** The address of the tracker showing only the people with a status (ALL for everyone, ATTENTION for those due). */
export function trackerPath(status: string): string {
  return `${WORKSHEET_PAGES['contact-tracker']}${searchWithView('', { ...DEFAULT_VIEW, status })}#contact-tracker`;
}
