// The tracker's status filter and sort, kept in the page's address (?status=met&sort=name), so a
// reload, a bookmark or a link from the dashboard opens the list as it was chosen. Writing the
// address lives in tracker-links.ts, and the links from other pages in tracker-path.ts.
import { CONTACT_STATUSES } from '../../../workbook/model';
import { ALL, ATTENTION, DEFAULT_VIEW, DUE, type TrackerView } from './tracker-links';
import { SORT_CHOICES } from './tracker-view';

export { DEFAULT_VIEW, searchWithView, type TrackerView } from './tracker-links';

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
