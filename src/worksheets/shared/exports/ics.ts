// Follow-up reminders as an iCalendar file: every dated follow-up of the workbook as an all-day
// event with a fixed UID, overdue and undated ones moved to today. icalendar.ts writes the file;
// the tracker loads this module with import() only when the student asks for it.

import { type Day, dayNumber, formatDay, fromDayNumber } from '../../../lib/days';
import type { Workbook } from '../../../workbook/model';
import { type FollowUpAction, followUpActions } from '../follow-up/actions';
import { calendarText, cleanText } from './icalendar';

/** The calendar's name as calendar apps show it. */
export const CALENDAR_NAME = 'Networking follow-ups';
/** The PRODID of the files this site writes. */
export const PRODUCT_ID = '-//Networking guide//Follow-up reminders//EN';
/** The domain part of every event UID. */
const UID_DOMAIN = 'networking-guide.invalid';

/** A reminder on one day, before it becomes an event. */
export interface Reminder {
  uid: string;
  day: Day;
  title: string;
  description: string;
}

/** The reminders to put in the calendar: every dated follow-up; anything overdue or undated lands on today. */
export function reminders(doc: Workbook, today: Day): Reminder[] {
  return followUpActions(doc, today)
    .filter((a) => a.kind !== 'top-five')
    .map((a: FollowUpAction) => {
      const late = a.due !== '' && a.due < today;
      const when = a.due ? (late ? `It was due on ${formatDay(a.due)}.` : '') : 'It has no date yet.';
      return {
        uid: `${a.key}@${UID_DOMAIN}`,
        day: late || !a.due ? today : a.due,
        title: cleanText(late ? `Overdue: ${a.title}` : a.title),
        description: cleanText([a.detail, when].filter(Boolean).join(' ')),
      };
    });
}

/** The result of building the calendar file. */
export type IcsResult = { ok: true; text: string; count: number } | { ok: false; error: string };

/** Builds the calendar file of `list`, stamped with `now`; says so in words when the list is empty. */
export function buildIcs(list: readonly Reminder[], now: Date): IcsResult {
  if (!list.length) return { ok: false, error: 'There are no follow-ups to put in a calendar yet.' };
  const events = list.map((r) => ({
    uid: r.uid,
    start: r.day,
    end: fromDayNumber(dayNumber(r.day) + 1),
    summary: r.title,
    description: r.description,
  }));
  return {
    ok: true,
    text: calendarText({ productId: PRODUCT_ID, name: CALENDAR_NAME }, events, now),
    count: list.length,
  };
}

/** The reminders file of a workbook on `today`, stamped with `now`. */
export function remindersIcs(doc: Workbook, today: Day, now: Date): IcsResult {
  return buildIcs(reminders(doc, today), now);
}
