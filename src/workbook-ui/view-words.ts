// The headings My workbook and the person page write around what the student wrote in step 5 (step
// 6's words are in follow-up-words.ts).
import type { Day } from '../lib/days';
import { formatDay } from '../lib/format-day';
import { say } from '../lib/sentence';
import { headingName } from './heading-name';

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
