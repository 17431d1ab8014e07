import { type Day, formatDay } from '../../lib/days';
import { newId } from '../../workbook/ids';
import type { Contact, ThankYou, Workbook } from '../../workbook/model';
import { dueWords } from '../shared/follow-up/due';
import { thankYouDue, thankYouPending } from '../shared/follow-up/due-rules';
import type { ThankYouPart } from './message';
import { thankYouFor } from './saved';

// The message itself (message.ts), its email parts (email.ts), the menu's order (choice.ts) and the
// saved parts (saved.ts) live apart, for pages and islands that need only those.
export { initialChoice, thankYouChoices } from './choice';
export { emailNote, isEmail, mailtoHref, messageProblem, THANK_YOU_SUBJECT } from './email';
export { bodyOf, composeThankYou, DEFAULT_THANKS, type ThankYouPart } from './message';
export { thankYouFor } from './saved';

/** The three parts, with their labels and hints (Lin's example from the page). */
export const THANK_YOU_PARTS: ReadonlyArray<{ key: ThankYouPart; label: string; hint: string; optional?: boolean }> = [
  {
    key: 'thanks',
    label: 'Your thanks',
    hint: 'For example: "Thank you for talking with me on Tuesday." Left empty, a plain thank-you is used.',
    optional: true,
  },
  {
    key: 'learned',
    label: 'One specific thing you learned',
    hint: 'For example: "I did not know that county health departments hire students for summer data projects."',
  },
  {
    key: 'action',
    label: 'What you will do with it',
    hint: 'For example: "This week I will look at the postings you mentioned and ask my professor about a reference."',
    optional: true,
  },
];

/**
 * When the thank-you to a person was sent or is due, in one sentence ('' when neither applies). Its
 * slots are dates and due words, never the student's text: plain templates read as say() would.
 */
export function thankYouDueLine(c: Contact, sentOn: Day, today: Day): string {
  if (sentOn) return `Thank-you sent on ${formatDay(sentOn)}.`;
  if (!thankYouPending(c)) return '';
  const due = thankYouDue(c);
  return due
    ? `Thank-you due ${formatDay(due)}: ${dueWords(due, today)}.`
    : 'Thank-you due now. Add the date you met in the tracker to see the exact day.';
}

/** Saves one written part of the thank-you to a person, creating their thank-you on first use. */
export function setThankYouPart(doc: Workbook, contactId: string, part: ThankYouPart, text: string): Workbook {
  const current = thankYouFor(doc, contactId);
  if (current) {
    if (current[part] === text) return doc;
    return { ...doc, thankYous: doc.thankYous.map((t) => (t === current ? { ...t, [part]: text } : t)) };
  }
  const created: ThankYou = {
    id: newId('t'),
    contactId,
    learned: '',
    action: '',
    thanks: '',
    sentAt: '',
    [part]: text,
  };
  return { ...doc, thankYous: [...doc.thankYous, created] };
}
