// Where a person stands in the tracker, in one line: My workbook's step 6 and the person page's.
import { type Day, formatDay } from '../lib/days';
import { say } from '../lib/sentence';
import { STATUS_LABELS } from '../workbook/labels';
import type { Contact } from '../workbook/model';
import { dueText } from '../worksheets/shared/follow-up/due';
import { thankYouDue, thankYouPending } from '../worksheets/shared/follow-up/follow-up';

/** Where a tracked person stands: "Met; last contact Thu 3 December 2026; thank-you Fri 4 December 2026 (due tomorrow)". */
export function trackedLine(c: Contact, today: Day): string {
  const parts = [STATUS_LABELS[c.status]];
  if (c.lastContactAt) parts.push(say`last contact ${formatDay(c.lastContactAt)}`);
  if (c.nextContactAt) parts.push(say`next contact ${dueText(c.nextContactAt, today)}`);
  if (thankYouPending(c)) parts.push(say`thank-you ${dueText(thankYouDue(c), today)}`);
  return parts.join('; ');
}
