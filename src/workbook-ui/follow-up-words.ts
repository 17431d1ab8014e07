// The words of step 6 on My workbook and the person page: where a person stands in the tracker, in
// one line, and the heading of a thank-you.
import { type Day, formatDay } from '../lib/days';
import { say } from '../lib/sentence';
import { STATUS_LABELS } from '../workbook/labels';
import type { Contact } from '../workbook/model';
import { dueText } from '../worksheets/shared/follow-up/due-text';
import { thankYouDue, thankYouPending } from '../worksheets/shared/follow-up/follow-up';
import { headingName } from './heading-name';

/** Where a tracked person stands: "Met; last contact Thu 3 December 2026; thank-you Fri 4 December 2026 (due tomorrow)". */
export function trackedLine(c: Contact, today: Day): string {
  const parts = [STATUS_LABELS[c.status]];
  if (c.lastContactAt) parts.push(say`last contact ${formatDay(c.lastContactAt)}`);
  if (c.nextContactAt) parts.push(say`next contact ${dueText(c.nextContactAt, today)}`);
  if (thankYouPending(c)) parts.push(say`thank-you ${dueText(thankYouDue(c), today)}`);
  return parts.join('; ');
}

/** "Thank-you to Sam Lee: sent on Thu 3 December 2026" or "…: not sent yet". */
export function thankYouHeading(name: string | undefined, sentAt: Day): string {
  const who = headingName(name);
  return sentAt ? say`Thank-you to ${who}: sent on ${formatDay(sentAt)}` : say`Thank-you to ${who}: not sent yet`;
}
