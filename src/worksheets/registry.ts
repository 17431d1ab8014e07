// Every worksheet of the guide, declared once: its id, its step, its title and one-line summary,
// and its one rule of "done". Pages, the dashboard, the advisor view, plan links, the link manifest
// and search read it from here. Where a worksheet lives: its id is its anchor on its step's page
// (addresses.ts, kept apart so that links cost islands no more than the addresses), and its
// component is src/worksheets/<id>/<Name>Worksheet.astro, which MDX pages embed as <Name>Worksheet.
// Plain TypeScript with type-only imports of the workbook (goal-parts.ts has no others), so islands can import it.
import { goalSentenceOf, orgListOf, targetsOf } from '../workbook/goal-parts';
import type { Contact, Workbook } from '../workbook/model';
import { countOf } from '../workbook/plural';

/** How far a student is with one worksheet, worked out from the workbook. */
export interface WorksheetProgress {
  /** The student has begun it: something is saved in it. */
  started: boolean;
  /** The worksheet's rule of done holds (a done worksheet is always started too). */
  done: boolean;
  /** One sentence for the student about what the workbook holds for this worksheet. */
  summary: string;
}

/** One worksheet, as everything else in the site knows it. */
export interface WorksheetEntry {
  /** Stable id: the worksheet's anchor on its page, its folder in src/worksheets/; never changes. */
  id: string;
  /** The step (1–7) whose page holds the worksheet. */
  step: number;
  /** Its name, shown in its frame on the page, in link lists, plans and search results. */
  title: string;
  /** One line on what the student does in it. */
  summary: string;
  /** The rule of done in words, for the student: "Done when …". It keeps what the step page promises. */
  done: string;
  /** The rule of done (and of started), read from the workbook. */
  progress: (doc: Workbook) => WorksheetProgress;
}

/** People on the network map for step 1 to be done (its page asks for at least 15 names). */
export const NETWORK_MAP_DONE = 15;
/** Places marked "I will try this" for step 2 to be done (its page asks for two or three). */
export const PLACES_DONE = 2;
/** People in the top five for step 3 to be done (fewer when the list is shorter). */
export const TOP_FIVE = 5;
/** Questions an interview preparation needs to be done (the guide suggests five or six). */
export const QUESTIONS_DONE = 5;

const has = (text: string) => text.trim() !== '';
/** Statuses that mean the student and the person have talked. */
const MET: ReadonlyArray<Contact['status']> = ['met', 'thanked', 'keeping-in-touch'];

/** Pitch versions with all four parts written. */
const fullPitches = (doc: Workbook) =>
  doc.pitches.filter((p) => has(p.now) && has(p.past) && has(p.future) && has(p.ask));
/** Preparations with a person chosen and enough questions written. */
const readyPreps = (doc: Workbook) =>
  doc.preps.filter((p) => p.contactId !== '' && p.questions.filter((q) => has(q.text)).length >= QUESTIONS_DONE);

