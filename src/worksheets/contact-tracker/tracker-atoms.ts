// What the tracker's islands share in this visit beyond the workbook: the person just added (the
// add fields are one island, the list another) and what the list shows (for its printed copy,
// another island). Apart from the changes (tracker-state.ts), so the list and its printed copy
// start without them.
import { atom } from 'nanostores';
import type { Day } from '../../lib/days';

/** What the list shows, as the printed list (ContactTrackerPaper.tsx) prints it. */
export interface TrackerPaper {
  /** The people shown, in the list's order (everyone who matches the filters, not only a page). */
  ids: readonly string[];
  /** "3 people in your tracker. 1 overdue, 0 due today, 1 due in the next 3 days." */
  summary: string;
  /** "Showing 3 of 3 people." */
  showing: string;
  today: Day;
}

/** What the list shows, kept up to date by the list for its printed copy (undefined while no one is saved). */
export const $trackerPaper = atom<TrackerPaper | undefined>(undefined);

/** The id of the person just added, until the list has shown them first with their editor open. */
export const $addedPerson = atom<string | undefined>(undefined);
