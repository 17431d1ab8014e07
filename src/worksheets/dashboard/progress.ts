import type { Workbook } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { type WorksheetId, worksheetPath } from '../../workbook/worksheet-paths';

/** Where a step stands; step 7 is never finished, so it is "ongoing". */
export type StepState = 'done' | 'started' | 'not-started' | 'ongoing';

/** Words for each state, shown next to every step (never colour alone). */
export const STATE_WORDS: Readonly<Record<StepState, string>> = {
  done: 'Done',
  started: 'Started',
  'not-started': 'Not started',
  ongoing: 'Keep going',
};

/** One step of the guide with its progress, derived from the workbook. */
export interface StepProgress {
  step: number;
  title: string;
  state: StepState;
  /** One sentence about what the workbook holds for this step. */
  summary: string;
  href: string;
  linkText: string;
}

/** People needed on the list before step 1 counts as done. */
export const PEOPLE_FOR_STEP_1 = 5;

const hasText = (...texts: string[]) => texts.some((t) => t.trim() !== '');

/** A step's entry from its state and words. */
function entry(
  step: number,
  title: string,
  href: string,
  linkText: string,
  state: StepState,
  summary: string,
): StepProgress {
  return { step, title, state, summary, href, linkText };
}

/** The link to a step's worksheet. */
const sheet = (id: WorksheetId) => worksheetPath(id);

/**
 * Progress through the seven steps: 1 is done with at least 5 people, 2 when a place is marked to
 * try, 3 when someone is in the top five, 4 when a pitch has text, 5 when someone was reached out
 * to, 6 when a thank-you was sent; 7 is a habit, always "keep going" (its link goes to the weekly routine).
 */
export function stepProgress(doc: Workbook): StepProgress[] {
  const people = doc.contacts.length;
  const toTry = doc.places.filter((p) => p.tryIt).length;
  const top = doc.contacts.filter((c) => c.topFive).length;
  const rated = doc.contacts.some((c) => c.relevance > 0 || c.motivation > 0);
  const goals = doc.goals.wants.length > 0 || hasText(doc.goals.fields, doc.goals.organizations, doc.goals.questions);
  const pitches = doc.pitches.filter((p) => hasText(p.now, p.past, p.future, p.ask)).length;
  const reached = doc.contacts.filter((c) => c.reachedOutAt || c.status !== 'not-contacted').length;
  const thanked = new Set([
    ...doc.contacts.filter((c) => c.thankedAt).map((c) => c.id),
    ...doc.thankYous.filter((t) => t.sentAt).map((t) => t.contactId),
  ]).size;
  const tracked = doc.contacts.some((c) => c.nextContactAt || c.lastContactAt) || doc.thankYous.length > 0;
  const pick = (done: boolean, started: boolean): StepState => (done ? 'done' : started ? 'started' : 'not-started');

  return [
    entry(
      1,
      'Identify your networks',
      sheet('network-map'),
      'Open your network map',
      pick(people >= PEOPLE_FOR_STEP_1, people > 0),
      people >= PEOPLE_FOR_STEP_1
        ? `${countOf(people, 'person', 'people')} on your list.`
        : people > 0
          ? `${countOf(people, 'person', 'people')} on your list. Add at least ${PEOPLE_FOR_STEP_1}.`
          : 'No one on your list yet.',
    ),
    entry(
      2,
      'Expand your list',
      sheet('places-to-meet'),
      'Open places to meet people',
      pick(toTry > 0, doc.places.length > 0 || doc.contacts.some((c) => c.sourcePlaceId)),
      toTry > 0 ? `${countOf(toTry, 'place', 'places')} marked to try.` : 'No place marked to try yet.',
    ),
    entry(
      3,
      'Assess your goals',
      sheet('goals'),
      'Open your goals and priorities',
      pick(top > 0, goals || rated),
      top > 0 ? `${countOf(top, 'person', 'people')} in your top five.` : 'No one in your top five yet.',
    ),
    entry(
      4,
      'Create your elevator pitch',
      sheet('pitch-builder'),
      'Open your pitch builder',
      pick(pitches > 0, doc.pitches.length > 0),
      pitches > 0 ? `${countOf(pitches, 'pitch version', 'pitch versions')} written.` : 'No pitch written yet.',
    ),
    entry(
      5,
      'Make contact',
      sheet('outreach'),
      'Open the outreach worksheet',
      pick(reached > 0, doc.outreach.length > 0 || doc.preps.length > 0 || doc.interviews.length > 0),
      reached > 0
        ? `You reached out to ${countOf(reached, 'person', 'people')}.`
        : 'You have not reached out to anyone yet.',
    ),
    entry(
      6,
      'Follow up',
      sheet('contact-tracker'),
      'Open your contact tracker',
      pick(thanked > 0, tracked),
      thanked > 0 ? `${countOf(thanked, 'thank-you', 'thank-yous')} sent.` : 'No thank-you sent yet.',
    ),
    entry(
      7,
      'Repeat',
      '/steps/repeat/#weekly-routine',
      'Read about the weekly routine',
      'ongoing',
      'Networking is a habit: set a weekly time and keep meeting people.',
    ),
  ];
}

/** How many of steps 1 to 6 are done. */
export function stepsDone(steps: readonly StepProgress[]): number {
  return steps.filter((s) => s.state === 'done').length;
}
