import { type Day, formatDay } from '../../lib/days';
import { personName, say } from '../../lib/sentence';
import { newId } from '../../workbook/ids';
import type { Contact, ThankYou, Workbook } from '../../workbook/model';
import { dueWords } from '../shared/follow-up/due';
import { thankYouDue, thankYouPending } from '../shared/follow-up/follow-up';
import type { ThankYouPart } from './message';

// The message itself lives apart (message.ts), for pages that show a thank-you without writing one.
export { bodyOf, composeThankYou, DEFAULT_THANKS, type ThankYouPart } from './message';

/** The subject line of every thank-you email. */
export const THANK_YOU_SUBJECT = 'Thank you for your time and advice';

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

/** The saved thank-you for a person, if any. */
export function thankYouFor(doc: Workbook, contactId: string): ThankYou | undefined {
  return doc.thankYous.find((t) => t.contactId === contactId);
}

/** When the thank-you to a person was sent or is due, in one sentence ('' when neither applies). */
export function thankYouDueLine(c: Contact, sentOn: Day, today: Day): string {
  if (sentOn) return say`Thank-you sent on ${formatDay(sentOn)}.`;
  if (!thankYouPending(c)) return '';
  const due = thankYouDue(c);
  return due
    ? say`Thank-you due ${formatDay(due)}: ${dueWords(due, today)}.`
    : 'Thank-you due now. Add the date you met in the tracker to see the exact day.';
}

/** Why the message is not ready to send, in words; undefined when it is. */
export function messageProblem(parts: Pick<ThankYou, ThankYouPart>): string | undefined {
  if (!parts.learned.trim()) return 'Write one specific thing you learned. It is what makes a thank-you personal.';
  return undefined;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

/** True for something that looks like one email address. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/**
 * A mailto: link with the subject and body encoded (RFC 6068: line breaks as %0D%0A).
 * Without a usable address the link still opens a new message, with no one in "To".
 */
export function mailtoHref(email: string, subject: string, body: string): string {
  const to = isEmail(email) ? encodeURIComponent(email.trim()).replaceAll('%40', '@') : '';
  const crlf = body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

/** What the "open in email" link needs to tell the student about the address; undefined when fine. */
export function emailNote(name: string, email: string): string | undefined {
  const who = personName(name) || 'this person';
  if (!email.trim()) {
    return say`There is no email address for ${who} in your tracker. Your email app will open without one: add it there.`;
  }
  if (!isEmail(email)) {
    return say`The email address for ${who}, “${email}”, looks incomplete, so your email app will open without it.`;
  }
  return undefined;
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

/** The people to choose from: thank-yous due first (soonest first), then everyone else in list order. */
export function thankYouChoices(contacts: readonly Contact[]): { due: Contact[]; others: Contact[] } {
  const due = contacts.filter(thankYouPending);
  // Dates written YYYY-MM-DD sort as text; no date sorts last.
  due.sort((a, b) => {
    const x = thankYouDue(a) || '9999';
    const y = thankYouDue(b) || '9999';
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const dueIds = new Set(due.map((c) => c.id));
  return { due, others: contacts.filter((c) => !dueIds.has(c.id)) };
}

/** The person to show first when no link asks for one and none is remembered: the first thank-you due, else the first person. */
export function initialChoice(doc: Workbook): string {
  const { due, others } = thankYouChoices(doc.contacts);
  return due[0]?.id ?? others[0]?.id ?? '';
}
