import type { WORKSHEET_IDS } from '../content/frontmatter';

/** The id of a worksheet, as listed in page frontmatter. */
export type WorksheetKey = (typeof WORKSHEET_IDS)[number];

/** What advisors and students read about a worksheet in link lists and plans. */
export interface WorksheetInfo {
  /** The worksheet's name, used until its frame on the step page gives one. */
  title: string;
  /** One line on what the student does in it. */
  description: string;
}

/** A name and a one-line description for every worksheet. */
export const WORKSHEET_INFO: Readonly<Record<WorksheetKey, WorksheetInfo>> = {
  'network-map': { title: 'Your network map', description: 'List the people you know, sorted into circles.' },
  'places-to-meet': {
    title: 'Places to meet people',
    description: 'Choose events and groups to try, and note who you met there.',
  },
  goals: { title: 'Your goals and priorities', description: 'Write a goal and choose the five people to start with.' },
  'pitch-builder': {
    title: 'Your pitch builder',
    description: 'Write a short pitch in three parts, with one version for each audience.',
  },
  outreach: { title: 'Your outreach message', description: 'Write a short message asking someone for a talk.' },
  'interview-prep': {
    title: 'Your interview preparation',
    description: 'Note what you know about the person and choose your questions.',
  },
  'conversation-card': {
    title: 'Your conversation card',
    description: 'A one-page reminder of your pitch and top questions for the talk.',
  },
  'interview-notes': {
    title: 'Your interview notes',
    description: 'Write down what you learned and your next steps after a talk.',
  },
  'contact-tracker': {
    title: 'Your contact tracker',
    description: 'Record each person, when you last spoke and when to get in touch again.',
  },
  'thank-you': { title: 'Your thank-you note', description: 'Draft a thank-you email to send within three days.' },
  dashboard: { title: 'Your dashboard', description: 'See your progress across the seven steps and what to do next.' },
};
