// How far a student is with each worksheet, read from the workbook, for plans an advisor sends.
// The rules follow each step's "What you'll do" list; they read the shared workbook document only.
import type { Contact, Workbook } from '../workbook/model';
import type { WorksheetKey } from './worksheet-info';

/** Where a student stands with a worksheet. */
export type Progress = 'not-started' | 'started' | 'done';

/** The words shown for each state (never a colour alone). */
export const PROGRESS_LABELS: Readonly<Record<Progress, string>> = {
  'not-started': 'Not started',
  started: 'Started',
  done: 'Done',
};

/** How a worksheet's progress is judged, in words for the student and as a check on the workbook. */
export interface ProgressRule {
  /** What "done" means, for example "Done when you have 15 people on your list." */
  done: string;
  check: (doc: Workbook) => Progress;
}

/** People on the network map needed for it to count as done (step 1 asks for at least 15 names). */
export const NETWORK_MAP_DONE = 15;
/** Places marked "I will try this" for step 2 to count as done (it asks for two or three). */
export const PLACES_DONE = 2;
/** Questions an interview preparation needs to count as done (five or six, in the guide). */
export const QUESTIONS_DONE = 5;

const has = (text: string) => text.trim() !== '';
/** "started" once `started` holds, "done" once `done` holds too. */
const judge = (started: boolean, done: boolean): Progress => (done ? 'done' : started ? 'started' : 'not-started');
/** Statuses that mean the student and the person have talked. */
const MET: ReadonlyArray<Contact['status']> = ['met', 'thanked', 'keeping-in-touch'];

function pitchDone(doc: Workbook): boolean {
  return doc.pitches.some((p) => has(p.now) && has(p.past) && has(p.future) && has(p.ask));
}

function prepDone(doc: Workbook): boolean {
  return doc.preps.some((p) => p.contactId !== '' && p.questions.filter((q) => has(q.text)).length >= QUESTIONS_DONE);
}

/** The rule for each worksheet. */
export const PROGRESS_RULES: Readonly<Record<WorksheetKey, ProgressRule>> = {
  'network-map': {
    done: `Done when you have ${NETWORK_MAP_DONE} people on your list.`,
    check: (doc) => judge(doc.contacts.length > 0, doc.contacts.length >= NETWORK_MAP_DONE),
  },
  'places-to-meet': {
    done: `Done when you have chosen ${PLACES_DONE} places to try.`,
    check: (doc) =>
      judge(
        doc.places.some((p) => p.tryIt || has(p.notes) || p.date !== '' || p.custom),
        doc.places.filter((p) => p.tryIt).length >= PLACES_DONE,
      ),
  },
  goals: {
    done: 'Done when you have written a goal and chosen your top five people.',
    check: (doc) => {
      const g = doc.goals;
      const goal = g.wants.length > 0 || has(g.fields) || has(g.organizations);
      const top = doc.contacts.filter((c) => c.topFive).length;
      const rated = doc.contacts.some((c) => c.relevance > 0 || c.motivation > 0);
      return judge(
        goal || has(g.questions) || rated || top > 0,
        goal && top >= Math.min(5, doc.contacts.length) && top > 0,
      );
    },
  },
  'pitch-builder': {
    done: 'Done when one pitch has all four parts written.',
    check: (doc) =>
      judge(
        doc.pitches.some((p) => [p.now, p.past, p.future, p.ask].some(has)),
        pitchDone(doc),
      ),
  },
  outreach: {
    done: 'Done when you have marked a message as sent.',
    check: (doc) =>
      judge(
        doc.outreach.some((o) => [o.subject, o.connection, o.aboutMe, o.whyThem, o.ask, o.question].some(has)),
        doc.outreach.some((o) => o.sentAt !== ''),
      ),
  },
  'interview-prep': {
    done: `Done when you have chosen a person and ${QUESTIONS_DONE} questions.`,
    check: (doc) => judge(doc.preps.length > 0, prepDone(doc)),
  },
  'conversation-card': {
    done: 'Done when you have a full pitch and a prepared interview.',
    check: (doc) => judge(doc.preps.length > 0 || pitchDone(doc), prepDone(doc) && pitchDone(doc)),
  },
  'interview-notes': {
    done: 'Done when your notes say what you learned and list a next step.',
    check: (doc) =>
      judge(
        doc.interviews.some((n) => [n.learned, n.fit, n.explore].some(has) || n.nextSteps.length > 0),
        doc.interviews.some((n) => has(n.learned) && n.nextSteps.some((s) => has(s.text))),
      ),
  },
  'contact-tracker': {
    done: 'Done when you have talked with someone and set a date to get in touch again.',
    check: (doc) =>
      judge(
        doc.contacts.some((c) => c.status !== 'not-contacted' || c.lastContactAt !== ''),
        doc.contacts.some((c) => MET.includes(c.status) && c.nextContactAt !== ''),
      ),
  },
  'thank-you': {
    done: 'Done when you have marked a thank-you as sent.',
    check: (doc) =>
      judge(
        doc.thankYous.some((t) => [t.learned, t.action, t.thanks].some(has)),
        doc.thankYous.some((t) => t.sentAt !== ''),
      ),
  },
  dashboard: {
    done: 'Done when the worksheets of steps 1 to 6 are all done.',
    check: (doc) => {
      const others = STEP_WORKSHEETS.map((w) => PROGRESS_RULES[w].check(doc));
      return judge(
        others.some((p) => p !== 'not-started'),
        others.every((p) => p === 'done'),
      );
    },
  },
};

/** The worksheets of steps 1 to 6 that the dashboard sums up. */
const STEP_WORKSHEETS: readonly WorksheetKey[] = [
  'network-map',
  'places-to-meet',
  'goals',
  'pitch-builder',
  'outreach',
  'interview-prep',
  'interview-notes',
  'contact-tracker',
  'thank-you',
];

/** Progress on one worksheet. */
export function worksheetProgress(id: WorksheetKey, doc: Workbook): Progress {
  return PROGRESS_RULES[id].check(doc);
}

/**
 * Progress on several worksheets taken together (a step page with its worksheets): done when
 * all are done, started when any is started, undefined when there are none.
 */
export function combinedProgress(ids: readonly WorksheetKey[], doc: Workbook): Progress | undefined {
  if (ids.length === 0) return undefined;
  const states = ids.map((id) => worksheetProgress(id, doc));
  return judge(
    states.some((s) => s !== 'not-started'),
    states.every((s) => s === 'done'),
  );
}
