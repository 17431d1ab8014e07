// The address of the tracker opened on a status, for links from other pages (the dashboard's
// table). Apart from tracker-links.ts so the tracker itself does not load the worksheet addresses.
import { WORKSHEET_PAGES } from '../../addresses';
import { DEFAULT_VIEW, searchWithView } from './tracker-links';

/** The address of the tracker showing only the people with a status (ALL for everyone, ATTENTION for those due). */
export function trackerPath(status: string): string {
  return `${WORKSHEET_PAGES['contact-tracker']}${searchWithView('', { ...DEFAULT_VIEW, status })}#contact-tracker`;
}
