import type { Checklist, CollectionKey, ContactStatus, GoalWant, PitchAudience, QuestionTheme } from './schema';

/** The singular and plural words for one item of each list, as students would say them. */
export const COLLECTION_NOUNS: Readonly<Record<CollectionKey, readonly [one: string, many: string]>> = {
  circles: ['circle', 'circles'],
  contacts: ['contact', 'contacts'],
  places: ['place', 'places'],
  pitches: ['pitch version', 'pitch versions'],
  outreach: ['outreach draft', 'outreach drafts'],
  preps: ['interview preparation', 'interview preparations'],
  interviews: ['interview note', 'interview notes'],
  thankYous: ['thank-you note', 'thank-you notes'],
  plans: ['saved plan', 'saved plans'],
};

/** Words for each contact status, as shown to students. */
export const STATUS_LABELS: Readonly<Record<ContactStatus, string>> = {
  'not-contacted': 'Not contacted yet',
  'reached-out': 'Reached out',
  'meeting-set': 'Meeting set',
  met: 'Met',
  thanked: 'Thanked',
  'keeping-in-touch': 'Keeping in touch',
  'no-reply': 'No reply',
  declined: 'Declined',
};

/** Words for what a student wants from networking (step 3). */
export const WANT_LABELS: Readonly<Record<GoalWant, string>> = {
  field: 'Learn about a field',
  organization: 'Learn about an organization',
  'career-path': 'Explore a career path',
  skill: 'Build a skill',
  leads: 'Find job or internship leads',
};

/** Words for who a pitch is for (step 4). */
export const AUDIENCE_LABELS: Readonly<Record<PitchAudience, string>> = {
  recruiter: 'A recruiter',
  alumnus: 'An alumnus or alumna',
  'family-friend': 'A family friend',
  own: 'Your own version',
};

/** Words for the themes of interview questions (step 5). */
export const THEME_LABELS: Readonly<Record<QuestionTheme, string>> = {
  trends: 'Trends',
  insights: 'Insights',
  advice: 'Advice',
  resources: 'Resources',
  assignments: 'Assignments',
  own: 'Your own question',
};

/** Words for the preparation checklist (step 5). */
export const CHECKLIST_LABELS: Readonly<Record<keyof Checklist, string>> = {
  person: 'Researched the person',
  organization: 'Researched the organization',
  field: 'Researched the field',
  pitch: 'Practised the pitch',
  logistics: 'Checked time, place and directions',
};
