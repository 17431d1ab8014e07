/** The stable id of each worksheet; it is also the anchor of the worksheet on its step page. */
export type WorksheetId =
  | 'network-map'
  | 'places-to-meet'
  | 'goals'
  | 'pitch-builder'
  | 'outreach'
  | 'interview-prep'
  | 'conversation-card'
  | 'interview-notes'
  | 'contact-tracker'
  | 'thank-you'
  | 'dashboard';

const STEP_PAGES: Readonly<Record<WorksheetId, string>> = {
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

/** The site path of a worksheet, such as `/steps/identify-your-networks/#network-map`. */
export function worksheetPath(id: WorksheetId): string {
  return `${STEP_PAGES[id]}#${id}`;
}
