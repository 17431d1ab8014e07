// The most pressing follow-up of a person, apart from the advice in words (follow-up.ts, which
// re-exports it), for the tracker's rows and counts, which need no sentences.
import { type Day, isDay } from '../../../lib/days';
import type { Contact } from '../../../workbook/model';
import { thankYouDue, thankYouPending, threeBSeven } from './due-rules';

/** What kind of follow-up a date is for. */
export type FollowUpKind = 'next' | 'thank-you' | '3b7';

/** The most pressing dated follow-up of a person. */
export interface NextDue {
  kind: FollowUpKind;
  /** '' for a thank-you whose meeting date is missing. */
  due: Day;
}

/** The earliest follow-up of a person: their next contact date, a thank-you or a 3B7 step. */
export function nextDue(c: Contact, today: Day): NextDue | undefined {
  const items: NextDue[] = [];
  if (isDay(c.nextContactAt)) items.push({ kind: 'next', due: c.nextContactAt });
  if (thankYouPending(c)) items.push({ kind: 'thank-you', due: thankYouDue(c) });
  const routine = threeBSeven(c, today);
  if (routine) items.push({ kind: '3b7', due: routine.due });
  let best: NextDue | undefined;
  for (const item of items) {
    if (!best || (item.due && (!best.due || item.due < best.due))) best = item;
  }
  return best;
}
