// Step 7's weekly networking time as an iCalendar file: one event that repeats every week
// (RRULE:FREQ=WEEKLY), written by icalendar.ts. The dashboard loads this module with import()
// only when the student asks for the file.

import type { Day } from '../../../lib/days';
import type { Routine } from '../../../workbook/model';
import { missingForCalendar } from '../routine/calendar-needs';
import { nextSession } from '../routine/routine';
import { goalWords } from '../routine/streak';
import { calendarText } from './icalendar';
import type { IcsResult } from './ics';

/** The calendar's name as calendar apps show it. */
export const ROUTINE_CALENDAR_NAME = 'Networking time';
/** The PRODID of the weekly event file. */
const PRODUCT_ID = '-//Networking guide//Weekly networking time//EN';
/** The event's UID: the same in every file, so importing a changed time again updates the event. */
export const ROUTINE_UID = 'weekly-networking-time@networking-guide.invalid';

/** What to do in the hour, as the step page lists it. */
const AGENDA = [
  'Check your tracker: who are you due to write to?',
  'Send any thank-yous and follow-ups that are due.',
  'Send one or two new messages.',
  'Add anyone new you met or heard about.',
  'Note any events coming up.',
];

/** The file of the weekly event, from the next time on `today` or after; says what is missing in words. */
export function routineIcs(r: Routine, today: Day, now: Date, dashboardUrl: string): IcsResult {
  const missing = missingForCalendar(r);
  if (missing) return { ok: false, error: missing };
  const description = [...(r.goal ? [goalWords(r.goal)] : []), ...AGENDA, `Your dashboard: ${dashboardUrl}`].join('\n');
  const event = {
    uid: ROUTINE_UID,
    start: nextSession(r, today),
    time: r.time,
    minutes: r.minutes,
    summary: 'Networking time',
    description,
  };
  return {
    ok: true,
    text: calendarText({ productId: PRODUCT_ID, name: ROUTINE_CALENDAR_NAME }, [event], now),
    count: 1,
  };
}
