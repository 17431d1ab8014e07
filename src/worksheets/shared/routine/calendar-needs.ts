// What the weekly routine still needs before it can become a calendar event, in words: apart from
// routine.ts so that the views of the routine do not load it (the calendar file loads it when asked for).
import type { Routine } from '../../../workbook/model';

/** What the calendar event still needs, in words; '' when the day, time and length are all chosen. */
export function missingForCalendar(r: Routine): string {
  const missing = [r.day ? '' : 'a day', r.time ? '' : 'a start time', r.minutes ? '' : 'a length'].filter(Boolean);
  if (!missing.length) return '';
  const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0];
  return `Choose ${list} first, then add it to your calendar.`;
}
