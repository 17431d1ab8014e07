// Where each worksheet lives: the page of its step. Its address is that page with the worksheet's
// id as the anchor. Apart from the registry so that islands that only link to worksheets (the
// tracker, My workbook) load these addresses and not every worksheet's rules; the registry's test
// checks that each page is the page of the worksheet's step.
import type { WorksheetId } from './registry';

/** The page each worksheet is on. */
export const WORKSHEET_PAGES: Readonly<Record<WorksheetId, string>> = {
  'network-map': '/steps/identify-your-networks/',
  'places-to-meet': '/steps/expand-your-list/',
  goals: '/steps/assess-your-goals/',
  'pitch-builder': '/steps/elevator-pitch/',
  outreach: '/steps/make-contact/',
  'interview-prep': '/steps/make-contact/',
  'conversation-card': '/steps/make-contact/',
  'interview-notes': '/steps/make-contact/',
  'contact-tracker': '/steps/follow-up/',
  'thank-you': '/steps/follow-up/',
  dashboard: '/steps/repeat/',
};

/**
 * The site path of a worksheet, such as `/steps/identify-your-networks/#network-map`; with a
 * contact id, the worksheet opens on that person (`/steps/follow-up/?contact=c1#thank-you`).
 */
export function worksheetPath(id: WorksheetId, contactId = ''): string {
  const query = contactId ? `?contact=${encodeURIComponent(contactId)}` : '';
  return `${WORKSHEET_PAGES[id]}${query}#${id}`;
}
