// The sentences My workbook writes around the student's answers: headings and the tracker line.
import { type Day, formatDay } from '../lib/days';
import { personName, say } from '../lib/sentence';
import { STATUS_LABELS } from '../workbook/labels';
import type { Contact } from '../workbook/model';
import { dueText } from '../worksheets/shared/follow-up/due';
import { thankYouDue, thankYouPending } from '../worksheets/shared/follow-up/follow-up';

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

/** Where a tracked person stands: "Met; last contact Thu 3 December 2026; thank-you Fri 4 December 2026 (due tomorrow)". */
export function trackedLine(c: Contact, today: Day): string {
  const parts = [STATUS_LABELS[c.status]];
  if (c.lastContactAt) parts.push(say`last contact ${formatDay(c.lastContactAt)}`);
  if (c.nextContactAt) parts.push(say`next contact ${dueText(c.nextContactAt, today)}`);
  if (thankYouPending(c)) parts.push(say`thank-you ${dueText(thankYouDue(c), today)}`);
  return parts.join('; ');
}