/** The worksheets in the order the guide presents them. */
export const WORKSHEETS = [
  {
    id: 'network-map',
    step: 1,
    title: 'Your network map',
    summary: 'List the people you know, sorted into circles.',
    done: `Done when you have ${NETWORK_MAP_DONE} people on your list.`,
    progress(doc) {
      const n = doc.contacts.length;
      const people = `${countOf(n, 'person', 'people')} on your list.`;
      return {
        started: n > 0,
        done: n >= NETWORK_MAP_DONE,
        summary:
          n === 0
            ? 'No one on your list yet.'
            : n < NETWORK_MAP_DONE
              ? `${people} Add at least ${NETWORK_MAP_DONE}.`
              : people,
      };
    },
  },
  {
    id: 'places-to-meet',
    step: 2,
    title: 'Places to meet people',
    summary: 'Choose events and groups to try, and note who you met there.',
    done: `Done when you have chosen ${PLACES_DONE} places to try.`,
    progress(doc) {
      const toTry = doc.places.filter((p) => p.tryIt).length;
      const chosen = `${countOf(toTry, 'place', 'places')} marked to try.`;
      return {
        started: doc.places.length > 0 || doc.contacts.some((c) => c.sourcePlaceId !== ''),
        done: toTry >= PLACES_DONE,
        summary:
          toTry === 0
            ? 'No place marked to try yet.'
            : toTry < PLACES_DONE
              ? `${chosen} Choose at least ${PLACES_DONE}.`
              : chosen,
      };
    },
  },
  {
    id: 'goals',
    step: 3,
    title: 'Your goals and priorities',
    summary: 'Write a goal and choose the five people to start with.',
    done: 'Done when you have written a goal and chosen your top five people.',
    progress(doc) {
      const g = doc.goals;
      const goal = g.wants.length > 0 || has(g.fields) || has(g.organizations) || has(goalSentenceOf(g));
      // Targets and the ranked organizations (issue 14 item 2) count as a start.
      const planned = targetsOf(g).length > 0 || orgListOf(g).length > 0;
      const top = doc.contacts.filter((c) => c.topFive).length;
      const rated = doc.contacts.some((c) => c.relevance > 0 || c.motivation > 0);
      const topWords =
        top > 0 ? `${countOf(top, 'person', 'people')} in your top five.` : 'No one in your top five yet.';
      return {
        started: goal || planned || has(g.questions) || rated || top > 0,
        done: goal && top > 0 && top >= Math.min(TOP_FIVE, doc.contacts.length),
        summary: goal ? topWords : `No goal written yet. ${topWords}`,
      };
    },
  },
  {
    id: 'pitch-builder',
    step: 4,
    title: 'Your pitch builder',
    summary: 'Write a short pitch in four parts, with one version for each audience.',
    done: 'Done when one pitch has all four parts written.',
    progress(doc) {
      const full = fullPitches(doc).length;
      const written = doc.pitches.some((p) => [p.now, p.past, p.future, p.ask].some(has));
      return {
        started: doc.pitches.length > 0,
        done: full > 0,
        summary:
          full > 0
            ? `${countOf(full, 'pitch version', 'pitch versions')} with all four parts.`
            : written
              ? 'No pitch has all four parts yet.'
              : 'No pitch written yet.',
      };
    },
  },
  {
    id: 'outreach',
    step: 5,
    title: 'Your outreach message',
    summary: 'Write a short message asking someone for a talk.',
    done: 'Done when you have marked a message as sent.',
    progress(doc) {
      const sent = doc.outreach.filter((o) => o.sentAt !== '').length;
      return {
        started: doc.outreach.length > 0,
        done: sent > 0,
        summary:
          sent > 0 ? `${countOf(sent, 'message', 'messages')} marked as sent.` : 'No message marked as sent yet.',
      };
    },
  },
  {
    id: 'interview-prep',
    step: 5,
    title: 'Your interview preparation',
    summary: 'Note what you know about the person and choose your questions.',
    done: `Done when you have chosen a person and ${QUESTIONS_DONE} questions.`,
    progress(doc) {
      const ready = readyPreps(doc).length;
      return {
        started: doc.preps.length > 0,
        done: ready > 0,
        summary:
          ready > 0
            ? `${countOf(ready, 'interview', 'interviews')} prepared.`
            : `No preparation has a person and ${QUESTIONS_DONE} questions yet.`,
      };
    },
  },
  {
    id: 'conversation-card',
    step: 5,
    title: 'Your conversation card',
    summary: 'A one-page reminder of your pitch and top questions for the talk.',
    done: 'Done when you have a full pitch and a prepared interview.',
    progress(doc) {
      const pitch = fullPitches(doc).length > 0;
      const prep = readyPreps(doc).length > 0;
      const missing = [pitch ? '' : 'a pitch with all four parts', prep ? '' : 'a prepared interview'].filter(Boolean);
      return {
        started: doc.preps.length > 0 || pitch,
        done: pitch && prep,
        summary: missing.length ? `Your card still needs ${missing.join(' and ')}.` : 'Your card is ready to print.',
      };
    },
  },
  {
    id: 'interview-notes',
    step: 5,
    title: 'Your interview notes',
    summary: 'Write down what you learned and your next steps after a talk.',
    done: 'Done when your notes say what you learned and list a next step.',
    progress(doc) {
      const full = doc.interviews.filter((n) => has(n.learned) && n.nextSteps.some((s) => has(s.text))).length;
      return {
        started: doc.interviews.length > 0,
        done: full > 0,
        summary:
          full > 0
            ? `Notes from ${countOf(full, 'talk', 'talks')}, with what you learned and a next step.`
            : 'No notes with what you learned and a next step yet.',
      };
    },
  },
  {
    id: 'contact-tracker',
    step: 6,
    title: 'Your contact tracker',
    summary: 'Record each person, when you last spoke and when to get in touch again.',
    done: 'Done when you have talked with someone and set a date to get in touch again.',
    progress(doc) {
      const planned = doc.contacts.filter((c) => MET.includes(c.status) && c.nextContactAt !== '').length;
      return {
        started: doc.contacts.some(
          (c) => c.status !== 'not-contacted' || c.lastContactAt !== '' || c.nextContactAt !== '',
        ),
        done: planned > 0,
        summary:
          planned > 0
            ? `${countOf(planned, 'person', 'people')} you talked with, with a date to get in touch again.`
            : 'No one you talked with has a date to get in touch again yet.',
      };
    },
  },
  {
    id: 'thank-you',
    step: 6,
    title: 'Your thank-you note',
    summary: 'Draft a thank-you email to send within three days.',
    done: 'Done when you have marked a thank-you as sent.',
    progress(doc) {
      // A thank-you marked sent here or in the tracker (the worksheet shows both as sent).
      const thanked = new Set([
        ...doc.thankYous.filter((t) => t.sentAt !== '').map((t) => t.contactId),
        ...doc.contacts.filter((c) => c.thankedAt !== '').map((c) => c.id),
      ]).size;
      return {
        started: thanked > 0 || doc.thankYous.length > 0,
        done: thanked > 0,
        summary: thanked > 0 ? `${countOf(thanked, 'thank-you', 'thank-yous')} sent.` : 'No thank-you sent yet.',
      };
    },
  },
  {
    id: 'dashboard',
    step: 7,
    title: 'Your dashboard',
    summary: 'See your progress across the seven steps and what to do next.',
    done: 'Done when the worksheets of steps 1 to 6 are all done.',
    progress(doc): WorksheetProgress {
      const others = WORKSHEETS.filter((w) => w.step < 7).map((w) => w.progress(doc));
      const done = others.filter((p) => p.done).length;
      // Choosing a weekly time or goal for networking on the dashboard starts it too. The step path
      // reads the stored text unvalidated, and a workbook saved before the routine existed has none.
      const routine = doc.routine as Workbook['routine'] | undefined;
      const routineChosen =
        !!routine && (routine.day !== '' || routine.time !== '' || routine.minutes > 0 || routine.goal > 0);
      return {
        started: routineChosen || others.some((p) => p.started),
        done: done === others.length,
        summary: `${done} of ${others.length} worksheets of steps 1 to 6 done.`,
      };
    },
  },
] as const satisfies readonly WorksheetEntry[];

/** The id of a worksheet. */
export type WorksheetId = (typeof WORKSHEETS)[number]['id'];

/** Every worksheet id, in guide order (for the content schema and tests). */
export const WORKSHEET_IDS = /* @__PURE__ */ WORKSHEETS.map((w) => w.id) as [WorksheetId, ...WorksheetId[]];

/** The worksheet with this id. */
export function worksheetById(id: WorksheetId): WorksheetEntry {
  return WORKSHEETS.find((w) => w.id === id) as WorksheetEntry;
}

/** True when `id` names a worksheet of the registry. */
export function isWorksheetId(id: string): id is WorksheetId {
  return WORKSHEETS.some((w) => w.id === id);
}
