// When a thank-you and the 3B7 steps are due: the rules the tracker, the dashboard's next actions,
// the thank-you builder and My workbook share (the tracker's advice and changes are in follow-up.ts).
//
// Thank-you rule: a thank-you is due one business day after the meeting (met on Friday → due on
// Monday). Career offices ask for "within 24 hours" up to "within 3 days"; the next weekday keeps
// within that range and never falls on a weekend.
//
// 3B7 routine (Steve Dalton, The 2-Hour Job Search): with no reply 3 business days after reaching
// out, write to a second person at the same organization; after 7 business days, send one
// follow-up to the first person. Business days skip weekends only (see days.ts).

import { addBusinessDays, type Day, isDay } from '../../../lib/days';
import type { Contact } from '../../../workbook/model';

/** Business days after the meeting when the thank-you is due. */
export const THANK_YOU_BUSINESS_DAYS = 1;
/** Business days without a reply before writing to a second person at the organization. */
export const SECOND_PERSON_AFTER = 3;
/** Business days without a reply before one follow-up to the first person. */
export const FOLLOW_UP_AFTER = 7;

/** True when the person was met and no thank-you is recorded yet. */
export function thankYouPending(c: Contact): boolean {
  return c.status === 'met' && !c.thankedAt;
}

/** When the thank-you is due: one business day after `metAt` ('' when the meeting date is missing). */
export function thankYouDue(c: Contact): Day {
  return isDay(c.metAt) ? addBusinessDays(c.metAt, THANK_YOU_BUSINESS_DAYS) : '';
}

/** Where a person stands in the 3B7 routine after reaching out with no reply yet. */
export interface ThreeBSeven {
  /** 'wait' before day 3, 'second-person' from day 3, 'follow-up' from day 7. */
  step: 'wait' | 'second-person' | 'follow-up';
  /** The date of the current step: day 3 for 'wait' and 'second-person', day 7 for 'follow-up'. */
  due: Day;
  secondPersonOn: Day;
  followUpOn: Day;
  /** The next 3B7 date from today on, to offer as the next contact date ('' when both passed). */
  nextDate: Day;
}

/** The 3B7 step for someone reached out to who has not replied (undefined for anyone else). */
export function threeBSeven(c: Contact, today: Day): ThreeBSeven | undefined {
  if (c.status !== 'reached-out' || !isDay(c.reachedOutAt)) return undefined;
  const secondPersonOn = addBusinessDays(c.reachedOutAt, SECOND_PERSON_AFTER);
  const followUpOn = addBusinessDays(c.reachedOutAt, FOLLOW_UP_AFTER);
  const nextDate = today < secondPersonOn ? secondPersonOn : today < followUpOn ? followUpOn : '';
  if (today < secondPersonOn) return { step: 'wait', due: secondPersonOn, secondPersonOn, followUpOn, nextDate };
  if (today < followUpOn) return { step: 'second-person', due: secondPersonOn, secondPersonOn, followUpOn, nextDate };
  return { step: 'follow-up', due: followUpOn, secondPersonOn, followUpOn, nextDate };
}
