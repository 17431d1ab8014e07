// The headings My workbook and the person page write around the student's answers (the tracker
// line is in tracked-line.ts, with the follow-up rules only the step 6 islands load).
import type { Day } from '../lib/days';
import { formatDay } from '../lib/format-day';
import { personName, say } from '../lib/sentence';

/** A name for a heading: without asides, or words saying the person is gone. */
export function headingName(name: string | undefined): string {
  return (name === undefined ? '' : personName(name)) || 'someone no longer on your list';
}

/** "Message to Sam Lee (sent Thu 3 December 2026)". */
export function messageHeading(name: string | undefined, sentAt: Day): string {
  const who = headingName(name);
  return sentAt ? say`Message to ${who} (sent ${formatDay(sentAt)})` : say`Message to ${who}`;
}

/** "Preparing to meet Sam Lee on Thu 3 December 2026". */
export function prepHeading(name: string | undefined, meetingAt: Day): string {
  const who = headingName(name);
  return meetingAt ? say`Preparing to meet ${who} on ${formatDay(meetingAt)}` : say`Preparing to meet ${who}`;
}

/** "Notes from your talk with Sam Lee on Thu 3 December 2026". */
export function notesHeading(name: string | undefined, date: Day): string {
  const who = headingName(name);
  return date ? say`Notes from your talk with ${who} on ${formatDay(date)}` : say`Notes from your talk with ${who}`;
}

/** "Thank-you to Sam Lee: sent on Thu 3 December 2026" or "…: not sent yet". */
export function thankYouHeading(name: string | undefined, sentAt: Day): string {
  const who = headingName(name);
  return sentAt ? say`Thank-you to ${who}: sent on ${formatDay(sentAt)}` : say`Thank-you to ${who}: not sent yet`;
}
