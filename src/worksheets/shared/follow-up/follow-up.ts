// Follow-up rules of the contact tracker: the next date, the advice in words and the changes a
// new status or date brings. When a thank-you and the 3B7 steps are due is in due-rules.ts.

import { addDays, type Day, formatDay } from '../../../lib/days';
import { orgName } from '../../../lib/org-name';
import { personName, say } from '../../../lib/sentence';
import type { Contact } from '../../../workbook/model';
import { thankYouDue, threeBSeven } from './due-rules';

export { datePatch, statusPatch } from './date-patch';
export {
  FOLLOW_UP_AFTER,
  SECOND_PERSON_AFTER,
  THANK_YOU_BUSINESS_DAYS,
  type ThreeBSeven,
  thankYouDue,
  thankYouPending,
  threeBSeven,
} from './due-rules';
export { type FollowUpKind, type NextDue, nextDue } from './next-due';

/** The quick buttons that set the next contact date, counted in calendar days from today. */
export const QUICK_STEPS: ReadonlyArray<{ label: string; words: string; days: number }> = [
  { label: '+1 day', words: 'tomorrow', days: 1 },
  { label: '+3 days', words: 'in 3 days', days: 3 },
  { label: '+1 week', words: 'in 1 week', days: 7 },
];

/** The next contact date a quick button sets: `days` calendar days after today. */
export function quickNextDate(today: Day, days: number): Day {
  return addDays(today, days);
}

/** "at County Lab", or "at the same organization" when the organization field does not name one. */
function atOrg(c: Contact): string {
  const org = orgName(c.org);
  return org ? say`at ${org}` : 'at the same organization';
}

/** A person's name for a sentence, or "them" when nothing readable is left. */
const nameOf = (c: Contact): string => personName(c.name) || 'them';

/** What to do next about a person, in one or two plain sentences (3B7 included). */
export function adviceFor(c: Contact, today: Day): string {
  const routine = threeBSeven(c, today);
  if (routine?.step === 'wait') {
    return say`If there is no reply by ${formatDay(routine.secondPersonOn)}, write to a second person ${atOrg(c)}. If there is still none by ${formatDay(routine.followUpOn)}, send ${nameOf(c)} one short follow-up.`;
  }
  if (routine?.step === 'second-person') {
    return say`No reply after 3 business days: write to a second person ${atOrg(c)}. If ${nameOf(c)} has not replied by ${formatDay(routine.followUpOn)}, send one short follow-up.`;
  }
  if (routine?.step === 'follow-up') {
    return say`No reply after 7 business days: send ${nameOf(c)} one short, polite follow-up. If nothing comes, mark them as "No reply" and move on.`;
  }
  switch (c.status) {
    case 'not-contacted':
      return 'Write to them when you are ready. Step 5 helps you draft the message.';
    case 'reached-out':
      return 'Add the date you reached out to see when to follow up.';
    case 'meeting-set':
      return c.meetingAt
        ? say`Meeting on ${formatDay(c.meetingAt)}. Prepare your questions in step 5.`
        : 'Add the meeting date, then prepare your questions in step 5.';
    case 'met':
      if (c.thankedAt) return 'Plan when to get in touch again.';
      if (!c.metAt) return 'Send a thank-you within a few days. Add the date you met to see when it is due.';
      if (thankYouDue(c) < today) {
        return say`Send your thank-you today: it was due on ${formatDay(thankYouDue(c))}. Name one thing you learned.`;
      }
      return thankYouDue(c) === today
        ? 'Send your thank-you today. Name one thing you learned.'
        : say`Send a thank-you by ${formatDay(thankYouDue(c))}. Name one thing you learned.`;
    case 'thanked':
    case 'keeping-in-touch':
      return c.nextContactAt
        ? 'Next time, tell them how their advice helped, or share something they would like.'
        : 'Set a date to get in touch again, for example in six weeks to report back on their advice.';
    case 'no-reply':
      return say`No reply. Try someone else ${atOrg(c)}, and do not write to ${nameOf(c)} again for now.`;
    case 'declined':
      return 'They said no. That is fine: thank them for replying and move on to the next person.';
  }
}
